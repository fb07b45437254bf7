/**
 * Counts distinct clients per bucket in one pass over rows sorted by client:
 * a bucket remembers the last client it counted, so each client counts once.
 */
export class DistinctCounter {
  readonly counts: Int32Array;
  private readonly last: Int32Array;

  constructor(buckets: number) {
    this.counts = new Int32Array(Math.max(1, buckets));
    this.last = new Int32Array(Math.max(1, buckets)).fill(-1);
  }

  /** Counts `client` in `bucket` unless it was counted there already; true when it was new. */
  add(bucket: number, client: number): boolean {
    if (this.last[bucket] === client) return false;
    this.last[bucket] = client;
    this.counts[bucket] = (this.counts[bucket] as number) + 1;
    return true;
  }
}

/** Adds `by` to `a[i]`. */
export function bump(a: { [i: number]: number }, i: number, by = 1): void {
  a[i] = (a[i] ?? 0) + by;
}
