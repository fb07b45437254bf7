/**
 * The elfproef: nine digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − d9 divisible
 * by 11 (and not all zeros). Eight digits are read with a leading zero, as a
 * BSN that lost it in a numeric spreadsheet cell.
 */
export function isValidBsn(text: string): boolean {
  const digits = normaliseBsn(text);
  return digits !== null && passesElfproef(Number(digits));
}

/** The elfproef on a BSN as a number (its nine digits, leading zeros left off). */
export function passesElfproef(bsn: number): boolean {
  if (bsn === 0) return false;
  // −d9, then d8 × 2 … d1 × 9 (integer steps: `%` on a double is a call).
  let rest = (bsn / 10) | 0;
  let sum = rest * 10 - bsn;
  for (let weight = 2; weight <= 9; weight++) {
    const next = (rest / 10) | 0;
    sum += (rest - next * 10) * weight;
    rest = next;
  }
  return sum % 11 === 0;
}

/** A value written as exactly nine digits, as a number; else −1 (then see `normaliseBsn`). */
export function plainBsn(text: string): number {
  if (text.length !== 9) return -1;
  let n = 0;
  for (let i = 0; i < 9; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The nine digits of a value written as a BSN — `123.456.782`, `123 456 782`,
 * `123-456-782`, `BSN 123456782`, eight digits that lost a leading zero — or
 * `null` when it has not eight or nine digits.
 */
export function normaliseBsn(text: string): string | null {
  // Most values are plain: nine digits, or a client number with too few or too many.
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) digits++;
  }
  if (digits < 8 || digits > 9) return null;
  if (digits === 9 && text.length === 9) return text;
  const t = text
    .trim()
    .replace(/^bsn\s*[:.]?\s*/i, '')
    .replace(/[\s.\-\u00a0]/g, '');
  if (!/^\d{8,9}$/.test(t)) return null;
  return t.padStart(9, '0');
}

/** What an import report shows instead of a value written as a BSN (in any column). */
export const BSN_WITHHELD = '(BSN weggelaten)';

/** A date as written (`31-02-2019`, `2019.02.31`): eight digits too, but not a BSN. */
const DATE_LIKE = /^\s*(\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2})\s*$/;

/**
 * A cell's text as an import report or a mapping sample may show it, from a
 * column of any kind: nine digits written as a BSN (a typo too) are withheld,
 * and eight that pass the elfproef (a BSN that lost its leading zero). Other
 * eight-digit codes (an AGB code) and dates stay readable: that is what the
 * report is about.
 */
export function withoutBsn(text: string): string {
  const digits = normaliseBsn(text);
  if (digits === null || DATE_LIKE.test(text)) return text;
  const written = text.replace(/\D/g, '').length;
  return written === 9 || isValidBsn(digits) ? BSN_WITHHELD : text;
}
