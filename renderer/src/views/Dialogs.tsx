import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import type { DrillMetric, DrillResult } from '../../../shared/metrics/drill';
import { formatDate, formatFigure } from '../format';
import { msg, t } from '../i18n/i18n';
import { groupLabel } from '../i18n/labels';
import { type AboutInfo, aboutInfo } from '../platform';
import { FigureTable } from './FigureTable';

/** A modal <dialog>: Esc and the close button close it, focus returns where it was. */
function Modal({
  title,
  open,
  onClose,
  children,
  wide = false,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className={wide ? 'dialog wide' : 'dialog'}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <button type="button" onClick={onClose}>
        {t('Sluiten')}
      </button>
    </dialog>
  );
}

export function AboutDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [info, setInfo] = useState<AboutInfo | null>(null);
  useEffect(() => {
    if (open) void aboutInfo().then(setInfo);
  }, [open]);
  return (
    <Modal title={t('Over Begeleidingsmonitor')} open={open} onClose={onClose}>
      <p>
        {t('Versie {version}. Sturen op Wmo individuele begeleiding (IB0–IB3).', {
          version: info?.version ?? '…',
        })}
      </p>
      <p>
        {t(
          'Niets verlaat deze computer: de app doet geen netwerkaanvragen. Uw gegevens staan in {where}. Een geldig BSN wordt bij het inlezen vervangen door een pseudoniem en nooit bewaard.',
          { where: info?.where ?? '…' },
        )}
      </p>
    </Modal>
  );
}

/** The definitions of metrics.md in plain words; `term` is the anchor a caption links to. */
export const definitions: { term: string; title: string; text: string }[] = [
  {
    term: 'traject',
    title: msg('Traject'),
    text: msg(
      'Een aaneengesloten reeks IB-toewijzingen van één cliënt waarin tussen het einde van de ene en de start van de volgende hooguit 31 dagen zitten (instelbaar). Overlappende en aansluitende toewijzingen, ook bij andere aanbieders of producten, horen bij één traject.',
    ),
  },
  {
    term: 'instroom',
    title: msg('Instroom'),
    text: msg(
      'Trajecten die in de periode beginnen. Uitgesplitst naar product en type aanbieder van de eerste toewijzing van het traject (zoals de filters ook kiezen).',
    ),
  },
  {
    term: 'uitstroom',
    title: msg('Uitstroom'),
    text: msg(
      'Beëindigde trajecten die in de periode eindigen. Een traject dat na de peildatum doorloopt, is lopend.',
    ),
  },
  {
    term: 'clienten',
    title: msg('Cliënten'),
    text: msg(
      'Verschillende cliënten met minstens één dag IB-toewijzing in de periode (tot en met de peildatum). Leeftijd op 1 juli van het jaar.',
    ),
  },
  {
    term: 'uitstroompercentage',
    title: msg('Uitstroompercentage'),
    text: msg('Uitstroom in het jaar gedeeld door de cliënten in het jaar.'),
  },
  {
    term: 'lopend',
    title: msg('Lopend op 31-12'),
    text: msg(
      'Cliënten met een IB-toewijzing op 31 december (of op de peildatum in het laatste jaar).',
    ),
  },
  {
    term: 'duur',
    title: msg('Mediane trajectduur'),
    text: msg(
      'Kaplan–Meier-mediaan: de kortste duur waarbij naar schatting de helft van de trajecten beëindigd is; lopende trajecten tellen mee tot de peildatum. “–” betekent: nog niet de helft beëindigd. Duurklassen: beëindigde trajecten naar hun duur, lopende naar hun duur tot nu.',
    ),
  },
  {
    term: 'kosten-per-client',
    title: msg('Kosten per cliënt per maand'),
    text: msg(
      'Kosten in het jaar gedeeld door het aantal cliënt-maanden met netto kosten boven nul (creditregels worden per cliënt en maand verrekend).',
    ),
  },
  {
    term: 'kosten',
    title: msg('Kosten'),
    text: msg(
      'Uit kostenregels als die er zijn; anders tarief × (dagen toewijzing in de maand / dagen in de maand). Nooit gemengd. Eigen tarieven uit de instellingen gaan voor geïmporteerde.',
    ),
  },
  {
    term: 'aanbieders',
    title: msg('Aanbieders'),
    text: msg(
      'Cliënten per type aanbieder: een cliënt met aanbieders in twee groepen telt in beide. Groeiconcentratie: aanbieders die tussen het eerste en laatste jaar met minstens 100 cliënten groeiden, en hun aandeel in de totale groei.',
    ),
  },
  {
    term: 'overgangen',
    title: msg('Overgangen'),
    text: msg(
      'Opeenvolgende toewijzingen binnen één traject met een ander product; afschaling is een overgang naar een lichter product.',
    ),
  },
  {
    term: 'peildatum',
    title: msg('Peildatum'),
    text: msg(
      'De dag die de gegevens beschrijven: standaard de laatste startdatum of het einde van de laatste kostenperiode. Wat erna begint, telt niet mee.',
    ),
  },
];

