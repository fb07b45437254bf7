import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber } from '../format';
import { palette } from './palette';

export interface Series {
  name: string;
  values: (number | null)[];
}

/** Lines or (stacked) bars over categories such as periods or years. */
export function seriesChart(
  categories: readonly string[],
  series: readonly Series[],
  options: { type?: 'line' | 'bar'; stacked?: boolean; unit?: string; xName?: string } = {},
): EChartsCoreOption {
  const unit = options.unit ? ` ${options.unit}` : '';
  return {
    color: palette,
    animation: false,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: unknown) => (typeof v === 'number' ? `${formatNumber(v)}${unit}` : '–'),
    },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 56, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: categories, name: options.xName ?? '' },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: series.map((s) => ({
      name: s.name,
      type: options.type ?? 'line',
      stack: options.stacked ? 'total' : undefined,
      showSymbol: categories.length <= 24,
      data: s.values,
    })),
  };
}
