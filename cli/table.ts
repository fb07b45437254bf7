import { costSourceLabels, yearFigures } from '../shared/figures/catalogue';
import { formatFigure } from '../shared/figures/units';
import type { MetricsJson } from '../shared/metrics/metricsJson';

/** A readable Dutch table of the yearly figures. */
export function metricsTable(m: MetricsJson): string {
  const [d, mo, y] = [
    m.meta.peildatum.slice(8, 10),
    m.meta.peildatum.slice(5, 7),
    m.meta.peildatum.slice(0, 4),
  ];
  const head = ['', ...m.years];
  const body = yearFigures.map(({ key, label, unit }) => [
    label.nl,
    ...m.years.map((year) => formatFigure(m.byYear[year]?.[key], unit, 'nl')),
  ]);
  const all = [head, ...body];
  const widths = head.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ');
  return [
    `Peildatum ${d}-${mo}-${y} · trajectgrens ${m.meta.gapDays} dagen · kosten uit ${costSourceLabels[m.meta.costSource]}`,
    '',
    line(head),
    ...body.map(line),
  ].join('\n');
}
