import { useMemo } from 'react';
import { costSourceLabels, yearFigure, yearFigures } from '../../../shared/figures/catalogue';
import { type DrillMetric, drillMetrics } from '../../../shared/metrics/drill';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { providerGroups } from '../../../shared/model/providerGroups';
import { TO_WLZ_OR_ZVW, UNKNOWN_KEY } from '../../../shared/model/reasons';
import { formatChange, formatChangeFor, formatDate, formatFigure } from '../format';
import { msg, t } from '../i18n/i18n';
import { groupLabel } from '../i18n/labels';
import { withNode } from '../i18n/withNode';
import { useApp } from '../state/store';
import type { Steering } from '../worker/protocol';
import { FigureCaption } from './Caption';
import { partialYear, yearLabel } from './partialYear';
import { Sparkline } from './Sparkline';
import { latestComplete, perTarget, statusNames, targetTitle } from './SteeringTargets';
import { YearToDate } from './YearToDate';

/** The last two full years before the peildatum (the peildatum's own year when it is 31 December). */
export function comparedYears(m: MetricsJson): [string, string] | [string] {
  const endsYear = m.meta.peildatum.endsWith('-12-31');
  const full = endsYear ? m.years : m.years.slice(0, -1);
  const last = full.slice(-2);
  return last.length === 2
    ? [last[0] as string, last[1] as string]
    : [m.years[m.years.length - 1] as string];
}

const drillable = (key: string): key is DrillMetric => drillMetrics.includes(key as DrillMetric);

/** What a figure without a value means, said instead of a bare "–", with why. */
const missing: Partial<Record<string, { text: string; why: string }>> = {
  medianDaysKM: {
    text: msg('nog niet bereikt'),
    why: msg(
      'Minder dan de helft van de trajecten die in {year} begonnen, is al beëindigd: de mediaan ligt na de peildatum.',
    ),
  },
  meanAgeAtStart: {
    text: msg('onbekend'),
    why: msg('Geen geboortedatum of geboortejaar bij de trajecten die in {year} begonnen.'),
  },
  costTotal: {
    text: msg('geen kosten'),
    why: msg(
      'Er zijn geen kostenregels of tarieven voor {year}; tarieven kunt u invoeren bij Instellingen.',
    ),
  },
  costPerClientMonth: {
    text: msg('geen kosten'),
    why: msg(
      'Er zijn geen kostenregels of tarieven voor {year}; tarieven kunt u invoeren bij Instellingen.',
    ),
  },
};

/** A figure's value as shown, or the words for its absence. */
const shown = (key: string, value: number | null, unit: Parameters<typeof formatFigure>[1]) =>
  value === null && missing[key] ? t(missing[key].text) : formatFigure(value, unit);
const overviewFigures = yearFigures.filter((f) => f.overview);

