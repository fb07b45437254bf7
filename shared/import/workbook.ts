import { type CellObject, read, SSF, utils, type WorkBook } from 'xlsx';
import { isoDate } from '../periods/days';
import { fail, ok, type Result } from '../result';
import type { Cell, Grid } from './grid';
import { limits } from './limits';
import { fromExcelSerial } from './values/dates';

const isDateFormat = (format: string): boolean =>
  (SSF as { is_date(f: string): boolean }).is_date(format);

/**
 * Reads an .xlsx, .xls or .ods workbook into grids. Formulas are never
 * evaluated (the stored value is read), macros and external links are ignored.
 */
export function readWorkbook(
  file: string,
  bytes: Uint8Array,
): Result<
  Grid[],
  'unreadable' | 'password_protected' | 'too_many_sheets' | 'too_many_rows' | 'too_many_columns'
> {
  let wb: WorkBook;
  try {
    wb = quietly(() =>
      read(bytes, {
        type: 'array',
        dense: true,
        cellNF: true,
        cellDates: false,
        cellFormula: false,
        cellHTML: false,
        cellStyles: false,
        bookVBA: false,
        WTF: false,
        // Never more rows than the limit (+1 to tell a sheet at the limit from one beyond it).
        sheetRows: limits.rows + 1,
      }),
    );
  } catch (error) {
    // Encrypted with a password (OOXML in an OLE container, or BIFF8 with FilePass): SheetJS says so.
    return fail(
      /password-protected/i.test((error as Error)?.message ?? '')
        ? 'password_protected'
        : 'unreadable',
    );
  }
  if (!wb.SheetNames?.length) return fail('unreadable');
  if (wb.SheetNames.length > limits.sheets) return fail('too_many_sheets');
  for (const sheet of wb.SheetNames) {
    const ref = wb.Sheets[sheet]?.['!ref'];
    if (!ref) continue;
    const range = utils.decode_range(ref);
    if (range.e.r - range.s.r + 1 > limits.rows) return fail('too_many_rows');
    if (range.e.c - range.s.c + 1 > limits.columns) return fail('too_many_columns');
  }
  // Excel for Mac can count days from 1904.
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const hidden = new Set(
    (wb.Workbook?.Sheets ?? []).filter((s) => s.Hidden).map((s) => s.name ?? ''),
  );
  return ok(
    wb.SheetNames.map((sheet) => {
      const ws = wb.Sheets[sheet];
      const ref = ws?.['!ref'];
      const flags = {
        ...(hidden.has(sheet) ? { hidden: true } : {}),
        ...(date1904 ? { date1904 } : {}),
      };
      if (!ws || !ref) return { file, sheet, rows: [], firstRow: 1, ...flags };
      const range = utils.decode_range(ref);
      const data = (ws['!data'] ?? []) as (CellObject | undefined)[][];
      // The declared range cut to the cells there are: a damaged .xls can declare 65.536 rows
      // of 256 columns around ten cells, and millions of empty cells took seconds to make.
      const lastRow = Math.min(range.e.r, data.length - 1);
      let lastColumn = range.s.c - 1;
      for (let r = range.s.r; r <= lastRow; r++)
        lastColumn = Math.max(lastColumn, Math.min(range.e.c, (data[r]?.length ?? 0) - 1));
      const rows: Cell[][] = [];
      for (let r = range.s.r; r <= lastRow; r++) {
        const src = data[r] ?? [];
        const row: Cell[] = [];
        for (let c = range.s.c; c <= lastColumn; c++) row.push(toCell(src[c], date1904));
        rows.push(row);
      }
      return { file, sheet, rows, firstRow: range.s.r + 1, ...flags };
    }),
  );
}

function toCell(cell: CellObject | undefined, date1904: boolean): Cell {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      if (typeof cell.z === 'string' && isDateFormat(cell.z)) {
        const d = fromExcelSerial(v, date1904);
        return d.ok ? isoDate(d.day) : v;
      }
      return v;
    }
    case 'd': {
      const v = cell.v as Date | string;
      const date = typeof v === 'string' ? new Date(v) : v;
      if (Number.isNaN(date.getTime())) return String(v);
      // Date cells come as UTC midnight (ODS) or local midnight: take the nearer calendar day.
      const shifted = new Date(date.getTime() + 12 * 3600 * 1000);
      return shifted.toISOString().slice(0, 10);
    }
    case 's':
      return String(cell.v);
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return null;
    default:
      return String(cell.v);
  }
}

/**
 * SheetJS writes English notes to the console on odd files ("Bad compressed
 * size"); the user gets our Dutch report instead, so they are kept off it.
 */
function quietly<T>(read: () => T): T {
  const { error, warn, log } = console;
  const silent = () => {};
  console.error = silent;
  console.warn = silent;
  console.log = silent;
  try {
    return read();
  } finally {
    console.error = error;
    console.warn = warn;
    console.log = log;
  }
}
