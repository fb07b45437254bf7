import { type FormEvent, useState } from 'react';
import { t } from '../i18n/i18n';
import { useApp, usePick } from '../state/store';
import { Confirm } from './Confirm';

/**
 * Gegevenssets: every stored dataset, to open, rename or delete (deleting asks
 * first: it removes all of a dataset's imports).
 */
export function Datasets() {
  const { datasets, switchDataset, renameDataset, deleteDataset } = usePick(
    'datasets',
    'switchDataset',
    'renameDataset',
    'deleteDataset',
  );
  const activeId = useApp((s) => s.active?.result.dataset?.id ?? null);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  if (datasets.length === 0) return null;

  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    void renameDataset(editing.id, editing.name);
    setEditing(null);
  };
  const doomed = datasets.find((d) => d.id === deleting);

  return (
    <section aria-labelledby="gegevenssets-titel" className="backup">
      <h3 id="gegevenssets-titel">{t('Gegevenssets')}</h3>
      <table className="table" data-testid="datasets">
        <thead>
          <tr>
            <th scope="col">{t('Naam')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('Acties')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {datasets.map((d) => (
            <tr key={d.id} aria-current={d.id === activeId ? 'true' : undefined}>
              <td>
                {editing?.id === d.id ? (
                  <form onSubmit={rename} className="inline-form">
                    <label>
                      <span className="visually-hidden">{t('Nieuwe naam')}</span>
                      <input
                        value={editing.name}
                        maxLength={80}
                        // biome-ignore lint/a11y/noAutofocus: the field opens on the user's own click
                        autoFocus
                        onChange={(e) => setEditing({ id: d.id, name: e.target.value })}
                        onKeyDown={(e) => {
                          if (e.key === 'Escape') setEditing(null);
                        }}
                      />
                    </label>
                    <button type="submit" disabled={editing.name.trim() === ''}>
                      {t('Naam opslaan')}
                    </button>
                  </form>
                ) : (
                  <>
                    {d.name}
                    {d.id === activeId && <span className="muted"> ({t('in beeld')})</span>}
                  </>
                )}
              </td>
              <td className="actions">
                {d.id !== activeId && (
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => void switchDataset(d.id)}
                  >
                    {t('Openen')}
                  </button>
                )}
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setEditing({ id: d.id, name: d.name })}
                >
                  {t('Naam wijzigen')}
                </button>
                <button type="button" className="secondary" onClick={() => setDeleting(d.id)}>
                  {t('Verwijderen…')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {doomed && (
        <Confirm
          id="verwijderen-vraag"
          question={t(
            'Gegevensset “{name}” verwijderen, met al zijn imports? Dit is niet ongedaan te maken (een reservekopie wel terug te zetten).',
            { name: doomed.name },
          )}
          action={t('Ja, verwijderen')}
          danger
          onConfirm={() => {
            setDeleting(null);
            void deleteDataset(doomed.id);
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
    </section>
  );
}
