/**
 * Publication mode (metrics.md, "Small numbers"): the CBS rule for Wmo figures.
 * Counts are rounded to multiples of 5 and counts of 0 to 7 are secret (`null`,
 * shown as `.`); rates come from the rounded counts; a figure derived from a
 * secret count is secret too; where a total and all but one of its parts would
 * reveal a secret part, one more part is made secret.
 */

/** The largest count that is never published. */
export const SECRET_UP_TO = 7;

/** A count as published: rounded to a multiple of 5, or `null` (geheim) for 0–7. */
export function publishCount(count: number): number | null {
  if (count <= SECRET_UP_TO) return null;
  return Math.round(count / 5) * 5;
}

/** A rate (× scale) from published counts; secret when either count is. */
export function publishRate(
  numerator: number | null,
  denominator: number | null,
  scale = 100,
  decimals = 1,
): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  const f = 10 ** decimals;
  return Math.round(((scale * numerator) / denominator) * f) / f;
}

/** A money amount of a group: secret when the group's client count is. */
export function publishMoney(amount: number | null, clients: number | null): number | null {
  return clients === null ? null : amount;
}

export interface PublishedTable {
  parts: Record<string, number | null>;
  total: number | null;
}

/**
 * A total and its parts, published together: primary suppression of 0–7,
 * rounding, then secondary suppression — when exactly one part is secret and the
 * total is shown, the smallest shown part is made secret as well, so the secret
 * part cannot be found by subtraction.
 */
export function publishTable(parts: Record<string, number>, total: number): PublishedTable {
  const out: Record<string, number | null> = {};
  for (const [key, count] of Object.entries(parts)) out[key] = publishCount(count);
  const shownTotal = publishCount(total);
  const secret = Object.values(out).filter((v) => v === null).length;
  if (shownTotal !== null && secret === 1) {
    const candidates = Object.entries(parts)
      .filter(([key]) => out[key] !== null)
      .sort(([, a], [, b]) => a - b);
    const next = candidates[0];
    if (next) out[next[0]] = null;
  }
  return { parts: out, total: shownTotal };
}
