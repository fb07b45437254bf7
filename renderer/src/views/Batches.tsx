import { memo, useState } from 'react';
import { formatDateTime, formatFigure } from '../format';
import { t } from '../i18n/i18n';
import type { DatasetInfo } from '../worker/protocol';

/** The imports of the active dataset, newest first, each with undo (which asks first). */
export const Batches = memo(function Batches({
  dataset,
  onUndo,
}: {
  dataset: DatasetInfo;
  onUndo: (batchId: string) => void;
}) {
  const [asking, setAsking] = useState<string | null>(null);
  const batch = dataset.batches.find((b) => b.id === asking);
  return (
    <>
      <table className="table" data-testid="batches">
        <caption>{t('Imports in “{dataset}”', { dataset: dataset.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Bestand')}</th>
            <th scope="col">{t('Geïmporteerd')}</th>
            <th scope="col" className="num">
              {t('Toewijzingen')}
            </th>
            <th scope="col" className="num">
              {t('Geweigerd')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('Acties')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...dataset.batches].reverse().map((b) => (
            <tr key={b.id}>
              <td>{b.files.join(', ')}</td>
              <td>{formatDateTime(b.importedAt)}</td>
              <td className="num">{formatFigure(b.allocations, 'count')}</td>
              <td className="num">{formatFigure(b.rejectedRows, 'count')}</td>
              <td>
                <button type="button" className="secondary" onClick={() => setAsking(b.id)}>
                  {t('Ongedaan maken')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {batch && (
        <div
          className="confirm"
          role="alertdialog"
          aria-labelledby="ongedaan-vraag"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setAsking(null);
          }}
        >
          <p id="ongedaan-vraag">
            {dataset.batches.length === 1
              ? t(
                  'De import van {files} ongedaan maken? Dit verwijdert {n} toewijzingen, en daarmee de gegevensset “{dataset}”.',
                  {
                    files: batch.files.join(', '),
                    n: formatFigure(batch.allocations, 'count'),
                    dataset: dataset.name,
                  },
                )
              : t(
                  'De import van {files} ongedaan maken? Dit verwijdert {n} toewijzingen uit “{dataset}”.',
                  {
                    files: batch.files.join(', '),
                    n: formatFigure(batch.allocations, 'count'),
                    dataset: dataset.name,
                  },
                )}
          </p>
          <button
            type="button"
            onClick={() => {
              setAsking(null);
              onUndo(batch.id);
            }}
          >
            {t('Ja, ongedaan maken')}
          </button>{' '}
          <button
            type="button"
            className="secondary"
            // biome-ignore lint/a11y/noAutofocus: the safe choice has the focus in a question that removes data
            autoFocus
            onClick={() => setAsking(null)}
          >
            {t('Annuleren')}
          </button>
        </div>
      )}
    </>
  );
});
