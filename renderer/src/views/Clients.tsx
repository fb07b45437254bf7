import type { MetricsJson } from '../../../shared/metrics/compute';
import { formatFigure } from '../format';

/** Cliënten: age bands per year, mean age at start, gender. */
export function Clients({ metrics }: { metrics: MetricsJson }) {
  const bands = metrics.age.bands;
  return (
    <section aria-labelledby="clienten-titel">
      <h2 id="clienten-titel">Cliënten</h2>
      <table className="table">
        <caption>Cliënten per leeftijdsklasse (leeftijd op 1 juli van het jaar)</caption>
        <thead>
          <tr>
            <th scope="col">Leeftijd</th>
            {metrics.years.map((y) => (
              <th scope="col" className="num" key={y}>
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {bands.map((b) => (
            <tr key={b}>
              <th scope="row">{b}</th>
              {metrics.years.map((y) => (
                <td className="num" key={y}>
                  {formatFigure(metrics.age.clientsByBand[b]?.[y], 'count')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table">
        <caption>Instroom: leeftijd bij de start van het traject</caption>
        <thead>
          <tr>
            <th scope="col">Startjaar</th>
            <th scope="col" className="num">
              Gemiddelde leeftijd
            </th>
            {bands.map((b) => (
              <th scope="col" className="num" key={b}>
                {b}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metrics.years.map((y) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              <td className="num">{formatFigure(metrics.byYear[y]?.meanAgeAtStart, 'years')}</td>
              {bands.map((b) => (
                <td className="num" key={b}>
                  {formatFigure(metrics.age.inflowByBand[b]?.[y], 'count')}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table">
        <caption>Geslacht van cliënten (aandeel van wie het bekend is)</caption>
        <thead>
          <tr>
            <th scope="col">Jaar</th>
            <th scope="col" className="num">
              Man
            </th>
            <th scope="col" className="num">
              Vrouw
            </th>
            <th scope="col" className="num">
              Anders/onbekend (x)
            </th>
            <th scope="col" className="num">
              Niet geregistreerd
            </th>
          </tr>
        </thead>
        <tbody>
          {metrics.years.map((y) => {
            const g = metrics.gender[y];
            return (
              <tr key={y}>
                <th scope="row">{y}</th>
                <td className="num">{formatFigure(g?.mPct, 'percent')}</td>
                <td className="num">{formatFigure(g?.vPct, 'percent')}</td>
                <td className="num">{formatFigure(g?.xPct, 'percent')}</td>
                <td className="num">{formatFigure(g?.unknown, 'count')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
