import type { DayNumber } from '../brand';

// Civil-calendar arithmetic on day numbers (days since 1970-01-01), after
// Howard Hinnant's days_from_civil: integer-only, no Date, no time zones.

/** Day number of a proleptic Gregorian date; month 1–12. */
export function dayFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as DayNumber;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/** The calendar date of a day number. */
export function civilFromDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (monthLengths[month - 1] ?? 0);
}

export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** ISO text `YYYY-MM-DD` of a day number. */
export function isoDate(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The day number of ISO text `YYYY-MM-DD` (read as written: check it first where it comes from a user). */
export function dayFromIso(iso: string): DayNumber {
  return dayFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** ISO text `YYYY-MM-DD` as Dutch text `DD-MM-YYYY`. */
export const dutchFromIso = (iso: string): string => iso.split('-').reverse().join('-');

/** Dutch text `DD-MM-YYYY` of a day number. */
export function dutchDate(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(day, 2)}-${pad(month, 2)}-${pad(year, 4)}`;
}

export const yearOf = (dayNumber: number): number => civilFromDay(dayNumber).year;

/** Year and month of a day as one number, `year * 100 + month`: 15-03-1980 → 198003. */
export function yearMonthOf(dayNumber: number): number {
  const { year, month } = civilFromDay(dayNumber);
  return year * 100 + month;
}

/** 1 = Monday … 7 = Sunday (ISO). 1970-01-01 was a Thursday. */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
