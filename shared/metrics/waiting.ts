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
  const byYear = summarise(year, days, n, nY);
  const byGroup = summarise(groupYear, days, n, nG * nY);
  return {
    byYear,
    byGroupYear: Array.from({ length: nG }, (_, g) => byGroup.slice(g * nY, (g + 1) * nY)),
  };
}

/**
 * Median and 90th percentile (nearest rank) of the values per key: from a
 * histogram of days per key when that is small (waiting times are short),
 * else by sorting.
 */
function summarise(
  keys: Int32Array,
  values: Int32Array,
  n: number,
  nKeys: number,
): (WaitingFigures | null)[] {
  let max = 0;
  for (let k = 0; k < n; k++) if ((values[k] as number) > max) max = values[k] as number;
  const width = max + 1;
  if (nKeys * width > 4_000_000) {
    const order = countingSort(identity(n), keys.subarray(0, n));
    return summariseRuns(order, keys, values, nKeys);
  }
  const histogram = new Int32Array(nKeys * width);
  const counts = new Int32Array(nKeys);
  for (let k = 0; k < n; k++) {
    const key = keys[k] as number;
    histogram[key * width + (values[k] as number)] =
      (histogram[key * width + (values[k] as number)] as number) + 1;
    counts[key] = (counts[key] as number) + 1;
  }
  const out: (WaitingFigures | null)[] = new Array(nKeys).fill(null);
  for (let key = 0; key < nKeys; key++) {
    const total = counts[key] as number;
    if (total === 0) continue;
    const rank50 = Math.max(1, Math.ceil(0.5 * total));
    const rank90 = Math.max(1, Math.ceil(0.9 * total));
    let seen = 0;
    let median = -1;
    let p90 = -1;
    for (let d = 0; d < width && p90 < 0; d++) {
      seen += histogram[key * width + d] as number;
      if (median < 0 && seen >= rank50) median = d;
      if (seen >= rank90) p90 = d;
    }
    out[key] = { n: total, medianDays: median, p90Days: p90 };
  }
  return out;
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
