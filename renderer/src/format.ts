import { currentLanguage } from './i18n/i18n';

// The one place the UI formats figures: Dutch (1.234,5 · 31-12-2024 · € 1.234) in the Dutch
// UI, British English (1,234.5 · 31/12/2024 · €1,234) in the English one.

const formatters = (locale: string) => ({
  integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
  oneDecimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
  upToTwo: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
  twoDecimals: new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }),
  euro: new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }),
  euroCents: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }),
  dateTime: new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }),
});
const byLanguage = { nl: formatters('nl-NL'), en: formatters('en-GB') };
const f = () => byLanguage[currentLanguage()];

export type FigureFormat = 'count' | 'percent' | 'euro' | 'euroCents' | 'days' | 'years';

/** Formats a figure; `–` for a figure that is undefined. */
export function formatFigure(value: number | null | undefined, format: FigureFormat): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  switch (format) {
    case 'count':
    case 'days':
      return f().integer.format(value);
    case 'percent':
      return `${f().oneDecimal.format(value)}%`;
    case 'euro':
      return f().euro.format(value);
    case 'euroCents':
      return f().euroCents.format(value);
    case 'years':
      return f().oneDecimal.format(value);
  }
}

/** A number with at most two decimals (chart axes and tooltips), or with exactly two. */
export const formatNumber = (value: number, exactlyTwo = false): string =>
  (exactlyTwo ? f().twoDecimals : f().upToTwo).format(value);

/** Change from a to b in percent with one decimal and a sign: `+20,4%`. */
export function formatChange(a: number | null | undefined, b: number | null | undefined): string {
  if (a === null || a === undefined || b === null || b === undefined || a === 0) return '';
  const pct = ((b - a) / a) * 100;
  return `${pct >= 0 ? '+' : '−'}${f().oneDecimal.format(Math.abs(pct))}%`;
}

/** ISO `2019-12-31` as `31-12-2019` (Dutch) or `31/12/2019` (English). */
export const formatDate = (iso: string): string =>
  iso
    .split('-')
    .reverse()
    .join(currentLanguage() === 'en' ? '/' : '-');

/** A moment (an import's time) as a short date and time. */
export const formatDateTime = (iso: string): string => f().dateTime.format(new Date(iso));
