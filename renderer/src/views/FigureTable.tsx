import type { ReactNode } from 'react';

export interface FigureRow {
  key: string;
  /** The row header (first column). */
  label: ReactNode;
  /** The figures, right-aligned. */
  cells: ReactNode[];
}

/** A table of figures: a caption, a row-header column, numeric columns. */
export function FigureTable({
  caption,
  head,
  rows,
  testId,
}: {
  caption: ReactNode;
  head: string[];
  rows: FigureRow[];
  testId?: string;
}) {
  return (
    <table className="table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th scope="col" key={h} className={i === 0 ? '' : 'num'}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {r.cells.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table
              <td className="num" key={i}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
