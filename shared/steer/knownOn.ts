import { type Dataset, OPEN_END } from '../metrics/dataset';
import type { Trajectories } from '../metrics/trajectories';

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
}

export function knownOn(ds: Dataset, tr: Trajectories, day: number): KnownOn {
  const members = new Int32Array(tr.count);
  const end = new Int32Array(tr.count);
  const ongoing = new Uint8Array(tr.count);
  for (let t = 0; t < tr.count; t++) {
    if ((tr.start[t] as number) > day) continue;
    const from = tr.offset[t] as number;
    const to = tr.offset[t + 1] as number;
    let latest = 0;
    let k = from;
    // Members come in order of start.
    for (; k < to; k++) {
      const i = tr.members[k] as number;
      if ((ds.start[i] as number) > day) break;
      if ((ds.end[i] as number) > latest) latest = ds.end[i] as number;
    }
    members[t] = k - from;
    const runsOn = latest === OPEN_END || latest > day;
    ongoing[t] = runsOn ? 1 : 0;
    end[t] = runsOn ? day : latest;
  }
  return { day, members, end, ongoing };
}
