import type { EChartsCoreOption } from 'echarts/core';
import type { CompareJson, CompareYear } from '../../../shared/compare/compare';
import { formatNumber } from '../format';
import { t } from '../i18n/i18n';
import { palette } from './palette';
import { axisTooltip } from './tooltip';

/**
 * Lines of one compare figure over the years for the chosen municipalities; a year
 * that runs only to the peildatum (`partial`) is left out: its rates count half a year.
 */
export function compareLines(
  data: CompareJson,
  codes: readonly string[],
  figure: keyof CompareYear,
  unit: string,
  partial: string | null = null,
): EChartsCoreOption {
  const years = data.meta.years.filter((y) => y !== partial);
  return {
    color: palette,
    animation: false,
    tooltip: axisTooltip((v) => (typeof v === 'number' ? `${formatNumber(v)} ${unit}` : '–')),
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 48, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: years, name: t('Jaar') },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: codes.map((code) => {
      const m = data.municipalities[code];
      const label =
        m?.kind === 'published'
          ? t('{name} (gepubliceerd)', { name: m.name })
          : m?.kind === 'region'
            ? t(m.name)
            : (m?.name ?? code);
      return {
        name: label,
        type: 'line',
        connectNulls: false,
        lineStyle: m?.kind === 'published' ? { type: 'dashed' } : undefined,
        data: years.map((y) => m?.byYear[y]?.[figure] ?? null),
      };
    }),
  };
}
