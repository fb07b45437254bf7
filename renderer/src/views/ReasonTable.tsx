import type { DrillQuery } from '../../../shared/metrics/drill';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { byReasonGroup, keysOfGroup, type ReasonGroup } from '../../../shared/model/reasons';
import { formatFigure } from '../format';
import { t } from '../i18n/i18n';
import { reasonGroupLabel, reasonLabel, referrerLabel } from '../i18n/labels';
import { useApp } from '../state/store';
import { FigureTable } from './FigureTable';

export type ReasonSplit = 'referrer' | 'reason' | 'reasonGroup';

/**
 * Inflow by referrer or outflow by reason (each code, or in groups of words) per year,
 * with the last year's shares: every count opens the trajectories behind it.
 */
export function ReasonTable({ metrics, split }: { metrics: MetricsJson; split: ReasonSplit }) {
  const openDrill = useApp((s) => s.openDrill);
  const byYear = split === 'referrer' ? metrics.inflowByReferrer : metrics.outflowByReason;
  const years = metrics.years;
  const last = years.at(-1) as string;
  const counts = (year: string): Record<string, number> =>
    split === 'reasonGroup' ? byReasonGroup(byYear[year] ?? {}) : (byYear[year] ?? {});
  // Every key of any year, in the order the figures give them (codes first, `onbekend` last).
  const keys = [...new Set(years.flatMap((y) => Object.keys(counts(y))))];
  const reasonKeys = [
    ...new Set(years.flatMap((y) => Object.keys(metrics.outflowByReason[y] ?? {}))),
  ];
  const label = (key: string) =>
    split === 'referrer'
      ? referrerLabel(key)
      : split === 'reason'
        ? reasonLabel(key)
        : reasonGroupLabel(key);
  const query = (key: string, year: string): DrillQuery =>
    split === 'referrer'
      ? { metric: 'inflow', kind: 'year', period: year, referrer: key }
      : {
          metric: 'outflow',
          kind: 'year',
          period: year,
          reasons: split === 'reason' ? [key] : keysOfGroup(key as ReasonGroup, reasonKeys),
        };
  const total = (year: string) => Object.values(counts(year)).reduce((a, b) => a + b, 0);
  const measure = split === 'referrer' ? t('Instroom') : t('Uitstroom');
  return (
    <FigureTable
      testId="reason-table"
      caption={
        split === 'referrer'
          ? t('Instroom per verwijzer, per startjaar')
          : t('Uitstroom per reden einde, per jaar waarin het traject eindigde')
      }
      exportName={
        split === 'referrer'
          ? 'instroom-per-verwijzer'
          : `uitstroom-per-${split === 'reason' ? 'reden' : 'redengroep'}`
      }
      head={[
        split === 'referrer' ? t('Verwijzer') : t('Reden einde'),
        ...years,
        t('Aandeel {year} (%)', { year: last }),
      ]}
      countColumns={years.map((_, i) => i + 1)}
      rows={keys.map((key) => ({
        key,
        label: label(key),
        cells: [
          ...years.map((year) => {
            const n = counts(year)[key] ?? 0;
            return n === 0 ? (
              formatFigure(0, 'count')
            ) : (
              <button
                key={year}
                type="button"
                className="link"
                data-reason={key}
                data-year={year}
                aria-label={t('Trajecten achter {measure} {year}: {what}', {
                  measure: measure.toLowerCase(),
                  year,
                  what: label(key),
                })}
                onClick={() => void openDrill(query(key, year))}
              >
                {formatFigure(n, 'count')}
              </button>
            );
          }),
          formatFigure(
            total(last) === 0 ? null : (100 * (counts(last)[key] ?? 0)) / total(last),
            'percent',
          ),
        ],
        values: [
          label(key),
          ...years.map((year) => counts(year)[key] ?? 0),
          total(last) === 0
            ? null
            : Math.round((1000 * (counts(last)[key] ?? 0)) / total(last)) / 10,
        ],
      }))}
    />
  );
}
