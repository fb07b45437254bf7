import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber } from '../format';
import { palette } from './palette';
import { axisTooltip } from './tooltip';

export interface Series {
  name: string;
  values: (number | null)[];
}

/** A category that covers only part of its period (a year up to the peildatum), and its label. */
export interface PartialCategory {
  category: string;
  label: string;
}

/** Lines across a chart: measures at their period, targets at their value. */
export interface ChartMarks {
  measures: { category: string; label: string }[];
  targets: { value: number; label: string }[];
}

/** Lines or (stacked) bars over categories such as periods or years. */
export function seriesChart(
  categories: readonly string[],
  series: readonly Series[],
  options: {
    type?: 'line' | 'bar';
    stacked?: boolean;
    unit?: string;
    xName?: string;
    marks?: ChartMarks;
    /** A category that is only part of a period (a year up to the peildatum): labelled so, its bars pale. */
    partial?: PartialCategory | null;
  } = {},
): EChartsCoreOption {
  const partial =
    options.partial && categories.includes(options.partial.category) ? options.partial : null;
  const marks = options.marks;
  const markLine =
    marks && (marks.measures.length > 0 || marks.targets.length > 0)
      ? {
          symbol: 'none',
          silent: true,
          data: [
            ...marks.measures.map((m) => ({
              xAxis: m.category,
              name: m.label,
              label: { formatter: m.label, position: 'insideEndTop' },
              lineStyle: { type: 'dashed', color: '#555' },
            })),
            ...marks.targets.map((m) => ({
              yAxis: m.value,
              name: m.label,
              label: { formatter: m.label, position: 'insideEndTop' },
              lineStyle: { type: 'solid', color: '#b7791f', width: 2 },
            })),
          ],
        }
      : undefined;
  const unit = options.unit ? ` ${options.unit}` : '';
  return {
    color: palette,
    animation: false,
    tooltip: axisTooltip((v) => (typeof v === 'number' ? `${formatNumber(v)}${unit}` : '–')),
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 56, right: 16, top: 16, bottom: 56 },
    xAxis: {
      type: 'category',
      data: categories,
      name: options.xName ?? '',
      // Every year shown; the partial one on two lines ("2019" over "t/m 30-06-2019").
      ...(partial
        ? {
            axisLabel: {
              interval: categories.length <= 12 ? 0 : 'auto',
              formatter: (c: string) =>
                c === partial.category ? partial.label.replace(' ', '\n') : c,
            },
          }
        : {}),
    },
    yAxis: {
      type: 'value',
      // The unit on the axis itself ("dagen", "%", "€"), so a chart never reads as bare numbers.
      ...(options.unit ? { name: options.unit.trim(), nameLocation: 'end' } : {}),
      axisLabel: { formatter: (v: number) => formatNumber(v) },
    },
    series: series.map((s, k) => ({
      name: s.name,
      type: options.type ?? 'line',
      stack: options.stacked ? 'total' : undefined,
      showSymbol: categories.length <= 24,
      data:
        partial && options.type === 'bar'
          ? s.values.map((value, c) =>
              categories[c] === partial.category
                ? { value, itemStyle: { opacity: 0.45 }, label: { show: false } }
                : value,
            )
          : s.values,
      ...(k === 0 && markLine ? { markLine } : {}),
    })),
  };
}
