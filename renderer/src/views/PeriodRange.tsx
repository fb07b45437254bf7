import { useMemo, useState } from 'react';
import { t } from '../i18n/i18n';

/**
 * A date range over a chart's periods: "van" and "tot en met" a period of the
 * kind shown (a choice of another kind is ignored, so switching from months to
 * quarters shows all again). `periods` are the entries in range, the same array
 * until the entries or the range change (a chart made from them is not made
 * again on every render); `control` is the fieldset to place beside the chart's
 * other choices.
 */
export function usePeriodRange<T>(all: readonly (readonly [string, T])[], testId = 'range') {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const keys = all.map(([key]) => key);
  const lo = keys.includes(from) ? from : '';
  const hi = keys.includes(to) ? to : '';
  const periods = useMemo(
    () => all.filter(([key]) => (lo === '' || key >= lo) && (hi === '' || key <= hi)),
    [all, lo, hi],
  );
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
  return { periods, control };
}
