// Dutch number text for the brief: the one place shared/report formats figures.
// Intl is part of the language, so this stays pure.

const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const euro = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const euroCents = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** A table cell for a figure publication mode hides (CBS: `.`), and for one that does not exist. */
export const SECRET_CELL = '.';
export const NO_FIGURE = '–';

/** A figure in the brief: a number, `null` when hidden (small numbers), `undefined` when there is none. */
export type Shown = number | null | undefined;

export type Unit = 'count' | 'percent' | 'euro' | 'euroCents' | 'days' | 'years';

/** A figure as text: `1.234`, `20,4%`, `€ 1.234`; `.` when hidden, `–` when there is none. */
export function formatValue(value: Shown, unit: Unit): string {
  if (value === null) return SECRET_CELL;
  if (value === undefined || Number.isNaN(value)) return NO_FIGURE;
  switch (unit) {
    case 'count':
    case 'days':
      return integer.format(value);
    case 'percent':
      return `${oneDecimal.format(value)}%`;
    case 'euro':
      return euro.format(value);
    case 'euroCents':
      return euroCents.format(value);
    case 'years':
      return oneDecimal.format(value);
  }
}

/** Change from a to b as `+20,4%` / `−3,1%`; null when not defined. */
export function changeText(a: Shown, b: Shown): string | null {
  if (a === null || a === undefined || b === null || b === undefined || a === 0) return null;
  const pct = ((b - a) / a) * 100;
  return `${pct >= 0 ? '+' : '−'}${oneDecimal.format(Math.abs(pct))}%`;
}

/**
 * A sentence on how a figure moved between two years:
 * "De instroom steeg van 1.005 in 2018 naar 1.210 in 2019 (+20,4%)."
 * With a hidden or missing figure it says only what can be said. A plural
 * subject ("de kosten") takes plural verbs.
 */
export function trendSentence(
  subject: string,
  unit: Unit,
  from: { year: string; value: Shown },
  to: { year: string; value: Shown },
  plural = false,
): string {
  const a = from.value;
  const b = to.value;
  const cap = subject.charAt(0).toUpperCase() + subject.slice(1);
  const was = plural ? 'waren' : 'was';
  if (b === null)
    return `${cap} in ${to.year} ${plural ? 'zijn' : 'is'} niet te publiceren (kleine aantallen).`;
  if (b === undefined) return `${cap} in ${to.year} ${plural ? 'zijn' : 'is'} (nog) niet bekend.`;
  if (a === null || a === undefined) return `${cap} ${was} in ${to.year} ${formatValue(b, unit)}.`;
  if (a === b)
    return `${cap} ${plural ? 'bleven' : 'bleef'} gelijk: ${formatValue(b, unit)} in ${from.year} en in ${to.year}.`;
  const verb = b > a ? (plural ? 'stegen' : 'steeg') : plural ? 'daalden' : 'daalde';
  const change = changeText(a, b);
  return `${cap} ${verb} van ${formatValue(a, unit)} in ${from.year} naar ${formatValue(b, unit)} in ${to.year}${change ? ` (${change})` : ''}.`;
}

/** Text safe inside XML, HTML and SVG (content and attribute values). */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
