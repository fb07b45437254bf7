import type { MetricsJson } from '../../../shared/metrics/compute';
import { formatFigure } from '../format';
import { FigureTable } from './FigureTable';

/** Cliënten: age bands per year, mean age at start, gender. */
export function Clients({ metrics }: { metrics: MetricsJson }) {
  const { years, age } = metrics;
  return (
    <section aria-labelledby="clienten-titel">
      <h2 id="clienten-titel">Cliënten</h2>
      <FigureTable
        caption="Cliënten per leeftijdsklasse (leeftijd op 1 juli van het jaar)"
        head={['Leeftijd', ...years]}
        rows={age.bands.map((b) => ({
          key: b,
          label: b,
          cells: years.map((y) => formatFigure(age.clientsByBand[b]?.[y], 'count')),
        }))}
      />
      <FigureTable
        caption="Instroom: leeftijd bij de start van het traject"
        head={['Startjaar', 'Gemiddelde leeftijd', ...age.bands]}
        rows={years.map((y) => ({
          key: y,
          label: y,
          cells: [
            formatFigure(metrics.byYear[y]?.meanAgeAtStart, 'years'),
            ...age.bands.map((b) => formatFigure(age.inflowByBand[b]?.[y], 'count')),
          ],
        }))}
      />
      <FigureTable
        caption="Geslacht van cliënten (aandeel van wie het bekend is)"
        head={['Jaar', 'Man', 'Vrouw', 'Anders/onbekend (x)', 'Niet geregistreerd']}
        rows={years.map((y) => {
          const g = metrics.gender[y];
          return {
            key: y,
            label: y,
            cells: [
              formatFigure(g?.mPct, 'percent'),
              formatFigure(g?.vPct, 'percent'),
              formatFigure(g?.xPct, 'percent'),
              formatFigure(g?.unknown, 'count'),
            ],
          };
        })}
      />
    </section>
  );
}
