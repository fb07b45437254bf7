import type { EChartsCoreOption } from 'echarts/core';
import { dayFromCivil, dayFromIso, daysInMonth } from '../../../shared/periods/days';
import type { ForecastJson } from '../../../shared/steer/forecast';
import { formatNumber } from '../format';
import { palette } from './palette';
import { axisTooltip } from './tooltip';

export interface ForecastChartLabels {
  realised: string;
  forecast: string;
  low: string;
  high: string;
  budget: string;
}

/**
 * The year's cost so far and where it is heading, cumulative per month: realised
 * up to the peildatum, the forecast (and its band) from there to 31 December in
 * a straight line by days, and the budget as a level line.
 */
export function forecastChart(
  f: ForecastJson,
  months: readonly string[],
  labels: ForecastChartLabels,
): EChartsCoreOption {
  const year = Number(f.year);
  const peildatum = dayFromIso(f.peildatum);
  const peilMonth = Number(f.peildatum.slice(5, 7));
  const yearEnd = dayFromCivil(year, 12, 31);
  const monthEnd = (m: number) => dayFromCivil(year, m, daysInMonth(year, m));
  let running = 0;
  const realised = months.map((key, k) => {
    if (k + 1 > peilMonth) return null;
    running += f.realisedByMonth[key] ?? 0;
    return Math.round(running);
  });
  // From the peildatum's month on: realised at the peildatum, growing by days to the forecast.
  const toward = (target: number | null) =>
    months.map((_, k) => {
      if (target === null || k + 1 < peilMonth) return null;
      const share =
        yearEnd === peildatum
          ? 1
          : (Math.min(monthEnd(k + 1), yearEnd) - peildatum) / (yearEnd - peildatum);
      return Math.round(f.total.realised + (target - f.total.realised) * Math.max(0, share));
    });
  const dashed = { type: 'dashed' as const, width: 1 };
  return {
    color: palette,
    animation: false,
    tooltip: axisTooltip((v) => (typeof v === 'number' ? `€ ${formatNumber(v)}` : '–')),
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 80, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatNumber(v) } },
    series: [
      { name: labels.realised, type: 'line', data: realised, showSymbol: true },
      {
        name: labels.forecast,
        type: 'line',
        data: toward(f.total.forecast),
        lineStyle: { type: 'dotted', width: 2 },
      },
      {
        name: labels.low,
        type: 'line',
        data: toward(f.total.low),
        lineStyle: dashed,
        showSymbol: false,
      },
      {
        name: labels.high,
        type: 'line',
        data: toward(f.total.high),
        lineStyle: dashed,
        showSymbol: false,
      },
      ...(f.total.budget === null
        ? []
        : [
            {
              name: labels.budget,
              type: 'line',
              data: months.map(() => f.total.budget),
              showSymbol: false,
              lineStyle: { width: 2 },
            },
          ]),
    ],
  };
}
