import {
  type FigureUnit,
  formatChange as formatChangeIn,
  formatChangeOf as formatChangeOfIn,
  formatFigure as formatFigureIn,
} from '../../shared/figures/units';
import { currentLanguage } from './i18n/i18n';

// The UI's formats, in its language: figures as shared/figures/units.ts writes them
// (1.234,5 · € 1.234 in Dutch, 1,234.5 · €1,234 in English), dates and axis numbers.

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

/** A figure in the interface's language; `–` for a figure that is undefined. */
export const formatFigure = (value: number | null | undefined, unit: FigureUnit): string =>
  formatFigureIn(value, unit, currentLanguage());

/** A number with at most two decimals (chart axes and tooltips), or with exactly two. */
export const formatNumber = (value: number, exactlyTwo = false): string =>
  (exactlyTwo ? f().twoDecimals : f().upToTwo).format(value);

/** Change from a to b in percent with one decimal and a sign: `+20,4%` ('' when undefined). */
export const formatChange = (a: number | null | undefined, b: number | null | undefined): string =>
  formatChangeIn(a, b, currentLanguage()) ?? '';

/** A figure's change as its unit reads it (points, %, days, years); '' when undefined. */
export const formatChangeFor = (
  a: number | null | undefined,
  b: number | null | undefined,
  unit: FigureUnit,
): string => formatChangeOfIn(a, b, unit, currentLanguage()) ?? '';

/** ISO `2019-12-31` as `31-12-2019` (Dutch) or `31/12/2019` (English). */
export const formatDate = (iso: string): string =>
  iso
    .split('-')
    .reverse()
    .join(currentLanguage() === 'en' ? '/' : '-');

/** A moment (an import's time) as a short date and time. */
export const formatDateTime = (iso: string): string => f().dateTime.format(new Date(iso));
