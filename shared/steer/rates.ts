import type { CostColumns, Dataset } from '../metrics/dataset';
import { tariffKey } from '../metrics/dataset';
import { IB_PRODUCT_COUNT } from '../model/products';
import { civilFromDay, dayFromCivil, daysInMonth } from '../periods/days';

/**
 * What a day of care costs per product for the rest of a year, in cents:
 * `perDay[q * nDays + d]` for day d of the year (0 = 1 January), and running
 * totals `cumulative[q * (nDays + 1) + d]` over days 0..d−1.
 */
export interface DayRates {
  yearStart: number;
  nDays: number;
  perDay: Float64Array;
  cumulative: Float64Array;
  /** Per product: a tariff from the tariff table, or one derived from cost lines ("afgeleid tarief"). */
  derived: boolean;
  /** Per product, cents per day where derived (null with tariffs). */
  derivedPerDay: Float64Array | null;
}

/**
 * Day rates of year Y as known at peildatum P: a product's tariff of Y (or of
 * the latest earlier year that has one) ÷ the days of each month; with cost
 * lines, a tariff derived per product: its cost in the last three full calendar
 * months up to P ÷ its allocation days in them.
 */
export function dayRates(
  ds: Dataset,
  tariffs: Map<string, number> | null,
  year: number,
  peildatum: number,
): DayRates {
  const yearStart = dayFromCivil(year, 1, 1);
  const nDays = dayFromCivil(year, 12, 31) - yearStart + 1;
  const perDay = new Float64Array(IB_PRODUCT_COUNT * nDays);
  let derivedPerDay: Float64Array | null = null;
  if (ds.costs) {
    derivedPerDay = derivedRates(ds, ds.costs, peildatum);
    for (let q = 0; q < IB_PRODUCT_COUNT; q++)
      perDay.fill(derivedPerDay[q] as number, q * nDays, (q + 1) * nDays);
  } else if (tariffs) {
    for (let q = 0; q < IB_PRODUCT_COUNT; q++) {
      const perMonth = tariffOf(tariffs, q, year);
      for (let d = 0; d < nDays; d++) {
        const { month } = civilFromDay(yearStart + d);
        perDay[q * nDays + d] = perMonth / daysInMonth(year, month);
      }
    }
  }
  const cumulative = new Float64Array(IB_PRODUCT_COUNT * (nDays + 1));
  for (let q = 0; q < IB_PRODUCT_COUNT; q++)
    for (let d = 0; d < nDays; d++)
      cumulative[q * (nDays + 1) + d + 1] =
        (cumulative[q * (nDays + 1) + d] as number) + (perDay[q * nDays + d] as number);
  return { yearStart, nDays, perDay, cumulative, derived: ds.costs !== null, derivedPerDay };
}

/** The tariff of product q in year Y, else of the latest earlier year with one; 0 without. */
function tariffOf(tariffs: Map<string, number>, q: number, year: number): number {
  for (let y = year; y >= year - 50; y--) {
    const t = tariffs.get(tariffKey(q, y));
    if (t !== undefined) return Math.max(0, t);
  }
  return 0;
}

/** Per product: cents per allocation day over the last three full calendar months up to P. */
function derivedRates(ds: Dataset, c: CostColumns, peildatum: number): Float64Array {
  const p = civilFromDay(peildatum);
  // The window ends with P's month when P is its last day, else with the month before.
  const lastFull = p.day === daysInMonth(p.year, p.month) ? 0 : 1;
  const endMonth = p.year * 12 + (p.month - 1) - lastFull;
  const from = dayFromCivil(Math.floor((endMonth - 2) / 12), ((endMonth - 2) % 12) + 1, 1);
  const endYear = Math.floor(endMonth / 12);
  const to = dayFromCivil(endYear, (endMonth % 12) + 1, daysInMonth(endYear, (endMonth % 12) + 1));
  const cents = new Float64Array(IB_PRODUCT_COUNT);
  for (let i = 0; i < c.n; i++) {
    const q = c.product[i] as number;
    const s = c.start[i] as number;
    const e = c.end[i] as number;
    if (q < 0 || s > peildatum || e < from || s > to) continue;
    const overlap = Math.min(e, to) - Math.max(s, from) + 1;
    cents[q] = (cents[q] as number) + ((c.cents[i] as number) * overlap) / (e - s + 1);
  }
  const days = new Float64Array(IB_PRODUCT_COUNT);
  for (let i = 0; i < ds.n; i++) {
    const s = ds.start[i] as number;
    if (s > peildatum) continue;
    const e = Math.min(ds.end[i] as number, peildatum);
    const overlap = Math.min(e, to) - Math.max(s, from) + 1;
    if (overlap > 0)
      days[ds.product[i] as number] = (days[ds.product[i] as number] as number) + overlap;
  }
  return cents.map((v, q) => ((days[q] as number) > 0 ? v / (days[q] as number) : 0));
}
