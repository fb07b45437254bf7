import type { Language } from '../i18n/translate';

// The one place a figure becomes text, for the screens, the CLI and the brief alike:
// Dutch (1.234,5 · € 1.234) or British English (1,234.5 · €1,234). Intl is part of the
// language, so this stays pure.

/** How a figure is written: a count, a percentage, euros (whole or with cents), days, years. */
export type FigureUnit =
  | 'count'
  | 'percent'
  | 'euro'
  | 'euroCents'
  /** Whole days (a median). */
  | 'days'
  /** Days with one decimal (a mean). */
  | 'meanDays'
  /** Years with one decimal (a mean age). */
  | 'years'
  /** Per 1,000 inhabitants, with two decimals. */
  | 'perThousand';

/** What stands in a cell for a figure that does not exist (or is undefined). */
export const NO_FIGURE = '–';

const formatters = (locale: string) => ({
  integer: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
  oneDecimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
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
});
const byLanguage = { nl: formatters('nl-NL'), en: formatters('en-GB') };

/** A figure as text in a language: `1.234`, `20,4%`, `€ 1.234`; `–` where there is none. */
export function formatFigure(
  value: number | null | undefined,
  unit: FigureUnit,
  language: Language,
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return NO_FIGURE;
  const f = byLanguage[language];
  switch (unit) {
    case 'count':
    case 'days':
      return f.integer.format(value);
    case 'percent':
      return `${f.oneDecimal.format(value)}%`;
    case 'euro':
      return f.euro.format(value);
    case 'euroCents':
      return f.euroCents.format(value);
    case 'meanDays':
    case 'years':
      return f.oneDecimal.format(value);
    case 'perThousand':
      return f.twoDecimals.format(value);
  }
}

/** The change from a to b in percent, with one decimal and a sign: `+20,4%`; null when undefined. */
export function formatChange(
  a: number | null | undefined,
  b: number | null | undefined,
  language: Language,
): string | null {
  if (a === null || a === undefined || b === null || b === undefined || a === 0) return null;
  const pct = ((b - a) / a) * 100;
  return `${pct >= 0 ? '+' : '−'}${byLanguage[language].oneDecimal.format(Math.abs(pct))}%`;
}

/**
 * The change of a rate from a to b in procentpunten, with one decimal and a sign:
 * `−1,8 procentpunt` (a rate's change in % would read as something else); null when undefined.
 */
export function formatPointChange(
  a: number | null | undefined,
  b: number | null | undefined,
  language: Language,
): string | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  const d = Math.round((b - a) * 10) / 10;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '';
  const text = byLanguage[language].oneDecimal.format(Math.abs(d));
  return `${sign}${text} ${language === 'en' ? 'percentage points' : 'procentpunt'}`;
}

/**
 * A figure's change from a to b as its unit reads it: a rate in procentpunten,
 * a count or an amount in %, a duration or an age as the difference in days or
 * years (`−4,9 jaar`: a mean age does not grow by a percentage); null when undefined.
 */
export function formatChangeOf(
  a: number | null | undefined,
  b: number | null | undefined,
  unit: FigureUnit,
  language: Language,
): string | null {
  if (unit === 'percent') return formatPointChange(a, b, language);
  if (unit !== 'days' && unit !== 'meanDays' && unit !== 'years')
    return formatChange(a, b, language);
  if (a === null || a === undefined || b === null || b === undefined) return null;
  const d = unit === 'days' ? Math.round(b - a) : Math.round((b - a) * 10) / 10;
  const sign = d > 0 ? '+' : d < 0 ? '−' : '';
  const f = byLanguage[language];
  const n = unit === 'days' ? f.integer.format(Math.abs(d)) : f.oneDecimal.format(Math.abs(d));
  const word =
    unit === 'years'
      ? language === 'en'
        ? 'years'
        : 'jaar'
      : language === 'en'
        ? 'days'
        : Math.abs(d) === 1
          ? 'dag'
          : 'dagen';
  return `${sign}${n} ${word}`;
}
