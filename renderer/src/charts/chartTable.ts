import type { EChartsCoreOption } from 'echarts/core';

export interface ChartTable {
  head: string[];
  rows: (string | number | null)[][];
}

/**
 * A category chart's data as a table: one row per category (period, year,
 * days), one column per series; exactly the numbers the chart draws.
 */
export function chartTable(option: EChartsCoreOption): ChartTable {
  const axis = option.xAxis as { data?: unknown[]; name?: string } | undefined;
  // The value axis's unit ("euro", "%", "dagen") goes into every series' header: a cell holds a bare number.
  const unit = (option.yAxis as { name?: string } | undefined)?.name;
  const series = (option.series ?? []) as { name?: string; data?: unknown[] }[];
  const categories = axis?.data ?? [];
  const head = [
    axis?.name ?? '',
    ...series.map((s) =>
      unit && !(s.name ?? '').includes(unit) ? `${s.name ?? ''} (${unit})` : (s.name ?? ''),
    ),
  ];
  const rows = categories.map((category, k) => [
    String(category),
    ...series.map((s) => {
      const v = s.data?.[k];
      return typeof v === 'number' ? v : null;
    }),
  ]);
  return { head, rows };
}
