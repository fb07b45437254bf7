import { useMemo, useState } from 'react';
import { type CompareJson, REGION } from '../../../shared/compare/compare';
import {
  type CompareFigure,
  compareFigureChoices,
  compareRows,
  differenceText,
  figureLabel,
  standOutSentences,
} from '../../../shared/compare/figureChoices';
import { Publisher } from '../../../shared/report/publish';
import { SECRET_CELL } from '../../../shared/report/text';
import { formatFigure } from '../format';
import { msg, t } from '../i18n/i18n';
import { useApp } from '../state/store';
import { Sparkline } from './Sparkline';

const groupNames = {
  rates: msg('Per inwoner'),
  figures: msg('Cijfers'),
  shares: msg('Aandelen van de cliënten'),
} as const;

/**
 * Every figure beside the region (issue 20): a figure picker, per municipality
 * its value, the region's, the difference from the region and the rank, its
 * course over the whole years, and sentences naming who stands out. In the
 * publication version small numbers are hidden as in the brief.
 */
export function CompareFigures({
  data,
  codes,
  year,
  wholeYears,
  yearText,
}: {
  data: CompareJson;
  /** The chosen rows, in the table's order. */
  codes: readonly string[];
  year: string;
  /** The years the small lines draw: whole ones only. */
  wholeYears: readonly string[];
  yearText: string;
}) {
  const language = useApp((s) => s.language);
  const choices = useMemo(() => compareFigureChoices(data), [data]);
  const [id, setId] = useState('durationMedian');
  const [publishing, setPublishing] = useState(false);
  const figure = choices.find((f) => f.id === id) ?? (choices[0] as CompareFigure);
  const p = useMemo(() => new Publisher(publishing ? 'publicatie' : 'intern'), [publishing]);
  // A published source only where it has the figure.
  const shownCodes = codes.filter((c) => {
    const m = data.municipalities[c];
    return m?.kind !== 'published' || figure.value(m, year, p) !== undefined;
  });
  const { rows, region } = compareRows(data, figure, year, shownCodes, p);
  const sentences = standOutSentences(data, figure, year, shownCodes, p, language);
  const show = (v: number | null | undefined) =>
    v === null ? SECRET_CELL : formatFigure(v, figure.unit);
  const label = figureLabel(figure, language);
  // Small multiples on one scale: a higher line is a higher value in every row.
  const courses = new Map(
    rows.map((r) => {
      const m = data.municipalities[r.code];
      return [
        r.code,
        wholeYears.map((y) => {
          const v = m ? figure.value(m, y, p) : undefined;
          return typeof v === 'number' ? v : null;
        }),
      ];
    }),
  );
  const all = [...courses.values()].flat().filter((v): v is number => v !== null);
  const range = all.length > 0 ? ([Math.min(...all), Math.max(...all)] as const) : undefined;

  return (
    <section aria-labelledby="elk-cijfer-titel" data-testid="compare-figures">
      <h3 id="elk-cijfer-titel">{t('Elk cijfer naast de regio')}</h3>
      <div className="choice-row">
        <label>
          {t('Cijfer')}{' '}
          <select
            value={figure.id}
            onChange={(e) => setId(e.target.value)}
            data-testid="compare-figure"
          >
            {(['rates', 'figures', 'shares'] as const).map((group) => (
              <optgroup key={group} label={t(groupNames[group])}>
                {choices
                  .filter((f) => f.group === group)
                  .map((f) => (
                    <option key={f.id} value={f.id}>
                      {figureLabel(f, language)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={publishing}
            onChange={(e) => setPublishing(e.target.checked)}
          />{' '}
          {t('Publicatieversie (kleine aantallen geheim)')}
        </label>
      </div>
      {sentences.length > 0 ? (
        <ul data-testid="compare-standout">
          {sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      ) : (
        <p className="muted" data-testid="compare-standout">
          {t('Geen gemeente wijkt 10% (bij een percentage 2 procentpunt) of meer af van de regio.')}
        </p>
      )}
      <div className="table-wide">
        <table className="table" data-testid="compare-figure-table">
          <caption>
            {figure.overall
              ? t('{figure}: tot de peildatum, naast de regio', { figure: label })
              : t('{figure} in {year}, naast de regio', { figure: label, year: yearText })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Gemeente')}</th>
              <th scope="col" className="num">
                {label}
              </th>
              <th scope="col" className="num">
                {t('Regio')}
              </th>
              <th scope="col" className="num">
                {t('Verschil met de regio')}
              </th>
              <th scope="col" className="num">
                {t('Rang')}
              </th>
              <th scope="col">
                {t('Verloop {from}–{to}', {
                  from: wholeYears[0] ?? '',
                  to: wholeYears.at(-1) ?? '',
                })}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const course = courses.get(r.code) ?? [];
              const m = data.municipalities[r.code];
              return (
                <tr key={r.code} data-municipality={r.code} data-kind={m?.kind}>
                  <th scope="row">
                    {m?.kind === 'region' ? t(m.name) : m?.name}
                    {m?.kind === 'published' && (
                      <span className="muted">
                        {' '}
                        {t('(gepubliceerd: {source})', { source: m.source })}
                      </span>
                    )}
                  </th>
                  <td className="num" data-value={r.value ?? ''}>
                    {show(r.value)}
                  </td>
                  <td className="num">{r.code === REGION ? '' : show(region)}</td>
                  <td className="num">{differenceText(figure.unit, r.difference, language)}</td>
                  <td className="num">{r.rank ?? '–'}</td>
                  <td>
                    {!figure.overall && (
                      <Sparkline years={wholeYears} values={course} range={range} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="caption">
        {t(
          'Verschil met de regio: in procentpunten bij een percentage, anders in %. Rang onder de registraties (1 = hoogste). De mediane duur en de leeftijd bij start zijn per startjaar.',
        )}
        {publishing &&
          ` ${t('Publicatieversie: aantallen afgerond op vijftallen, cijfers van 0 tot en met 7 cliënten geheim (.), percentages uit de afgeronde aantallen.')}`}
      </p>
    </section>
  );
}
