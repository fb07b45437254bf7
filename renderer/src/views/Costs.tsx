import { useMemo } from 'react';
import type { MetricsJson } from '../../../shared/metrics/compute';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatFigure } from '../format';
import { costSourceLabels } from '../i18n/nl';
import { FigureTable } from './FigureTable';

/** Kosten: totals and per product per year, per client per month, per trajectory. */
export function Costs({ metrics }: { metrics: MetricsJson }) {
  const products = Object.keys(metrics.products);
  const chart = useMemo(
    () =>
      seriesChart(
        metrics.years,
        products.map((p) => ({
          name: p,
          values: metrics.years.map((y) => metrics.products[p]?.cost?.[y] ?? null),
        })),
        { type: 'bar', stacked: true, unit: 'euro' },
      ),
    [metrics, products],
  );
  if (metrics.meta.costSource === 'none') {
    return (
      <section>
        <h2>Kosten</h2>
        <p>
          Deze gegevens hebben geen kostenregels en geen tarieven. Importeer een blad met
          declaraties of met tarieven (product, jaar, tarief).
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="kosten-titel">
      <h2 id="kosten-titel">Kosten</h2>
      <p className="caption">Bron: {costSourceLabels[metrics.meta.costSource]} (nooit gemengd).</p>
      <EChart option={chart} label="Gestapeld staafdiagram: kosten per product per jaar" />
      <FigureTable
        caption="Per jaar"
        head={[
          'Jaar',
          'Kosten',
          ...products,
          'Per cliënt per maand',
          'Per beëindigd traject (gem.)',
          '(mediaan)',
        ]}
        rows={metrics.years.map((y) => ({
          key: y,
          label: y,
          cells: [
            formatFigure(metrics.byYear[y]?.costTotal, 'euro'),
            ...products.map((p) => formatFigure(metrics.products[p]?.cost?.[y], 'euro')),
            formatFigure(metrics.byYear[y]?.costPerClientMonth, 'euroCents'),
            formatFigure(metrics.costPerTrajectory[y]?.mean, 'euro'),
            formatFigure(metrics.costPerTrajectory[y]?.median, 'euro'),
          ],
        }))}
      />
      <p className="caption">
        Kosten per cliënt per maand: kosten in het jaar gedeeld door het aantal cliënt-maanden met
        netto kosten boven nul. Kosten per traject: van trajecten die in dat jaar begonnen en
        beëindigd zijn.
      </p>
    </section>
  );
}
