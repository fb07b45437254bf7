import { dayFromCivil, daysInMonth } from '../periods/days';
import { type Dataset, NONE, tariffKey } from './dataset';
import { addTo, inc } from './distinct';
import { type Frame, periodTable } from './frame';
import type { Trajectories } from './trajectories';

export type CostSource = 'lines' | 'tariffs' | 'none';

/** Cost figures in (possibly fractional) cents. */
export interface CostResult {
  source: CostSource;
  /** Per calendar month of the frame (month 0 = January of the first year). */
  perMonth: Float64Array;
  perYear: Float64Array;
  /** Client-months with a net cost above zero, per year. */
  clientMonthsPerYear: Int32Array;
  /** `[product * nYears + year]`. */
  perProductYear: Float64Array;
  /** `[provider * nYears + year]`. */
  perProviderYear: Float64Array;
  providerClientMonthsPerYear: Int32Array;
  /** Per trajectory; NaN where nothing was booked. */
  perTrajectory: Float64Array;
  /** Per day of the frame (when asked for), for periods that do not follow months. */
  perDay: Float64Array;
}

/** Which cost lines a filter selects, or null for all. */
export type LineMask = Uint8Array | null;

const MAX_PROVIDERS_PER_CLIENT = 64;

/**
 * Spreads cost over months: cost lines pro rata over the days of their period
 * (all of a line's amount stays within the frame); without lines, tariff ×
 * (allocation days in the month / days in the month). Credits are netted per
 * client and month before a client-month counts, overall and per provider.
 */
export function computeCost(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  allocationMask: Uint8Array | null,
  lineMask: LineMask,
  daily = true,
  /** Tariffs used when there are no cost lines (default: the imported ones). */
  tariffs: Map<string, number> | null = ds.tariffs,
): CostResult {
  const nYears = frame.nYears;
  const nMonths = nYears * 12;
  const nProviders = Math.max(1, ds.providerIds.length);
  const source: CostSource = ds.costs ? 'lines' : tariffs ? 'tariffs' : 'none';
  if (tariffs && source === 'tariffs') return tariffCost(ds, tariffs, frame, tr, allocationMask);
  const perTrajectory = new Float64Array(tr.count).fill(Number.NaN);
  const { monthOf, monthStart, monthEnd } = months(frame);
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
      const from = Math.max(s, frame.firstDay);
      const to = Math.min(lineEnd, frame.peildatum);
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
        const d0 = Math.max(from, monthStart[m] as number);
        const d1 = Math.min(to, monthEnd[m] as number);
        const amount = rate * (d1 - d0 + 1);
        bookMonth(book, slot, product, m, d0, d1, amount);
        total += amount;
      }
      if (trajectory >= 0)
        perTrajectory[trajectory] =
          (Number.isNaN(perTrajectory[trajectory] as number)
            ? 0
            : (perTrajectory[trajectory] as number)) + total;
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
    source,
    perMonth,
    perYear: toYears(perMonth, 1),
    clientMonthsPerYear: book.clientMonthsPerYear,
    perProductYear: toYears(productMonth, 4),
    perProviderYear: toYears(providerMonth, nProviders),
    providerClientMonthsPerYear: book.providerClientMonthsPerYear,
    perTrajectory,
    perDay,
  };
}

/**
 * Cost lines booked per month, with each client's net per month (overall and per
 * provider, a client has few) held until the next client. A plain object and
 * functions, not closures or a class: those die between two calls, and V8 then
 * drops the optimised code that used them (at each full GC).
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
    productMonth: new Float64Array(4 * nMonths),
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

/** Calendar months of the frame: day → month index, and each month's first and last day. */
function months(frame: Frame) {
  const table = periodTable(frame, 'month');
  const n = frame.nYears * 12;
  const monthStart = new Int32Array(n);
  const monthEnd = new Int32Array(n);
  const monthDays = new Int32Array(n);
  for (let m = 0; m < n; m++) {
    const year = frame.firstYear + Math.floor(m / 12);
    const month = (m % 12) + 1;
    monthStart[m] = dayFromCivil(year, month, 1);
    monthDays[m] = daysInMonth(year, month);
    monthEnd[m] = (monthStart[m] as number) + (monthDays[m] as number) - 1;
  }
  return { monthOf: table.index, monthStart, monthEnd, monthDays };
}

/**
 * Cost from tariffs, without visiting every allocation-month for money: tariff
 * amounts are never negative, so a client-month has cost exactly when an
 * allocation with a tariff covers it; money per day comes from how many
 * allocations of each product cover that day; an allocation's cost in a year
 * is a difference of running totals.
 */
