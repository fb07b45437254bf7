/**
 * The k-th smallest value (0-based), rearranging `a` in place (Floyd and Rivest's selection,
 * 1975): afterwards no value before position k is larger, and none after it smaller. Before
 * it partitions a long range, it selects within a sample of it, so the one partition of the
 * range has two pivots close around k and what is left is a sliver: about 1,5 comparisons a
 * value where Hoare's selection takes 3 and more (docs/performance.md).
 */
export function select(a: Float64Array, k: number): number {
  narrow(a, k, 0, a.length - 1);
  return a[k] as number;
}

/** Puts the k-th smallest of `a[left..right]` at k, smaller before and larger after it. */
function narrow(a: Float64Array, k: number, from: number, to: number): void {
  let left = from;
  let right = to;
  while (right > left) {
    if (right - left > 600) {
      // A sample around k's expected place, a few standard deviations wide.
      const n = right - left + 1;
      const i = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (i - n / 2 < 0 ? -1 : 1);
      narrow(
        a,
        k,
        Math.max(left, Math.floor(k - (i * s) / n + sd)),
        Math.min(right, Math.floor(k + ((n - i) * s) / n + sd)),
      );
    }
    const pivot = a[k] as number;
    let i = left;
    let j = right;
    swap(a, left, k);
    if ((a[right] as number) > pivot) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
    }
    if (a[left] === pivot) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const v = a[i] as number;
  a[i] = a[j] as number;
  a[j] = v;
}

/**
 * The median, rearranging `a` in place; null when empty. Of an even count, the mean of the
 * two middle values: the values after the lower one are all at least as large (`select`),
 * so the upper one is their minimum: one scan, not a second selection.
 */
export function median(a: Float64Array): number | null {
  const m = a.length;
  if (m === 0) return null;
  const lower = select(a, (m - 1) >> 1);
  if (m % 2) return lower;
  let upper = a[m >> 1] as number;
  for (let k = (m >> 1) + 1; k < m; k++) if ((a[k] as number) < upper) upper = a[k] as number;
  return (lower + upper) / 2;
}
