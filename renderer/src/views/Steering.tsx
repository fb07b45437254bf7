import { useMemo } from 'react';
import { type ForecastPartEntry, forecastParts } from '../../../shared/figures/catalogue';
import { NO_PROVIDER } from '../../../shared/metrics/keys';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import type { ForecastJson, ForecastParts } from '../../../shared/steer/forecast';
import { EChart } from '../charts/EChart';
import { forecastChart } from '../charts/forecastChart';
import { formatDate, formatFigure } from '../format';
import { t } from '../i18n/i18n';
import { groupLabel } from '../i18n/labels';
import { useApp } from '../state/store';
import type { Steering as SteeringData } from '../worker/protocol';
import { filterList } from './Caption';
import { FigureTable } from './FigureTable';
import { MeasuresSection, TargetsSection } from './SteeringTargets';

const euro = (v: number | null | undefined) => formatFigure(v, 'euro');
const part = (key: ForecastPartEntry['key']) =>
  t(forecastParts.find((p) => p.key === key)?.label.nl ?? key);
const groupName = (g: string) => (g === NO_PROVIDER ? t('zonder aanbieder') : groupLabel(g));

/**
 * Sturen: where this year's cost is heading, against budget and ceilings; targets; measures.
 * For all allocations, whatever the filters of the other screens (`metrics`).
 */
export function Steering({ steering, metrics }: { steering: SteeringData; metrics: MetricsJson }) {
  const filters = filterList(metrics);
  return (
    <section aria-labelledby="sturen-titel">
      <h2 id="sturen-titel">{t('Sturen')}</h2>
      {filters && (
        <p className="muted" data-testid="steering-unfiltered">
          {t(
            'Sturen gaat over alle toewijzingen: het filter ({filters}) geldt hier niet. Een doel geldt voor zijn eigen selectie.',
            { filters },
          )}
        </p>
      )}
      {steering.forecast ? (
        <ForecastSection f={steering.forecast} />
      ) : (
        <p>
          {t(
            'Zonder kostenregels of tarieven is er geen prognose. Importeer ze, of vul tarieven in bij Instellingen.',
          )}
        </p>
      )}
      <TargetsSection targets={steering.targets} />
      <MeasuresSection measures={steering.measures} />
    </section>
  );
}

/** Mean absolute error of the backtest, in % (null without one). */
const meanError = (f: ForecastJson) => {
  const errors = f.backtest.map((b) => b.errorPct).filter((e): e is number => e !== null);
  return errors.length === 0 ? null : errors.reduce((a, e) => a + Math.abs(e), 0) / errors.length;
};

function ForecastSection({ f }: { f: ForecastJson }) {
  const showHow = useApp((s) => s.showHow);
  const months = useMemo(
    () => Array.from({ length: 12 }, (_, k) => `${f.year}-${String(k + 1).padStart(2, '0')}`),
    [f.year],
  );
  const chart = useMemo(
    () =>
      forecastChart(f, months, {
        realised: part('realised'),
        forecast: part('forecast'),
        low: t('Band (laag)'),
        high: t('Band (hoog)'),
        budget: part('budget'),
      }),
    [f, months],
  );
  const error = meanError(f);
  const years = f.backtest.map((b) => b.peildatum.slice(0, 4));
  const toBudget = f.total.budget === null ? null : f.total.forecast - f.total.budget;
  return (
    <>
      <h3>{t('Prognose {year}', { year: f.year })}</h3>
      {f.peildatum.endsWith('-12-31') && (
        <p className="notice-inline">
          {t(
            'De peildatum is {date}: het jaar is rond en de prognose is wat het kostte. Kies bij Instellingen een peildatum in het jaar om te zien waar het toen op afkoerste.',
            { date: formatDate(f.peildatum) },
          )}
        </p>
      )}
      <ul className="figures">
        <li className="figure">
          <span className="figure-label">
            {t('Gerealiseerd t/m {date}', { date: formatDate(f.peildatum) })}
          </span>
          <span className="figure-value">{euro(f.total.realised)}</span>
        </li>
        <li className="figure">
          <span className="figure-label">{t('Prognose {year}', { year: f.year })}</span>
          <span
            className="figure-value"
            data-metric="forecast"
            data-year={f.year}
            data-value={f.total.forecast}
          >
            {euro(f.total.forecast)}
          </span>
          {f.total.low !== null && (
            <span className="figure-change">
              {t('band {low} – {high}', { low: euro(f.total.low), high: euro(f.total.high) })}
            </span>
          )}
        </li>
        <li className="figure">
          <span className="figure-label">{t('Begroting {year}', { year: f.year })}</span>
          <span
            className="figure-value"
            data-metric="budget"
            data-year={f.year}
            data-value={f.total.budget ?? ''}
          >
            {euro(f.total.budget)}
          </span>
          {toBudget !== null && (
            <span className="figure-change">
              {toBudget > 0
                ? t('prognose {amount} erboven', { amount: euro(toBudget) })
                : t('prognose {amount} eronder', { amount: euro(-toBudget) })}
            </span>
          )}
        </li>
      </ul>
      <EChart
        option={chart}
        name={`prognose-${f.year}`}
        label={t(
          'Lijndiagram: gerealiseerde kosten per maand opgeteld, de prognose tot 31 december met band, en de begroting',
        )}
      />
      <p className="caption">
        {error === null
          ? t('Er is geen eerder jaar om de prognose aan te toetsen.')
          : t(
              'In {years} zat deze prognose op dit moment van het jaar gemiddeld {error} naast de werkelijkheid (doortrekken: {run}, groei vorig jaar: {growth}).',
              {
                years: years.length > 1 ? `${years[0]}–${years.at(-1)}` : (years[0] ?? ''),
                error: formatFigure(error, 'percent'),
                run: euro(f.total.runRate),
                growth: euro(f.total.lastYearGrowth),
              },
            )}{' '}
        <button type="button" className="link" onClick={() => showHow('prognose')}>
          {t('Hoe berekend?')}
        </button>
      </p>
      <PartsTable caption={t('Per product')} rows={f.byProduct} name={(k) => k} />
      <PartsTable caption={t('Per type aanbieder')} rows={f.byProviderGroup} name={groupName} />
      <ProvidersTable f={f} />
      <BacktestTable f={f} />
    </>
  );
}

