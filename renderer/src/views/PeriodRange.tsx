import { useState } from 'react';
import { t } from '../i18n/i18n';

/**
 * A date range over a chart's periods: "van" and "tot en met" a period of the
 * kind shown (a choice of another kind is ignored, so switching from months to
 * quarters shows all again). `inPeriodRange` filters the periods by `lo` and
 * `hi`; `control` is the fieldset to place beside the chart's other choices.
 */
export function usePeriodRange(keys: readonly string[], testId = 'range') {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const lo = keys.includes(from) ? from : '';
  const hi = keys.includes(to) ? to : '';
  const control = (
    <fieldset className="choices">
      <legend>{t('Van–tot')}</legend>
      <label>
        {t('van')}{' '}
        <select value={lo} onChange={(e) => setFrom(e.target.value)} data-testid={`${testId}-from`}>
          <option value="">{t('begin gegevens')}</option>
          {keys.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label>
        {t('tot en met')}{' '}
        <select value={hi} onChange={(e) => setTo(e.target.value)} data-testid={`${testId}-to`}>
          <option value="">{t('Peildatum')}</option>
          {keys.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
    </fieldset>
  );
  return { lo, hi, control };
}

/** Whether a period key lies from `lo` to `hi` ('' at either end: open). */
export const inPeriodRange = (key: string, lo: string, hi: string): boolean =>
  (lo === '' || key >= lo) && (hi === '' || key <= hi);
