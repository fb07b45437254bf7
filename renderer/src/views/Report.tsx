import { useMemo, useState } from 'react';
import type { CompareJson } from '../../../shared/compare/compare';
import { compareFigureChoices, figureLabel } from '../../../shared/compare/figureChoices';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import {
  type Brief,
  type BriefMode,
  buildBrief,
  defaultCompareFigures,
  type SectionId,
  sectionIds,
  sectionTitles,
} from '../../../shared/report/brief';
import type { ChartImages } from '../../../shared/report/docx';
import { svgChart } from '../../../shared/report/svgChart';
import type { ForecastJson } from '../../../shared/steer/forecast';
import { savedSender, saveSender } from '../briefSender';
import { svgToPng } from '../charts/svgPng';
import { formatDate } from '../format';
import { msg, t } from '../i18n/i18n';
import { printPage, saveBytes } from '../platform';
import { useApp } from '../state/store';
import { filterList } from './Caption';
import { Choices } from './Choices';
import { closeOnEscape } from './closeOnEscape';
import { useEveryFigure } from './useEveryFigure';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

async function chartImages(brief: Brief): Promise<ChartImages> {
  const images = new Map<string, Uint8Array>();
  for (const s of brief.sections)
    for (const c of s.charts) images.set(c.id, await svgToPng(svgChart(c), 720, 360));
  return images;
}

const modeLabels: Record<BriefMode, string> = {
  publicatie: msg('Publicatie (afgerond op 5, 0–7 geheim)'),
  intern: msg('Intern (exact)'),
};

const svgUrl = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * Rapport: the council brief from the figures on screen (same filters and
 * settings), with its sections, years and publication mode chosen here; a
 * preview, and the brief as .docx, .pptx or PDF. The brief itself is in Dutch.
 */