function tariffCost(
  ds: Dataset,
  tariffs: Map<string, number>,
  frame: Frame,
  tr: Trajectories,
  allocationMask: Uint8Array | null,
): CostResult {
  const nYears = frame.nYears;
  const nDays = frame.yearIndex.length;
  const nProviders = Math.max(1, ds.providerIds.length);
  const { monthOf, monthStart } = months(frame);
  // Per product: the tariff's daily rate, its running total, and coverage counts (as differences).
  const rate = dailyRates(frame, tariffs);
  const running = new Float64Array(4 * (nDays + 1));
  const coverage = new Int32Array(4 * (nDays + 1));
  for (let p = 0; p < 4; p++) {
    for (let d = 0; d < nDays; d++)
      running[p * (nDays + 1) + d + 1] =
        (running[p * (nDays + 1) + d] as number) + (rate[p * nDays + d] as number);
  }
  const tariffOfYear = new Float64Array(4 * nYears);
  for (let p = 0; p < 4; p++) {
    for (let y = 0; y < nYears; y++)
      tariffOfYear[p * nYears + y] = tariffs.get(tariffKey(p, frame.firstYear + y)) ?? 0;
  }

  const perProductYear = new Float64Array(4 * nYears);
  const perProviderYear = new Float64Array(nProviders * nYears);
  const perTrajectory = new Float64Array(tr.count).fill(Number.NaN);
  const clientMonthsPerYear = new Int32Array(nYears);
  const providerClientMonthsPerYear = new Int32Array(nProviders * nYears);
  const costMonths = clientMonths(clientMonthsPerYear, providerClientMonthsPerYear, nYears);
  for (let k = 0; k < tr.members.length; k++) {
    const i = tr.members[k] as number;
    if (allocationMask && !allocationMask[i]) continue;
    const s = Math.max(ds.start[i] as number, frame.firstDay) - frame.firstDay;
    const e = Math.min(ds.end[i] as number, frame.peildatum) - frame.firstDay;
    if (e < s) continue;
    const p = ds.product[i] as number;
    const client = ds.client[i] as number;
    const provider = ds.provider[i] as number;
    coverage[p * (nDays + 1) + s] = (coverage[p * (nDays + 1) + s] as number) + 1;
    coverage[p * (nDays + 1) + e + 1] = (coverage[p * (nDays + 1) + e + 1] as number) - 1;
    let total = 0;
    for (let y = frame.yearIndex[s] as number; y <= (frame.yearIndex[e] as number); y++) {
      const from = Math.max(s, (monthStart[y * 12] as number) - frame.firstDay);
      const to = Math.min(e, (frame.yearEnd[y] as number) - frame.firstDay);
      // The tariff over days from..to: a difference of the product's running totals.
      const amount =
        (running[p * (nDays + 1) + to + 1] as number) - (running[p * (nDays + 1) + from] as number);
      total += amount;
      perProductYear[p * nYears + y] = (perProductYear[p * nYears + y] as number) + amount;
      if (provider !== NONE)
        perProviderYear[provider * nYears + y] =
          (perProviderYear[provider * nYears + y] as number) + amount;
    }
    // The months with cost: covered months in years with a positive tariff, as runs.
    if (client !== costMonths.client) flushClientMonths(costMonths, client);
    const m0 = monthOf[s] as number;
    const m1 = monthOf[e] as number;
    let runStart = -1;
    for (let y = (m0 / 12) | 0; y * 12 <= m1; y++) {
      const positive = (tariffOfYear[p * nYears + y] as number) > 0;
      const from = Math.max(m0, y * 12);
      if (positive && runStart < 0) runStart = from;
      if (!positive && runStart >= 0) {
        addRun(costMonths, runStart, from - 1, provider);
        runStart = -1;
      }
    }
    if (runStart >= 0) addRun(costMonths, runStart, m1, provider);
    const t = tr.trajectoryOf[i] as number;
    if (t >= 0)
      perTrajectory[t] =
        (Number.isNaN(perTrajectory[t] as number) ? 0 : (perTrajectory[t] as number)) + total;
  }

  flushClientMonths(costMonths, -1);
  const perDay = new Float64Array(nDays + 1);
  const perMonth = coveredMoney(frame, coverage, rate, perDay);
  return {
    source: 'tariffs',
    perMonth,
    perYear: monthsToYears(perMonth, nYears),
    clientMonthsPerYear,
    perProductYear,
    perProviderYear,
    providerClientMonthsPerYear,
    perTrajectory,
    perDay,
  };
}

/** Per product (`[product * nDays + day]`): the tariff per day of its month, 0 without a positive tariff. */
export function dailyRates(frame: Frame, tariffs: Map<string, number>): Float64Array {
  const nDays = frame.yearIndex.length;
  const { monthOf, monthDays } = months(frame);
  const rate = new Float64Array(4 * nDays);
  for (let p = 0; p < 4; p++) {
    for (let d = 0; d < nDays; d++) {
      const m = monthOf[d] as number;
      const perMonth = tariffs.get(tariffKey(p, frame.firstYear + ((m / 12) | 0)));
      rate[p * nDays + d] =
        perMonth === undefined || perMonth < 0 ? 0 : perMonth / (monthDays[m] as number);
    }
  }
  return rate;
}

/**
 * Money per calendar month from coverage counts per product and day (as
 * differences, `[product * (nDays + 1) + day]`) × the daily rates; per day too
 * when `perDay` is given.
 */
