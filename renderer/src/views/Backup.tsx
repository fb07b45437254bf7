import { type ChangeEvent, type FormEvent, type KeyboardEvent, useState } from 'react';
import { backupKind, MIN_PASSPHRASE } from '../db/backupFile';
import { t } from '../i18n/i18n';
import { saveBytes } from '../platform';
import { selectCanUndoRestore, useApp, usePick } from '../state/store';

const BACKUP_TYPE = 'application/octet-stream';

/** The date in a backup's file name: `2026-11-23`. */
const today = () => new Date().toISOString().slice(0, 10);

/** Why a new passphrase cannot be used yet, or null. */
function passphraseProblem(passphrase: string, repeated: string): string | null {
  if (passphrase.length < MIN_PASSPHRASE)
    return t('Kies een wachtwoord van minstens {n} tekens.', { n: MIN_PASSPHRASE });
  if (passphrase !== repeated) return t('De twee wachtwoorden zijn niet gelijk.');
  return null;
}

/** Escape closes a dialog of this screen. */
const closeOnEscape = (close: () => void) => (event: KeyboardEvent) => {
  if (event.key === 'Escape') close();
};

/**
 * Reservekopie: the whole workspace to one file encrypted with a passphrase
 * the user chooses, and back. A restore replaces everything, so it asks first,
 * and can be undone until the app closes.
 */
export function Backup() {
  const restored = useApp(selectCanUndoRestore);
  const { undoRestore } = usePick('undoRestore');
  const [making, setMaking] = useState(false);
  const [chosen, setChosen] = useState<{ name: string; bytes: Uint8Array } | null>(null);

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
          'Alle gegevenssets, imports, koppelingen en instellingen in één bestand, versleuteld met een wachtwoord dat u zelf kiest (AES-256). Zonder dat wachtwoord is het bestand niet te openen, ook niet door ons: bewaar het apart van het bestand.',
        )}
      </p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          aria-expanded={making}
          onClick={() => setMaking(true)}
        >
          {t('Reservekopie maken…')}
        </button>
        <label className="button secondary">
          {t('Reservekopie terugzetten…')}
          <input
            type="file"
            accept=".bmbackup"
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
      {making && <MakeBackup close={() => setMaking(false)} />}
      {chosen && <ConfirmRestore file={chosen} close={() => setChosen(null)} />}
    </section>
  );
}

/** A new passphrase, asked twice, then the encrypted file saved. */
function MakeBackup({ close }: { close: () => void }) {
  const { backup } = usePick('backup');
  const [passphrase, setPassphrase] = useState('');
  const [repeated, setRepeated] = useState('');
  const [tried, setTried] = useState(false);
  const problem = passphraseProblem(passphrase, repeated);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    close();
    const bytes = await backup(passphrase);
    if (bytes) await saveBytes(`begeleidingsmonitor-${today()}.bmbackup`, bytes, BACKUP_TYPE);
  };

  return (
    <form
      className="confirm inline-form"
      aria-labelledby="reservekopie-wachtwoord"
      onSubmit={(e) => void submit(e)}
      onKeyDown={closeOnEscape(close)}
      noValidate
    >
      <p id="reservekopie-wachtwoord">
        {t(
          'Kies een wachtwoord voor deze reservekopie (minstens {n} tekens). Wie het bestand terugzet, heeft het nodig; kwijt is kwijt.',
          { n: MIN_PASSPHRASE },
        )}
      </p>
      <label>
        {t('Wachtwoord')}
        <input
          type="password"
          autoComplete="new-password"
          value={passphrase}
          // biome-ignore lint/a11y/noAutofocus: the form opens on the user's own click
          autoFocus
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      <label>
        {t('Herhaal het wachtwoord')}
        <input
          type="password"
          autoComplete="new-password"
          value={repeated}
          onChange={(e) => setRepeated(e.target.value)}
        />
      </label>
      <button type="submit">{t('Versleuteld opslaan')}</button>
      <button type="button" className="secondary" onClick={close}>
        {t('Annuleren')}
      </button>
      {tried && problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </form>
  );
}

/** Restoring replaces everything: asked first, with the passphrase when the file is encrypted. */
function ConfirmRestore({
  file,
  close,
}: {
  file: { name: string; bytes: Uint8Array };
  close: () => void;
}) {
  const { restore } = usePick('restore');
  const [passphrase, setPassphrase] = useState('');
  const kind = backupKind(file.bytes);
  const sealed = kind === 'sealed';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sealed && passphrase === '') return;
    close();
    void restore(file.bytes, sealed ? passphrase : null);
  };

  return (
    <form
      className="confirm inline-form"
      role="alertdialog"
      aria-labelledby="terugzetten-vraag"
      onSubmit={submit}
      onKeyDown={closeOnEscape(close)}
    >
      <p id="terugzetten-vraag">
        {t(
          '{name} terugzetten? Dit vervangt alle gegevens in deze werkruimte. U kunt het daarna ongedaan maken zolang de app open is.',
          { name: file.name },
        )}
      </p>
      {sealed && (
        <label>
          {t('Wachtwoord van de reservekopie')}
          <input
            type="password"
            autoComplete="current-password"
            value={passphrase}
            // biome-ignore lint/a11y/noAutofocus: the question opens on the user's own choice of file
            autoFocus
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </label>
      )}
      {kind === 'plain' && (
        <p className="warning">
          {t(
            'Dit bestand is niet versleuteld: het is gemaakt met een eerdere versie. Het wordt gewoon teruggezet; maak daarna een nieuwe reservekopie met wachtwoord.',
          )}
        </p>
      )}
      <button type="submit" disabled={sealed && passphrase === ''}>
        {t('Terugzetten')}
      </button>
      <button type="button" className="secondary" onClick={close}>
        {t('Annuleren')}
      </button>
    </form>
  );
}