export function HowCalculatedDialog({
  term,
  onClose,
}: {
  term: string | null;
  onClose: () => void;
}) {
  const list = useRef<HTMLDListElement>(null);
  useEffect(() => {
    if (!term) return;
    const item = list.current?.querySelector<HTMLElement>(`[data-term="${term}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    item?.focus();
  }, [term]);
  return (
    <Modal title={t('Hoe berekend?')} open={term !== null} onClose={onClose}>
      <dl className="definitions" ref={list}>
        {definitions.map((d) => (
          <div
            key={d.term}
            data-term={d.term}
            tabIndex={-1}
            className={d.term === term ? 'current' : undefined}
          >
            <dt>{t(d.title)}</dt>
            <dd>{t(d.text)}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}

export const drillTitles: Record<DrillMetric, string> = {
  clients: msg('Cliënten'),
  inflow: msg('Instroom'),
  outflow: msg('Uitstroom'),
  activeAtYearEnd: msg('Lopend op 31-12'),
  reentry: msg('Heraanmeldingen'),
};

/** The trajectories behind a figure: a sortable, virtualised list by pseudonym. */
export function DrillDialog({
  result,
  onClose,
}: {
  result: DrillResult | null;
  onClose: () => void;
}) {
  const q = result?.query;
  return (
    <Modal
      wide
      title={q ? `${t(drillTitles[q.metric])} ${q.period}` : ''}
      open={result !== null}
      onClose={onClose}
    >
      {result && (
        <>
          <p data-testid="drill-summary">
            {t('{n} trajecten van {c} cliënten.', {
              n: formatFigure(result.trajectories, 'count'),
              c: formatFigure(result.clients, 'count'),
            })}{' '}
            {result.truncated &&
              t('De eerste {shown} staan hieronder.', {
                shown: formatFigure(result.rows.length, 'count'),
              })}{' '}
            {t('Cliënten staan er met hun pseudoniem of cliëntnummer, nooit met een BSN.')}
          </p>
          <FigureTable
            testId="drill-table"
            caption={t('Trajecten')}
            exportName={`trajecten-${q?.metric}-${q?.period}`}
            textColumns={[4, 5, 6, 7]}
            head={[
              t('Cliënt'),
              t('Start'),
              t('Einde'),
              t('Dagen'),
              t('Producten'),
              t('Eerste aanbieder'),
              t('Type aanbieder'),
              t('Gemeente'),
            ]}
            rows={result.rows.map((r, k) => ({
              key: String(k),
              label: r.client,
              cells: [
                formatDate(r.start),
                r.end ? formatDate(r.end) : t('lopend'),
                formatFigure(r.days, 'days'),
                r.products,
                r.provider,
                groupLabel(r.group),
                r.municipality ?? '',
              ],
              values: [
                r.client,
                r.start,
                r.end,
                r.days,
                r.products,
                r.provider,
                groupLabel(r.group),
                r.municipality,
              ],
            }))}
          />
        </>
      )}
    </Modal>
  );
}
