import { civilFromDay, dayFromCivil } from '../periods/days';
import { type Period, type PeriodKind, periodKey, periodOf, periodRange } from '../periods/periods';

/** A period kind laid over the days of the frame: day → period index, and each period's key and days. */
export interface PeriodTable {
  kind: PeriodKind;
  keys: string[];
  periods: Period[];
  /** `index[day − frame.firstDay]`. */
  index: Int32Array;
}

/** The calendar years from the earliest allocation start to the peildatum, with day lookup tables. */
export interface Frame {
  firstYear: number;
  nYears: number;
  years: string[];
  firstDay: number;
  peildatum: number;
  /** `yearIndex[day − firstDay]`. */
  yearIndex: Int32Array;
  /** Last counted day of each year: 31 December, or the peildatum in its year. */
  yearEnd: Int32Array;
  /** `month * 100 + day` of each day of the frame, for ages without calendar arithmetic. */
  monthDay: Int16Array;
  tables: Map<PeriodKind, PeriodTable>;
}

export function buildFrame(dataStart: number, peildatum: number): Frame {
  const firstYear = civilFromDay(Math.min(dataStart, peildatum)).year;
  const lastYear = civilFromDay(peildatum).year;
  const nYears = lastYear - firstYear + 1;
  const firstDay = dayFromCivil(firstYear, 1, 1);
  const yearIndex = new Int32Array(peildatum - firstDay + 1);
  const yearEnd = new Int32Array(nYears);
  for (let y = 0; y < nYears; y++) {
    const from = dayFromCivil(firstYear + y, 1, 1) - firstDay;
    const to = Math.min(dayFromCivil(firstYear + y, 12, 31), peildatum);
    yearIndex.fill(y, from, to - firstDay + 1);
    yearEnd[y] = to;
  }
  const monthDay = new Int16Array(yearIndex.length);
  for (let d = 0; d < monthDay.length; d++) {
    const c = civilFromDay(firstDay + d);
    monthDay[d] = c.month * 100 + c.day;
  }
  return {
    firstYear,
    nYears,
    monthDay,
    years: Array.from({ length: nYears }, (_, y) => String(firstYear + y)),
    firstDay,
    peildatum,
    yearIndex,
    yearEnd,
    tables: new Map(),
  };
}

/** The lookup table of a period kind, made once per frame. */
export function periodTable(frame: Frame, kind: PeriodKind): PeriodTable {
  const known = frame.tables.get(kind);
  if (known) return known;
  const index = new Int32Array(frame.yearIndex.length);
  const keys: string[] = [];
  const periods: Period[] = [];
  let day = frame.firstDay;
  while (day <= frame.peildatum) {
    const p = periodOf(kind, day);
    const r = periodRange(p);
    const to = Math.min(r.end, frame.peildatum);
    index.fill(keys.length, day - frame.firstDay, to - frame.firstDay + 1);
    keys.push(periodKey(p));
    periods.push(p);
    day = to + 1;
  }
  const table = { kind, keys, periods, index };
  frame.tables.set(kind, table);
  return table;
}

/** Months in a period of this kind when it is made of whole months (quarter 3, year 12); null otherwise. */
export function monthsPerPeriod(kind: PeriodKind): number | null {
  return kind === 'quarter' ? 3 : kind === 'year' ? 12 : null;
}

/**
 * The kinds a pass counts itself to give counts of `kinds`: a quarter or a year is the sum of
 * its months, so those come from the months (`foldMonths`) and the pass counts months instead.
 */
export function countedKinds(kinds: readonly PeriodKind[]): PeriodKind[] {
  const counted = kinds.filter((kind) => monthsPerPeriod(kind) === null);
  if (counted.length < kinds.length && !counted.includes('month')) counted.push('month');
  return counted;
}

/**
 * Counts per month folded into periods of `per` months, row by row (`[row * nMonths + month]`
 * → `[row * nPeriods + month / per]`): for counts that add up, what counting per quarter or
 * per year gives (months, quarters and years all start on 1 January of the frame's first year).
 */
export function foldMonths(
  perMonth: Int32Array,
  nMonths: number,
  per: number,
  nPeriods: number,
): Int32Array {
  const rows = nMonths === 0 ? 0 : perMonth.length / nMonths;
  const out = new Int32Array(rows * nPeriods);
  for (let r = 0; r < rows; r++)
    for (let m = 0; m < nMonths; m++) {
      const at = r * nPeriods + ((m / per) | 0);
      out[at] = (out[at] as number) + (perMonth[r * nMonths + m] as number);
    }
  return out;
}

/**
 * Counts per row and day of the frame (`[row * nDays + day]`) as counts per row and bucket
 * (`[row * size + bucketOf[day]]`): a pass that counts each trajectory once by its day then
 * gives every period kind (docs/performance.md, "Count by day, fold after").
 */
export function foldDays(
  days: Int32Array,
  nRows: number,
  bucketOf: Int32Array,
  size: number,
): Int32Array {
  const nDays = bucketOf.length;
  const out = new Int32Array(nRows * size);
  for (let row = 0; row < nRows; row++)
    for (let d = 0; d < nDays; d++) {
      const count = days[row * nDays + d] as number;
      if (count === 0) continue;
      const at = row * size + (bucketOf[d] as number);
      out[at] = (out[at] as number) + count;
    }
  return out;
}
