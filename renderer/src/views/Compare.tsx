import { useMemo, useState } from 'react';
import type { CompareJson } from '../../../shared/compare/compare';
import { similarMunicipalities } from '../../../shared/compare/similar';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { compareLines } from '../charts/compareChart';
import { EChart } from '../charts/EChart';
import { formatDate, formatFigure, formatNumber } from '../format';
import { msg, t } from '../i18n/i18n';
import { useApp, usePick } from '../state/store';
import { filterList } from './Caption';
import { CompareFigures } from './CompareFigures';
import { closeOnEscape } from './closeOnEscape';
import { partialYear, yearLabel } from './partialYear';
import { useEveryFigure } from './useEveryFigure';

const rate = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : formatNumber(v, true);

/** The number columns of the rates table. */
const rateHeads = [
  msg('Inwoners'),
  msg('Cliënten'),
  msg('Cliënten per 1.000'),
  msg('Instroom per 1.000'),
  msg('Uitstroom per 1.000'),
  msg('Kosten per inwoner'),
  msg('Index'),
  msg('Rang'),
] as const;

/** The municipality a row belongs to (`GM0505`, `GM0505@StatLine`, `GM0505#Dordrecht 2024`). */
const homeOf = (code: string) => code.split(/[@#]/)[0] as string;

/**
 * Rows in the order of the comparison, each municipality's published figures and other
 * datasets' rows right after its own, the region last.
 */
function rowOrder(data: CompareJson, chosen: readonly string[]): string[] {
  const order = Object.keys(data.municipalities);
  const firstOf = new Map<string, number>();
  for (const [k, code] of order.entries())
    if (!firstOf.has(homeOf(code))) firstOf.set(homeOf(code), k);
  return [...chosen].sort(
    (a, b) =>
      (firstOf.get(homeOf(a)) ?? 0) - (firstOf.get(homeOf(b)) ?? 0) ||
      order.indexOf(a) - order.indexOf(b),
  );
}

/** Other stored datasets to set beside this one, computed the same way. */
function ReferenceDatasets({ shown }: { shown: string[] }) {
  const { datasets, compareWith } = usePick('datasets', 'compareWith');
  const activeId = useApp((s) => s.active?.result.dataset?.id ?? null);
  const others = datasets.filter((d) => d.id !== activeId);
  if (others.length === 0) return null;
  const toggle = (id: string) =>
    void compareWith(shown.includes(id) ? shown.filter((x) => x !== id) : [...shown, id]);
  return (
    <fieldset className="choices" data-testid="reference-datasets">
      <legend>{t('Andere gegevenssets ernaast (zelfde definities)')}</legend>
      {others.map((d) => (
        <label key={d.id}>
          <input type="checkbox" checked={shown.includes(d.id)} onChange={() => toggle(d.id)} />{' '}
          {d.name}
        </label>
      ))}
    </fieldset>
  );
}

/** Vergelijking: municipalities side by side per 1,000 inhabitants, with index and rank. */
export function Compare({ data, metrics }: { data: CompareJson; metrics: MetricsJson }) {
  const filters = filterList(metrics);
  const codes = Object.keys(data.municipalities);
  const registrations = codes.filter((c) => data.municipalities[c]?.kind !== 'published');
  const [chosen, setChosen] = useState<string[]>(registrations);
  // Rows of another dataset come and go with its checkbox: shown at once when added.
  const datasetIds = useApp((s) => s.datasets);
  const shownDatasets = datasetIds
    .filter((d) => codes.some((c) => c.endsWith(`#${d.name}`)))
    .map((d) => d.id);
  const [seen, setSeen] = useState(codes);
  if (seen.join() !== codes.join()) {
    setSeen(codes);
    setChosen((list) => [
      ...list.filter((c) => codes.includes(c)),
      ...codes.filter((c) => !seen.includes(c) && data.municipalities[c]?.kind !== 'published'),
    ]);
  }
  // A year up to the peildatum is named so, and the last whole year is shown first:
  // half a year's rates never stand as the comparison's default.
  const partial = partialYear(metrics);
  const wholeYears = data.meta.years.filter((y) => y !== partial?.category);
  const [year, setYear] = useState(wholeYears.at(-1) ?? data.meta.years.at(-1) ?? '');
  // Every figure per municipality is computed when the screen asks for it, not with every
  // filter change: the rates come with the figures, the rest follows here.
  const hasFigures = useEveryFigure(data);
  const isPublished = (code: string) => data.municipalities[code]?.kind === 'published';
  // A source covering the country: its municipalities behind a disclosure, the most alike proposed.
  const manyPublished = codes.filter(isPublished).length > 12;
  const similar = useMemo(() => similarMunicipalities(data, year, 5), [data, year]);
  /** A municipality's checkbox: its name, and the source of a published one. */
  const choice = (code: string) => {
    const m = data.municipalities[code];
    return (
      <label key={code}>
        <input type="checkbox" checked={chosen.includes(code)} onChange={() => toggle(code)} />{' '}
        {m?.kind === 'region' ? t(m.name) : m?.name}
        {m?.kind === 'published' && (
          <span className="muted"> {t('(gepubliceerd: {source})', { source: m.source })}</span>
        )}
      </label>
    );
  };
  const toggle = (code: string) =>
    setChosen((list) => (list.includes(code) ? list.filter((c) => c !== code) : [...list, code]));
  const cut = partial?.category ?? null;
  const rates = useMemo(
    () => compareLines(data, chosen, 'clientsPer1000', t('per 1.000'), cut),
    [data, chosen, cut],
  );
  const index = useMemo(
    () => compareLines(data, chosen, 'clientsPer1000Index', '', cut),
    [data, chosen, cut],
  );

  return (
    <section aria-labelledby="vergelijking-titel">
      <h2 id="vergelijking-titel">{t('Vergelijking per 1.000 inwoners')}</h2>
      <ReferenceDatasets shown={shownDatasets} />
      {filters && (
        <p data-testid="compare-filters">
          {t('Filter: {filters}.', { filters })}{' '}
          {chosen.some((c) => data.municipalities[c]?.kind === 'published') && (
            <strong className="warning-inline" role="note">
              {t(
                'Gepubliceerde cijfers gelden voor alle Wmo-cliënten en delen dit filter niet: zet ze niet naast de gefilterde cijfers.',
              )}
            </strong>
          )}
        </p>
      )}
      {similar.length > 0 && (
        <div className="similar" data-testid="compare-similar">
          <p>
            {t(
              'Deze gemeenten uit de gepubliceerde cijfers lijken qua inwoners en stedelijkheid het meest op de uwe:',
            )}{' '}
            {similar
              .map((m) =>
                t('{name} ({inhabitants} inwoners, lijkt op {like})', {
                  name: m.name,
                  inhabitants: formatFigure(m.inhabitants, 'count'),
                  like: m.like,
                }),
              )
              .join('; ')}
            .
          </p>
          <button
            type="button"
            className="secondary small"
            onClick={() =>
              setChosen((list) => [
                ...list,
                ...similar.map((m) => m.key).filter((key) => !list.includes(key)),
              ])
            }
          >
            {t('Zet ze ernaast')}
          </button>
        </div>
      )}
      <fieldset className="choices">
        <legend>{t('Gemeenten')}</legend>
        {(manyPublished ? codes.filter((c) => !isPublished(c)) : codes).map(choice)}
      </fieldset>
      {manyPublished && (
        <details className="filter" data-testid="compare-published" onKeyDown={closeOnEscape}>
          <summary>
            {t('Gepubliceerde cijfers van andere gemeenten ({n}, {chosen} gekozen)', {
              n: codes.filter(isPublished).length,
              chosen: chosen.filter(isPublished).length,
            })}
          </summary>
          <div className="filter-options">{codes.filter(isPublished).map(choice)}</div>
        </details>
      )}
      <label>
        {t('Jaar')}{' '}
        <select value={year} data-testid="compare-year" onChange={(e) => setYear(e.target.value)}>
          {data.meta.years.map((y) => (
            <option key={y} value={y}>
              {yearLabel(y, partial)}
            </option>
          ))}
        </select>
      </label>
      <div className="table-wide">
        <table className="table" data-testid="compare-table">
          <caption>
            {t(
              'Cliënten, instroom en uitstroom per 1.000 inwoners in {year}; index: cliënten per 1.000 t.o.v. {base} = 100',
              { year: yearLabel(year, partial), base: data.meta.baseYear ?? '' },
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Gemeente')}</th>
              {rateHeads.map((h) => (
                <th key={h} scope="col" className="num">
                  {t(h)}
                </th>
              ))}
              <th scope="col">{t('Soort cijfer')}</th>
            </tr>
          </thead>
          <tbody>
            {rowOrder(data, chosen).map((code) => {
              const m = data.municipalities[code];
              const f = m?.byYear[year];
              const kind =
                m?.kind === 'published'
                  ? t('gepubliceerd cijfer ({source})', { source: m.source })
                  : t('zelfde definities');
              return (
                <tr key={code} data-municipality={code} data-kind={m?.kind}>
                  <th scope="row">{m?.kind === 'region' ? t(m.name) : m?.name}</th>
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
                  <td title={kind}>{kind}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="caption">
        {t(
          'Peildatum {date} voor alle gemeenten; “zelfde definities” is berekend uit de registraties met de definities van deze app (gemeente van de toewijzing, anders van de cliënt). Gepubliceerde cijfers volgen de definities van hun bron en staan er alleen naast.',
          { date: formatDate(data.meta.peildatum) },
        )}
        {partial &&
          ` ${t('{year} telt maar een deel van het jaar en staat daarom niet in de grafieken.', { year: partial.label })}`}
      </p>
      {hasFigures ? (
        <CompareFigures
          data={data}
          codes={rowOrder(data, chosen)}
          year={year}
          wholeYears={wholeYears}
          yearText={yearLabel(year, partial)}
        />
      ) : (
        <p className="muted" data-testid="compare-figures-waiting">
          {t('De overige cijfers per gemeente worden berekend…')}
        </p>
      )}
      <h3>{t('Cliënten per 1.000 inwoners')}</h3>
      <EChart
        option={rates}
        name="vergelijking-per-1000"
        label={t('Lijngrafiek: cliënten per 1.000 inwoners per jaar per gemeente')}
      />
      <h3>{t('Index (basisjaar {base} = 100)', { base: data.meta.baseYear ?? '' })}</h3>
      <EChart
        option={index}
        name="vergelijking-index"
        label={t('Lijngrafiek: index van cliënten per 1.000 inwoners')}
      />
    </section>
  );
}
