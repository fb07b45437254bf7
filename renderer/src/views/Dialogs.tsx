import { useEffect, useId, useRef, useState } from 'react';
import { type AboutInfo, aboutInfo } from '../platform';

/** A modal <dialog>: Esc and the close button close it, focus returns where it was. */
function Modal({
  title,
  open,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  children: React.ReactNode;
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
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} className="dialog">
      <h2 id={titleId}>{title}</h2>
      {children}
      <button type="button" onClick={onClose}>
        Sluiten
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
    <Modal title="Over Begeleidingsmonitor" open={open} onClose={onClose}>
      <p>Versie {info?.version ?? '…'}. Sturen op Wmo individuele begeleiding (IB0–IB3).</p>
      <p>
        Niets verlaat deze computer: de app doet geen netwerkaanvragen. Uw gegevens staan in{' '}
        {info?.where ?? '…'}. Een geldig BSN wordt bij het inlezen vervangen door een pseudoniem en
        nooit bewaard.
      </p>
    </Modal>
  );
}

const definitions: [string, string][] = [
  [
    'Traject',
    'Een aaneengesloten reeks IB-toewijzingen van één cliënt waarin tussen het einde van de ene en de start van de volgende hooguit 31 dagen zitten (instelbaar). Overlappende en aansluitende toewijzingen, ook bij andere aanbieders of producten, horen bij één traject.',
  ],
  ['Instroom', 'Trajecten die in de periode beginnen.'],
  [
    'Uitstroom',
    'Beëindigde trajecten die in de periode eindigen. Een traject dat na de peildatum doorloopt, is lopend.',
  ],
  [
    'Cliënten',
    'Verschillende cliënten met minstens één dag IB-toewijzing in de periode (tot en met de peildatum).',
  ],
  ['Uitstroompercentage', 'Uitstroom in het jaar gedeeld door de cliënten in het jaar.'],
  [
    'Lopend op 31-12',
    'Cliënten met een IB-toewijzing op 31 december (of op de peildatum in het laatste jaar).',
  ],
  [
    'Mediane trajectduur',
    'Kaplan–Meier-mediaan: de kortste duur waarbij naar schatting de helft van de trajecten beëindigd is; lopende trajecten tellen mee tot de peildatum. “–” betekent: nog niet de helft beëindigd.',
  ],
  [
    'Kosten per cliënt per maand',
    'Kosten in het jaar gedeeld door het aantal cliënt-maanden met netto kosten boven nul (creditregels worden per cliënt en maand verrekend).',
  ],
  [
    'Kosten',
    'Uit kostenregels als die er zijn; anders tarief × (dagen toewijzing in de maand / dagen in de maand). Nooit gemengd.',
  ],
  [
    'Peildatum',
    'De dag die de gegevens beschrijven: standaard de laatste startdatum of het einde van de laatste kostenperiode. Wat erna begint, telt niet mee.',
  ],
];

export function HowCalculatedDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal title="Hoe berekend?" open={open} onClose={onClose}>
      <dl className="definitions">
        {definitions.map(([term, text]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
    </Modal>
  );
}