const partColumns = ['realised', 'expectedContinuing', 'expectedNew', 'forecast'] as const;

function PartsTable({
  caption,
  rows,
  name,
}: {
  caption: string;
  rows: Record<string, ForecastParts>;
  name: (key: string) => string;
}) {
  return (
    <FigureTable
      caption={caption}
      exportName={`prognose-${caption.toLowerCase().replace(/\s+/g, '-')}`}
      head={['', ...partColumns.map(part)]}
      rows={Object.entries(rows).map(([key, p]) => ({
        key,
        label: name(key),
        cells: partColumns.map((c) => euro(p[c])),
        values: [name(key), ...partColumns.map((c) => p[c])],
      }))}
    />
  );
}

function ProvidersTable({ f }: { f: ForecastJson }) {
  const openDrill = useApp((s) => s.openDrill);
  const rows = Object.entries(f.byProvider).map(([code, p]) => ({
    key: code,
    label:
      code === NO_PROVIDER ? (
        t('zonder aanbieder')
      ) : (
        <button
          type="button"
          className="link"
          aria-label={t('Trajecten van {provider} in {year}', {
            provider: p.name ?? code,
            year: f.year,
          })}
          onClick={() =>
            void openDrill({ metric: 'clients', kind: 'year', period: f.year, provider: code })
          }
        >
          {`${p.name ?? code} (${code})`}
        </button>
      ),
    cells: [
      groupName(p.group),
      euro(p.realised),
      euro(p.forecast),
      euro(p.ceiling),
      p.exceedsOn === null ? '–' : formatDate(p.exceedsOn),
    ],
    values: [p.name ?? code, groupName(p.group), p.realised, p.forecast, p.ceiling, p.exceedsOn],
  }));
  return (
    <FigureTable
      caption={t('Per aanbieder (AGB-code tussen haakjes)')}
      testId="forecast-providers"
      exportName="prognose-per-aanbieder"
      textColumns={[1, 5]}
      initialSort={{ column: 3, down: true }}
      head={[
        t('Aanbieder'),
        t('Type aanbieder'),
        part('realised'),
        part('forecast'),
        t('Plafond'),
        t('Plafond bereikt op'),
      ]}
      rows={rows}
    />
  );
}

function BacktestTable({ f }: { f: ForecastJson }) {
  if (f.backtest.length === 0) return null;
  const pct = (v: number | null) =>
    v === null ? '–' : `${v > 0 ? '+' : ''}${formatFigure(v, 'percent')}`;
  return (
    <FigureTable
      caption={t('Terugblik: dezelfde prognose op dezelfde dag van eerdere jaren')}
      exportName="prognose-terugblik"
      head={[
        t('Peildatum'),
        part('forecast'),
        t('Werkelijk'),
        t('Afwijking'),
        part('runRate'),
        part('lastYearGrowth'),
      ]}
      rows={f.backtest.map((b) => ({
        key: b.peildatum,
        label: formatDate(b.peildatum),
        cells: [
          euro(b.forecast),
          euro(b.actual),
          pct(b.errorPct),
          pct(b.runRateErrorPct),
          pct(b.lastYearGrowthErrorPct),
        ],
      }))}
    />
  );
}
