import { useMemo } from 'react';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { providerGroups } from '../../../shared/model/providerGroups';
import { formatFigure } from '../format';
import { t } from '../i18n/i18n';
import { groupLabel } from '../i18n/labels';
import { FigureCaption } from './Caption';
import { FigureTable } from './FigureTable';
import { GrowthDrivers } from './GrowthDrivers';

/** Aanbieders: growth concentration and a sortable benchmark per provider for the last year. */
export function Providers({ metrics }: { metrics: MetricsJson }) {
  const year = metrics.years[metrics.years.length - 1] as string;
  const first = metrics.years[0] as string;
  const rows = useMemo(
    () =>
      Object.entries(metrics.providers)
        .filter(([, p]) => Object.values(p.clients).some((n) => n > 0))
        .map(([id, p]) => ({
          key: id,
          label: p.name ?? id,
          cells: [
            formatFigure(p.clients[year], 'count'),
            formatFigure(p.inflow[year], 'count'),
            formatFigure(p.outflowRatePct[year], 'percent'),
            formatFigure(p.medianDaysKM, 'days'),
            formatFigure(p.costPerClientMonth[year], 'euroCents'),
            formatFigure(p.stepDownToIb0Pct, 'percent'),
            formatFigure(p.endedAsPlannedPct?.[year], 'percent'),
            formatFigure(p.endedEarlyPct?.[year], 'percent'),
            groupLabel(p.group),
          ],
          values: [
            p.name ?? id,
            p.clients[year] ?? null,
            p.inflow[year] ?? null,
            p.outflowRatePct[year] ?? null,
            p.medianDaysKM,
            p.costPerClientMonth[year] ?? null,
            p.stepDownToIb0Pct,
            p.endedAsPlannedPct?.[year] ?? null,
            p.endedEarlyPct?.[year] ?? null,
            groupLabel(p.group),
          ],
        })),
    [metrics, year],
  );
  const g = metrics.growthConcentration;
  return (
    <section aria-labelledby="aanbieders-titel">
      <h2 id="aanbieders-titel">{t('Aanbieders')}</h2>
      <p>
        {t('Actieve aanbieders: {a} in {first}, {b} in {last}.', {
          a: formatFigure(metrics.byYear[first]?.providersActive, 'count'),
          first,
          b: formatFigure(metrics.byYear[year]?.providersActive, 'count'),
          last: year,
        })}{' '}
        {t('Aanbieders die tussen {from} en {to} met minstens {n} cliënten groeiden: {count}', {
          from: g.from,
          to: g.to,
          n: g.threshold,
          count: g.providers.length,
        })}
        {g.sharePct !== null &&
          t(' — samen {pct} van de totale groei', { pct: formatFigure(g.sharePct, 'percent') })}
        .
      </p>
      <FigureCaption metrics={metrics} term="aanbieders">
        {t(
          'Per aanbieder: cliënten, instroom en kosten in {year}; duur en afschaling over alle jaren. Volgens plan (reden 19) en voortijdig (21, 22, 23): van de trajecten die in {year} met een bekende reden eindigden, naar de aanbieder van hun eerste toewijzing.',
          {
            year,
          },
        )}
      </FigureCaption>

      <FigureTable
        testId="providers-table"
        caption={t('Per aanbieder in {year} (klik op een kolomkop om te sorteren)', { year })}
        exportName={`aanbieders-${year}`}
        initialSort={{ column: 1, down: true }}
        textColumns={[9]}
        head={[
          t('Aanbieder'),
          t('Cliënten'),
          t('Instroom'),
          t('Uitstroom %'),
          t('Mediane duur'),
          t('Per cliënt per maand'),
          t('Afschaling naar IB0 %'),
          t('Volgens plan %'),
          t('Voortijdig %'),
          t('Groep'),
        ]}
        rows={rows}
      />

      <EndingsByGroup metrics={metrics} year={year} />

      <GrowthDrivers metrics={metrics} />
    </section>
  );
}

/** Per provider group: of the trajectories that ended in the year with a known reason, the share according to plan and early. */
function EndingsByGroup({ metrics, year }: { metrics: MetricsJson; year: string }) {
  const groups = providerGroups.filter((g) => (metrics.endingsByGroup[g]?.[year]?.known ?? 0) > 0);
  if (groups.length === 0) return null;
  const pct = (part: number, whole: number) =>
    whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
  return (
    <FigureTable
      testId="endings-by-group"
      caption={t('Hoe trajecten in {year} eindigden, per type aanbieder (met een bekende reden)', {
        year,
      })}
      exportName={`einde-per-type-aanbieder-${year}`}
      head={[t('Type aanbieder'), t('Met bekende reden'), t('Volgens plan %'), t('Voortijdig %')]}
      countColumns={[1]}
      rows={groups.map((g) => {
        const e = metrics.endingsByGroup[g]?.[year] ?? { known: 0, asPlanned: 0, early: 0 };
        return {
          key: g,
          label: groupLabel(g),
          cells: [
            formatFigure(e.known, 'count'),
            formatFigure(pct(e.asPlanned, e.known), 'percent'),
            formatFigure(pct(e.early, e.known), 'percent'),
          ],
          values: [groupLabel(g), e.known, pct(e.asPlanned, e.known), pct(e.early, e.known)],
        };
      })}
    />
  );
}
