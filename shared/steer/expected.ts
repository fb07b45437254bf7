import type { Dataset } from '../metrics/dataset';
import { memberColumns } from '../metrics/memberColumns';
import type { Trajectories } from '../metrics/trajectories';
import { IB_PRODUCT_COUNT } from '../model/products';
import type { DayRates } from './rates';
import { type SurvivalTable, survivalAt } from './survival';

/**
 * What the rest of the year is expected to cost, in cents, per cell
 * `[slot * IB_PRODUCT_COUNT + product]` (slot 0: no provider; slot p + 1: provider p).
 */
export interface Expected {
  slots: number;
  obligation: Float64Array;
  continuing: Float64Array;
  fresh: Float64Array;
  /** Per cell that `daily` asks for: expected cost per day of the rest of the year. */
  daily: Map<number, Float64Array>;
}

/** One peildatum to expect from: its year's day rates, the survival as known then, and the slots to follow per day. */
export interface ExpectedAt {
  peildatum: number;
  rates: DayRates;
  survival: SurvivalTable;
  dailySlots: ReadonlySet<number>;
}

/** How far back a trajectory counts as recent (what new ones are learnt from): two years. */
const RECENT_DAYS = 730;
/** Trajectories starting this soon after the data start are the stock, not new ones. */
const STOCK_DAYS = 31;

/**
 * Obligation, expected continuing and expected new cost of year Y after P, for
 * each of `at` (ascending peildatums), from one pass over the allocations.
 *
 * - Obligation: every allocation running on P, from P + 1 to its planned end
 *   (31 December at the latest), at its product's day rate.
 * - Expected continuing: every day to 31 December of the allocations running on
 *   P, each weighted by the chance that the trajectory still runs then given
 *   that it runs on P: S(x − start) / S(P − start), Kaplan–Meier by the
 *   trajectory's first product. Not cut at the planned end: allocations are
 *   extended while the trajectory runs, and the chance says how long it does.
 * - Expected new: trajectories that have not started yet. They start at the rate
 *   of the last 365 days; a new one costs, on its r-th day, what the trajectories
 *   of the last two years cost on theirs (per product, averaged over those
 *   followed that long, at this year's day rates). Split over providers as
 *   those trajectories' first-year days were.
 *
 * Only what was known at each P counts: the allocations that had started by then.
 */
export function expectedCosts(
  ds: Dataset,
  tr: Trajectories,
  at: readonly ExpectedAt[],
): Expected[] {
  const slots = ds.providerIds.length + 1;
  const days = at.map((a) => gathering(ds, slots, a));
  const columns = memberColumns(ds, tr);
  const { start: starts, end: ends, product: products, provider: providers } = columns;
  const { trajectoryStart, firstProduct } = columns;
  const n = days.length;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] as number;
    const e = ends[k] as number;
    const start = trajectoryStart[k] as number;
    const q = products[k] as number;
    const slot = (providers[k] as number) + 1;
    // Latest day first: an allocation not yet started on a day was not on any earlier one.
    for (let j = n - 1; j >= 0; j--) {
      const day = days[j] as Gathering;
      if (s > day.peildatum) break;
      if (day.over) continue;
      if (e > day.peildatum) runsOn(day, e, start, q, firstProduct[k] as number, slot);
      if (start >= day.from) learn(day, s, e, start, q, slot);
    }
  }
  for (let t = 0; t < tr.count; t++) {
    const start = tr.start[t] as number;
    for (let j = n - 1; j >= 0; j--) {
      const day = days[j] as Gathering;
      if (start > day.peildatum) break;
      if (!day.over && start >= day.from) follow(day, start);
    }
  }
  return days.map((day) => {
    const expected = {
      slots,
      obligation: day.obligation,
      continuing: day.continuing,
      fresh: new Float64Array(slots * IB_PRODUCT_COUNT),
      daily: day.daily,
    };
    if (!day.over) newTrajectories(day, expected);
    return expected;
  });
}

