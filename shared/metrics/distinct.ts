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

// Monomorphic helpers for the hot loops (one typed-array type each, so V8 keeps them fast).

/** Adds `by` (default 1) to a count. */
export function inc(a: Int32Array, i: number, by = 1): void {
  a[i] = (a[i] as number) + by;
}

/** Adds `v` to a sum. */
export function addTo(a: Float64Array, i: number, v: number): void {
  a[i] = (a[i] as number) + v;
}

/** 0, 1, …, n − 1. */
export function identity(n: number): Int32Array {
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

/** `values[order[k]]` for k in from..to. */
export function gatherInt(
  order: Int32Array,
  from: number,
  to: number,
  values: Int32Array,
): Int32Array {
  const out = new Int32Array(to - from);
  for (let k = from; k < to; k++) out[k - from] = values[order[k] as number] as number;
  return out;
}
