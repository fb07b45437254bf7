import type { Cents } from '../../brand';
import { type Cell, cellText } from '../grid';

/** A number's text without its euro sign and spaces. */
const bare = (text: string): string => text.replace(/[€\s]|EUR/gi, '');

/**
 * A number as exports write it: a numeric cell, or text with a decimal comma,
 * optional thousands dots and euro sign (`€ 1.234,56`, `-800,00`). Text with a
 * decimal point and no comma (`1234.56`) is read with a decimal point.
 */
export function parseNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  let s = bare(cellText(cell)).replace(/^\((.*)\)$/, '-$1');
  if (s === '') return null;
  const negative = /^-|-$/.test(s);
  s = s.replace(/^[-+]|-$/g, '');
  if (s.includes(',')) {
    if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(s)) return null;
    s = s.replace(/\./g, '').replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) {
    s = s.replace(/\./g, '');
  } else if (!/^\d+(\.\d+)?$|^\.\d+$/.test(s)) {
    return null;
  }
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/**
 * A number as a user types it in the Dutch interface: as `parseNumber`, except that dots
 * between groups of three digits, without a comma, group thousands: `1.000` is a thousand
 * (an export's `1.000` may be one with three decimals, a Dutch user's never is). `12.50`
 * and `1.5` keep their decimal point; whole euros written `1.000,-` or `1.000,–` are read too.
 */
export function parseEnteredNumber(text: string): number | null {
  const s = bare(text).replace(/,[-–]{1,2}$/, '');
  return parseNumber(/^[-+]?\d{1,3}(\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : s);
}

/** Euro to whole cents, rounded half away from zero. */
export function toCents(euro: number): Cents {
  const cents = Math.round(Math.abs(euro) * 100 + 1e-7);
  return (euro < 0 ? -cents : cents) as Cents;
}

/** A whole number such as a year or a count; `null` when the cell holds something else. */
export function parseWholeNumber(cell: Cell): number | null {
  const n = parseNumber(cell);
  return n !== null && Number.isInteger(n) ? n : null;
}
