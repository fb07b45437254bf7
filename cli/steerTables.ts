import { costSourceLabels, forecastParts } from '../shared/figures/catalogue';
import { formatFigure } from '../shared/figures/units';
import { NO_PROVIDER } from '../shared/metrics/keys';
import { ibProducts } from '../shared/model/products';
import { type ProviderGroup, providerGroupLabels } from '../shared/model/providerGroups';
import { dutchFromIso } from '../shared/periods/days';
import type { EffectJson, EffectWindow } from '../shared/steer/effect';
import type { ForecastJson, ForecastParts } from '../shared/steer/forecast';

const money = (v: number | null | undefined) => formatFigure(v, 'euro', 'nl');
const pct = (v: number | null) =>
  v === null
    ? '–'
    : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatFigure(Math.abs(v), 'percent', 'nl')}`;
const groupName = (key: string) =>
  key === NO_PROVIDER ? 'zonder aanbieder' : (providerGroupLabels[key as ProviderGroup] ?? key);

const columns = forecastParts.filter((p) =>
  ['realised', 'obligation', 'expectedContinuing', 'expectedNew', 'forecast'].includes(p.key),
);

/** Columns padded to their widest cell: the first left, the rest right. */
function aligned(rows: string[][]): string[] {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
}

/** A readable Dutch table of the forecast, its baselines and its backtest. */
export function forecastTable(f: ForecastJson): string {
  const row = (name: string, p: ForecastParts) => [
    name,
    ...columns.map((c) => money(p[c.key] as number)),
    p.low === null ? '' : `${money(p.low)} – ${money(p.high)}`,
  ];
  const head = ['', ...columns.map((c) => c.label.nl), 'Band'];
  const lines = [
    `Prognose ${f.year} · peildatum ${dutchFromIso(f.peildatum)} · kosten uit ${costSourceLabels[f.costSource]}${f.total.calibration === 1 ? '' : ` · verwachte delen bijgesteld tot ${formatFigure(f.total.calibration * 100, 'percent', 'nl')} (terugblik)`}`,
    '',
    ...aligned([
      head,
      row('Totaal', f.total),
      ...Object.entries(f.byProduct).map(([k, p]) => row(k, p)),
      ...Object.entries(f.byProviderGroup).map(([k, p]) => row(groupName(k), p)),
    ]),
    '',
    `Ter vergelijking: doortrekken ${money(f.total.runRate)}, groei vorig jaar ${money(f.total.lastYearGrowth)}${f.total.budget === null ? '' : `, begroting ${money(f.total.budget)}`}.`,
    `${f.yearToDate.current.from.slice(0, 4)} t/m ${dutchFromIso(f.yearToDate.current.to)}: ${money(f.yearToDate.current.cost)}; ${f.yearToDate.previous.from.slice(0, 4)} t/m ${dutchFromIso(f.yearToDate.previous.to)}: ${money(f.yearToDate.previous.cost)}.`,
  ];
  if (f.backtest.length > 0)
    lines.push(
      '',
      'Terugblik (dezelfde prognose op dezelfde dag van eerdere jaren, afwijking van de werkelijkheid):',
      ...aligned([
        ['Peildatum', 'Prognose', 'Werkelijk', 'Afwijking', 'Doortrekken', 'Groei vorig jaar'],
        ...f.backtest.map((b) => [
          dutchFromIso(b.peildatum),
          money(b.forecast),
          money(b.actual),
          pct(b.errorPct),
          pct(b.runRateErrorPct),
          pct(b.lastYearGrowthErrorPct),
        ]),
      ]),
    );
  return lines.join('\n');
}

/** A readable Dutch table of a before/after comparison around a measure. */
export function effectTable(e: EffectJson): string {
  const { before, after } = e;
  const products = ibProducts.filter((p) => p in before.inflow || p in after.inflow);
  const count = (v: number | null | undefined) => formatFigure(v ?? 0, 'count', 'nl');
  const share = (v: number | null | undefined) => formatFigure(v ?? 0, 'percent', 'nl');
  const window = (w: EffectWindow) =>
    `${dutchFromIso(w.from)} t/m ${dutchFromIso(w.to)}${w.days === Math.max(before.days, after.days) ? '' : ` (${count(w.days)} dagen)`}`;
  return [
    `Voor en na ${dutchFromIso(e.date)} · twee periodes van ${e.months} maanden`,
    '',
    ...aligned([
      ['', 'Voor', 'Na'],
      ['Periode', window(before), window(after)],
      ['Instroom', count(before.inflowTotal), count(after.inflowTotal)],
      ...products.map((p) => [
        `  ${p}`,
        `${count(before.inflow[p])} (${share(before.inflowSharePct[p] ?? null)})`,
        `${count(after.inflow[p])} (${share(after.inflowSharePct[p] ?? null)})`,
      ]),
      ['Cliënten', count(before.clients), count(after.clients)],
      [
        'Kosten per cliënt per maand',
        formatFigure(before.costPerClientMonth, 'euroCents', 'nl'),
        formatFigure(after.costPerClientMonth, 'euroCents', 'nl'),
      ],
      [
        'Mediane trajectduur (dagen)',
        formatFigure(before.medianDaysKM, 'days', 'nl'),
        formatFigure(after.medianDaysKM, 'days', 'nl'),
      ],
    ]),
  ].join('\n');
}
