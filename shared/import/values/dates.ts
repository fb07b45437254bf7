import type { DayNumber } from '../../brand';
import { dayFromCivil, isValidCivil } from '../../periods/days';
import { type Cell, cellText } from '../grid';

export type DateValue = { ok: true; day: DayNumber } | { ok: false };

const excelEpoch = dayFromCivil(1899, 12, 30);
const maxSerial = 2958465; // 9999-12-31
const minDay = dayFromCivil(1900, 1, 1);

function civil(year: number, month: number, day: number): DateValue {
  if (!isValidCivil(year, month, day)) return { ok: false };
  const d = dayFromCivil(year, month, day);
  return d < minDay ? { ok: false } : { ok: true, day: d };
}

/** Days from the 1904 date system's day 0 (1904-01-01) back to the 1900 system's (its serial 1462). */
const DATE_1904_OFFSET = 1462;

/**
 * An Excel serial day number (1 = 1900-01-01; Excel's phantom 1900-02-29 is
 * skipped), or in the 1904 date system (0 = 1904-01-01) that Excel for Mac
 * workbooks can use.
 */
export function fromExcelSerial(serial: number, date1904 = false): DateValue {
  const whole = Math.floor(serial) + (date1904 ? DATE_1904_OFFSET : 0);
  if (!(whole >= 1 && whole <= maxSerial)) return { ok: false };
  // Serials 1–59 lie before Excel's non-existent 29 February 1900.
  const day = whole < 60 ? excelEpoch + whole + 1 : excelEpoch + whole;
  return { ok: true, day: day as DayNumber };
}

/**
 * A date as exports write it: a spreadsheet date or serial, `31-12-2019`,
 * `31-1-2019`, `31/12/2019`, `31.12.2019`, `2019-12-31`, `20191231`
 * (day first, never month first; a time of day is ignored).
 */
export function parseDate(
  cell: Cell,
  /** The workbook counts days from 1904 (Excel for Mac): a bare day number is read so. */
  date1904 = false,
): DateValue {
  if (date1904) return parseDateUncached(cell, true);
  if (typeof cell === 'string') {
    // Most dates are `2019-12-31` or `31-12-2019`: read in place, no cache lookup (a hash of
    // each new text) and no regular expression.
    if (cell.length === 10) {
      const d = tenCharDate(cell);
      if (d) return d;
    }
    const known = textDates.get(cell);
    if (known) return known;
    const read = parseDateUncached(cell);
    if (textDates.size > 100_000) textDates.clear();
    textDates.set(cell, read);
    return read;
  }
  return parseDateUncached(cell);
}

/** `2019-12-31`, or `31-12-2019` with `-`, `/` or `.`; null for any other text of ten characters. */
function tenCharDate(text: string): DateValue | null {
  if (text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const year = digitsAt(text, 0, 4);
    const month = digitsAt(text, 5, 2);
    const day = digitsAt(text, 8, 2);
    return year < 0 || month < 0 || day < 0 ? null : civil(year, month, day);
  }
  if (isSeparator(text.charCodeAt(2)) && isSeparator(text.charCodeAt(5))) {
    const day = digitsAt(text, 0, 2);
    const month = digitsAt(text, 3, 2);
    const year = digitsAt(text, 6, 4);
    return year < 0 || month < 0 || day < 0 ? null : civil(year, month, day);
  }
  return null;
}

/** `-`, `/` or `.` between a date's day, month and year. */
const isSeparator = (ch: number): boolean => ch === 45 || ch === 47 || ch === 46;

/** The number written by `count` digits from `from`, or −1 when one is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Exports repeat the same few thousand date texts: each is read once (bounded). */
const textDates = new Map<string, DateValue>();

function parseDateUncached(cell: Cell, date1904 = false): DateValue {
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 19000101 && cell <= 99991231) {
      return civil(Math.floor(cell / 10000), Math.floor(cell / 100) % 100, cell % 100);
    }
    return fromExcelSerial(cell, date1904);
  }
  const text = cellText(cell).replace(
    /[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/,
    '',
  );
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return civil(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return civil(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return civil(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d+(\.\d+)?$/.test(text)) return fromExcelSerial(Number(text), date1904);
  return { ok: false };
}

const openEndFrom = dayFromCivil(2099, 1, 1);

/** An end date in or after 2099 (`31-12-9999`) means "no end". */
export const isOpenEnd = (day: DayNumber): boolean => day >= openEndFrom;
