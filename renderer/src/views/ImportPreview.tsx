import { useState } from 'react';
import type { Consequence, ConsequenceCode } from '../../../shared/import/consequences';
import type { Field } from '../../../shared/import/fields';
import type { ProductCode } from '../../../shared/model/products';
import { formatDateTime } from '../format';
import { msg, t } from '../i18n/i18n';
import type { Shown } from '../state/types';
import { ImportReportView } from './ImportReportView';
import { ProductMapping } from './ProductMapping';

/** What a missing sheet or field will cause, said before anything is stored. */
const consequenceTexts: Record<ConsequenceCode, string> = {
  unread_sheets: msg(
    'Niet gelezen: {sheets}. Koppel hieronder de kolommen, anders blijven deze bladen buiten de cijfers.',
  ),
  no_provider_groups: msg(
    'Zonder aanbiedersblad (met het type aanbieder) tellen alle aanbieders als Overig: de cijfers per type aanbieder zeggen dan niets.',
  ),
  no_birth: msg(
    'Zonder geboortedatum of geboortejaar is de leeftijd van alle cliënten onbekend: er is geen leeftijdsprofiel.',
  ),
  no_costs: msg(
    'Zonder kostenregels of tarieven zijn er geen kosten en geen prognose tegen de begroting (tarieven kunt u ook invoeren bij Instellingen).',
  ),
  no_end_dates: msg(
    'Zonder einddatums lopen alle toewijzingen door: er is geen uitstroom en geen trajectduur.',
  ),
  no_municipality: msg(
    'Zonder gemeente zijn er geen cijfers per gemeente en geen vergelijking per 1.000 inwoners.',
  ),
};

const consequenceText = (c: Consequence) =>
  t(consequenceTexts[c.code], { sheets: (c.sheets ?? []).join(', ') });

/** What an import will store, before anything is stored; confirm or cancel. */
export function ImportPreview({
  preview,
  activeDataset,
  onCommit,
  onCancel,
  onRemap,
  onMapProduct,
}: {
  preview: Shown;
  activeDataset: string | null;
  onCommit: (into: 'active' | 'new') => void;
  onCancel: () => void;
  onRemap: (signature: string, column: number, field: Field | null) => void;
  onMapProduct: (value: string, product: ProductCode) => void;
}) {
  const { result } = preview;
  const known = result.knownBatch;
  const consequences = result.consequences ?? [];
  const addsTo = result.addsTo ?? null;
  // Something missing: confirming needs the user's explicit choice (asked again after each change).
  const [accepted, setAccepted] = useState<string | null>(null);
  const warningsKey = consequences.map(consequenceText).join('\n');
  const chosen = consequences.length === 0 || accepted === warningsKey;
  const usable = !!result.metrics;
  const canCommit = usable && chosen;
  return (
    <section className="preview" aria-labelledby="preview-titel">
      <h2 id="preview-titel">{t('Voorbeeld van de import: {name}', { name: preview.name })}</h2>
      <p>
        {t(
          'Er is nog niets opgeslagen. Controleer hoe de bestanden gelezen zijn en bevestig daarna.',
        )}
        {!usable &&
          ` ${t('Er zijn geen bruikbare toewijzingen gevonden; deze import kan niet worden bevestigd.')}`}
        {addsTo === 'dataset' &&
          ` ${t('Deze bestanden hebben geen toewijzingen: ze worden toegevoegd aan “{dataset}”; de cijfers hieronder zijn van beide samen.', { dataset: activeDataset ?? '' })}`}
        {addsTo === 'sample' &&
          ` ${t('Deze bestanden hebben geen toewijzingen: ze worden toegevoegd aan de voorbeelddata, die daarmee als gegevensset wordt opgeslagen.')}`}
      </p>
      {known && (
        <p role="status">
          {t(
            'Dit bestand is al eerder geïmporteerd in “{dataset}” ({when}). Bevestigen in die gegevensset vervangt die import.',
            { dataset: activeDataset ?? '', when: formatDateTime(known.importedAt) },
          )}
        </p>
      )}
      {consequences.length > 0 && (
        <div className="warning" data-testid="import-consequences">
          <p>{t('Let op, wat de cijfers missen:')}</p>
          <ul>
            {consequences.map((c) => (
              <li key={c.code}>{consequenceText(c)}</li>
            ))}
          </ul>
          <label>
            <input
              type="checkbox"
              data-testid="import-accept-consequences"
              checked={accepted === warningsKey}
              onChange={(e) => setAccepted(e.target.checked ? warningsKey : null)}
            />{' '}
            {t('Ik heb gezien wat er ontbreekt en wil toch importeren')}
          </label>
        </div>
      )}
      <ProductMapping unknown={result.report.unknownProducts} onMap={onMapProduct} />
      <ImportReportView report={result.report} onRemap={onRemap} />
      <div className="actions">
        {addsTo !== 'dataset' && (
          <button
            type="button"
            data-testid="import-commit"
            disabled={!canCommit}
            onClick={() => onCommit('new')}
          >
            {addsTo === 'sample'
              ? t('Toevoegen aan de voorbeelddata')
              : t('Importeren bevestigen (nieuwe gegevensset)')}
          </button>
        )}
        {activeDataset && addsTo !== 'sample' && (
          <button
            type="button"
            className={addsTo === 'dataset' ? undefined : 'secondary'}
            data-testid="import-commit-active"
            disabled={!canCommit}
            onClick={() => onCommit('active')}
          >
            {known
              ? t('Vervangen in “{dataset}”', { dataset: activeDataset })
              : t('Toevoegen aan “{dataset}”', { dataset: activeDataset })}
          </button>
        )}
        <button type="button" className="secondary" onClick={onCancel}>
          {t('Annuleren')}
        </button>
      </div>
    </section>
  );
}
