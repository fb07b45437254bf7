import { IB_PRODUCT_COUNT } from '../model/products';
import type { KnownOn } from './knownOn';

/**
 * Kaplan–Meier survival of trajectories per first product as a table by day:
 * `at(q, d)` is the estimated share of trajectories of first product q that last
 * more than d days (ended trajectories are events, ongoing ones censored at the
 * peildatum). Beyond the longest duration seen it stays at its last value.
 */
export interface SurvivalTable {
  length: number;
  /** `[q * length + d]`. */
  values: Float64Array;
}

export function survivalByFirstProduct(known: KnownOn): SurvivalTable {
  const { length, total, leaving, events } = known.durations;
  const values = new Float64Array(IB_PRODUCT_COUNT * length);
  for (let q = 0; q < IB_PRODUCT_COUNT; q++) {
    let atRisk = total[q] as number;
    let s = 1;
    values[q * length] = 1;
    for (let d = 1; d < length; d++) {
      const e = events[q * length + d] as number;
      if (atRisk > 0 && e > 0) s *= 1 - e / atRisk;
      values[q * length + d] = s;
      atRisk -= leaving[q * length + d] as number;
    }
  }
  return { length, values };
}

/** S_q(d): the share of trajectories of first product q lasting more than d days. */
export function survivalAt(table: SurvivalTable, q: number, d: number): number {
  const i = Math.min(Math.max(d, 0), table.length - 1);
  return table.values[q * table.length + i] as number;
}
