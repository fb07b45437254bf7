import { IB_PRODUCT_COUNT } from '../model/products';
import { addMonthsPerYear, frameMonths, monthsToYears } from './calendar';
import type { CostResult } from './cost';
import { type Dataset, NONE, tariffKey } from './dataset';
import { bookOn, unbooked } from './distinct';
import type { Frame } from './frame';
import { fresh, type Lender } from './scratch';
import type { Trajectories } from './trajectories';

/**
 * Cost from tariffs, without visiting every allocation-month for money: tariff
 * amounts are never negative, so a client-month has cost exactly when an
 * allocation with a tariff covers it; money per day comes from how many
 * allocations of each product cover that day; an allocation's cost in a year
 * is a difference of running totals.
 */
export function tariffCost(
  ds: Dataset,
  tariffs: Map<string, number>,
  frame: Frame,
  tr: Trajectories,
  allocationMask: Uint8Array | null,
  /** Count client-months too (cost per client per month); the steering figures need none. */
  withClientMonths = true,
  /** Book cost per trajectory too (its whole and its first year). */
  withTrajectories = true,
  /** Only these positions in `tr.members` (ascending), instead of all of them through the mask. */
  only: Int32Array | null = null,
  lend: Lender = fresh,
): CostResult {
  const nYears = frame.nYears;
  const nDays = frame.yearIndex.length;
  const nProviders = Math.max(1, ds.providerIds.length);
  const { monthOf, monthStart } = frameMonths(frame);
  // Per product: the tariff's daily rate, its running total, and coverage counts (as differences).
  const rate = dailyRates(frame, tariffs);
  const running = new Float64Array(IB_PRODUCT_COUNT * (nDays + 1));
  const coverage = new Int32Array(IB_PRODUCT_COUNT * (nDays + 1));
  for (let p = 0; p < IB_PRODUCT_COUNT; p++) {
    for (let d = 0; d < nDays; d++)
      running[p * (nDays + 1) + d + 1] =
        (running[p * (nDays + 1) + d] as number) + (rate[p * nDays + d] as number);
  }
  const tariffOfYear = new Float64Array(IB_PRODUCT_COUNT * nYears);
  for (let p = 0; p < IB_PRODUCT_COUNT; p++) {
    for (let y = 0; y < nYears; y++)
      tariffOfYear[p * nYears + y] = tariffs.get(tariffKey(p, frame.firstYear + y)) ?? 0;
  }

  const perProductYear = new Float64Array(IB_PRODUCT_COUNT * nYears);
  const perProviderYear = new Float64Array(nProviders * nYears);
  const { perTrajectory, firstYearPerTrajectory } = unbooked(lend, withTrajectories ? tr.count : 0);
  const clientMonthsPerYear = new Int32Array(nYears);
  const providerClientMonthsPerYear = new Int32Array(nProviders * nYears);
  const costMonths = clientMonths(clientMonthsPerYear, providerClientMonthsPerYear, nYears);
  const count = only ? only.length : tr.members.length;
  for (let j = 0; j < count; j++) {
    const i = tr.members[only ? (only[j] as number) : j] as number;
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
    const t = withTrajectories ? (tr.trajectoryOf[i] as number) : -1;
    if (t >= 0) {
      bookOn(perTrajectory, t, total);
      // The trajectory's first 365 days: the same running totals, cut at its first year's end.
      const firstYearEnd = Math.min(e, (tr.start[t] as number) + 364 - frame.firstDay);
      if (firstYearEnd >= s)
        bookOn(
          firstYearPerTrajectory,
          t,
          (running[p * (nDays + 1) + firstYearEnd + 1] as number) -
            (running[p * (nDays + 1) + s] as number),
        );
    }
    if (!withClientMonths) continue;
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
    firstYearPerTrajectory,
    perDay,
  };
}

/** Per product (`[product * nDays + day]`): the tariff per day of its month, 0 without a positive tariff. */
export function dailyRates(frame: Frame, tariffs: Map<string, number>): Float64Array {
  const nDays = frame.yearIndex.length;
  const { monthOf, monthDays } = frameMonths(frame);
  const rate = new Float64Array(IB_PRODUCT_COUNT * nDays);
  for (let p = 0; p < IB_PRODUCT_COUNT; p++) {
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
  const { monthOf } = frameMonths(frame);
  const perMonth = new Float64Array(frame.nYears * 12);
  for (let p = 0; p < IB_PRODUCT_COUNT; p++) {
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

/**
 * One client's months with cost, overall and per provider: the client's runs of
 * months are collected, then merged (a client has few allocations).
 * A hot pass: plain objects and functions (docs/performance.md, "Hot passes").
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
