import { useMemo } from 'react';
import { UNKNOWN_AGE } from '../../../shared/metrics/keys';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatFigure } from '../format';
import { t } from '../i18n/i18n';
import type { Steering } from '../worker/protocol';
import { FigureCaption } from './Caption';
import { chartMarks } from './chartMarks';
import { FigureTable } from './FigureTable';
import { partialYear, yearLabel } from './partialYear';
import { RunningProfile } from './RunningProfile';

const bandName = (b: string) => (b === UNKNOWN_AGE ? t('onbekend') : b);

/** Cliënten: age bands per year, mean age at start, gender. */
export function Clients({
  metrics,
  steering,
  runningOn,
  onRunningOn,
}: {
  metrics: MetricsJson;
  steering: Steering | null;
  /** The day of the profile of who still has a trajectory (a setting); null: the peildatum. */
  runningOn: string | null;
  onRunningOn: (iso: string | null) => void;
}) {
  const { years, age } = metrics;
  const partial = useMemo(() => partialYear(metrics), [metrics]);
  const bands = useMemo(() => Object.keys(age.clientsByBand), [age]);
  const chart = useMemo(
    () =>
      seriesChart(
        years,
        bands.map((b) => ({
          name: bandName(b),
          values: years.map((y) => age.clientsByBand[b]?.[y] ?? 0),
        })),
        {
          type: 'bar',
          stacked: true,
          xName: t('Jaar'),
          marks: chartMarks(steering, 'year', years, ['clients']),
          partial,
        },
      ),
    [years, bands, age, steering, partial],
  );
  return (
    <section aria-labelledby="clienten-titel">
      <h2 id="clienten-titel">{t('Cliënten')}</h2>
      <EChart
        option={chart}
        name="clienten-per-leeftijd"
        counts
        label={t('Gestapeld staafdiagram: cliënten per leeftijdsklasse per jaar')}
      />
      <FigureCaption metrics={metrics} term="clienten">
        {t('Leeftijd op 1 juli van het jaar; klassen in te stellen bij Instellingen.')}
      </FigureCaption>
      <FigureTable
        caption={t('Cliënten per leeftijdsklasse (leeftijd op 1 juli van het jaar)')}
        exportName="clienten-per-leeftijd"
        head={[t('Leeftijd'), ...years.map((y) => yearLabel(y, partial))]}
        countColumns={years.map((_, i) => i + 1)}
        rows={bands.map((b) => ({
          key: b,
          label: bandName(b),
          cells: years.map((y) => formatFigure(age.clientsByBand[b]?.[y], 'count')),
          values: [bandName(b), ...years.map((y) => age.clientsByBand[b]?.[y] ?? null)],
        }))}
      />
      <FigureTable
        caption={t('Instroom: leeftijd bij de start van het traject')}
        exportName="instroom-per-leeftijd"
        head={[t('Startjaar'), t('Gemiddelde leeftijd'), ...bands.map(bandName)]}
        countColumns={bands.map((_, i) => i + 2)}
        rows={years.map((y) => ({
          key: y,
          label: yearLabel(y, partial),
          cells: [
            formatFigure(metrics.byYear[y]?.meanAgeAtStart, 'years'),
            ...bands.map((b) => formatFigure(age.inflowByBand[b]?.[y], 'count')),
          ],
          values: [
            yearLabel(y, partial),
            metrics.byYear[y]?.meanAgeAtStart ?? null,
            ...bands.map((b) => age.inflowByBand[b]?.[y] ?? null),
          ],
        }))}
      />
      <FigureTable
        caption={t('Geslacht van cliënten (aandeel van wie het bekend is)')}
        exportName="clienten-geslacht"
        head={[t('Jaar'), t('Man'), t('Vrouw'), t('Anders/onbekend (x)'), t('Niet geregistreerd')]}
        rows={years.map((y) => {
          const g = metrics.gender[y];
          return {
            key: y,
            label: yearLabel(y, partial),
            cells: [
              formatFigure(g?.mPct, 'percent'),
              formatFigure(g?.vPct, 'percent'),
              formatFigure(g?.xPct, 'percent'),
              formatFigure(g?.unknown, 'count'),
            ],
            values: [
              yearLabel(y, partial),
              g?.mPct ?? null,
              g?.vPct ?? null,
              g?.xPct ?? null,
              g?.unknown ?? null,
            ],
          };
        })}
      />
      <RunningProfile metrics={metrics} runningOn={runningOn} onRunningOn={onRunningOn} />
    </section>
  );
}
