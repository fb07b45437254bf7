import { useMemo } from 'react';
import type { MetricsJson } from '../../../shared/metrics/compute';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatFigure } from '../format';
import { costSourceLabels } from '../i18n/nl';

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
      <table className="table">
        <caption>Per jaar</caption>
        <thead>
          <tr>
            <th scope="col">Jaar</th>
            <th scope="col" className="num">
              Kosten
            </th>
            {products.map((p) => (
              <th scope="col" className="num" key={p}>
                {p}
              </th>
            ))}
            <th scope="col" className="num">
              Per cliënt per maand
            </th>
            <th scope="col" className="num">
              Per beëindigd traject (gem.)
            </th>
            <th scope="col" className="num">
              (mediaan)
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.years.map((y) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              <td className="num">{formatFigure(metrics.byYear[y]?.costTotal, 'euro')}</td>
              {products.map((p) => (
                <td className="num" key={p}>
                  {formatFigure(metrics.products[p]?.cost?.[y], 'euro')}
                </td>
              ))}
              <td className="num">
                {formatFigure(metrics.byYear[y]?.costPerClientMonth, 'euroCents')}
              </td>
              <td className="num">{formatFigure(metrics.costPerTrajectory[y]?.mean, 'euro')}</td>
              <td className="num">{formatFigure(metrics.costPerTrajectory[y]?.median, 'euro')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="caption">
        Kosten per cliënt per maand: kosten in het jaar gedeeld door het aantal cliënt-maanden met
        netto kosten boven nul. Kosten per traject: van trajecten die in dat jaar begonnen en
        beëindigd zijn.
      </p>
    </section>
  );
}
