import { civilFromDay, dayFromCivil, daysInMonth } from '../periods/days';
import { type Dataset, tariffKey } from './dataset';

/** Net cost per client and calendar month, in (fractional) cents. */
export interface MonthlyCost {
  firstYear: number;
  months: number;
  /** `cents[client * months + month]`. */
  cents: Float64Array;
  /** Per product (IB0–IB3) and year offset: cents; `productYear[p * years + y]`. */
  productYear: Float64Array;
  years: number;
  source: 'lines' | 'tariffs' | 'none';
}

const monthOf = (day: number, firstYear: number) => {
  const { year, month } = civilFromDay(day);
  return (year - firstYear) * 12 + month - 1;
};

/**
 * Spreads cost over calendar months: cost lines pro rata over the days of
 * their period; else tariff × (allocation days in the month / days in the month).
 */
export function monthlyCost(
  ds: Dataset,
  firstYear: number,
  lastYear: number,
  peildatum: number,
): MonthlyCost {
  const years = lastYear - firstYear + 1;
  const months = years * 12;
  const clients = ds.clientIds.length;
  const cents = new Float64Array(clients * months);
  const productYear = new Float64Array(4 * years);
  const source = ds.costs ? 'lines' : ds.tariffs ? 'tariffs' : 'none';
  /** Books `amount` in the month that holds `day`. */
  const add = (client: number, product: number, day: number, amount: number) => {
    const m = monthOf(day, firstYear);
    if (m < 0 || m >= months) return;
    cents[client * months + m] = (cents[client * months + m] as number) + amount;
    if (product >= 0) {
      const y = Math.floor(m / 12);
      productYear[product * years + y] = (productYear[product * years + y] as number) + amount;
    }
  };

  if (ds.costs) {
    const c = ds.costs;
    for (let i = 0; i < c.n; i++) {
      const s = c.start[i] as number;
      const e = c.end[i] as number;
      if (s > peildatum) continue;
      const total = e - s + 1;
      forEachMonth(s, e, (d0, d1) => {
        add(
          c.client[i] as number,
          c.product[i] as number,
          d0,
          ((c.cents[i] as number) * (d1 - d0 + 1)) / total,
        );
      });
    }
  } else if (ds.tariffs) {
    const tariffs = ds.tariffs;
    for (let i = 0; i < ds.n; i++) {
      const s = ds.start[i] as number;
      if (s > peildatum) continue;
      const e = Math.min(ds.end[i] as number, peildatum);
      const p = ds.product[i] as number;
      forEachMonth(s, e, (d0, d1) => {
        const { year, month } = civilFromDay(d0);
        const perMonth = tariffs.get(tariffKey(p, year));
        if (perMonth === undefined) return;
        add(ds.client[i] as number, p, d0, (perMonth * (d1 - d0 + 1)) / daysInMonth(year, month));
      });
    }
  }
  return { firstYear, months, cents, productYear, years, source };
}

/** Calls `fn(first, last)` for each calendar month overlapped by the days start..end. */
export function forEachMonth(
  start: number,
  end: number,
  fn: (first: number, last: number) => void,
): void {
  let d = start;
  while (d <= end) {
    const { year, month } = civilFromDay(d);
    const monthEnd = dayFromCivil(year, month, daysInMonth(year, month));
    const last = Math.min(monthEnd, end);
    fn(d, last);
    d = last + 1;
  }
}