export function coveredMoney(
  frame: Frame,
  coverage: Int32Array,
  rate: Float64Array,
  perDay: Float64Array | null = null,
): Float64Array {
  const nDays = frame.yearIndex.length;
  const { monthOf } = months(frame);
  const perMonth = new Float64Array(frame.nYears * 12);
  for (let p = 0; p < 4; p++) {
    let covering = 0;
    for (let d = 0; d < nDays; d++) {
      covering += coverage[p * (nDays + 1) + d] as number;
      if (covering === 0) continue;
      const amount = covering * (rate[p * nDays + d] as number);
      if (perDay) perDay[d] = (perDay[d] as number) + amount;
      const m = monthOf[d] as number;
      perMonth[m] = (perMonth[m] as number) + amount;
    }
  }
  return perMonth;
}

/** Monthly amounts added up per year. */
export function monthsToYears(perMonth: Float64Array, nYears: number): Float64Array {
  const perYear = new Float64Array(nYears);
  for (let m = 0; m < perMonth.length; m++) addTo(perYear, (m / 12) | 0, perMonth[m] as number);
  return perYear;
}

/** Adds one for every month from..to (month indices) to the count of its year, a year at a time. */
function addMonthsPerYear(counts: Int32Array, offset: number, from: number, to: number): void {
  for (let y = (from / 12) | 0; y * 12 <= to; y++) {
    const n = Math.min(to, y * 12 + 11) - Math.max(from, y * 12) + 1;
    if (n > 0) counts[offset + y] = (counts[offset + y] as number) + n;
  }
}

/**
 * One client's months with cost, overall and per provider: the client's runs of
 * months are collected, then merged (a client has few allocations). A plain
 * object and functions, not a class: a class instance's map dies with the
 * instances between two calls, and V8 then drops the optimised code using it.
 */
interface ClientMonths {
  client: number;
  /** Runs collected: `from[k]..to[k]` (month indices) of `provider[k]`. */
  n: number;
  from: Int32Array;
  to: Int32Array;
  provider: Int32Array;
  readonly perYear: Int32Array;
  readonly providerPerYear: Int32Array;
  readonly nYears: number;
}

function clientMonths(
  perYear: Int32Array,
  providerPerYear: Int32Array,
  nYears: number,
): ClientMonths {
  return {
    client: -1,
    n: 0,
    from: new Int32Array(16),
    to: new Int32Array(16),
    provider: new Int32Array(16),
    perYear,
    providerPerYear,
    nYears,
  };
}

function addRun(m: ClientMonths, from: number, to: number, provider: number): void {
  if (m.n === m.from.length) {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    m.from = grow(m.from);
    m.to = grow(m.to);
    m.provider = grow(m.provider);
  }
  m.from[m.n] = from;
  m.to[m.n] = to;
  m.provider[m.n] = provider;
  m.n++;
}

/** Counts the finished client's merged runs, then starts on `next`. */
function flushClientMonths(m: ClientMonths, next: number): void {
  if (m.n === 1) {
    // Most clients have one run: nothing to merge.
    const provider = m.provider[0] as number;
    addMonthsPerYear(m.perYear, 0, m.from[0] as number, m.to[0] as number);
    if (provider !== NONE)
      addMonthsPerYear(
        m.providerPerYear,
        provider * m.nYears,
        m.from[0] as number,
        m.to[0] as number,
      );
  } else if (m.n > 1) {
    sortRuns(m, false);
    countUnion(m, m.perYear, 0, 0, m.n);
    // Per provider: the same, over each provider's runs.
    sortRuns(m, true);
    let k = 0;
    while (k < m.n) {
      const p = m.provider[k] as number;
      const first = k;
      while (k < m.n && m.provider[k] === p) k++;
      if (p !== NONE) countUnion(m, m.providerPerYear, p * m.nYears, first, k);
    }
  }
  m.n = 0;
  m.client = next;
}

/** The sort key of run k: its first month, after its provider when `byProvider`. */
const runKey = (m: ClientMonths, k: number, byProvider: boolean): number =>
  byProvider ? (m.provider[k] as number) * 1e6 + (m.from[k] as number) : (m.from[k] as number);

/** Insertion sort of the runs (a client has few). */
function sortRuns(m: ClientMonths, byProvider: boolean): void {
  for (let k = 1; k < m.n; k++) {
    const f = m.from[k] as number;
    const t = m.to[k] as number;
    const p = m.provider[k] as number;
    const v = runKey(m, k, byProvider);
    let j = k - 1;
    while (j >= 0 && runKey(m, j, byProvider) > v) {
      m.from[j + 1] = m.from[j] as number;
      m.to[j + 1] = m.to[j] as number;
      m.provider[j + 1] = m.provider[j] as number;
      j--;
    }
    m.from[j + 1] = f;
    m.to[j + 1] = t;
    m.provider[j + 1] = p;
  }
}

/** Counts the union of runs first..last−1 (sorted by first month) per year. */
function countUnion(
  m: ClientMonths,
  counts: Int32Array,
  offset: number,
  first: number,
  last: number,
): void {
  let covered = -1;
  for (let k = first; k < last; k++) {
    const from = Math.max(m.from[k] as number, covered + 1);
    const to = m.to[k] as number;
    if (from <= to) {
      addMonthsPerYear(counts, offset, from, to);
      covered = to;
    }
  }
}
