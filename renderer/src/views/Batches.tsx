import { formatFigure } from '../format';
import type { DatasetInfo } from '../worker/protocol';

/** The imports of the active dataset, newest first, each with undo. */
export function Batches({
  dataset,
  onUndo,
}: {
  dataset: DatasetInfo;
  onUndo: (batchId: string) => void;
}) {
  return (
    <table className="table" data-testid="batches">
      <caption>Imports in “{dataset.name}”</caption>
      <thead>
        <tr>
          <th scope="col">Bestand</th>
          <th scope="col">Geïmporteerd</th>
          <th scope="col" className="num">
            Toewijzingen
          </th>
          <th scope="col" className="num">
            Geweigerd
          </th>
          <th scope="col">
            <span className="visually-hidden">Acties</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {[...dataset.batches].reverse().map((b) => (
          <tr key={b.id}>
            <td>{b.files.join(', ')}</td>
            <td>{new Date(b.importedAt).toLocaleString('nl-NL')}</td>
            <td className="num">{formatFigure(b.allocations, 'count')}</td>
            <td className="num">{formatFigure(b.rejectedRows, 'count')}</td>
            <td>
              <button type="button" className="secondary" onClick={() => onUndo(b.id)}>
                Ongedaan maken
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
