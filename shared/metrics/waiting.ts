import { providerGroups } from '../model/providerGroups';
import { type Dataset, NONE } from './dataset';
import { gatherInt, identity, inc } from './distinct';
import type { Frame } from './frame';
import { countingSort } from './order';

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

/** Histogram cells above which waiting times are sorted instead of counted per day. */
const MAX_CELLS = 4_000_000;

/**
 * Days between two dates of each allocation (`from` to `to`, NONE where not
 * known), per year of the allocation's start and provider group: waiting is
 * registration → start, time to care start → delivery start (iWmo 305). Null
 * when no allocation has both.
 */
export function computeWaiting(
  ds: Dataset,
  frame: Frame,
  /** Only these allocations (ascending), or all. */
  rows: Int32Array | null,
  from: Int32Array,
  to: Int32Array,
): Waiting | null {
  const nY = frame.nYears;
  const nG = providerGroups.length;
  const overig = providerGroups.indexOf('overig');
  const nKeys = nG * nY;
  // One pass in storage order into a histogram per (group, year) and day, widened when a longer
  // wait comes by; waits too long for a histogram are sorted instead.
  let width = 512;
  let histogram: Int32Array | null = new Int32Array(nKeys * width);
  let n = 0;
  const count = rows ? rows.length : ds.n;
  for (let k = 0; k < count && histogram; k++) {
    const i = rows ? (rows[k] as number) : k;
    const days = waitOf(ds, frame, from, to, i);
    if (days < 0) continue;
    n++;
    if (days >= width) {
      const wider = Math.max(2 * width, days + 1);
      histogram = nKeys * wider > MAX_CELLS ? null : widen(histogram, nKeys, width, wider);
      width = wider;
      if (!histogram) break;
    }
    inc(histogram, keyOf(ds, frame, overig, i) * width + days);
  }
  if (n === 0) return null;
  let byGroup: (WaitingFigures | null)[];
  let byYear: (WaitingFigures | null)[];
  if (histogram) {
    // Per year: the groups' rows added up.
    const years = new Int32Array(nY * width);
    for (let key = 0; key < nKeys; key++) {
      const y = key % nY;
      for (let d = 0; d < width; d++)
        years[y * width + d] =
          (years[y * width + d] as number) + (histogram[key * width + d] as number);
    }
    byGroup = fromHistogram(histogram, nKeys, width);
    byYear = fromHistogram(years, nY, width);
  } else {
    const days: number[] = [];
    const groupYears: number[] = [];
    for (let k = 0; k < count; k++) {
      const i = rows ? (rows[k] as number) : k;
      const wait = waitOf(ds, frame, from, to, i);
      if (wait < 0) continue;
      days.push(wait);
      groupYears.push(keyOf(ds, frame, overig, i));
    }
    const values = Int32Array.from(days);
    const groupYear = Int32Array.from(groupYears);
    const year = groupYear.map((key) => key % nY);
    byYear = summariseRuns(countingSort(identity(values.length), year), year, values, nY);
    byGroup = summariseRuns(
      countingSort(identity(values.length), groupYear),
      groupYear,
      values,
      nKeys,
    );
  }
  return {
    byYear,
    byGroupYear: Array.from({ length: nG }, (_, g) => byGroup.slice(g * nY, (g + 1) * nY)),
  };
}

/**
 * Days from `from` to `to` of allocation i, or −1: not counted (starts outside the frame,
 * or `to` after the peildatum), a date unknown, or `to` before `from`.
 * (A hot pass: docs/performance.md, "Hot passes".)
 */
function waitOf(ds: Dataset, frame: Frame, from: Int32Array, to: Int32Array, i: number): number {
  const a = from[i] as number;
  const b = to[i] as number;
  const s = ds.start[i] as number;
  return a === NONE ||
    b === NONE ||
    a > b ||
    s < frame.firstDay ||
    s > frame.peildatum ||
    b > frame.peildatum
    ? -1
    : b - a;
}

/** Allocation i's key: its provider group × years + its start year. */
function keyOf(ds: Dataset, frame: Frame, overig: number, i: number): number {
  const p = ds.provider[i] as number;
  const g = p === NONE ? overig : (ds.providerGroup[p] as number);
  return g * frame.nYears + (frame.yearIndex[(ds.start[i] as number) - frame.firstDay] as number);
}

/** The same counts per key in rows of a greater width. */
function widen(histogram: Int32Array, nKeys: number, width: number, wider: number): Int32Array {
  const out = new Int32Array(nKeys * wider);
  for (let key = 0; key < nKeys; key++)
    out.set(histogram.subarray(key * width, (key + 1) * width), key * wider);
  return out;
}

/** Median and 90th percentile (nearest rank) per key from a histogram of days per key. */
function fromHistogram(
  histogram: Int32Array,
  nKeys: number,
  width: number,
): (WaitingFigures | null)[] {
  const out: (WaitingFigures | null)[] = new Array(nKeys).fill(null);
  for (let key = 0; key < nKeys; key++) {
    let total = 0;
    for (let d = 0; d < width; d++) total += histogram[key * width + d] as number;
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
