import { ibProducts } from '../model/products';
import { type Dataset, NONE } from './dataset';
import { inc } from './distinct';
import type { Frame } from './frame';
import type { Trajectories } from './trajectories';

export interface Transitions {
  /** `from>to` → count, all years. */
  all: Record<string, number>;
  /** Per year of the later allocation's start. */
  byYear: Record<string, number>[];
  changes: number;
  stepDowns: number;
  /** Per provider of the later allocation: changes and step-downs to IB0. */
  providerChanges: Int32Array;
  providerToIb0: Int32Array;
}

/** Product changes between consecutive allocations of a trajectory (in order of start, end, product). */
export function computeTransitions(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  /** Only these trajectories (ascending), or all. */
  only: Int32Array | null,
): Transitions {
  const nP = ibProducts.length;
  const pairs = nP * nP;
  // Counts per (from, to) pair, and per year of the later start; the keyed records come at the end.
  const all = new Int32Array(pairs);
  const byYear = new Int32Array(frame.nYears * pairs);
  const providerChanges = new Int32Array(Math.max(1, ds.providerIds.length));
  const providerToIb0 = new Int32Array(Math.max(1, ds.providerIds.length));
  let changes = 0;
  let stepDowns = 0;
  const count = only ? only.length : tr.count;
  for (let j = 0; j < count; j++) {
    const t = only ? (only[j] as number) : j;
    for (let k = (tr.offset[t] as number) + 1; k < (tr.offset[t + 1] as number); k++) {
      const prev = tr.members[k - 1] as number;
      const next = tr.members[k] as number;
      const a = ds.product[prev] as number;
      const b = ds.product[next] as number;
      if (a === b) continue;
      const y = frame.yearIndex[(ds.start[next] as number) - frame.firstDay] as number;
      inc(all, a * nP + b);
      inc(byYear, y * pairs + a * nP + b);
      changes++;
      if (b < a) stepDowns++;
      const p = ds.provider[next] as number;
      if (p !== NONE) {
        inc(providerChanges, p);
        if (b === 0) inc(providerToIb0, p);
      }
    }
  }
  /** `from>to` → count for the pairs that occur, in product order. */
  const keyed = (counts: Int32Array, offset: number): Record<string, number> => {
    const out: Record<string, number> = {};
    for (let pair = 0; pair < pairs; pair++) {
      const n = counts[offset + pair] as number;
      if (n > 0) out[`${ibProducts[(pair / nP) | 0]}>${ibProducts[pair % nP]}`] = n;
    }
    return out;
  };
  return {
    all: keyed(all, 0),
    byYear: Array.from({ length: frame.nYears }, (_, y) => keyed(byYear, y * pairs)),
    changes,
    stepDowns,
    providerChanges,
    providerToIb0,
  };
}
