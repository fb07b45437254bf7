/** A cell as the importer sees it: real spreadsheet dates arrive as ISO text `YYYY-MM-DD`. */
export type Cell = string | number | boolean | null;

/** One sheet (or one CSV file) as rows of cells. */
export interface Grid {
  file: string;
  sheet: string;
  rows: Cell[][];
  /** The row number the user sees for `rows[0]` (1-based). */
  firstRow: number;
  /** A sheet hidden in the workbook (read all the same; the report says so). */
  hidden?: boolean;
  /** The workbook counts days from 1 January 1904 (Excel for Mac): bare day numbers are read so. */
  date1904?: boolean;
  /**
   * Rows in the whole sheet, when known before it is read (a CSV's lines): the reader sizes
   * its columns once instead of doubling them (at 10M rows a third of them stood empty).
   */
  sheetRows?: number;
}

/** Cell as trimmed text; `''` for empty. */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  return String(cell);
}

export const isEmptyCell = (cell: Cell | undefined): boolean => cellText(cell) === '';
