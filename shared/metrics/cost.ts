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
): CostResult {
  const nYears = frame.nYears;
  const nMonths = nYears * 12;
  const nProviders = Math.max(1, ds.providerIds.length);
  const source: CostSource = ds.costs ? 'lines' : ds.tariffs ? 'tariffs' : 'none';
  if (source === 'tariffs') return tariffCost(ds, frame, tr, allocationMask);
  const perMonth = new Float64Array(nMonths);
  const productMonth = new Float64Array(4 * nMonths);
  const providerMonth = new Float64Array(nProviders * nMonths);
  const clientMonthsPerYear = new Int32Array(nYears);
  const providerClientMonthsPerYear = new Int32Array(nProviders * nYears);
  const perTrajectory = new Float64Array(tr.count).fill(Number.NaN);
  const perDay = new Float64Array(daily ? frame.yearIndex.length + 1 : 1);
  const { monthOf, monthStart, monthEnd } = months(frame);

  // Per client: net per month, overall and per provider (a client has few providers).
  const net = new Float64Array(nMonths);
  const touched = new Int32Array(nMonths);
  let nTouched = 0;
  const slotProvider = new Int32Array(MAX_PROVIDERS_PER_CLIENT);
  const slotNet: Float64Array[] = [];
  const slotTouched: Int32Array[] = [];
  const slotCount = new Int32Array(MAX_PROVIDERS_PER_CLIENT);
  let slots = 0;
  let currentClient = -1;

  const flushClient = () => {
    for (let k = 0; k < nTouched; k++) {
      const m = touched[k] as number;
      const v = net[m] as number;
      perMonth[m] = (perMonth[m] as number) + v;
      if (v > 1e-6) inc(clientMonthsPerYear, (m / 12) | 0);
      net[m] = 0;
    }
    nTouched = 0;
    for (let s = 0; s < slots; s++) {
      const months = slotNet[s] as Float64Array;
      const list = slotTouched[s] as Int32Array;
      const provider = slotProvider[s] as number;
      for (let k = 0; k < (slotCount[s] as number); k++) {
        const m = list[k] as number;
        const v = months[m] as number;
        providerMonth[provider * nMonths + m] =
          (providerMonth[provider * nMonths + m] as number) + v;
        if (v > 1e-6) inc(providerClientMonthsPerYear, provider * nYears + ((m / 12) | 0));
        months[m] = 0;
      }
      slotCount[s] = 0;
    }
    slots = 0;
  };

  /** Switches to a client and returns the provider's slot (−1 without provider). */
  const enter = (client: number, provider: number): number => {
    if (client !== currentClient) {
      flushClient();
      currentClient = client;
    }
    if (provider === NONE) return -1;
    for (let s = 0; s < slots; s++) if (slotProvider[s] === provider) return s;
    if (slots === MAX_PROVIDERS_PER_CLIENT) return -1;
    if (!slotNet[slots]) {
      slotNet[slots] = new Float64Array(nMonths);
      slotTouched[slots] = new Int32Array(nMonths);
    }
    slotProvider[slots] = provider;
    return slots++;
  };

  /** Books `amount` for days d0..d1 of month m. */
  const book = (
    slot: number,
    product: number,
    m: number,
    d0: number,
    d1: number,
    amount: number,
  ) => {
    if (net[m] === 0) touched[nTouched++] = m;
    net[m] = (net[m] as number) + amount;
    if (product >= 0)
      productMonth[product * nMonths + m] =
        (productMonth[product * nMonths + m] as number) + amount;
    if (slot >= 0) {
      const months = slotNet[slot] as Float64Array;
      if (months[m] === 0) {
        (slotTouched[slot] as Int32Array)[slotCount[slot] as number] = m;
        slotCount[slot] = (slotCount[slot] as number) + 1;
      }
      months[m] = (months[m] as number) + amount;
    }
    if (daily) {
      const rate = amount / (d1 - d0 + 1);
      perDay[d0 - frame.firstDay] = (perDay[d0 - frame.firstDay] as number) + rate;
      perDay[d1 - frame.firstDay + 1] = (perDay[d1 - frame.firstDay + 1] as number) - rate;
    }
  };

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
      const slot = enter(client, provider);
      let total = 0;
      for (
        let m = monthOf[from - frame.firstDay] as number;
        m <= (monthOf[to - frame.firstDay] as number);
        m++
      ) {
        const d0 = Math.max(from, monthStart[m] as number);
        const d1 = Math.min(to, monthEnd[m] as number);
        const amount = rate * (d1 - d0 + 1);
        book(slot, product, m, d0, d1, amount);
        total += amount;
      }
      if (trajectory >= 0)
        perTrajectory[trajectory] =
          (Number.isNaN(perTrajectory[trajectory] as number)
            ? 0
            : (perTrajectory[trajectory] as number)) + total;
    }
  }
  flushClient();
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
    clientMonthsPerYear,
    perProductYear: toYears(productMonth, 4),
    perProviderYear: toYears(providerMonth, nProviders),
    providerClientMonthsPerYear,
    perTrajectory,
    perDay,
  };
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
  frame: Frame,
  tr: Trajectories,
  allocationMask: Uint8Array | null,
): CostResult {
  const tariffs = ds.tariffs as Map<string, number>;
  const nYears = frame.nYears;
  const nMonths = nYears * 12;
  const nDays = frame.yearIndex.length;
  const nProviders = Math.max(1, ds.providerIds.length);
  const { monthOf, monthStart, monthDays } = months(frame);
  // Per product: the tariff's daily rate, its running total, and coverage counts (as differences).
  const rate = new Float64Array(4 * nDays);
  const running = new Float64Array(4 * (nDays + 1));
  const coverage = new Int32Array(4 * (nDays + 1));
  for (let p = 0; p < 4; p++) {
    for (let d = 0; d < nDays; d++) {
      const m = monthOf[d] as number;
      const perMonth = tariffs.get(tariffKey(p, frame.firstYear + ((m / 12) | 0)));
      rate[p * nDays + d] =
        perMonth === undefined || perMonth < 0 ? 0 : perMonth / (monthDays[m] as number);
      running[p * (nDays + 1) + d + 1] =
        (running[p * (nDays + 1) + d] as number) + (rate[p * nDays + d] as number);
    }
  }
  const tariffOfYear = new Float64Array(4 * nYears);
  for (let p = 0; p < 4; p++) {
    for (let y = 0; y < nYears; y++)
      tariffOfYear[p * nYears + y] = tariffs.get(tariffKey(p, frame.firstYear + y)) ?? 0;
  }
  const cumulative = (p: number, from: number, to: number) =>
    (running[p * (nDays + 1) + to + 1] as number) - (running[p * (nDays + 1) + from] as number);

  const perProductYear = new Float64Array(4 * nYears);
  const perProviderYear = new Float64Array(nProviders * nYears);
  const perTrajectory = new Float64Array(tr.count).fill(Number.NaN);
  const clientMonthsPerYear = new Int32Array(nYears);
  const providerClientMonthsPerYear = new Int32Array(nProviders * nYears);
  const costMonths = new ClientMonths(clientMonthsPerYear, providerClientMonthsPerYear, nYears);
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
      const amount = cumulative(p, from, to);
      total += amount;
      perProductYear[p * nYears + y] = (perProductYear[p * nYears + y] as number) + amount;
      if (provider !== NONE)
        perProviderYear[provider * nYears + y] =
          (perProviderYear[provider * nYears + y] as number) + amount;
    }
    // The months with cost: covered months in years with a positive tariff, as runs.
    if (client !== costMonths.client) costMonths.flush(client);
    const m0 = monthOf[s] as number;
    const m1 = monthOf[e] as number;
    let runStart = -1;
    for (let y = (m0 / 12) | 0; y * 12 <= m1; y++) {
      const positive = (tariffOfYear[p * nYears + y] as number) > 0;
      const from = Math.max(m0, y * 12);
      if (positive && runStart < 0) runStart = from;
      if (!positive && runStart >= 0) {
        costMonths.add(runStart, from - 1, provider);
        runStart = -1;
      }
    }
    if (runStart >= 0) costMonths.add(runStart, m1, provider);
    const t = tr.trajectoryOf[i] as number;
    if (t >= 0)
      perTrajectory[t] =
        (Number.isNaN(perTrajectory[t] as number) ? 0 : (perTrajectory[t] as number)) + total;
  }

  costMonths.flush(-1);
  const perDay = new Float64Array(nDays + 1);
  const perMonth = new Float64Array(nMonths);
  for (let p = 0; p < 4; p++) {
    let covering = 0;
    for (let d = 0; d < nDays; d++) {
      covering += coverage[p * (nDays + 1) + d] as number;
      if (covering === 0) continue;
      const amount = covering * (rate[p * nDays + d] as number);
      perDay[d] = (perDay[d] as number) + amount;
      const m = monthOf[d] as number;
      perMonth[m] = (perMonth[m] as number) + amount;
    }
  }
  const perYear = new Float64Array(nYears);
  for (let m = 0; m < nMonths; m++) addTo(perYear, (m / 12) | 0, perMonth[m] as number);
  return {
    source: 'tariffs',
    perMonth,
    perYear,
    clientMonthsPerYear,
    perProductYear,
    perProviderYear,
    providerClientMonthsPerYear,
    perTrajectory,
    perDay,
  };
}

