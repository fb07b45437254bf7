import { withoutBsn } from '../privacy/bsn';
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

/** A cell that is a number or a date as text (CSV cells are all text). */
const NUMERIC = /^\s*[-+]?[\d.,/:\s-]*\d[\d.,/:\s-]*\s*$/;

/**
 * A header to offer for hand mapping when none was recognised: the first of the
 * first 20 rows with at least two texts, none of them a number (a title row has
 * one text; data rows hold numbers and dates). Null when there is none.
 */
export function candidateHeaderRow(rows: readonly Cell[][]): HeaderRow | null {
  const limit = Math.min(rows.length, 20);
  for (let index = 0; index < limit; index++) {
    const row = rows[index] ?? [];
    const texts = row.filter((c) => typeof c === 'string' && c.trim() !== '' && !NUMERIC.test(c));
    const numbers = row.filter(
      (c) => typeof c === 'number' || (typeof c === 'string' && NUMERIC.test(c)),
    );
    if (texts.length >= 2 && numbers.length === 0) return { index, ...readHeader(row) };
  }
  return null;
}

/**
 * Up to three different values of each column below the header, as text (a
 * BSN withheld): shown beside each column when the user maps them.
 */
export function columnSamples(rows: readonly Cell[][], header: HeaderRow): string[] {
  const samples = header.headers.map(() => new Set<string>());
  for (let r = header.index + 1; r < rows.length && r <= header.index + 50; r++) {
    const row = rows[r] ?? [];
    for (const [col, set] of samples.entries()) {
      const text = withoutBsn(cellText(row[col]));
      if (text !== '' && set.size < 3) set.add(text.length > 24 ? `${text.slice(0, 23)}…` : text);
    }
  }
  return samples.map((set) => [...set].join(' · '));
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
