import { IB_PRODUCT_COUNT } from '../model/products';
import { frameMonths, monthsToYears } from './calendar';
import type { CostResult } from './cost';
import { type Dataset, NONE, tariffKey } from './dataset';
import { addTo, imax, imin, perTrajectorySums } from './distinct';
import type { Frame } from './frame';
import { fresh, type Lender } from './scratch';
import type { Trajectories } from './trajectories';

/** What the tariff cost reads of a dataset: a second thread gets only these (`costThread.ts`). */
export type CostColumns = Pick<
  Dataset,
  'start' | 'end' | 'product' | 'client' | 'provider' | 'providerIds' | 'dataStart'
>;

/** What the tariff cost reads of the trajectories. */
export type CostTrajectories = Pick<Trajectories, 'count' | 'members' | 'trajectoryOf' | 'start'>;

/**
 * Cost from tariffs, without visiting every allocation-month for money: tariff
 * amounts are never negative, so a client-month has cost exactly when an
 * allocation with a tariff covers it; money per day comes from how many
 * allocations of each product cover that day; an allocation's cost in a year
 * is a difference of running totals.
 */
export function tariffCost(
  ds: CostColumns,
  tariffs: Map<string, number>,
  frame: Frame,
  tr: CostTrajectories,
  allocationMask: Uint8Array | null,
  /** Count client-months too (cost per client per month); the steering figures need none. */
  withClientMonths = true,
  /** Book cost per trajectory too (its whole and its first year). */
  withTrajectories = true,
  /** Only these allocations (in the order of `tr.members`), instead of all through the mask (then unread). */
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
  const { perTrajectory, firstYearPerTrajectory } = perTrajectorySums(
    lend,
    withTrajectories ? tr.count : 0,
  );
  const clientMonthsPerYear = new Int32Array(nYears);
  const providerClientMonthsPerYear = new Int32Array(nProviders * nYears);
  const months = monthCounter(clientMonthsPerYear);
  const providerMonths = monthCounter(providerClientMonthsPerYear);
  // A list is the mask's selection already: its rows are not tested again.
  const mask = only ? null : allocationMask;
  const count = only ? only.length : tr.members.length;
  for (let j = 0; j < count; j++) {
    const i = (only ? only[j] : tr.members[j]) as number;
    if (mask && !mask[i]) continue;
    const s = imax(ds.start[i] as number, frame.firstDay) - frame.firstDay;
    const e = imin(ds.end[i] as number, frame.peildatum) - frame.firstDay;
    if (e < s) continue;
    const p = ds.product[i] as number;
    const client = ds.client[i] as number;
    const provider = ds.provider[i] as number;
    coverage[p * (nDays + 1) + s] = (coverage[p * (nDays + 1) + s] as number) + 1;
    coverage[p * (nDays + 1) + e + 1] = (coverage[p * (nDays + 1) + e + 1] as number) - 1;
    const m0 = monthOf[s] as number;
    const m1 = monthOf[e] as number;
    let total = 0;
    for (let y = frame.yearIndex[s] as number; y <= (frame.yearIndex[e] as number); y++) {
      const from = imax(s, (monthStart[y * 12] as number) - frame.firstDay);
      const to = imin(e, (frame.yearEnd[y] as number) - frame.firstDay);
      // The tariff over days from..to: a difference of the product's running totals.
      const amount =
        (running[p * (nDays + 1) + to + 1] as number) - (running[p * (nDays + 1) + from] as number);
      total += amount;
      perProductYear[p * nYears + y] = (perProductYear[p * nYears + y] as number) + amount;
      if (provider !== NONE)
        perProviderYear[provider * nYears + y] =
          (perProviderYear[provider * nYears + y] as number) + amount;
      // The year's covered months have cost when the product's tariff that year is positive.
      if (!withClientMonths || !((tariffOfYear[p * nYears + y] as number) > 0)) continue;
      const firstMonth = imax(m0, y * 12);
      const lastMonth = imin(m1, y * 12 + 11);
      countMonths(months, y, client, firstMonth, lastMonth);
      if (provider !== NONE)
        countMonths(providerMonths, provider * nYears + y, client, firstMonth, lastMonth);
    }
    const t = withTrajectories ? (tr.trajectoryOf[i] as number) : -1;
    if (t >= 0) {
      addTo(perTrajectory, t, total);
      // The trajectory's first 365 days: the same running totals, cut at its first year's end.
      const firstYearEnd = imin(e, (tr.start[t] as number) + 364 - frame.firstDay);
      if (firstYearEnd >= s)
        addTo(
          firstYearPerTrajectory,
          t,
          (running[p * (nDays + 1) + firstYearEnd + 1] as number) -
            (running[p * (nDays + 1) + s] as number),
        );
    }
  }
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
 * Months with cost counted per bucket (a year, or a provider's year) without counting a
 * client's month twice. A client's allocations come by start, so its month runs in one
 * bucket come by first month: a bucket remembers the last client it counted and the last
 * month it covered for them, and a run adds only the months after that.
 * A hot pass: plain objects and functions (docs/performance.md, "Hot passes").
 */
interface MonthCounter {
  readonly counts: Int32Array;
  readonly client: Int32Array;
  readonly covered: Int32Array;
}

function monthCounter(counts: Int32Array): MonthCounter {
  return {
    counts,
    client: new Int32Array(counts.length).fill(-1),
    covered: new Int32Array(counts.length),
  };
}

/** Counts months from..to of `client` in `bucket`, less those counted for them there already. */
function countMonths(
  c: MonthCounter,
  bucket: number,
  client: number,
  from: number,
  to: number,
): void {
  const first = c.client[bucket] === client ? imax(from, (c.covered[bucket] as number) + 1) : from;
  if (first > to) return;
  c.counts[bucket] = (c.counts[bucket] as number) + to - first + 1;
  c.client[bucket] = client;
  c.covered[bucket] = to;
}
