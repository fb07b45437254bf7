import type { EChartsCoreOption } from 'echarts/core';
import { publishCount } from '../../shared/privacy/smallNumbers';
import { SECRET_CELL } from '../../shared/report/text';

// The publication version of a chart or table export (metrics.md, "Small numbers"): counts
// rounded to fives, 0–7 secret. Only counts can be published this way; a column of rates,
// amounts or durations is left out (it is in the internal version and in the brief, which
// computes it from the published counts).

type Cell = string | number | null;

/** A count chart with every value rounded; a secret value is drawn as nothing. */
export function publishedChartOption(option: EChartsCoreOption): EChartsCoreOption {
  const series = (option.series ?? []) as { data?: unknown[] }[];
  return {
    ...option,
    series: series.map((s) => ({
      ...s,
      data: s.data?.map((v) => (typeof v === 'number' ? publishCount(v) : v)),
    })),
  };
}

/**
 * A table's publication version: the row header and the count columns (indices
 * into `head`), counts rounded and 0–7 as `.`; every other column left out.
 */
export function publishedTable(
  head: readonly string[],
  rows: readonly (readonly Cell[])[],
  countColumns: readonly number[],
): { head: string[]; rows: Cell[][] } {
  const keep = head.map((_, i) => i).filter((i) => i === 0 || countColumns.includes(i));
  return {
    head: keep.map((i) => head[i] ?? ''),
    rows: rows.map((r) =>
      keep.map((i) => {
        const v = r[i] ?? null;
        if (i === 0 || typeof v !== 'number') return v;
        return publishCount(v) ?? SECRET_CELL;
      }),
    ),
  };
}
