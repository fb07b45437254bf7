import { identity } from './distinct';

/**
 * Indices 0..n−1 ordered by (primary, secondary, index): the identity when the rows
 * are in that order already; else by primary (a counting sort, skipped when the rows
 * come by primary), then each run of one primary value by secondary.
 */
export function sortByKeys(primary: Int32Array, secondary: Int32Array): Int32Array {
  if (inOrder(primary, secondary)) return identity(primary.length);
  return orderWithinRuns(
    primary,
    (a, b) => (secondary[a] as number) - (secondary[b] as number) || a - b,
  );
}

/** Whether rows 0..n−1 are already ordered by (primary, secondary): one look, no sort. */
function inOrder(primary: Int32Array, secondary: Int32Array): boolean {
  for (let i = 1; i < primary.length; i++) {
    const a = primary[i - 1] as number;
    const b = primary[i] as number;
    if (a > b || (a === b && (secondary[i - 1] as number) > (secondary[i] as number))) return false;
  }
  return true;
}

/** What orders allocations into trajectories: per row, its client, start, end, product and provider. */
export interface TrajectoryKeys {
  client: Int32Array;
  start: Int32Array;
  end: Int32Array;
  product: Int8Array;
  provider: Int32Array;
  providerIds: readonly string[];
}

/** A client's rows past which its run is ordered by a native sort rather than by insertion. */
const SHORT_RUN = 32;

/**
 * Rows by client, then start, end (open ends last: the largest day), product and
 * provider code: a counting sort by client (none when the rows come by client), then
 * each client's few rows by the rest.
 */
export function trajectoryOrder(rows: TrajectoryKeys): Int32Array {
  const { client, start, end, product, provider, providerIds } = rows;
  const providerKey = (i: number) => providerIds[provider[i] as number] ?? '';
  return orderWithinRuns(
    client,
    (a, b) =>
      (start[a] as number) - (start[b] as number) ||
      (end[a] as number) - (end[b] as number) ||
      (product[a] as number) - (product[b] as number) ||
      providerKey(a).localeCompare(providerKey(b)) ||
      a - b,
  );
}

/**
 * Rows by `primary`, then within each run of one primary value by `before` (which ends
 * on the row index, so the order is total): a counting sort by primary only when the rows
 * do not come by it already (an export lists a client's rows together), then each run.
 * Two counting sorts over every row cost more: their scatter misses the cache each time.
 */
function orderWithinRuns(
  primary: Int32Array,
  before: (a: number, b: number) => number,
): Int32Array {
  const n = primary.length;
  const order = identity(n);
  let grouped = true;
  for (let i = 1; i < n && grouped; i++)
    grouped = (primary[i - 1] as number) <= (primary[i] as number);
  const sorted = grouped ? order : countingSort(order, primary);
  for (let from = 0; from < n; ) {
    const key = primary[sorted[from] as number];
    let to = from + 1;
    while (to < n && primary[sorted[to] as number] === key) to++;
    if (to - from > SHORT_RUN) sorted.subarray(from, to).sort(before);
    else if (to - from > 1) insertionSort(sorted, from, to, before);
    from = to;
  }
  return sorted;
}

/** Orders `order[from..to)` by `before` (stable); for short runs. */
function insertionSort(
  order: Int32Array,
  from: number,
  to: number,
  before: (a: number, b: number) => number,
): void {
  for (let k = from + 1; k < to; k++) {
    const i = order[k] as number;
    let j = k - 1;
    while (j >= from && before(order[j] as number, i) > 0) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = i;
  }
}
/** Stable counting sort of `indices` by `keys[index]`. */
export function countingSort(indices: Int32Array, keys: Int32Array): Int32Array {
  const n = indices.length;
  if (n === 0) return indices;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < n; k++) {
    const v = keys[indices[k] as number] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min + 1;
  if (range > 4 * n + 65_536) {
    // Sparse keys (e.g. open ends): a native sort of the pairs is cheaper than a huge count table.
    const positions = new Int32Array(n);
    for (let k = 0; k < n; k++) positions[k] = k;
    const key = (k: number) => keys[indices[k] as number] as number;
    positions.sort((a, b) => key(a) - key(b) || a - b);
    return positions.map((k) => indices[k] as number);
  }
  const counts = new Int32Array(range + 1);
  for (let k = 0; k < n; k++) {
    const slot = (keys[indices[k] as number] as number) - min + 1;
    counts[slot] = (counts[slot] as number) + 1;
  }
  for (let r = 0; r < range; r++) counts[r + 1] = (counts[r + 1] as number) + (counts[r] as number);
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const idx = indices[k] as number;
    const slot = (keys[idx] as number) - min;
    const at = counts[slot] as number;
    out[at] = idx;
    counts[slot] = at + 1;
  }
  return out;
}
