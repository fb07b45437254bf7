import { type Dataset, OPEN_END } from '../metrics/dataset';
import type { Trajectories } from '../metrics/trajectories';
import { IB_PRODUCT_COUNT } from '../model/products';

/**
 * The trajectories of a later peildatum as they stood on an earlier day: a
 * trajectory then is the part of one now whose allocations had started by that
 * day (chains only ever grow forward), so a backtest needs no second build.
 */
export interface KnownOn {
  day: number;
  /** Per trajectory: how many of its members (a prefix) had started; 0 when it had not. */
  members: Int32Array;
  /** Per trajectory: its latest end then, capped at the day. */
  end: Int32Array;
  /** Per trajectory: 1 when it ran on after the day. */
  ongoing: Uint8Array;
  /** Per trajectory: the product of its first allocation (the same on every day it is known). */
  firstProduct: Int8Array;
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
  const firstProduct = new Int8Array(tr.count);
  for (let t = 0; t < tr.count; t++) firstProduct[t] = ds.product[tr.first[t] as number] as number;
  const out: KnownOn[] = days.map((day) => {
    const length = Math.max(0, day - ds.dataStart) + 3;
    return {
      day,
      members: new Int32Array(tr.count),
      end: new Int32Array(tr.count),
      ongoing: new Uint8Array(tr.count),
      firstProduct,
      durations: {
        length,
        total: new Int32Array(IB_PRODUCT_COUNT),
        leaving: new Int32Array(IB_PRODUCT_COUNT * length),
        events: new Int32Array(IB_PRODUCT_COUNT * length),
      },
    };
  });
  const n = days.length;
  for (let t = 0; t < tr.count; t++) {
    const start = tr.start[t] as number;
    let j = 0;
    while (j < n && (days[j] as number) < start) j++;
    if (j === n) continue;
    const from = tr.offset[t] as number;
    const to = tr.offset[t + 1] as number;
    let latest = 0;
    let k = from;
    for (; k < to; k++) {
      const i = tr.members[k] as number;
      const s = ds.start[i] as number;
      while (j < n && s > (days[j] as number)) {
        close(out[j] as KnownOn, t, start, k - from, latest);
        j++;
      }
      if (j === n) break;
      if ((ds.end[i] as number) > latest) latest = ds.end[i] as number;
    }
    for (; j < n; j++) close(out[j] as KnownOn, t, start, k - from, latest);
  }
  return out;
}

/** Trajectory t as it stood on `known.day`: its first `count` members, ending at `latest`. */
function close(known: KnownOn, t: number, start: number, count: number, latest: number): void {
  known.members[t] = count;
  const runsOn = latest === OPEN_END || latest > known.day;
  known.ongoing[t] = runsOn ? 1 : 0;
  const end = runsOn ? known.day : latest;
  known.end[t] = end;
  if (count === 0) return;
  const { length, total, leaving, events } = known.durations;
  const q = known.firstProduct[t] as number;
  const cell = q * length + end - start + 1;
  total[q] = (total[q] as number) + 1;
  leaving[cell] = (leaving[cell] as number) + 1;
  if (!runsOn) events[cell] = (events[cell] as number) + 1;
}
