import type { Field } from './fields';
import { matchHeader } from './fields';
import { type Cell, cellText } from './grid';

export interface HeaderRow {
  /** Index into the grid's rows. */
  index: number;
  /** Field → column index (the first column that matches wins). */
  columns: Partial<Record<Field, number>>;
  /** Headers of columns that match no field, or a field already taken. */
  unused: string[];
  headers: string[];
}

/** The first row among the first 20 whose cells match at least two known field names. */
export function findHeaderRow(rows: readonly Cell[][]): HeaderRow | null {
  const limit = Math.min(rows.length, 20);
  for (let index = 0; index < limit; index++) {
    const header = readHeader(rows[index] ?? []);
    if (Object.keys(header.columns).length >= 2) return { index, ...header };
  }
  return null;
}

/** Maps one row of headers to fields. */
export function readHeader(row: readonly Cell[]): Omit<HeaderRow, 'index'> {
  const columns: Partial<Record<Field, number>> = {};
  const unused: string[] = [];
  const headers = row.map((cell) => cellText(cell));
  headers.forEach((header, col) => {
    if (header === '') return;
    const field = matchHeader(header);
    if (field && columns[field] === undefined) columns[field] = col;
    else unused.push(header);
  });
  return { columns, unused, headers };
}