export function Report({
  metrics,
  compare,
  forecast,
  datasetName,
  files,
}: {
  metrics: MetricsJson;
  compare: CompareJson | null;
  forecast: ForecastJson | null;
  datasetName: string;
  files: string[];
}) {
  const language = useApp((s) => s.language);
  const [chosen, setChosen] = useState<SectionId[]>([...sectionIds]);
  const [fromYear, setFromYear] = useState(metrics.years[0] ?? '');
  const [toYear, setToYear] = useState(metrics.years.at(-1) ?? '');
  const [mode, setMode] = useState<BriefMode>('publicatie');
  // Source files' names can say more than the figures (a client's name in a file name): off by default.
  const [nameSources, setNameSources] = useState(false);
  // The letter: subject, date and sender, on the cover.
  const [subject, setSubject] = useState('');
  const [date, setDate] = useState(() => formatDate(new Date().toISOString().slice(0, 10)));
  const [sender, setSender] = useState(savedSender);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The Vergelijking takes the figures chosen here; every figure per municipality is computed once asked.
  useEveryFigure(chosen.includes('vergelijking') ? compare : null);
  const [compareIds, setCompareIds] = useState<string[]>([...defaultCompareFigures]);
  const compareChoices = useMemo(() => (compare ? compareFigureChoices(compare) : []), [compare]);
  const brief = useMemo(
    () =>
      buildBrief(metrics, {
        datasetName,
        sections: chosen,
        fromYear,
        toYear,
        mode,
        compare,
        compareFigures: compareIds,
        forecast,
        ...(nameSources ? { sources: files } : {}),
        ...(subject.trim() ? { title: subject } : {}),
        date,
        sender,
        // The brief is Dutch whatever the interface language.
        scope: filterList(metrics, 'nl'),
      }),
    [
      metrics,
      datasetName,
      chosen,
      fromYear,
      toYear,
      mode,
      compare,
      compareIds,
      forecast,
      files,
      nameSources,
      subject,
      date,
      sender,
    ],
  );
  const stem = `raadsbrief-${brief.years[0] ?? ''}-${brief.years.at(-1) ?? ''}${mode === 'intern' ? '-intern' : ''}`;
  const write = async (kind: 'docx' | 'pptx') => {
    setBusy(true);
    setError(null);
    try {
      const images = await chartImages(brief);
      // The writers (docx, pptxgenjs) load with the first brief, not with the app.
      const bytes =
        kind === 'docx'
          ? await (await import('../../../shared/report/docx')).briefDocx(brief, images)
          : await (await import('../../../shared/report/pptx')).briefPptx(brief, images);
      await saveBytes(`${stem}.${kind}`, bytes, kind === 'docx' ? DOCX : PPTX);
    } catch (e) {
      setError(
        t('Het bestand kon niet worden gemaakt: {message}', { message: (e as Error).message }),
      );
    } finally {
      setBusy(false);
    }
  };
  const toggle = (id: SectionId) =>
    setChosen((list) =>
      list.includes(id)
        ? list.filter((x) => x !== id)
        : sectionIds.filter((x) => x === id || list.includes(x)),
    );

  return (
    <section aria-labelledby="rapport-titel" className="report-screen">
      <h2 id="rapport-titel">{t('Rapport')}</h2>
      {language === 'en' && (
        <p className="caption" data-testid="brief-language">
          {t('De raadsbrief is in het Nederlands: hij is voor de gemeenteraad.')}
        </p>
      )}
      <div className="report-controls">
        <fieldset className="choices inline-form" data-testid="brief-letter">
          <legend>{t('Brief')}</legend>
          <label>
            {t('Onderwerp')}
            <input
              value={subject}
              placeholder={`Individuele begeleiding ${fromYear}–${toYear}`}
              onChange={(e) => setSubject(e.target.value)}
            />
          </label>
          <label>
            {t('Datum')}
            <input value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label>
            {t('Afzender')}
            <input
              value={sender}
              placeholder={t('bijvoorbeeld: team Wmo, gemeente Dordrecht')}
              onChange={(e) => {
                setSender(e.target.value);
                saveSender(e.target.value);
              }}
            />
          </label>
        </fieldset>
        <fieldset className="choices">
          <legend>{t('Hoofdstukken')}</legend>
          {sectionIds.map((id) => {
            // A chapter without its figures is not in the brief, and does not look chosen.
            const unavailable =
              (id === 'vergelijking' && !compare) || (id === 'prognose' && !forecast);
            return (
              <label key={id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(id) && !unavailable}
                  disabled={unavailable}
                  onChange={() => toggle(id)}
                />{' '}
                {t(sectionTitles[id])}
                {id === 'prognose' &&
                  !forecast &&
                  filterList(metrics) !== '' &&
                  ` (${t('alleen zonder filter: de prognose gaat over alle toewijzingen')})`}
              </label>
            );
          })}
        </fieldset>
        <p className="caption">
          {t(
            'Gemeenten, aanbieders en producten kiest u met de filters bovenaan; de brief gaat over wat die laten zien.',
          )}
        </p>
        <fieldset className="choices">
          <legend>{t('Jaren')}</legend>
          <label>
            {t('van')}{' '}
            <select value={fromYear} onChange={(e) => setFromYear(e.target.value)}>
              {metrics.years
                .filter((y) => y <= toYear)
                .map((y) => (
                  <option key={y}>{y}</option>
                ))}
            </select>
          </label>
          <label>
            {t('tot en met')}{' '}
            <select value={toYear} onChange={(e) => setToYear(e.target.value)}>
              {metrics.years
                .filter((y) => y >= fromYear)
                .map((y) => (
                  <option key={y}>{y}</option>
                ))}
            </select>
          </label>
        </fieldset>
        {compare && chosen.includes('vergelijking') && (
          <details className="filter" data-testid="brief-compare-figures" onKeyDown={closeOnEscape}>
            <summary>
              {t('Cijfers in de Vergelijking: {n} gekozen', { n: compareIds.length })}
            </summary>
            <div className="filter-options">
              {compareChoices.map((f) => (
                <label key={f.id}>
                  <input
                    type="checkbox"
                    checked={compareIds.includes(f.id)}
                    onChange={() =>
                      setCompareIds((ids) =>
                        ids.includes(f.id)
                          ? ids.filter((x) => x !== f.id)
                          : compareChoices
                              .map((c) => c.id)
                              .filter((id) => id === f.id || ids.includes(id)),
                      )
                    }
                  />{' '}
                  {figureLabel(f, language)}
                </label>
              ))}
            </div>
          </details>
        )}
        <Choices
          legend={t('Kleine aantallen')}
          name="modus"
          labels={modeLabels}
          value={mode}
          onChange={setMode}
        />
        <label>
          <input
            type="checkbox"
            checked={nameSources}
            onChange={(e) => setNameSources(e.target.checked)}
          />{' '}
          {t('Bronbestanden noemen in de verantwoording')}
        </label>
        <div className="actions">
          <button type="button" disabled={busy} onClick={() => void write('docx')}>
            {t('Word (.docx)')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void write('pptx')}
          >
            {t('PowerPoint (.pptx)')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void printPage()}
          >
            {t('PDF / afdrukken')}
          </button>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </div>
      <article className="brief-preview" lang="nl" data-testid="brief-preview">
        <header className="brief-cover">
          <h1>{brief.title}</h1>
          <p>{brief.datasetName}</p>
          {brief.letter && <p>{brief.letter}</p>}
          {brief.scope && <p>{brief.scope}</p>}
          <p>Peildatum {brief.peildatum}</p>
          <p className="caption">{brief.modeNote}</p>
        </header>
        {brief.sections.map((s) => (
          <section key={s.id} className={s.id === 'verantwoording' ? 'brief-appendix' : undefined}>
            <h3>{s.title}</h3>
            {s.keyFigures.length > 0 && (
              <ul className="figures">
                {s.keyFigures.map((k) => (
                  <li key={k.metric} className="figure">
                    <span className="figure-label">
                      {k.label} {k.year}
                    </span>
                    <span className="figure-value" data-brief-metric={k.metric}>
                      {k.text}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            {s.sentences.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {s.charts.map((c) => (
              <figure key={c.id}>
                <img
                  className="brief-chart"
                  src={svgUrl(svgChart(c))}
                  alt={c.title}
                  width={720}
                  height={360}
                />
                {c.note && <figcaption className="muted">{c.note}</figcaption>}
              </figure>
            ))}
            {s.tables.map((tbl) => (
              // A table with its legend under it: they belong together (and are no sentences).
              <div key={tbl.caption} className="brief-table">
                <table className="table">
                  <caption>{tbl.caption}</caption>
                  <thead>
                    <tr>
                      {tbl.head.map((h, i) => (
                        <th key={h} scope="col" className={i === 0 || tbl.text ? '' : 'num'}>
                          {h}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {tbl.rows.map((r) => (
                      <tr key={r[0]}>
                        {r.map((c, i) =>
                          i === 0 ? (
                            <th key="h" scope="row">
                              {c}
                            </th>
                          ) : (
                            // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed per table
                            <td key={i} className={tbl.text ? '' : 'num'}>
                              {c}
                            </td>
                          ),
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
                {tbl.notes?.map((n) => (
                  <p key={n} className="muted">
                    {n}
                  </p>
                ))}
              </div>
            ))}
          </section>
        ))}
      </article>
    </section>
  );
}
