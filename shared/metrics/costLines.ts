import { IB_PRODUCT_COUNT } from '../model/products';
import { frameMonths } from './calendar';
import type { CostResult, LineMask } from './cost';
import { type Dataset, NONE } from './dataset';
import { addTo, imax, imin, inc, perTrajectorySums } from './distinct';
import type { Frame } from './frame';
import { fresh, type Lender } from './scratch';
import type { Trajectories } from './trajectories';

/** Providers of one client whose nets are kept apart; a client's further providers count only overall. */
const MAX_PROVIDERS_PER_CLIENT = 64;

/**
 * Cost from cost lines: each line pro rata over the days of its period (all of its
 * amount stays within the frame), booked to the client's trajectory that had started
 * by the line's period end. Without lines, the same zeros with source `none`.
 */
export function lineCost(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  lineMask: LineMask,
  daily: boolean,
  /** Book cost per trajectory too (its whole and its first year). */
  withTrajectories = true,
  lend: Lender = fresh,
): CostResult {
  const nYears = frame.nYears;
  const nMonths = nYears * 12;
  const nProviders = Math.max(1, ds.providerIds.length);
  const { perTrajectory, firstYearPerTrajectory } = perTrajectorySums(
    lend,
    withTrajectories ? tr.count : 0,
  );
  const { monthOf, monthStart, monthEnd } = frameMonths(frame);
  const book = lineBook(nYears, nProviders, frame, daily);

  if (ds.costs) {
    const c = ds.costs;
    let t = 0;
    for (let i = 0; i < c.n; i++) {
      if (lineMask && !lineMask[i]) continue;
      const s = c.start[i] as number;
      if (s > frame.peildatum) continue;
      const client = c.client[i] as number;
      const lineEnd = c.end[i] as number;
      // The line belongs to the client's last trajectory that started by the line's period end.
      while (
        t < tr.count &&
        ((tr.client[t] as number) < client ||
          (tr.client[t] === client &&
            tr.client[t + 1] === client &&
            (tr.start[t + 1] as number) <= lineEnd))
      ) {
        t++;
      }
      const trajectory = tr.client[t] === client && (tr.start[t] as number) <= lineEnd ? t : -1;
      // All of a line's amount stays within the frame: spread over its days there.
      const from = imax(s, frame.firstDay);
      const to = imin(lineEnd, frame.peildatum);
      if (to < from) continue;
      const rate = (c.cents[i] as number) / (to - from + 1);
      const provider = c.provider[i] as number;
      const product = c.product[i] as number;
      const slot = enterClient(book, client, provider);
      let total = 0;
      for (
        let m = monthOf[from - frame.firstDay] as number;
        m <= (monthOf[to - frame.firstDay] as number);
        m++
      ) {
        const d0 = imax(from, monthStart[m] as number);
        const d1 = imin(to, monthEnd[m] as number);
        const amount = rate * (d1 - d0 + 1);
        bookMonth(book, slot, product, m, d0, d1, amount);
        total += amount;
      }
      if (trajectory >= 0 && withTrajectories) {
        addTo(perTrajectory, trajectory, total);
        // The part of the line within the trajectory's first 365 days.
        const first = tr.start[trajectory] as number;
        const days = imin(to, first + 364) - imax(from, first) + 1;
        if (days > 0) addTo(firstYearPerTrajectory, trajectory, rate * days);
      }
    }
  }
  flushClient(book);
  const { perMonth, productMonth, providerMonth, perDay } = book;
  if (daily)
    for (let d = 1; d < perDay.length; d++)
      perDay[d] = (perDay[d] as number) + (perDay[d - 1] as number);

  const toYears = (monthly: Float64Array, rows: number) => {
    const out = new Float64Array(rows * nYears);
    for (let r = 0; r < rows; r++) {
      for (let m = 0; m < nMonths; m++)
        addTo(out, r * nYears + ((m / 12) | 0), monthly[r * nMonths + m] as number);
    }
    return out;
  };
  return {
    source: ds.costs ? 'lines' : 'none',
    perMonth,
    perYear: toYears(perMonth, 1),
    clientMonthsPerYear: book.clientMonthsPerYear,
    perProductYear: toYears(productMonth, IB_PRODUCT_COUNT),
    perProviderYear: toYears(providerMonth, nProviders),
    providerClientMonthsPerYear: book.providerClientMonthsPerYear,
    perTrajectory,
    firstYearPerTrajectory,
    perDay,
  };
}

/**
 * Cost lines booked per month, with each client's net per month (overall and per
 * provider, a client has few) held until the next client.
 * A hot pass: plain objects and functions (docs/performance.md, "Hot passes").
 */
