import { memo } from 'react';
import { formatDateTime, formatFigure } from '../format';
import { t } from '../i18n/i18n';
import type { DatasetInfo } from '../worker/protocol';

/** The imports of the active dataset, newest first, each with undo. */
export const Batches = memo(function Batches({
  dataset,
  onUndo,
}: {
  dataset: DatasetInfo;
  onUndo: (batchId: string) => void;
}) {
  return (
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
              <button type="button" className="secondary" onClick={() => onUndo(b.id)}>
                {t('Ongedaan maken')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
