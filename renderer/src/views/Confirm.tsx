import type { ReactNode } from 'react';
import { t } from '../i18n/i18n';

/**
 * A question before something that removes data: the question, the action
 * (red when it cannot be undone) and Annuleren, which has the focus; Escape
 * cancels too.
 */
export function Confirm({
  id,
  question,
  action,
  danger = false,
  onConfirm,
  onCancel,
}: {
  /** The question's element id (the dialog's label). */
  id: string;
  question: ReactNode;
  action: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id={id}>{question}</p>
      <button type="button" className={danger ? 'danger' : undefined} onClick={onConfirm}>
        {action}
      </button>{' '}
      <button
        type="button"
        className="secondary"
        // biome-ignore lint/a11y/noAutofocus: the safe choice has the focus in a question that removes data
        autoFocus
        onClick={onCancel}
      >
        {t('Annuleren')}
      </button>
    </div>
  );
}
