import type { DayNumber } from '../brand';
import { civilFromDay, dayFromCivil, daysInMonth, isoWeekday } from './days';

export type PeriodKind = 'month' | 'quarter' | 'year' | 'isoWeek' | 'fourWeek';

/** A calendar period: `index` is the month (1–12), quarter (1–4), ISO week (1–53) or 4-week period (1–13). */
export interface Period {
  kind: PeriodKind;
  year: number;
  index: number;
}

export interface DayRange {
  start: DayNumber;
  end: DayNumber;
}

/** Monday of ISO week 1: the week that holds 4 January. */
function isoYearStart(year: number): number {
  const jan4 = dayFromCivil(year, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1);
}

export function isoWeeksInYear(year: number): number {
  return (isoYearStart(year + 1) - isoYearStart(year)) / 7;
}

/** The ISO year and week of a day. */
export function isoWeekOf(day: number): { year: number; week: number } {
  const { year } = civilFromDay(day);
  let isoYear = year + 1;
  if (day < isoYearStart(isoYear)) isoYear = year;
  if (day < isoYearStart(isoYear)) isoYear = year - 1;
  return { year: isoYear, week: Math.floor((day - isoYearStart(isoYear)) / 7) + 1 };
}

/** The period of `kind` that holds `day`. */
export function periodOf(kind: PeriodKind, day: number): Period {
  const { year, month } = civilFromDay(day);
  switch (kind) {
    case 'month':
      return { kind, year, index: month };
    case 'quarter':
      return { kind, year, index: Math.ceil(month / 3) };
    case 'year':
      return { kind, year, index: 1 };
    case 'isoWeek': {
      const w = isoWeekOf(day);
      return { kind, year: w.year, index: w.week };
    }
    case 'fourWeek': {
      // Period n holds ISO weeks 4n−3 … 4n; week 53 belongs to period 13.
      const w = isoWeekOf(day);
      return { kind, year: w.year, index: Math.min(13, Math.ceil(w.week / 4)) };
    }
  }
}

/** First and last day (inclusive) of a period. */
export function periodRange(p: Period): DayRange {
  switch (p.kind) {
    case 'month':
      return range(
        dayFromCivil(p.year, p.index, 1),
        dayFromCivil(p.year, p.index, daysInMonth(p.year, p.index)),
      );
    case 'quarter': {
      const last = p.index * 3;
      return range(
        dayFromCivil(p.year, last - 2, 1),
        dayFromCivil(p.year, last, daysInMonth(p.year, last)),
      );
    }
    case 'year':
      return range(dayFromCivil(p.year, 1, 1), dayFromCivil(p.year, 12, 31));
    case 'isoWeek': {
      const start = isoYearStart(p.year) + (p.index - 1) * 7;
      return range(start, start + 6);
    }
    case 'fourWeek': {
      const start = isoYearStart(p.year) + (p.index - 1) * 28;
      const weeks = p.index === 13 ? isoWeeksInYear(p.year) - 48 : 4;
      return range(start, start + weeks * 7 - 1);
    }
  }
}

function range(start: number, end: number): DayRange {
  return { start: start as DayNumber, end: end as DayNumber };
}

const two = (n: number) => String(n).padStart(2, '0');

/** Stable text key: `2019`, `2019-Q1`, `2019-03`, `2019-W05`, `2019-P10`. */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'quarter':
      return `${p.year}-Q${p.index}`;
    case 'month':
      return `${p.year}-${two(p.index)}`;
    case 'isoWeek':
      return `${p.year}-W${two(p.index)}`;
    case 'fourWeek':
      return `${p.year}-P${two(p.index)}`;
  }
}

/** The period after `p`. */
export function nextPeriod(p: Period): Period {
  const last =
    p.kind === 'month'
      ? 12
      : p.kind === 'quarter'
        ? 4
        : p.kind === 'year'
          ? 1
          : p.kind === 'isoWeek'
            ? isoWeeksInYear(p.year)
            : 13;
  return p.index < last
    ? { ...p, index: p.index + 1 }
    : { kind: p.kind, year: p.year + 1, index: 1 };
}
