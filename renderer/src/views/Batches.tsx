import { memo, useState } from 'react';
import { formatDateTime, formatFigure } from '../format';
import { msg, t } from '../i18n/i18n';
import type { DatasetInfo } from '../worker/protocol';
import { Confirm } from './Confirm';

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
        <Confirm
          id="ongedaan-vraag"
          question={t(
            dataset.batches.length === 1
              ? msg(
                  'De import van {files} ongedaan maken? Dit verwijdert {n} toewijzingen, en daarmee de gegevensset “{dataset}”.',
                )
              : msg(
                  'De import van {files} ongedaan maken? Dit verwijdert {n} toewijzingen uit “{dataset}”.',
                ),
            {
              files: batch.files.join(', '),
              n: formatFigure(batch.allocations, 'count'),
              dataset: dataset.name,
            },
          )}
          action={t('Ja, ongedaan maken')}
          onConfirm={() => {
            setAsking(null);
            onUndo(batch.id);
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </>
  );
});