export function Overview({
  metrics,
  steering,
  steeringElsewhere = false,
}: {
  metrics: MetricsJson;
  steering: Steering | null;
  /** The filter leaves steering figures out (`steeringInView`): say where they are. */
  steeringElsewhere?: boolean;
}) {
  const openDrill = useApp((s) => s.openDrill);
  const years = comparedYears(metrics);
  const [previous, latest] = years.length === 2 ? years : [null, years[0]];
  // The course over whole years only: a partial year is never drawn beside whole ones.
  const wholeYears = metrics.meta.peildatum.endsWith('-12-31')
    ? metrics.years
    : metrics.years.slice(0, -1);
  const targetGroups = useMemo(() => perTarget(steering?.targets ?? []), [steering]);
  return (
    <section aria-labelledby="overzicht-titel">
      <h2 id="overzicht-titel">{t('Overzicht {year}', { year: latest })}</h2>
      <ul className="figures">
        {overviewFigures.map(({ key, label, unit }) => {
          const value = metrics.byYear[latest]?.[key] ?? null;
          const before = previous ? (metrics.byYear[previous]?.[key] ?? null) : null;
          return (
            <li key={key} className="figure">
              <span className="figure-label">{t(label.nl)}</span>
              <span
                className={`figure-value${value === null && missing[key] ? ' missing' : ''}`}
                data-metric={key}
                data-year={latest}
                data-value={value ?? ''}
              >
                {shown(key, value, unit)}
              </span>
              {value === null && missing[key] && (
                <span className="figure-why">{t(missing[key].why, { year: latest })}</span>
              )}
              {drillable(key) && (
                <button
                  type="button"
                  className="link small"
                  aria-label={t('Trajecten achter {figure} {year}', {
                    figure: t(label.nl),
                    year: latest,
                  })}
                  onClick={() => void openDrill({ metric: key, kind: 'year', period: latest })}
                >
                  {t('Bekijk trajecten')}
                </button>
              )}
              <Sparkline
                years={wholeYears}
                values={wholeYears.map((y) => metrics.byYear[y]?.[key] ?? null)}
              />
              {targetGroups
                .filter((rows) => rows[0]?.figure === key)
                .map((rows) => {
                  const status = latestComplete(rows);
                  return status ? (
                    <span key={targetTitle(status)} className="figure-target">
                      {targetTitle(status)}:{' '}
                      <strong data-target-status={status.status}>
                        {t(statusNames[status.status])}
                      </strong>{' '}
                      ({status.period})
                    </span>
                  ) : null;
                })}
              {previous && (
                <span className="figure-change">
                  {previous}:{' '}
                  <span data-metric={key} data-year={previous} data-value={before ?? ''}>
                    {shown(key, before, unit)}
                  </span>{' '}
                  {formatChangeFor(before, value, unit)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {steering && <SteeringLine steering={steering} />}
      {steeringElsewhere && (
        <p className="muted" data-testid="steering-elsewhere">
          {t(
            'Prognose, begroting en doelen voor alle toewijzingen staan op Sturen; onder dit filter staan hier alleen doelen met hetzelfde filter.',
          )}
          {!metrics.meta.peildatum.endsWith('-12-31') &&
            ` ${t('Dit jaar tot de peildatum naast vorig jaar ziet u zonder filter.')}`}
        </p>
      )}
      <LeftForWlz metrics={metrics} latest={latest} previous={previous} />
      {steering?.yearToDate && !metrics.meta.peildatum.endsWith('-12-31') && (
        <YearToDate yearToDate={steering.yearToDate} />
      )}
      <FigureCaption metrics={metrics} term="traject">
        {t(
          'Kosten uit {source}. Een traject is een aaneengesloten reeks toewijzingen van één cliënt met hooguit {days} dagen ertussen.',
          { source: t(costSourceLabels[metrics.meta.costSource]), days: metrics.meta.gapDays },
        )}
      </FigureCaption>
      <ProviderGroupTable metrics={metrics} />
    </section>
  );
}

/**
 * Seed 001's question in one line: how many left for the Wlz or Zvw this year, against last
 * year. Nothing when the data carry no reasons for ending at all.
 */
function LeftForWlz({
  metrics,
  latest,
  previous,
}: {
  metrics: MetricsJson;
  latest: string;
  previous: string | null;
}) {
  const byYear = metrics.outflowByReason;
  const known = Object.values(byYear).some((r) =>
    Object.entries(r).some(([key, n]) => key !== UNKNOWN_KEY && n > 0),
  );
  const openDrill = useApp((s) => s.openDrill);
  if (!known) return null;
  const count = (year: string) =>
    TO_WLZ_OR_ZVW.reduce((n, code) => n + (byYear[year]?.[code] ?? 0), 0);
  // The count opens the trajectories behind it (the outflow of the year for those reasons).
  const n = (
    <button
      type="button"
      className="link"
      data-testid="left-for-wlz-count"
      aria-label={t('Trajecten achter {measure} {year}: {what}', {
        measure: t('Uitstroom').toLowerCase(),
        year: latest,
        what: t('naar Wlz/Zvw'),
      })}
      onClick={() =>
        void openDrill({ metric: 'outflow', kind: 'year', period: latest, reasons: TO_WLZ_OR_ZVW })
      }
    >
      {formatFigure(count(latest), 'count')}
    </button>
  );
  return (
    <p data-testid="left-for-wlz">
      {withNode(
        previous
          ? t('Naar de Wlz of Zvw uitgestroomd: {n} in {year} ({previous}: {before}).', {
              n: '{n}',
              year: latest,
              previous,
              before: formatFigure(count(previous), 'count'),
            })
          : t('Naar de Wlz of Zvw uitgestroomd: {n} in {year}.', { n: '{n}', year: latest }),
        'n',
        n,
      )}
    </p>
  );
}

/** How this year is going: the forecast against the budget, and every target's latest status. */
function SteeringLine({ steering }: { steering: Steering }) {
  const f = steering.forecast;
  const targets = useMemo(() => perTarget(steering.targets), [steering.targets]);
  // At 31 December the year is complete: its cost, not a forecast.
  const complete = f?.peildatum.endsWith('-12-31') ?? false;
  return (
    <ul className="steering-line">
      {f && (
        <li>
          {complete
            ? t('Kosten {year}:', { year: f.year })
            : t('Prognose {year}:', { year: f.year })}{' '}
          <strong data-metric="forecast" data-year={f.year} data-value={f.total.forecast}>
            {formatFigure(f.total.forecast, 'euro')}
          </strong>
          {f.total.budget !== null && (
            <>
              {' '}
              {t('tegen een begroting van')}{' '}
              <strong data-metric="budget" data-year={f.year} data-value={f.total.budget}>
                {formatFigure(f.total.budget, 'euro')}
              </strong>
              {f.total.forecast > f.total.budget ? ` — ${t('erboven')}` : ` — ${t('eronder')}`}
            </>
          )}
          {!complete &&
            ` (${t('gerealiseerd t/m {date}: {amount}', {
              date: formatDate(f.peildatum),
              amount: formatFigure(f.total.realised, 'euro'),
            })})`}
        </li>
      )}
      {targets.map((rows) => {
        const latest = latestComplete(rows);
        if (!latest) return null;
        return (
          <li key={JSON.stringify([latest.figure, latest.periodKind, latest.value])}>
            {targetTitle(latest)} — {latest.period}:{' '}
            {formatFigure(latest.actual, yearFigure(latest.figure).unit)},{' '}
            <strong data-target-status={latest.status}>{t(statusNames[latest.status])}</strong>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Seed 003 Tabel 1: clients per provider group per year, with growth over the
 * whole years (an unfinished last year is labelled as such and left out of it).
 */
function ProviderGroupTable({ metrics }: { metrics: MetricsJson }) {
  const partial = partialYear(metrics);
  const whole = metrics.years.filter((y) => y !== partial?.category);
  const first = metrics.years[0] as string;
  const last = (whole.at(-1) ?? first) as string;
  const rows = providerGroups.filter((g) => metrics.providerGroups[g]);
  return (
    <table className="table">
      <caption>
        {t(
          'Cliënten met individuele begeleiding per type aanbieder (een cliënt kan in twee groepen tellen)',
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('Type aanbieder')}</th>
          {metrics.years.map((y) => (
            <th scope="col" key={y} className="num">
              {yearLabel(y, partial)}
            </th>
          ))}
          {first !== last && (
            <th scope="col" className="num">
              {t('Ontwikkeling {from}–{to}', { from: first, to: last })}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((g) => {
          const perYear = metrics.providerGroups[g] ?? {};
          return (
            <tr key={g}>
              <th scope="row">{groupLabel(g)}</th>
              {metrics.years.map((y) => (
                <td
                  key={y}
                  className="num"
                  data-group={g}
                  data-year={y}
                  data-value={perYear[y] ?? 0}
                >
                  {formatFigure(perYear[y] ?? 0, 'count')}
                </td>
              ))}
              {first !== last && (
                <td className="num">{formatChange(perYear[first], perYear[last])}</td>
              )}
            </tr>
          );
        })}
        <tr className="total">
          <th scope="row">{t('Cliënten totaal')}</th>
          {metrics.years.map((y) => (
            <td key={y} className="num">
              {formatFigure(metrics.byYear[y]?.clients, 'count')}
            </td>
          ))}
          {first !== last && (
            <td className="num">
              {formatChange(metrics.byYear[first]?.clients, metrics.byYear[last]?.clients)}
            </td>
          )}
        </tr>
      </tbody>
    </table>
  );
}
