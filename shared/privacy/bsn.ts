/**
 * The elfproef: nine digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − d9 divisible
 * by 11 (and not all zeros). Eight digits are read with a leading zero, as a
 * BSN that lost it in a numeric spreadsheet cell.
 */
export function isValidBsn(text: string): boolean {
  const digits = normaliseBsn(text);
  if (digits === null || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/** Nine digits, or `null` when the text cannot be a BSN. */
export function normaliseBsn(text: string): string | null {
  const t = text.trim();
  if (!/^\d{8,9}$/.test(t)) return null;
  return t.padStart(9, '0');
}