/** Adds one for every month from..to (month indices) to the count of its year, a year at a time. */
function addMonthsPerYear(counts: Int32Array, offset: number, from: number, to: number): void {
  for (let y = (from / 12) | 0; y * 12 <= to; y++) {
    const n = Math.min(to, y * 12 + 11) - Math.max(from, y * 12) + 1;
    if (n > 0) counts[offset + y] = (counts[offset + y] as number) + n;
  }
}

/**
 * Counts one client's months with cost, overall and per provider: collects the
 * client's runs of months, then merges them (a client has few allocations).
 */
class ClientMonths {
  client = -1;
  private n = 0;
  private from = new Int32Array(16);
  private to = new Int32Array(16);
  private provider = new Int32Array(16);

  constructor(
    private readonly perYear: Int32Array,
    private readonly providerPerYear: Int32Array,
    private readonly nYears: number,
  ) {}

  add(from: number, to: number, provider: number): void {
    if (this.n === this.from.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.from = grow(this.from);
      this.to = grow(this.to);
      this.provider = grow(this.provider);
    }
    this.from[this.n] = from;
    this.to[this.n] = to;
    this.provider[this.n] = provider;
    this.n++;
  }

  /** Counts the finished client's merged runs, then starts on `next`. */
  flush(next: number): void {
    if (this.n === 1) {
      // Most clients have one run: nothing to merge.
      const provider = this.provider[0] as number;
      addMonthsPerYear(this.perYear, 0, this.from[0] as number, this.to[0] as number);
      if (provider !== NONE)
        addMonthsPerYear(
          this.providerPerYear,
          provider * this.nYears,
          this.from[0] as number,
          this.to[0] as number,
        );
    } else if (this.n > 1) {
      this.sort(false);
      this.countUnion(this.perYear, 0, 0, this.n);
      // Per provider: the same, over each provider's runs.
      this.sort(true);
      let k = 0;
      while (k < this.n) {
        const p = this.provider[k] as number;
        const first = k;
        while (k < this.n && this.provider[k] === p) k++;
        if (p !== NONE) this.countUnion(this.providerPerYear, p * this.nYears, first, k);
      }
    }
    this.n = 0;
    this.client = next;
  }

