import { type ChangeEvent, useRef, useState } from 'react';
import { t } from '../i18n/i18n';
import { saveBytes } from '../platform';
import { selectCanUndoRestore, useApp, usePick } from '../state/store';

const BACKUP_TYPE = 'application/json';

/** The date in a backup's file name: `2026-11-23`. */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Reservekopie: the whole workspace to one checksummed file, and back. A
 * restore replaces everything, so it asks first, and can be undone until the
 * app closes.
 */
export function Backup() {
  const { backup, restore, undoRestore } = usePick('backup', 'restore', 'undoRestore');
  const restored = useApp(selectCanUndoRestore);
  const input = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<{ name: string; bytes: Uint8Array } | null>(null);

  const save = async () => {
    const bytes = await backup();
    if (bytes) await saveBytes(`begeleidingsmonitor-${today()}.bmbackup`, bytes, BACKUP_TYPE);
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) setChosen({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  return (
    <section aria-labelledby="reservekopie-titel" className="backup">
      <h3 id="reservekopie-titel">{t('Reservekopie')}</h3>
      <p className="caption">
        {t(
          'Alle gegevenssets, imports, koppelingen en instellingen in één bestand, met een controlesom. Bewaar het op een veilige plek: het bevat de (gepseudonimiseerde) gegevens en de sleutel.',
        )}
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void save()}>
          {t('Reservekopie maken…')}
        </button>
        <label className="button secondary">
          {t('Reservekopie terugzetten…')}
          <input
            ref={input}
            type="file"
            accept=".bmbackup,application/json"
            data-testid="restore-input"
            className="visually-hidden"
            onChange={(e) => void onFile(e)}
          />
        </label>
        {restored && (
          <button type="button" className="secondary" onClick={() => void undoRestore()}>
            {t('Terugzetten ongedaan maken')}
          </button>
        )}
      </div>
      {chosen && (
        <div className="confirm" role="alertdialog" aria-labelledby="terugzetten-vraag">
          <p id="terugzetten-vraag">
            {t(
              '{name} terugzetten? Dit vervangt alle gegevens in deze werkruimte. U kunt het daarna ongedaan maken zolang de app open is.',
              { name: chosen.name },
            )}
          </p>
          <button
            type="button"
            onClick={() => {
              const bytes = chosen.bytes;
              setChosen(null);
              void restore(bytes);
            }}
          >
            {t('Terugzetten')}
          </button>{' '}
          <button type="button" className="secondary" onClick={() => setChosen(null)}>
            {t('Annuleren')}
          </button>
        </div>
      )}
    </section>
  );
}
