/**
 * Rounds half away from zero to `decimals` places (1.25 → 1.3), free of binary-fraction
 * surprises. What rounds to zero is 0, never −0 (which formats as "€ -0,00").
 */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(Math.abs(value) * f + 1e-9) / f;
  return value < 0 && r !== 0 ? -r : r;
}

/** Cents (possibly fractional) to euro with two decimals. */
export const euro = (cents: number): number => round(cents, 0) / 100;

/** `100 × part / whole` with one decimal; `null` when whole is 0. */
export const percent = (part: number, whole: number): number | null =>
  whole === 0 ? null : round((100 * part) / whole, 1);
