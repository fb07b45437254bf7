import type { Field } from '../../../shared/import/fields';
import type { ProductCode } from '../../../shared/model/products';
import type { Shown } from '../state/store';
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
      <h2 id="preview-titel">Voorbeeld van de import: {preview.name}</h2>
      <p>
        Er is nog niets opgeslagen. Controleer hoe de bestanden gelezen zijn en bevestig daarna.
        {!usable &&
          ' Er zijn geen bruikbare toewijzingen gevonden; deze import kan niet worden bevestigd.'}
      </p>
      {known && (
        <p role="status">
          Dit bestand is al eerder geïmporteerd in “{activeDataset}” (
          {new Date(known.importedAt).toLocaleString('nl-NL')}). Bevestigen in die gegevensset
          vervangt die import.
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
          Importeren bevestigen (nieuwe gegevensset)
        </button>
        {activeDataset && (
          <button
            type="button"
            className="secondary"
            data-testid="import-commit-active"
            disabled={!usable}
            onClick={() => onCommit('active')}
          >
            {known ? 'Vervangen in' : 'Toevoegen aan'} “{activeDataset}”
          </button>
        )}
        <button type="button" className="secondary" onClick={onCancel}>
          Annuleren
        </button>
      </div>
    </section>
  );
}
