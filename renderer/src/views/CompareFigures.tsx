import { useMemo, useState } from 'react';
import { type CompareJson, REGION } from '../../../shared/compare/compare';
import {
  type CompareFigure,
  compareFigureChoices,
  compareRows,
  differenceFromRegion,
  differenceText,
  figureLabel,
  standOutSentences,
} from '../../../shared/compare/figureChoices';
import { Publisher } from '../../../shared/report/publish';
import { SECRET_CELL, type Shown } from '../../../shared/report/text';
import { formatFigure } from '../format';
import { msg, t } from '../i18n/i18n';
import { useApp } from '../state/store';
import { FigureTable } from './FigureTable';
import { Sparkline } from './Sparkline';

const intern = new Publisher('intern');
const publicatie = new Publisher('publicatie');

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
  const p = publishing ? publicatie : intern;
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
  const regionEntry = data.municipalities[REGION];
  const regionOf = (q: Publisher) => (regionEntry ? figure.value(regionEntry, year, q) : undefined);
  const rankOf = (code: string, q: Publisher) =>
    compareRows(data, figure, year, shownCodes, q).rows.find((x) => x.code === code)?.rank ?? null;
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
  // A column for the course only where a row has a line: a figure up to the peildatum has none,
  // nor one known in fewer than two whole years (an empty column reads as missing figures).
  const withCourse =
    !figure.overall &&
    [...courses.values()].some((values) => values.filter((v) => v !== null).length >= 2);

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

      <FigureTable
        testId="compare-figure-table"
        exportName={`vergelijking-${figure.id.replace(/[^a-z0-9]+/gi, '-')}`}
        caption={
          figure.overall
            ? t('{figure}: tot de peildatum, naast de regio', { figure: label })
            : t('{figure} in {year}, naast de regio', { figure: label, year: yearText })
        }
        head={[
          t('Gemeente'),
          label,
          t('Regio'),
          t('Verschil met de regio'),
          t('Rang'),
          ...(withCourse
            ? [t('Verloop {from}–{to}', { from: wholeYears[0] ?? '', to: wholeYears.at(-1) ?? '' })]
            : []),
        ]}
        textColumns={withCourse ? [5] : []}
        rows={rows.map((r) => {
          const m = data.municipalities[r.code];
          const name = m?.kind === 'region' ? t(m.name) : (m?.name ?? r.code);
          const regionCell = r.code === REGION ? null : region;
          // The file holds what the screen shows: its version, and the other one for the other choice.
          const cellsOf = (q: Publisher) => {
            const own = m ? figure.value(m, year, q) : undefined;
            const reg = r.code === REGION ? undefined : regionOf(q);
            const secret = (v: Shown) => (v === null ? SECRET_CELL : (v ?? null));
            return [
              name,
              secret(own),
              secret(reg),
              r.code === REGION ? null : differenceFromRegion(figure.unit, own, reg),
              r.code === REGION ? null : rankOf(r.code, q),
              ...(withCourse ? [null] : []),
            ];
          };
          return {
            key: r.code,
            label: (
              <span data-municipality={r.code} data-kind={m?.kind}>
                {name}
                {m?.kind === 'published' && (
                  <span className="muted">
                    {' '}
                    {t('(gepubliceerd: {source})', { source: m.source })}
                  </span>
                )}
              </span>
            ),
            cells: [
              <span key="v" data-value={r.value ?? ''}>
                {show(r.value)}
              </span>,
              r.code === REGION ? '' : show(regionCell),
              differenceText(figure.unit, r.difference, language),
              r.rank ?? '–',
              ...(withCourse
                ? [
                    <Sparkline
                      key="s"
                      years={wholeYears}
                      values={courses.get(r.code) ?? []}
                      range={range}
                    />,
                  ]
                : []),
            ],
            values: cellsOf(intern),
            published: cellsOf(publicatie),
          };
        })}
      />

      <p className="caption">
        {t(
          'Verschil met de regio: in procentpunten bij een percentage, in jaren bij een leeftijd, anders in %. Rang onder de registraties (1 = hoogste). De mediane duur per startjaar en de leeftijd bij start zijn van wie in dat jaar begon.',
        )}
        {publishing &&
          ` ${t('Publicatieversie: aantallen afgerond op vijftallen, cijfers van 0 tot en met 7 cliënten geheim (.), percentages uit de afgeronde aantallen.')}`}
      </p>
    </section>
  );
}
