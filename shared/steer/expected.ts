import type { Dataset } from '../metrics/dataset';
import type { Trajectories } from '../metrics/trajectories';
import { IB_PRODUCT_COUNT } from '../model/products';
import type { KnownOn } from './knownOn';
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

/** Days from the first day of a trajectory over which a new one's cost is learnt. */
const HISTORY_DAYS = 730;
/** Trajectories starting this soon after the data start are the stock, not new ones. */
const STOCK_DAYS = 31;

/**
 * Obligation, expected continuing and expected new cost of year Y after P.
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
 */
export function expectedCost(
  ds: Dataset,
  tr: Trajectories,
  known: KnownOn,
  rates: DayRates,
  survival: SurvivalTable,
  peildatum: number,
  dailySlots: ReadonlySet<number>,
): Expected {
  const slots = ds.providerIds.length + 1;
  const obligation = new Float64Array(slots * IB_PRODUCT_COUNT);
  const continuing = new Float64Array(slots * IB_PRODUCT_COUNT);
  const fresh = new Float64Array(slots * IB_PRODUCT_COUNT);
  const { yearStart, nDays, cumulative } = rates;
  const yearEnd = yearStart + nDays - 1;
  const daily = new Map<number, Float64Array>();
  for (const slot of dailySlots) daily.set(slot, new Float64Array(nDays));
  if (peildatum >= yearEnd) return { slots, obligation, continuing, fresh, daily };
  const p = peildatum - yearStart;

  // Allocations running on P: their obligation and expected continuation. The continuation
  // depends only on the trajectory's start and the two products: worked out once for each.
  const ahead: Ahead = { rates, survival, peildatum };
  const memo: Memo = {
    firstStart: ds.dataStart,
    values: new Float64Array(
      IB_PRODUCT_COUNT * IB_PRODUCT_COUNT * Math.max(1, peildatum - ds.dataStart + 1),
    ).fill(Number.NaN),
  };
  for (let t = 0; t < tr.count; t++) {
    const from = tr.offset[t] as number;
    const to = from + (known.members[t] as number);
    if (to === from || !known.ongoing[t]) continue;
    const start = tr.start[t] as number;
    const firstProduct = known.firstProduct[t] as number;
    for (let k = from; k < to; k++) {
      const i = tr.members[k] as number;
      const end = ds.end[i] as number;
      if (end <= peildatum) continue;
      const q = ds.product[i] as number;
      const slot = (ds.provider[i] as number) + 1;
      const cell = slot * IB_PRODUCT_COUNT + q;
      const last = Math.min(end, yearEnd) - yearStart;
      const row = q * (nDays + 1);
      obligation[cell] =
        (obligation[cell] as number) +
        (cumulative[row + last + 1] as number) -
        (cumulative[row + p + 1] as number);
      const days = daily.get(slot);
      if (days) weightedDays(ahead, start, q, firstProduct, days);
      continuing[cell] =
        (continuing[cell] as number) + continuation(memo, ahead, start, q, firstProduct);
    }
  }

  newTrajectories(ds, tr, known, rates, peildatum, fresh, daily);
  return { slots, obligation, continuing, fresh, daily };
}

/** Continuations per (trajectory start, product, first product), filled as they are asked for. */
interface Memo {
  firstStart: number;
  values: Float64Array;
}

/**
 * An allocation's expected cost after P: every day to 31 December at its product's
 * rate, weighted by the chance its trajectory (started on `start`) still runs then;
 * worked out once per start and products (`memo`).
 */
function continuation(
  memo: Memo,
  ahead: Ahead,
  start: number,
  q: number,
  firstProduct: number,
): number {
  const slot = ((start - memo.firstStart) * IB_PRODUCT_COUNT + q) * IB_PRODUCT_COUNT + firstProduct;
  const known = memo.values[slot] as number;
  if (!Number.isNaN(known)) return known;
  const sum = weightedDays(ahead, start, q, firstProduct, null);
  memo.values[slot] = sum;
  return sum;
}

/** What the days after the peildatum are weighed with: the day rates and the survival table. */
interface Ahead {
  rates: DayRates;
  survival: SurvivalTable;
  peildatum: number;
}

/** The same, per day added to `days` too when given (a provider's daily path, for its ceiling). */
function weightedDays(
  { rates, survival, peildatum }: Ahead,
  start: number,
  q: number,
  firstProduct: number,
  days: Float64Array | null,
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
    if (days) days[d] = (days[d] as number) + amount;
  }
  return sum;
}

/** Expected new: adds to `fresh` (and the daily paths asked for). */
function newTrajectories(
  ds: Dataset,
  tr: Trajectories,
  known: KnownOn,
  rates: DayRates,
  peildatum: number,
  fresh: Float64Array,
  daily: Map<number, Float64Array>,
): void {
  const { yearStart, nDays, perDay } = rates;
  const horizon = yearStart + nDays - 1 - peildatum;
  const slots = ds.providerIds.length + 1;
  // Trajectories of the last two years that are new (not the data's opening stock).
  const from = Math.max(peildatum - HISTORY_DAYS + 1, ds.dataStart + STOCK_DAYS);
  const inflowFrom = Math.max(peildatum - 364, ds.dataStart + STOCK_DAYS);
  let inflow = 0;
  // Allocations per product covering day r of their trajectory (as differences), and
  // how many trajectories are followed r days (those that started at least r days before P).
  const covering = new Float64Array(IB_PRODUCT_COUNT * (horizon + 1));
  const followed = new Float64Array(horizon + 1);
  const weight = new Float64Array(slots * IB_PRODUCT_COUNT);
  for (let t = 0; t < tr.count; t++) {
    const start = tr.start[t] as number;
    if (start < from || !known.members[t]) continue;
    if (start >= inflowFrom) inflow++;
    const seen = Math.min(peildatum - start, horizon - 1);
    followed[seen + 1] = (followed[seen + 1] as number) - 1;
    followed[0] = (followed[0] as number) + 1;
    const first = tr.offset[t] as number;
    for (let k = first; k < first + (known.members[t] as number); k++) {
      const i = tr.members[k] as number;
      const a = (ds.start[i] as number) - start;
      // Members come in order of start: the rest start later still.
      if (a >= horizon) break;
      const b = Math.min(ds.end[i] as number, peildatum) - start;
      if (b < a) continue;
      const q = ds.product[i] as number;
      const to = Math.min(b, horizon - 1);
      covering[q * (horizon + 1) + a] = (covering[q * (horizon + 1) + a] as number) + 1;
      covering[q * (horizon + 1) + to + 1] = (covering[q * (horizon + 1) + to + 1] as number) - 1;
      const cell = ((ds.provider[i] as number) + 1) * IB_PRODUCT_COUNT + q;
      weight[cell] = (weight[cell] as number) + (to - a + 1);
    }
  }
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
      const days = daily.get(slot);
      if (days)
        for (let d = p + 1; d < nDays; d++)
          days[d] = (days[d] as number) + (perCalendarDay[d] as number) * share;
    }
  }
}
