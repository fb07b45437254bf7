import { useMemo } from 'react';
import { followedFor } from '../../../shared/metrics/durations';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatFigure } from '../format';
import { t } from '../i18n/i18n';
import { groupLabel } from '../i18n/labels';
import type { Steering } from '../worker/protocol';
import { FigureCaption } from './Caption';
import { chartMarks } from './chartMarks';
import { FigureTable, Unknowable } from './FigureTable';
import { partialYear, yearLabel } from './partialYear';

/** `1–91`, `1.096+`: a duration class in days. */
const classLabel = (from: number, to: number | null) =>
  to === null
    ? `${formatFigure(from, 'days')}+`
    : `${formatFigure(from, 'days')}–${formatFigure(to, 'days')}`;

/** Trajectduur: the Kaplan–Meier curve, the median by start year, and durations in classes. */
export function Duration({
  metrics,
  steering,
}: {
  metrics: MetricsJson;
  steering: Steering | null;
}) {
  const d = metrics.duration;
  const partial = useMemo(() => partialYear(metrics), [metrics]);
  const curve = useMemo(() => {
    // The survival curve as a step series over days (sampled per 30 days for a readable axis).
    const days: string[] = [];
    const values: number[] = [];
    let k = 0;
    let s = 1;
    const last = d.curve.days[d.curve.days.length - 1] ?? 0;
    for (let day = 0; day <= last + 30; day += 30) {
      while (k < d.curve.days.length && (d.curve.days[k] as number) <= day)
        s = d.curve.survival[k++] as number;
      days.push(String(day));
      values.push(Math.round(s * 1000) / 10);
    }
    return seriesChart(days, [{ name: t('Nog lopend (%)'), values }], {
      unit: '%',
      xName: t('dagen'),
    });
  }, [d]);
  const byYear = useMemo(
    () =>
      seriesChart(
        metrics.years,
        [
          {
            name: t('Mediane duur (Kaplan–Meier)'),
            values: metrics.years.map((y) => d.byStartYear[y]?.medianDaysKM ?? null),
          },
        ],
        {
          type: 'bar',
          unit: t('dagen'),
          xName: t('Startjaar'),
          marks: chartMarks(steering, 'year', metrics.years, ['medianDaysKM']),
          partial,
        },
      ),
    [metrics, d, steering, partial],
  );
  const classes = useMemo(
    () =>
      seriesChart(
        d.classes.map((c) => classLabel(c.from, c.to)),
        [
          { name: t('Beëindigd'), values: d.classes.map((c) => c.ended) },
          { name: t('Nog lopend'), values: d.classes.map((c) => c.ongoing) },
        ],
        { type: 'bar', stacked: true, xName: t('dagen') },
      ),
    [d],
  );
  return (
    <section aria-labelledby="duur-titel">
      <h2 id="duur-titel">{t('Trajectduur')}</h2>
      <p>
        {t('Mediane duur (Kaplan–Meier):')}{' '}
        <strong data-metric="duration.medianDaysKM">{formatFigure(d.medianDaysKM, 'days')}</strong>{' '}
        {t('dagen; nog lopend na een jaar: {one}, na twee jaar: {two}.', {
          one: formatFigure(d.ongoingAfter365Pct, 'percent'),
          two: formatFigure(d.ongoingAfter730Pct, 'percent'),
        })}
      </p>
      <div className="chart-grid">
        <div>
          <h3>{t('Aandeel nog lopend')}</h3>
          <EChart
            option={curve}
            name="trajectduur-kaplan-meier"
            label={t('Lijngrafiek: aandeel trajecten dat na zoveel dagen nog loopt (Kaplan–Meier)')}
          />
        </div>
        <div>
          <h3>{t('Duur per startjaar')}</h3>
          <EChart
            option={byYear}
            name="trajectduur-per-startjaar"
            label={t('Staafdiagram: mediane en gemiddelde trajectduur per startjaar')}
          />
        </div>
      </div>
      <h3>{t('Trajecten naar duur')}</h3>
      <EChart
        option={classes}
        name="trajectduur-klassen"
        counts
        height={260}
        label={t('Gestapeld staafdiagram: trajecten per duurklasse, beëindigd en nog lopend')}
      />
      <FigureCaption metrics={metrics} term="duur">
        {t(
          'Duur in dagen, begin- en einddag meegeteld. Lopende trajecten tellen mee tot de peildatum; een recent startjaar heeft vaak nog geen mediaan. De gemiddelde duur van beëindigde trajecten telt alleen wie al klaar is: van een recent startjaar zijn dat de korte trajecten, dus vergelijk startjaren met de mediaan.',
        )}
      </FigureCaption>
      <FigureTable
        caption={t('Per startjaar (lopende trajecten tellen mee tot de peildatum)')}
        exportName="trajectduur-per-startjaar"
        countColumns={[1]}
        footnote={t(
          'Nog niet te weten: van dat startjaar is nog niet de helft beëindigd (mediaan), of nog niemand zo lang gevolgd (lopend na 1 of 2 jaar).',
        )}
        head={[
          t('Startjaar'),
          t('Instroom'),
          t('Mediane duur (dagen)'),
          t('Gem. duur beëindigd'),
          t('Lopend na 1 jaar'),
          t('Lopend na 2 jaar'),
        ]}
        rows={metrics.years.map((y) => {
          const f = d.byStartYear[y];
          // Share still running after n days: only when some of the start year were followed that long.
          const after = (days: number, pct: number | null | undefined) =>
            followedFor(y, days, metrics.meta.peildatum) ? (
              formatFigure(pct, 'percent')
            ) : (
              <Unknowable />
            );
          return {
            key: y,
            label: yearLabel(y, partial),
            cells: [
              formatFigure(metrics.byYear[y]?.inflow, 'count'),
              f?.medianDaysKM === null ? (
                <Unknowable key="median" />
              ) : (
                formatFigure(f?.medianDaysKM, 'days')
              ),
              formatFigure(f?.meanDaysEnded, 'meanDays'),
              after(365, f?.ongoingAfter365Pct),
              after(730, f?.ongoingAfter730Pct),
            ],
            values: [
              yearLabel(y, partial),
              metrics.byYear[y]?.inflow ?? null,
              f?.medianDaysKM ?? null,
              f?.meanDaysEnded ?? null,
              followedFor(y, 365, metrics.meta.peildatum) ? (f?.ongoingAfter365Pct ?? null) : null,
              followedFor(y, 730, metrics.meta.peildatum) ? (f?.ongoingAfter730Pct ?? null) : null,
            ],
          };
        })}
      />
      {metrics.timeToCare && <TimeToCare metrics={metrics} partial={partial} />}
    </section>
  );
}

