/**
 * Indices 0..n−1 ordered by (primary, secondary): two stable counting sorts,
 * linear in n plus the key ranges, so ordering a million rows takes
 * milliseconds where a comparison sort takes a second.
 */
export function sortByKeys(primary: Int32Array, secondary: Int32Array): Int32Array {
  const identity = new Int32Array(primary.length);
  for (let i = 0; i < identity.length; i++) identity[i] = i;
  return countingSort(countingSort(identity, secondary), primary);
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
