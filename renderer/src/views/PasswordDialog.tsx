import { type FormEvent, useEffect, useId, useState } from 'react';
import { t } from '../i18n/i18n';
import { refusalTexts } from '../i18n/refusals';
import type { RefusalCode } from '../worker/protocol';
import { useModalDialog } from './Dialogs';

/**
 * Asks for the password of a workbook saved with one. The password lives only in this
 * dialog's input while it is typed: it is sent once to open the file and then cleared;
 * a wrong one gets its own message and another try.
 */
export function PasswordDialog({
  file,
  onUnlock,
  onSkip,
}: {
  /** The locked file, or null when there is none (the dialog is closed). */
  file: string | null;
  onUnlock: (password: string) => Promise<RefusalCode | null>;
  onSkip: () => void;
}) {
  const ref = useModalDialog(file !== null);
  const titleId = useId();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<RefusalCode | null>(null);
  const [busy, setBusy] = useState(false);
  // Another file (or none): nothing of the last one's try is kept.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the file changes
  useEffect(() => {
    setPassword('');
    setProblem(null);
  }, [file]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password === '' || busy) return;
    setBusy(true);
    const typed = password;
    setPassword('');
    setProblem(await onUnlock(typed));
    setBusy(false);
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="dialog"
      data-testid="password-dialog"
      onClose={() => {
        if (file !== null) onSkip();
      }}
    >
      <h2 id={titleId}>{t('Wachtwoord nodig')}</h2>
      <p>
        {t(
          '{file} is beveiligd met een wachtwoord. Met het wachtwoord wordt het hier geopend; het wordt niet bewaard.',
          {
            file: file ?? '',
          },
        )}
      </p>
      <form onSubmit={(e) => void submit(e)}>
        <label>
          {t('Wachtwoord')}
          <input
            type="password"
            autoComplete="off"
            value={password}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${titleId}-fout` : undefined}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {problem && (
          <p id={`${titleId}-fout`} className="error" role="alert">
            {t(refusalTexts[problem])}
            {problem === 'file_wrong_password' && ` ${t('Probeer het opnieuw.')}`}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={password === '' || busy}>
            {t('Openen')}
          </button>
          <button type="button" className="secondary" onClick={onSkip}>
            {t('Overslaan')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
