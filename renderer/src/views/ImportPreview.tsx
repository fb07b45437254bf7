import { useState } from 'react';
import type { Consequence, ConsequenceCode } from '../../../shared/import/consequences';
import type { Field } from '../../../shared/import/fields';
import type { ProductCode } from '../../../shared/model/products';
import { formatDateTime } from '../format';
import { msg, t } from '../i18n/i18n';
import type { Shown } from '../state/types';
import type { RefusalCode } from '../worker/protocol';
import { ImportReportView } from './ImportReportView';
import { PasswordDialog } from './PasswordDialog';
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
  datasets,
  onCommit,
  onCancel,
  onRemap,
  onMapProduct,
  onUnlock,
}: {
  preview: Shown;
  /** The dataset on screen (an import without allocations adds to it). */
  activeDataset: { id: string; name: string } | null;
  datasets: { id: string; name: string }[];
  onCommit: (target: { datasetId: string } | { name: string }) => void;
  onCancel: () => void;
  onRemap: (signature: string, column: number, field: Field | null) => void;
  onMapProduct: (value: string, product: ProductCode) => void;
  onUnlock: (file: string, password: string) => Promise<RefusalCode | null>;
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
  const suggested = result.suggestedTarget ?? { datasetId: null, name: preview.name };
  // Where it goes: the suggested dataset (one with the same municipality), else a new one.
  const [into, setInto] = useState<string>(suggested.datasetId ?? '');
  const [name, setName] = useState(suggested.name);
  const target =
    addsTo === 'dataset' && activeDataset
      ? { datasetId: activeDataset.id }
      : into === ''
        ? { name: name.trim() || suggested.name }
        : { datasetId: into };
  const intoName = datasets.find((d) => d.id === into)?.name ?? '';
  const canCommit = usable && chosen;
  // A file saved with a password: asked for, one file at a time, unless the user skips it.
  const [skipped, setSkipped] = useState<string[]>([]);
  const locked =
    result.report.fileErrors.find(
      (e) => e.code === 'password_protected' && !skipped.includes(e.file),
    )?.file ?? null;
  return (
    <section className="preview" aria-labelledby="preview-titel">
      <PasswordDialog
        file={locked}
        onUnlock={(password) => onUnlock(locked as string, password)}
        onSkip={() => setSkipped([...skipped, locked as string])}
      />
      <h2 id="preview-titel">{t('Voorbeeld van de import: {name}', { name: preview.name })}</h2>
      <p>
        {t(
          'Er is nog niets opgeslagen. Controleer hoe de bestanden gelezen zijn en bevestig daarna.',
        )}
        {!usable &&
          ` ${t('Er zijn geen bruikbare toewijzingen gevonden; deze import kan niet worden bevestigd.')}`}
        {addsTo === 'dataset' &&
          ` ${t('Deze bestanden hebben geen toewijzingen: ze worden toegevoegd aan “{dataset}”; de cijfers hieronder zijn van beide samen.', { dataset: activeDataset?.name ?? '' })}`}
        {addsTo === 'sample' &&
          ` ${t('Deze bestanden hebben geen toewijzingen: ze worden toegevoegd aan de voorbeelddata, die daarmee als gegevensset wordt opgeslagen.')}`}
      </p>
      {known && (
        <p role="status">
          {t(
            'Dit bestand is al eerder geïmporteerd in “{dataset}” ({when}). Bevestigen in die gegevensset vervangt die import.',
            { dataset: activeDataset?.name ?? '', when: formatDateTime(known.importedAt) },
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
      {addsTo === null && (
        <div className="inline-form" data-testid="import-target">
          <label>
            {t('Opslaan in')}
            <select value={into} onChange={(e) => setInto(e.target.value)}>
              <option value="">{t('een nieuwe gegevensset')}</option>
              {datasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          {into === '' ? (
            <label>
              {t('Naam')}
              <input value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
            </label>
          ) : (
            <p className="caption">
              {suggested.datasetId === into
                ? t('“{dataset}” heeft gegevens van dezelfde gemeente.', { dataset: intoName })
                : t('De import komt bij de gegevens in “{dataset}”.', { dataset: intoName })}
            </p>
          )}
        </div>
      )}
      <div className="actions">
        <button
          type="button"
          data-testid="import-commit"
          disabled={!canCommit}
          onClick={() => onCommit(target)}
        >
          {addsTo === 'sample'
            ? t('Toevoegen aan de voorbeelddata')
            : addsTo === 'dataset'
              ? t('Toevoegen aan “{dataset}”', { dataset: activeDataset?.name ?? '' })
              : known && 'datasetId' in target && target.datasetId === activeDataset?.id
                ? t('Vervangen in “{dataset}”', { dataset: activeDataset.name })
                : t('Importeren bevestigen')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('Annuleren')}
        </button>
      </div>
    </section>
  );
}