/** One peildatum's sums while the allocations pass. */
interface Gathering {
  peildatum: number;
  rates: DayRates;
  survival: SurvivalTable;
  /** P is the year's last day: nothing is expected after it. */
  over: boolean;
  yearEnd: number;
  obligation: Float64Array;
  continuing: Float64Array;
  daily: Map<number, Float64Array>;
  /** Continuations per (trajectory start, product, first product), filled as they are asked for. */
  memo: Float64Array;
  memoStart: number;
  // What new trajectories are learnt from: those started from `from` (and from `inflowFrom`: the inflow).
  from: number;
  inflowFrom: number;
  inflow: number;
  /** Days of the rest of the year after P. */
  horizon: number;
  /** Allocations per product covering day r of their trajectory, as differences (`[q * (horizon + 1) + r]`). */
  covering: Float64Array;
  /** How many trajectories are followed r days (those started at least r days before P), as differences. */
  followed: Float64Array;
  /** Allocation days per cell within the horizon: how new cost is split over providers. */
  weight: Float64Array;
}

/** A day's gathering, every field written out (one shape for the hot loop: no spread). */
function gathering(ds: Dataset, slots: number, at: ExpectedAt): Gathering {
  const { peildatum, rates } = at;
  const yearEnd = rates.yearStart + rates.nDays - 1;
  const over = peildatum >= yearEnd;
  const horizon = Math.max(0, yearEnd - peildatum);
  const daily = new Map<number, Float64Array>();
  for (const slot of at.dailySlots) daily.set(slot, new Float64Array(rates.nDays));
  const cells = slots * IB_PRODUCT_COUNT;
  const starts = over ? 0 : Math.max(1, peildatum - ds.dataStart + 1);
  return {
    peildatum,
    rates,
    survival: at.survival,
    over,
    yearEnd,
    obligation: new Float64Array(cells),
    continuing: new Float64Array(cells),
    daily,
    memo: new Float64Array(IB_PRODUCT_COUNT * IB_PRODUCT_COUNT * starts).fill(Number.NaN),
    memoStart: ds.dataStart,
    from: Math.max(peildatum - RECENT_DAYS + 1, ds.dataStart + STOCK_DAYS),
    inflowFrom: Math.max(peildatum - 364, ds.dataStart + STOCK_DAYS),
    inflow: 0,
    horizon,
    covering: new Float64Array(IB_PRODUCT_COUNT * (horizon + 1)),
    followed: new Float64Array(horizon + 1),
    weight: new Float64Array(cells),
  };
}

/** An allocation running on P (ending at `end`, its trajectory started on `start`): its obligation and continuation. */
function runsOn(
  day: Gathering,
  end: number,
  start: number,
  q: number,
  firstProduct: number,
  slot: number,
): void {
  const { yearStart, nDays, cumulative } = day.rates;
  const cell = slot * IB_PRODUCT_COUNT + q;
  const row = q * (nDays + 1);
  day.obligation[cell] =
    (day.obligation[cell] as number) +
    (cumulative[row + Math.min(end, day.yearEnd) - yearStart + 1] as number) -
    (cumulative[row + day.peildatum - yearStart + 1] as number);
  if (day.daily.size > 0) {
    const path = day.daily.get(slot);
    if (path) weightedDays(day, start, q, firstProduct, path);
  }
  day.continuing[cell] =
    (day.continuing[cell] as number) + continuation(day, start, q, firstProduct);
}

/**
 * An allocation's expected cost after P: every day to 31 December at its product's
 * rate, weighted by the chance its trajectory (started on `start`) still runs then;
 * worked out once per start and products.
 */
function continuation(day: Gathering, start: number, q: number, firstProduct: number): number {
  const key = ((start - day.memoStart) * IB_PRODUCT_COUNT + q) * IB_PRODUCT_COUNT + firstProduct;
  const known = day.memo[key] as number;
  if (!Number.isNaN(known)) return known;
  const sum = weightedDays(day, start, q, firstProduct, null);
  day.memo[key] = sum;
  return sum;
}

