import { type ReactNode, useMemo, useState } from 'react';
import type { BriefMode } from '../../../shared/report/publish';
import { suffix, useExportHeader } from '../exportHeader';
import { t } from '../i18n/i18n';
import { saveBytes } from '../platform';
import { ExportMenu } from './ExportMenu';

export type Cell = string | number | null;

export interface FigureRow {
  key: string;
  /** The row header (first column). */
  label: ReactNode;
  /** The figures, right-aligned. */
  cells: ReactNode[];
  /** Raw values of every column, the label's first: sorting and the .xlsx export use them. */
  values?: Cell[];
  /**
   * The same values as the publication version has them (`.` where secret), for a table
   * whose figures are made from counts by the brief's rule rather than counts themselves.
   */
  published?: Cell[];
}

/**
 * A cell that cannot be known yet (a share after two years of a start year not
 * followed that long): empty but for the mark of the table's footnote.
 */
export function Unknowable() {
  return (
    <>
      <sup aria-hidden="true">¹</sup>
      <span className="visually-hidden">{t('nog niet te weten')}</span>
    </>
  );
}

/**
 * A column's header with the unit its cells show ("Kosten (euro)", "Uitstroom (%)"):
 * the export holds bare numbers.
 */
function withUnit(head: string, rows: readonly FigureRow[], column: number): string {
  if (column === 0) return head;
  const shown = rows
    .map((r) => r.cells[column - 1])
    .find((c): c is string => typeof c === 'string' && /\d/.test(c));
  const unit = shown?.includes('€') ? 'euro' : shown?.endsWith('%') ? '%' : null;
  return unit && !head.includes(unit) && !head.includes('%') ? `${head} (${unit})` : head;
}

/** Rows above which only the rows in view are rendered. */
export const VIRTUAL_FROM = 200;
const ROW_HEIGHT = 34;
const VIEW_HEIGHT = 520;
const OVERSCAN = 10;

/** Text before numbers, nulls last; numbers by value, text the Dutch way. */
function compare(a: Cell, b: Cell): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'nl', { numeric: true });
}

/**
 * A table of figures: a caption, a row-header column, numeric columns. With
 * raw `values` on its rows it sorts by any column (click or Enter on a header)
 * and exports to .xlsx; long tables render only the rows in view.
 */
