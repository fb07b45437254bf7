import type { Trajectories } from '../metrics/trajectories';
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

export function survivalByFirstProduct(tr: Trajectories, known: KnownOn): SurvivalTable {
  let longest = 0;
  for (let t = 0; t < tr.count; t++)
    if (known.members[t])
      longest = Math.max(longest, (known.end[t] as number) - (tr.start[t] as number) + 1);
  const length = longest + 2;
  const events = new Int32Array(IB_PRODUCT_COUNT * length);
  const leaving = new Int32Array(IB_PRODUCT_COUNT * length);
  const total = new Int32Array(IB_PRODUCT_COUNT);
  for (let t = 0; t < tr.count; t++) {
    if (!known.members[t]) continue;
    const q = known.firstProduct[t] as number;
    const d = (known.end[t] as number) - (tr.start[t] as number) + 1;
    total[q] = (total[q] as number) + 1;
    // Events and censoring both leave the risk set after day d.
    leaving[q * length + d] = (leaving[q * length + d] as number) + 1;
    if (!known.ongoing[t]) events[q * length + d] = (events[q * length + d] as number) + 1;
  }
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