  /** The sort key of run k: its first month, after its provider when `byProvider`. */
  private key(k: number, byProvider: boolean): number {
    return byProvider
      ? (this.provider[k] as number) * 1e6 + (this.from[k] as number)
      : (this.from[k] as number);
  }

  /** Insertion sort of the runs (a client has few). */
  private sort(byProvider: boolean): void {
    for (let k = 1; k < this.n; k++) {
      const f = this.from[k] as number;
      const t = this.to[k] as number;
      const p = this.provider[k] as number;
      const v = this.key(k, byProvider);
      let j = k - 1;
      while (j >= 0 && this.key(j, byProvider) > v) {
        this.from[j + 1] = this.from[j] as number;
        this.to[j + 1] = this.to[j] as number;
        this.provider[j + 1] = this.provider[j] as number;
        j--;
      }
      this.from[j + 1] = f;
      this.to[j + 1] = t;
      this.provider[j + 1] = p;
    }
  }

  /** Counts the union of runs first..last−1 (sorted by first month) per year. */
  private countUnion(counts: Int32Array, offset: number, first: number, last: number): void {
    let covered = -1;
    for (let k = first; k < last; k++) {
      const from = Math.max(this.from[k] as number, covered + 1);
      const to = this.to[k] as number;
      if (from <= to) {
        addMonthsPerYear(counts, offset, from, to);
        covered = to;
      }
    }
  }
}