export function FigureTable({
  caption,
  head,
  rows,
  testId,
  exportName,
  initialSort,
  textColumns,
  footnote,
  countColumns = [],
}: {
  caption: ReactNode;
  head: string[];
  rows: FigureRow[];
  testId?: string;
  /** File name (without extension) for the .xlsx export of the values. */
  exportName?: string;
  initialSort?: { column: number; down: boolean };
  /** Which columns hold text (left-aligned); by default only the first. */
  textColumns?: readonly number[];
  /** Why the cells marked `Unknowable` are empty: under the table and in the export. */
  footnote?: string;
  /** The columns (indices into `head`) that hold counts: the publication export rounds these and leaves out the rest. */
  countColumns?: readonly number[];
}) {
  const isText = (column: number) => column === 0 || (textColumns?.includes(column) ?? false);
  const hasValues = rows.length > 0 && rows.every((r) => r.values);
  const published = hasValues && rows.every((r) => r.published);
  const sortable = hasValues && rows.length > 1;
  const [sort, setSort] = useState(initialSort ?? null);
  const [scrollTop, setScrollTop] = useState(0);
  const sorted = useMemo(() => {
    if (!sortable || !sort) return rows;
    const column = sort.column;
    const list = [...rows].sort((x, y) => {
      const a = x.values?.[column] ?? null;
      const b = y.values?.[column] ?? null;
      const order = compare(a, b);
      // Nulls stay last either way.
      return sort.down && a !== null && b !== null ? -order : order;
    });
    return list;
  }, [rows, sort, sortable]);

  const virtual = sorted.length > VIRTUAL_FROM;
  const first = virtual ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const last = virtual
    ? Math.min(sorted.length, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN)
    : sorted.length;
  const shown = sorted.slice(first, last);

  const header = useExportHeader();
  const exportXlsx = async (mode: BriefMode) => {
    const values = sorted.map((r) => r.values ?? []);
    const title = typeof caption === 'string' ? caption : (exportName ?? '');
    const lines = [...header(mode), ...(footnote ? [`¹ ${footnote}`] : [])];
    const shown =
      mode === 'intern'
        ? { head: head.map((h, i) => withUnit(h, sorted, i)), rows: values }
        : published
          ? {
              head: head.map((h, i) => withUnit(h, sorted, i)),
              rows: sorted.map((r) => r.published ?? []),
            }
          : (await import('../publishExport')).publishedTable(head, values, countColumns);
    // SheetJS loads with the first export, not with the app.
    const { tableWorkbook, XLSX_TYPE } = await import('../exportFigures');
    await saveBytes(
      `${exportName}${suffix(mode)}.xlsx`,
      tableWorkbook(title, shown.head, shown.rows, lines),
      XLSX_TYPE,
    );
  };

  const table = (
    <table
      className="table"
      data-testid={testId}
      aria-rowcount={virtual ? sorted.length + 1 : undefined}
    >
      <caption>
        {caption}
        {sortable && <span className="visually-hidden"> {t('(kolomkoppen sorteren)')}</span>}
      </caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th
              scope="col"
              key={h}
              className={isText(i) ? '' : 'num'}
              aria-sort={
                sort?.column === i
                  ? sort.down
                    ? 'descending'
                    : 'ascending'
                  : sortable
                    ? 'none'
                    : undefined
              }
            >
              {sortable ? (
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    setSort((s) => ({ column: i, down: s?.column === i ? !s.down : i !== 0 }))
                  }
                >
                  {h}
                </button>
              ) : (
                h
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {first > 0 && (
          <tr className="spacer" style={{ height: first * ROW_HEIGHT }}>
            <td colSpan={head.length} />
          </tr>
        )}
        {shown.map((r, k) => (
          <tr
            key={r.key}
            style={virtual ? { height: ROW_HEIGHT } : undefined}
            aria-rowindex={virtual ? first + k + 2 : undefined}
          >
            <th scope="row">{r.label}</th>
            {r.cells.map((c, i) => (
              <td
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table
                key={i}
                className={isText(i + 1) ? undefined : 'num'}
                // A text cut off with an ellipsis in a wide table is whole on hover.
                title={isText(i + 1) && typeof c === 'string' ? c : undefined}
              >
                {c}
              </td>
            ))}
          </tr>
        ))}
        {last < sorted.length && (
          <tr className="spacer" style={{ height: (sorted.length - last) * ROW_HEIGHT }}>
            <td colSpan={head.length} />
          </tr>
        )}
      </tbody>
    </table>
  );

  return (
    <div className="figure-table">
      {virtual ? (
        <section
          className="table-scroll"
          style={{ maxHeight: VIEW_HEIGHT }}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll area must be reachable by keyboard
          tabIndex={0}
          aria-label={typeof caption === 'string' ? caption : t('Tabel')}
        >
          {table}
        </section>
      ) : (
        // A wide table scrolls in its own box; the export menu below it stays unclipped.
        <div className="table-wide">{table}</div>
      )}
      {footnote && (
        <p className="muted footnote">
          <sup>¹</sup> {footnote}
        </p>
      )}
      {exportName && hasValues && (
        <ExportMenu
          label={t('Tabel als .xlsx')}
          publishable={
            countColumns.length > 0 ||
            published ||
            t(
              'Geen publicatieversie: deze tabel heeft geen aantallen. De raadsbrief rekent de cijfers uit afgeronde aantallen.',
            )
          }
          onExport={(mode) => void exportXlsx(mode)}
        />
      )}
    </div>
  );
}
