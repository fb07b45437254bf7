import type { Lender } from './scratch';

/**
 * Distinct clients per bucket in one pass over rows sorted by client: a bucket
 * remembers the last client it counted (`last`), so each client counts once.
 * A hot pass: plain objects and functions (docs/performance.md, "Hot passes").
 */
export interface DistinctCounter {
  readonly counts: Int32Array;
  readonly last: Int32Array;
}

export function distinctCounter(buckets: number): DistinctCounter {
  return {
    counts: new Int32Array(Math.max(1, buckets)),
    last: new Int32Array(Math.max(1, buckets)).fill(-1),
  };
}

/**
 * Counts `client` in `bucket` of a counter's arrays (`last`, `counts`) unless it was counted
 * there already. The arrays, not the counter: a hot loop keeps them in locals (an object's
 * field is loaded again on every call).
 */
export function countDistinct(
  last: Int32Array,
  counts: Int32Array,
  bucket: number,
  client: number,
): void {
  if (last[bucket] === client) return;
  last[bucket] = client;
  counts[bucket] = (counts[bucket] as number) + 1;
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

/**
 * Sums per trajectory, zero throughout (nothing booked costs nothing): the whole and the
 * first year. Lent memory comes zero-filled, so booking is adding (`addTo`).
 */
export function perTrajectorySums(
  lend: Lender,
  length: number,
): { perTrajectory: Float64Array; firstYearPerTrajectory: Float64Array } {
  return {
    perTrajectory: lend.float64('cost.perTrajectory', length),
    firstYearPerTrajectory: lend.float64('cost.firstYearPerTrajectory', length),
  };
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

/**
 * The larger of two 32-bit integers, without a branch. `Math.max` works on doubles, with
 * branches for NaN and −0: in a hot loop, clamping a start and an end with `Math.max` and
 * `Math.min` cost twice as much as reading them (docs/performance.md, "Hot passes").
 */
export function imax(a: number, b: number): number {
  return b ^ ((a ^ b) & -Number(a > b));
}

/** The smaller of two 32-bit integers, without a branch (see `imax`). */
export function imin(a: number, b: number): number {
  return b ^ ((a ^ b) & -Number(a < b));
}
