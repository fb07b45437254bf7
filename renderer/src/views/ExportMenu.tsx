import type { BriefMode } from '../../../shared/report/publish';
import { t } from '../i18n/i18n';
import { closeOnEscape } from './closeOnEscape';

/**
 * An export button that asks which version (metrics.md: "chosen per export"):
 * intern, exact numbers; or publicatie, counts rounded to fives and 0–7
 * secret. Publication is offered only where the export holds counts it can
 * round; otherwise the item says why it is not there.
 */
export function ExportMenu({
  label,
  onExport,
  publishable,
}: {
  label: string;
  onExport: (mode: BriefMode) => void;
  /** Whether a publication version can be made; a string says why not. */
  publishable: true | string;
}) {
  const choose = (e: React.MouseEvent<HTMLButtonElement>, mode: BriefMode) => {
    const menu = e.currentTarget.closest('details');
    if (menu) menu.open = false;
    onExport(mode);
  };
  return (
    <details className="export-menu" onKeyDown={closeOnEscape}>
      <summary>{label}</summary>
      <div className="export-menu-items">
        <button type="button" className="link" onClick={(e) => choose(e, 'intern')}>
          {t('Intern: exacte aantallen')}
        </button>
        <button
          type="button"
          className="link"
          disabled={publishable !== true}
          onClick={(e) => choose(e, 'publicatie')}
        >
          {t('Publicatie: afgerond op vijftallen, 0 tot en met 7 geheim')}
        </button>
        {publishable !== true && <span className="caption">{publishable}</span>}
      </div>
    </details>
  );
}