/** The same, per day added to `path` too when given (a provider's daily path, for its ceiling). */
function weightedDays(
  { rates, survival, peildatum }: Gathering,
  start: number,
  q: number,
  firstProduct: number,
  path: Float64Array | null,
): number {
  const atP = survivalAt(survival, firstProduct, peildatum - start);
  if (atP <= 0) return 0;
  const { yearStart, nDays, perDay } = rates;
  let sum = 0;
  for (let d = peildatum - yearStart + 1; d < nDays; d++) {
    const amount =
      ((perDay[q * nDays + d] as number) *
        survivalAt(survival, firstProduct, yearStart + d - start)) /
      atP;
    sum += amount;
    if (path) path[d] = (path[d] as number) + amount;
  }
  return sum;
}

/** An allocation (`s`–`e`) of a recent trajectory started on `start`: the days it covers of its trajectory's first `horizon`. */
function learn(day: Gathering, s: number, e: number, start: number, q: number, slot: number): void {
  const { horizon, covering, weight } = day;
  const a = s - start;
  if (a >= horizon) return;
  const b = Math.min(e, day.peildatum) - start;
  if (b < a) return;
  const to = Math.min(b, horizon - 1);
  covering[q * (horizon + 1) + a] = (covering[q * (horizon + 1) + a] as number) + 1;
  covering[q * (horizon + 1) + to + 1] = (covering[q * (horizon + 1) + to + 1] as number) - 1;
  const cell = slot * IB_PRODUCT_COUNT + q;
  weight[cell] = (weight[cell] as number) + (to - a + 1);
}

/** A recent trajectory started on `start`: counted in the inflow, and followed up to P. */
function follow(day: Gathering, start: number): void {
  if (start >= day.inflowFrom) day.inflow++;
  const { followed } = day;
  const seen = Math.min(day.peildatum - start, day.horizon - 1);
  followed[seen + 1] = (followed[seen + 1] as number) - 1;
  followed[0] = (followed[0] as number) + 1;
}

/** Expected new: into `fresh` (and the daily paths asked for). */
function newTrajectories(day: Gathering, { slots, fresh, daily }: Expected): void {
  const { peildatum, horizon, covering, followed, weight, inflow, inflowFrom } = day;
  const { yearStart, nDays, perDay } = day.rates;
  const inflowDays = peildatum - inflowFrom + 1;
  if (inflow === 0 || inflowDays <= 0) return;
  const perDayInflow = inflow / inflowDays;
  let running = 0;
  for (let r = 0; r <= horizon; r++) {
    running += followed[r] as number;
    followed[r] = running;
  }
  const p = peildatum - yearStart;
  for (let q = 0; q < IB_PRODUCT_COUNT; q++) {
    // M(j): allocations of product q expected over days 0..j of a new trajectory.
    const expectedUpTo = new Float64Array(horizon);
    let cover = 0;
    let total = 0;
    for (let r = 0; r < horizon; r++) {
      cover += covering[q * (horizon + 1) + r] as number;
      const n = followed[r] as number;
      total += n > 0 ? cover / n : 0;
      expectedUpTo[r] = total;
    }
    // New trajectories start on each day after P; on day d those started so far cost their share.
    const perCalendarDay = new Float64Array(nDays);
    let product = 0;
    for (let d = p + 1; d < nDays; d++) {
      const amount =
        perDayInflow * (perDay[q * nDays + d] as number) * (expectedUpTo[d - p - 1] as number);
      perCalendarDay[d] = amount;
      product += amount;
    }
    if (product === 0) continue;
    let weights = 0;
    for (let slot = 0; slot < slots; slot++)
      weights += weight[slot * IB_PRODUCT_COUNT + q] as number;
    if (weights === 0) continue;
    for (let slot = 0; slot < slots; slot++) {
      const share = (weight[slot * IB_PRODUCT_COUNT + q] as number) / weights;
      if (share === 0) continue;
      const cell = slot * IB_PRODUCT_COUNT + q;
      fresh[cell] = (fresh[cell] as number) + product * share;
      const path = daily.get(slot);
      if (path)
        for (let d = p + 1; d < nDays; d++)
          path[d] = (path[d] as number) + (perCalendarDay[d] as number) * share;
    }
  }
}
