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
  mask: Uint8Array | null,
): Transitions {
  const out: Transitions = {
    all: {},
    byYear: Array.from({ length: frame.nYears }, () => ({})),
    changes: 0,
    stepDowns: 0,
    providerChanges: new Int32Array(Math.max(1, ds.providerIds.length)),
    providerToIb0: new Int32Array(Math.max(1, ds.providerIds.length)),
  };
  for (let t = 0; t < tr.count; t++) {
    if (mask && !mask[t]) continue;
    for (let k = (tr.offset[t] as number) + 1; k < (tr.offset[t + 1] as number); k++) {
      const prev = tr.members[k - 1] as number;
      const next = tr.members[k] as number;
      const a = ds.product[prev] as number;
      const b = ds.product[next] as number;
      if (a === b) continue;
      const key = `${ibProducts[a]}>${ibProducts[b]}`;
      out.all[key] = (out.all[key] ?? 0) + 1;
      const y = frame.yearIndex[(ds.start[next] as number) - frame.firstDay] as number;
      const year = out.byYear[y] as Record<string, number>;
      year[key] = (year[key] ?? 0) + 1;
      out.changes++;
      if (b < a) out.stepDowns++;
      const p = ds.provider[next] as number;
      if (p !== NONE) {
        inc(out.providerChanges, p);
        if (b === 0) inc(out.providerToIb0, p);
      }
    }
  }
  return out;
}
