import { providerGroups } from '../model/providerGroups';
import { type Dataset, NONE } from './dataset';
import { gatherInt, identity } from './distinct';
import type { Frame } from './frame';
import { countingSort } from './order';
import type { Trajectories } from './trajectories';

export interface WaitingFigures {
  n: number;
  medianDays: number;
  p90Days: number;
}

export interface Waiting {
  byYear: (WaitingFigures | null)[];
  /** `[group][year]`. */
  byGroupYear: (WaitingFigures | null)[][];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Int32Array, p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** Waiting days = allocation start − registration date, per year of start and provider group. Null without registration dates. */
export function computeWaiting(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  mask: Uint8Array | null,
): Waiting | null {
  const nY = frame.nYears;
  const nG = providerGroups.length;
  const overig = providerGroups.indexOf('overig');
  const days = new Int32Array(tr.members.length);
  const year = new Int32Array(tr.members.length);
  const groupYear = new Int32Array(tr.members.length);
  let n = 0;
  for (let k = 0; k < tr.members.length; k++) {
    const i = tr.members[k] as number;
    if (mask && !mask[i]) continue;
    const r = ds.registration[i] as number;
    const s = ds.start[i] as number;
    if (r === NONE || r > s || s < frame.firstDay) continue;
    const p = ds.provider[i] as number;
    const y = frame.yearIndex[s - frame.firstDay] as number;
    days[n] = s - r;
    year[n] = y;
    groupYear[n] = (p === NONE ? overig : (ds.providerGroup[p] as number)) * nY + y;
    n++;
  }
  if (n === 0) return null;
  const all = identity(n);
  const byYear = summariseRuns(countingSort(all, year), year, days, nY);
  const byGroup = summariseRuns(countingSort(all, groupYear), groupYear, days, nG * nY);
  return {
    byYear,
    byGroupYear: Array.from({ length: nG }, (_, g) => byGroup.slice(g * nY, (g + 1) * nY)),
  };
}

/** For indices ordered by key, the median and 90th percentile of each key's run of values. */
function summariseRuns(
  order: Int32Array,
  keys: Int32Array,
  values: Int32Array,
  nKeys: number,
): (WaitingFigures | null)[] {
  const out: (WaitingFigures | null)[] = new Array(nKeys).fill(null);
  let k = 0;
  while (k < order.length) {
    const key = keys[order[k] as number] as number;
    const from = k;
    while (k < order.length && keys[order[k] as number] === key) k++;
    const run = gatherInt(order, from, k, values).sort();
    out[key] = { n: run.length, medianDays: percentile(run, 50), p90Days: percentile(run, 90) };
  }
  return out;
}
