import type { MetricsJson, YearFigures } from '../shared/metrics/metricsJson';

const nl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const money = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const cents = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

const rows: [keyof YearFigures, string, (v: number) => string][] = [
  ['clients', 'Cliënten', (v) => nl.format(v)],
  ['inflow', 'Instroom', (v) => nl.format(v)],
  ['outflow', 'Uitstroom', (v) => nl.format(v)],
  ['outflowRatePct', 'Uitstroompercentage', (v) => `${nl.format(v)}%`],
  ['activeAtYearEnd', 'Lopend op 31-12', (v) => nl.format(v)],
  ['reentry', 'Heraanmeldingen', (v) => nl.format(v)],
  ['providersActive', 'Actieve aanbieders', (v) => nl.format(v)],
  ['costTotal', 'Kosten', (v) => money.format(v)],
  ['costPerClientMonth', 'Kosten per cliënt per maand', (v) => cents.format(v)],
  ['meanAgeAtStart', 'Gem. leeftijd bij start', (v) => nl.format(v)],
  ['medianDaysKM', 'Mediane duur (dagen, KM)', (v) => nl.format(v)],
  ['meanDaysEnded', 'Gem. duur beëindigd (dagen)', (v) => nl.format(v)],
];

/** A readable Dutch table of the yearly figures. */
export function metricsTable(m: MetricsJson): string {
  const [d, mo, y] = [
    m.meta.peildatum.slice(8, 10),
    m.meta.peildatum.slice(5, 7),
    m.meta.peildatum.slice(0, 4),
  ];
  const head = ['', ...m.years];
  const body = rows.map(([key, label, fmt]) => [
    label,
    ...m.years.map((year) => {
      const v = m.byYear[year]?.[key];
      return v === null || v === undefined ? '–' : fmt(v);
    }),
  ]);
  const all = [head, ...body];
  const widths = head.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ');
  return [
    `Peildatum ${d}-${mo}-${y} · trajectgrens ${m.meta.gapDays} dagen · kostenbron ${m.meta.costSource}`,
    '',
    line(head),
    ...body.map(line),
  ].join('\n');
}