/**
 * Dagen tot start zorg (from iWmo 305 messages): median and 90th percentile of the days
 * between an allocation's start and the provider's reported start of care, per start
 * year, and per provider group in the last year.
 */
function TimeToCare({
  metrics,
  partial,
}: {
  metrics: MetricsJson;
  partial: ReturnType<typeof partialYear>;
}) {
  const care = metrics.timeToCare;
  if (!care) return null;
  const years = metrics.years.filter((y) => care.byYear[y]);
  const last = years.at(-1);
  const row = (
    key: string,
    label: string,
    f: { n: number; medianDays: number; p90Days: number } | null | undefined,
  ) => ({
    key,
    label,
    cells: [
      formatFigure(f?.n, 'count'),
      formatFigure(f?.medianDays, 'days'),
      formatFigure(f?.p90Days, 'days'),
    ],
    values: [label, f?.n ?? null, f?.medianDays ?? null, f?.p90Days ?? null],
  });
  const head = [
    t('Startjaar'),
    t('Toewijzingen met startbericht'),
    t('Mediaan (dagen)'),
    t('90e percentiel (dagen)'),
  ];
  return (
    <>
      <h3 id="dagen-tot-start-zorg">{t('Dagen tot start zorg')}</h3>
      <FigureTable
        caption={t(
          'Van ingangsdatum van de toewijzing tot de start van de zorg volgens de aanbieder (iWmo 305), per startjaar',
        )}
        exportName="dagen-tot-start-zorg"
        testId="time-to-care"
        head={head}
        rows={years.map((y) => row(y, yearLabel(y, partial), care.byYear[y]))}
      />
      {last && (
        <FigureTable
          caption={t('Per type aanbieder, {year}', { year: yearLabel(last, partial) })}
          exportName="dagen-tot-start-zorg-per-type-aanbieder"
          head={[t('Type aanbieder'), ...head.slice(1)]}
          rows={Object.entries(care.byGroup)
            .filter(([, byYear]) => byYear[last])
            .map(([g, byYear]) => row(g, groupLabel(g), byYear[last]))}
        />
      )}
    </>
  );
}
