/**
 * The k-th smallest value (0-based), rearranging `a` in place (Hoare's selection):
 * afterwards no value before position k is larger, and none after it smaller.
 */
export function select(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const tmp = a[i] as number;
        a[i] = a[j] as number;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
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