interface LineBook {
  readonly nYears: number;
  readonly nMonths: number;
  readonly firstDay: number;
  readonly daily: boolean;
  readonly perMonth: Float64Array;
  readonly productMonth: Float64Array;
  readonly providerMonth: Float64Array;
  readonly clientMonthsPerYear: Int32Array;
  readonly providerClientMonthsPerYear: Int32Array;
  /** Per day of the frame (when daily), as differences until summed. */
  readonly perDay: Float64Array;
  client: number;
  readonly net: Float64Array;
  readonly touched: Int32Array;
  nTouched: number;
  readonly slotProvider: Int32Array;
  readonly slotNet: Float64Array[];
  readonly slotTouched: Int32Array[];
  readonly slotCount: Int32Array;
  slots: number;
}

function lineBook(nYears: number, nProviders: number, frame: Frame, daily: boolean): LineBook {
  const nMonths = nYears * 12;
  return {
    nYears,
    nMonths,
    firstDay: frame.firstDay,
    daily,
    perMonth: new Float64Array(nMonths),
    productMonth: new Float64Array(IB_PRODUCT_COUNT * nMonths),
    providerMonth: new Float64Array(nProviders * nMonths),
    clientMonthsPerYear: new Int32Array(nYears),
    providerClientMonthsPerYear: new Int32Array(nProviders * nYears),
    perDay: new Float64Array(daily ? frame.yearIndex.length + 1 : 1),
    client: -1,
    net: new Float64Array(nMonths),
    touched: new Int32Array(nMonths),
    nTouched: 0,
    slotProvider: new Int32Array(MAX_PROVIDERS_PER_CLIENT),
    slotNet: [],
    slotTouched: [],
    slotCount: new Int32Array(MAX_PROVIDERS_PER_CLIENT),
    slots: 0,
  };
}

/** Adds the client's nets to the totals; a client-month counts when its net is above zero. */
function flushClient(b: LineBook): void {
  const { nMonths, nYears } = b;
  for (let k = 0; k < b.nTouched; k++) {
    const m = b.touched[k] as number;
    const v = b.net[m] as number;
    b.perMonth[m] = (b.perMonth[m] as number) + v;
    if (v > 1e-6) inc(b.clientMonthsPerYear, (m / 12) | 0);
    b.net[m] = 0;
  }
  b.nTouched = 0;
  for (let s = 0; s < b.slots; s++) {
    const net = b.slotNet[s] as Float64Array;
    const list = b.slotTouched[s] as Int32Array;
    const provider = b.slotProvider[s] as number;
    for (let k = 0; k < (b.slotCount[s] as number); k++) {
      const m = list[k] as number;
      const v = net[m] as number;
      b.providerMonth[provider * nMonths + m] =
        (b.providerMonth[provider * nMonths + m] as number) + v;
      if (v > 1e-6) inc(b.providerClientMonthsPerYear, provider * nYears + ((m / 12) | 0));
      net[m] = 0;
    }
    b.slotCount[s] = 0;
  }
  b.slots = 0;
}

/** Switches to a client and returns the provider's slot (−1 without provider). */
function enterClient(b: LineBook, client: number, provider: number): number {
  if (client !== b.client) {
    flushClient(b);
    b.client = client;
  }
  if (provider === NONE) return -1;
  for (let s = 0; s < b.slots; s++) if (b.slotProvider[s] === provider) return s;
  if (b.slots === MAX_PROVIDERS_PER_CLIENT) return -1;
  if (!b.slotNet[b.slots]) {
    b.slotNet[b.slots] = new Float64Array(b.nMonths);
    b.slotTouched[b.slots] = new Int32Array(b.nMonths);
  }
  b.slotProvider[b.slots] = provider;
  return b.slots++;
}

/** Books `amount` for days d0..d1 of month m. */
function bookMonth(
  b: LineBook,
  slot: number,
  product: number,
  m: number,
  d0: number,
  d1: number,
  amount: number,
): void {
  const { nMonths } = b;
  if (b.net[m] === 0) b.touched[b.nTouched++] = m;
  b.net[m] = (b.net[m] as number) + amount;
  if (product >= 0)
    b.productMonth[product * nMonths + m] =
      (b.productMonth[product * nMonths + m] as number) + amount;
  if (slot >= 0) {
    const net = b.slotNet[slot] as Float64Array;
    if (net[m] === 0) {
      (b.slotTouched[slot] as Int32Array)[b.slotCount[slot] as number] = m;
      b.slotCount[slot] = (b.slotCount[slot] as number) + 1;
    }
    net[m] = (net[m] as number) + amount;
  }
  if (b.daily) {
    const rate = amount / (d1 - d0 + 1);
    b.perDay[d0 - b.firstDay] = (b.perDay[d0 - b.firstDay] as number) + rate;
    b.perDay[d1 - b.firstDay + 1] = (b.perDay[d1 - b.firstDay + 1] as number) - rate;
  }
}
