import type { DayNumber } from '../../brand';
import { civilFromDay } from '../../periods/days';
import { periodRange } from '../../periods/periods';
import { type Cell, cellText } from '../grid';
import { parseDate } from './dates';

/** A cost period as read: a month, a 4-week period, or `yyyy/nn` that could be either. */
export type PeriodValue =
  | { ok: true; kind: 'month' | 'fourWeek' | 'monthOrFourWeek'; year: number; index: number }
  | { ok: false };

const monthNames: Record<string, number> = {
  jan: 1,
  januari: 1,
  feb: 2,
  februari: 2,
  mrt: 3,
  maa: 3,
  maart: 3,
  apr: 4,
  april: 4,
  mei: 5,
  jun: 6,
  juni: 6,
  jul: 7,
  juli: 7,
  aug: 8,
  augustus: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const month = (year: number, index: number): PeriodValue =>
  index >= 1 && index <= 12 && year >= 1900 && year < 2100
    ? { ok: true, kind: 'month', year, index }
    : { ok: false };

const fourWeek = (year: number, index: number): PeriodValue =>
  index >= 1 && index <= 13 && year >= 1900 && year < 2100
    ? { ok: true, kind: 'fourWeek', year, index }
    : { ok: false };

/**
 * A period as exports write it: `2019-03`, `03-2019`, `201903`, `mrt 2019`,
 * `maart 2019`, a date (its month), `2019-P10`, `P10 2019`, `2019/10`.
 */
export function parsePeriod(cell: Cell, date1904 = false): PeriodValue {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 190001 && cell <= 209912) {
    return month(Math.floor(cell / 100), cell % 100);
  }
  const text = cellText(cell).toLowerCase();
  let m = /^(\d{4})\s*[-/ ]?\s*p(\d{1,2})$/.exec(text) ?? null;
  if (m) return fourWeek(Number(m[1]), Number(m[2]));
  m = /^p(\d{1,2})\s*[-/ ]?\s*(\d{4})$/.exec(text);
  if (m) return fourWeek(Number(m[2]), Number(m[1]));
  m = /^(\d{4})\/(\d{1,2})$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const index = Number(m[2]);
    if (index === 13) return fourWeek(year, index);
    const asMonth = month(year, index);
    return asMonth.ok ? { ...asMonth, kind: 'monthOrFourWeek' } : asMonth;
  }
  m = /^(\d{4})-(\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})$/.exec(text);
  if (m) return month(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/](\d{4})$/.exec(text);
  if (m) return month(Number(m[2]), Number(m[1]));
  m = /^([a-z]+)\.?\s*[-/ ]?\s*(\d{4})$/.exec(text);
  if (m?.[1] && m[1] in monthNames) return month(Number(m[2]), monthNames[m[1]] ?? 0);
  const date = parseDate(cell, date1904);
  if (date.ok) {
    const { year, month: index } = civilFromDay(date.day);
    return month(year, index);
  }
  return { ok: false };
}

/** First and last day of a read period. */
export function periodDays(kind: 'month' | 'fourWeek', year: number, index: number) {
  return periodRange({ kind, year, index }) as { start: DayNumber; end: DayNumber };
}
