import { type Dataset, OPEN_END } from '../metrics/dataset';
import { memberColumns } from '../metrics/memberColumns';
import type { Trajectories } from '../metrics/trajectories';
import { IB_PRODUCT_COUNT } from '../model/products';

/**
 * The trajectories of a later peildatum as they stood on an earlier day: a
 * trajectory then is the part of one now whose allocations had started by that
 * day (chains only ever grow forward), so a backtest needs no second build.
 */
export interface KnownOn {
  day: number;
  /**
   * Durations then, per first product (`[product * length + days]`, `length` past
   * the longest possible): every trajectory leaves the risk set after its days,
   * an ended one is also an event. What Kaplan–Meier needs (survival.ts).
   */
  durations: { length: number; total: Int32Array; leaving: Int32Array; events: Int32Array };
}

/**
 * The trajectories as they stood on each of `days` (ascending), in one pass over
 * their members: members come in order of start, so each day's part is a prefix.
 */
export function knownOn(ds: Dataset, tr: Trajectories, days: readonly number[]): KnownOn[] {
  const out: KnownOn[] = days.map((day) => {
    const length = Math.max(0, day - ds.dataStart) + 3;
    return {
      day,
      durations: {
        length,
        total: new Int32Array(IB_PRODUCT_COUNT),
        leaving: new Int32Array(IB_PRODUCT_COUNT * length),
        events: new Int32Array(IB_PRODUCT_COUNT * length),
      },
    };
  });
  const n = days.length;
  const { start: starts, end: ends, firstProduct } = memberColumns(ds, tr);
  for (let t = 0; t < tr.count; t++) {
    const start = tr.start[t] as number;
    let j = 0;
    while (j < n && (days[j] as number) < start) j++;
    if (j === n) continue;
    const from = tr.offset[t] as number;
    const to = tr.offset[t + 1] as number;
    const q = firstProduct[from] as number;
    let latest = 0;
    let k = from;
    for (; k < to; k++) {
      const s = starts[k] as number;
      while (j < n && s > (days[j] as number)) {
        stand(out[j] as KnownOn, q, start, latest);
        j++;
      }
      if (j === n) break;
      if ((ends[k] as number) > latest) latest = ends[k] as number;
    }
    for (; j < n; j++) stand(out[j] as KnownOn, q, start, latest);
  }
  return out;
}

/** A trajectory of first product q as it stood on `known.day`: from `start`, its latest end `latest`. */
function stand(known: KnownOn, q: number, start: number, latest: number): void {
  const runsOn = latest === OPEN_END || latest > known.day;
  const { length, total, leaving, events } = known.durations;
  const cell = q * length + (runsOn ? known.day : latest) - start + 1;
  total[q] = (total[q] as number) + 1;
  leaving[cell] = (leaving[cell] as number) + 1;
  if (!runsOn) events[cell] = (events[cell] as number) + 1;
}
