import { useMemo } from 'react';
import type { MetricsJson } from '../../../shared/metrics/compute';
import { ibProducts } from '../../../shared/model/products';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatFigure } from '../format';
import { FigureTable } from './FigureTable';

/** Producten: the mix over time and the transitions between products. */
export function Products({ metrics }: { metrics: MetricsJson }) {
  const products = Object.keys(metrics.products);
  const mix = useMemo(
    () =>
      seriesChart(
        metrics.years,
        products.map((p) => ({
          name: p,
          values: metrics.years.map((y) => metrics.products[p]?.clients[y] ?? 0),
        })),
        { type: 'bar', stacked: true },
      ),
    [metrics, products],
  );
  return (
    <section aria-labelledby="producten-titel">
      <h2 id="producten-titel">Producten</h2>
      <EChart option={mix} label="Gestapeld staafdiagram: cliënten per product per jaar" />
      <p className="caption">Een cliënt met twee producten in een jaar telt bij beide.</p>
      <FigureTable
        testId="transitions"
        caption={`Overgangen binnen trajecten (van → naar), alle jaren; afschalingen: ${formatFigure(metrics.stepDownSharePct, 'percent')} van alle wijzigingen`}
        head={['Van → naar', ...ibProducts]}
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
