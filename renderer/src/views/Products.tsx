import { useMemo } from 'react';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { ibProducts } from '../../../shared/model/products';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatFigure } from '../format';
import { t } from '../i18n/i18n';
import type { Steering } from '../worker/protocol';
import { FigureCaption } from './Caption';
import { chartMarks } from './chartMarks';
import { FigureTable } from './FigureTable';
import { partialYear, yearLabel } from './partialYear';

/** Producten: the mix over time and the transitions between products. */
export function Products({
  metrics,
  steering,
}: {
  metrics: MetricsJson;
  steering: Steering | null;
}) {
  const products = useMemo(() => Object.keys(metrics.products), [metrics]);
  const partial = useMemo(() => partialYear(metrics), [metrics]);
  const mix = useMemo(
    () =>
      seriesChart(
        metrics.years,
        products.map((p) => ({
          name: p,
          values: metrics.years.map((y) => metrics.products[p]?.clients[y] ?? 0),
        })),
        {
          type: 'bar',
          stacked: true,
          xName: t('Jaar'),
          marks: chartMarks(steering, 'year', metrics.years, ['clients']),
          partial,
        },
      ),
    [metrics, products, steering, partial],
  );
  return (
    <section aria-labelledby="producten-titel">
      <h2 id="producten-titel">{t('Producten')}</h2>
      <EChart
        option={mix}
        name="clienten-per-product"
        counts
        label={t('Gestapeld staafdiagram: cliënten per product per jaar')}
      />
      <FigureCaption metrics={metrics} term="overgangen">
        {t('Een cliënt met twee producten in een jaar telt bij beide.')}
      </FigureCaption>
      {metrics.meta.costSource !== 'none' && (
        <FigureTable
          testId="product-spending"
          caption={t('Aandeel van elk product in de kosten van het jaar (%)')}
          exportName="kosten-aandeel-per-product"
          head={[t('Jaar'), ...products, t('Kosten')]}
          rows={metrics.years.map((y) => {
            const total = metrics.byYear[y]?.costTotal ?? 0;
            // A product without clients in the year (not there yet) has no share: "–", not 0.
            const share = (p: string) =>
              total > 0 && (metrics.products[p]?.clients[y] ?? 0) > 0
                ? Math.round((1000 * (metrics.products[p]?.cost?.[y] ?? 0)) / total) / 10
                : null;
            return {
              key: y,
              label: yearLabel(y, partial),
              cells: [
                ...products.map((p) => formatFigure(share(p), 'percent')),
                formatFigure(total, 'euro'),
              ],
              values: [yearLabel(y, partial), ...products.map(share), total],
            };
          })}
        />
      )}
      <FigureTable
        testId="transitions"
        caption={t(
          'Overgangen binnen trajecten (van → naar), alle jaren; afschalingen: {pct} van alle wijzigingen',
          { pct: formatFigure(metrics.stepDownSharePct, 'percent') },
        )}
        head={[t('Van → naar'), ...ibProducts]}
        rows={ibProducts.map((from) => ({
          key: from,
          label: from,
          cells: ibProducts.map((to) =>
            from === to ? '·' : formatFigure(metrics.transitions[`${from}>${to}`] ?? 0, 'count'),
          ),
        }))}
      />
    </section>
  );
}
