import type { Field } from '../../../shared/import/fields';
import type { ProductCode } from '../../../shared/model/products';
import { formatDateTime } from '../format';
import { t } from '../i18n/i18n';
import type { Shown } from '../state/types';
import { ImportReportView } from './ImportReportView';
import { ProductMapping } from './ProductMapping';

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
  const usable = !!preview.result.metrics;
  const known = preview.result.knownBatch;
  return (
    <section className="preview" aria-labelledby="preview-titel">
      <h2 id="preview-titel">{t('Voorbeeld van de import: {name}', { name: preview.name })}</h2>
      <p>
        {t(
          'Er is nog niets opgeslagen. Controleer hoe de bestanden gelezen zijn en bevestig daarna.',
        )}
        {!usable &&
          ` ${t('Er zijn geen bruikbare toewijzingen gevonden; deze import kan niet worden bevestigd.')}`}
      </p>
      {known && (
        <p role="status">
          {t(
            'Dit bestand is al eerder geïmporteerd in “{dataset}” ({when}). Bevestigen in die gegevensset vervangt die import.',
            { dataset: activeDataset ?? '', when: formatDateTime(known.importedAt) },
          )}
        </p>
      )}
      <ProductMapping unknown={preview.result.report.unknownProducts} onMap={onMapProduct} />
      <ImportReportView report={preview.result.report} onRemap={onRemap} />
      <div className="actions">
        <button
          type="button"
          data-testid="import-commit"
          disabled={!usable}
          onClick={() => onCommit('new')}
        >
          {t('Importeren bevestigen (nieuwe gegevensset)')}
        </button>
        {activeDataset && (
          <button
            type="button"
            className="secondary"
            data-testid="import-commit-active"
            disabled={!usable}
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
