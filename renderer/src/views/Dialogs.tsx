import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { definitions, yearFigure } from '../../../shared/figures/catalogue';
import type { DrillResult } from '../../../shared/metrics/drill';
import { formatDate, formatFigure } from '../format';
import { t } from '../i18n/i18n';
import { groupLabel, reasonsLabel, referrerLabel } from '../i18n/labels';
import { type AboutInfo, aboutInfo } from '../platform';
import { useApp } from '../state/store';
import { FigureTable } from './FigureTable';

/** A <dialog> element's ref that shows it as a modal while `open`, and closes it after. */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}

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
  const ref = useModalDialog(open);
  const titleId = useId();
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
          'Niets verlaat deze computer: de app doet geen netwerkaanvragen. Uw gegevens staan in {where}. Een BSN (in elke schrijfwijze, ook met een tikfout) wordt bij het inlezen vervangen door een pseudoniem en nooit bewaard.',
          { where: info?.where ?? '…' },
        )}
      </p>
    </Modal>
  );
}

export function HowCalculatedDialog({
  term,
  onClose,
}: {
  term: string | null;
  onClose: () => void;
}) {
  const list = useRef<HTMLDListElement>(null);
  // The definitions say the trajectory gap in force, not the default.
  const gapDays = useApp((s) => s.settings.gapDays);
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
            key={d.id}
            data-term={d.id}
            tabIndex={-1}
            className={d.id === term ? 'current' : undefined}
          >
            <dt>{t(d.term.nl)}</dt>
            <dd>{t(d.text.nl, { gapDays })}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}

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
      title={
        q
          ? [
              `${t(yearFigure(q.metric).label.nl)} ${q.period}`,
              q.provider,
              q.reasons && reasonsLabel(q.reasons),
              q.referrer !== undefined && referrerLabel(q.referrer),
            ]
              .filter(Boolean)
              .join(' · ')
          : ''
      }
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
