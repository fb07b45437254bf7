import { useMemo, useState } from 'react';
import type { CompareJson } from '../../../shared/compare/compare';
import { compareLines } from '../charts/compareChart';
import { EChart } from '../charts/EChart';
import { formatFigure } from '../format';

const fixed2 = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const rate = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : fixed2.format(v);

/** Vergelijking: municipalities side by side per 1,000 inhabitants, with index and rank. */
export function Compare({ data }: { data: CompareJson }) {
  const codes = Object.keys(data.municipalities);
  const registrations = codes.filter((c) => data.municipalities[c]?.kind !== 'published');
  const [chosen, setChosen] = useState<string[]>(registrations);
  const [year, setYear] = useState(data.meta.years[data.meta.years.length - 1] ?? '');
  const toggle = (code: string) =>
    setChosen((list) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]));
  const rates = useMemo(
    () => compareLines(data, chosen, 'clientsPer1000', 'per 1.000'),
    [data, chosen],
  );
  const index = useMemo(
    () => compareLines(data, chosen, 'clientsPer1000Index', ''),
    [data, chosen],
  );

  return (
    <section aria-labelledby="vergelijking-titel">
      <h2 id="vergelijking-titel">Vergelijking per 1.000 inwoners</h2>
      <fieldset className="choices">
        <legend>Gemeenten</legend>
        {codes.map((code) => {
          const m = data.municipalities[code];
          return (
            <label key={code}>
              <input
                type="checkbox"
                checked={chosen.includes(code)}
                onChange={() => toggle(code)}
              />{' '}
              {m?.name}
              {m?.kind === 'published' && (
                <span className="muted"> (gepubliceerd: {m.source})</span>
              )}
            </label>
          );
        })}
      </fieldset>
      <label>
        Jaar{' '}
        <select value={year} onChange={(e) => setYear(e.target.value)}>
          {data.meta.years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>
      <table className="table" data-testid="compare-table">
        <caption>
          Cliënten, instroom en uitstroom per 1.000 inwoners in {year}; index: cliënten per 1.000
          t.o.v. {data.meta.baseYear} = 100
        </caption>
        <thead>
          <tr>
            <th scope="col">Gemeente</th>
            <th scope="col" className="num">
              Inwoners
            </th>
            <th scope="col" className="num">
              Cliënten
            </th>
            <th scope="col" className="num">
              Cliënten per 1.000
            </th>
            <th scope="col" className="num">
              Instroom per 1.000
            </th>
            <th scope="col" className="num">
              Uitstroom per 1.000
            </th>
            <th scope="col" className="num">
              Kosten per inwoner
            </th>
            <th scope="col" className="num">
              Index
            </th>
            <th scope="col" className="num">
              Rang
            </th>
            <th scope="col">Soort cijfer</th>
          </tr>
        </thead>
        <tbody>
          {chosen.map((code) => {
            const m = data.municipalities[code];
            const f = m?.byYear[year];
            return (
              <tr key={code} data-municipality={code} data-kind={m?.kind}>
                <th scope="row">{m?.name}</th>
                <td className="num">{formatFigure(f?.inhabitants, 'count')}</td>
                <td className="num">{formatFigure(f?.clients, 'count')}</td>
                <td
                  className="num"
                  data-figure="clientsPer1000"
                  data-value={f?.clientsPer1000 ?? ''}
                >
                  {rate(f?.clientsPer1000)}
                </td>
                <td className="num">{rate(f?.inflowPer1000)}</td>
                <td className="num">{rate(f?.outflowPer1000)}</td>
                <td className="num">{formatFigure(f?.costPerInhabitant, 'euroCents')}</td>
                <td className="num">{formatFigure(f?.clientsPer1000Index, 'years')}</td>
                <td className="num">{f?.rank ?? '–'}</td>
                <td>
                  {m?.kind === 'published'
                    ? `gepubliceerd cijfer (${m.source})`
                    : 'zelfde definities'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="caption">
        Peildatum {data.meta.peildatum.split('-').reverse().join('-')} voor alle gemeenten; “zelfde
        definities” is berekend uit de registraties met de definities van deze app (gemeente van de
        toewijzing, anders van de cliënt). Gepubliceerde cijfers volgen de definities van hun bron
        en staan er alleen naast.
      </p>
      <h3>Cliënten per 1.000 inwoners</h3>
      <EChart
        option={rates}
        label="Lijngrafiek: cliënten per 1.000 inwoners per jaar per gemeente"
      />
      <h3>Index (basisjaar {data.meta.baseYear} = 100)</h3>
      <EChart option={index} label="Lijngrafiek: index van cliënten per 1.000 inwoners" />
    </section>
  );
}
