import { publishCount, publishMoney, publishRate, publishTable } from '../privacy/smallNumbers';
import type { Shown } from './text';

export type BriefMode = 'publicatie' | 'intern';

/**
 * The figures of one brief as its mode allows them: exact (intern), or by the
 * CBS rule of metrics.md (publicatie) — counts rounded to 5 and 0–7 hidden,
 * rates from the rounded counts, money of a hidden group hidden, secondary
 * suppression in tables. `null` is a hidden figure, `undefined` one that does
 * not exist (a rate of nothing, a cost without cost data).
 */
export class Publisher {
  constructor(readonly mode: BriefMode) {}

  get publishing(): boolean {
    return this.mode === 'publicatie';
  }

  count(n: number | null | undefined): Shown {
    if (n === null || n === undefined) return undefined;
    return this.publishing ? publishCount(n) : n;
  }

  /**
   * `numerator / denominator × scale`: from the published counts in publication
   * mode. A denominator that is no count of clients (inhabitants) stays exact.
   */
  rate(
    numerator: number | null | undefined,
    denominator: number | null | undefined,
    exact: number | null | undefined,
    { scale = 100, decimals = 1, denominatorIsCount = true } = {},
  ): Shown {
    if (exact === null || exact === undefined) return undefined;
    if (!this.publishing) return exact;
    const num = this.count(numerator);
    const den = denominatorIsCount ? this.count(denominator) : (denominator ?? undefined);
    if (num === undefined || den === undefined) return undefined;
    return publishRate(num, den, scale, decimals);
  }

  /**
   * A figure of a group — its money, a mean or median over it, a share of it —
   * hidden when the group's count is.
   */
  derived(value: number | null | undefined, count: number | null | undefined): Shown {
    if (value === null || value === undefined) return undefined;
    return this.publishing ? publishMoney(value, this.count(count ?? 0) ?? null) : value;
  }

  /** A total with its parts, with secondary suppression in publication mode. */
  table(
    parts: Record<string, number>,
    total: number,
  ): { parts: Record<string, number | null>; total: number | null } {
    return this.publishing ? publishTable(parts, total) : { parts: { ...parts }, total };
  }
}
