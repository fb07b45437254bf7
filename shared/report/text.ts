import {
  type FigureUnit,
  formatChange,
  formatChangeOf,
  formatFigure,
  NO_FIGURE,
} from '../figures/units';

export { NO_FIGURE };

// Dutch text for the brief's figures: shared/figures/units.ts writes them, this adds what
// the brief needs besides (the secret cell of the publication version, trend sentences).

/** A table cell for a figure publication mode hides (CBS: `.`), and for one that does not exist. */
export const SECRET_CELL = '.';

/** A figure in the brief: a number, `null` when hidden (small numbers), `undefined` when there is none. */
export type Shown = number | null | undefined;

/** A figure as text: `1.234`, `20,4%`, `€ 1.234`; `.` when hidden, `–` when there is none. */
export const formatValue = (value: Shown, unit: FigureUnit): string =>
  value === null ? SECRET_CELL : formatFigure(value, unit, 'nl');

/** Change from a to b as `+20,4%` / `−3,1%`; null when not defined. */
export const changeText = (a: Shown, b: Shown): string | null => formatChange(a, b, 'nl');

/**
 * A sentence on how a figure moved between two years:
 * "De instroom steeg van 1.005 in 2018 naar 1.210 in 2019 (+20,4%)."
 * With a hidden or missing figure it says only what can be said. A plural
 * subject ("de kosten") takes plural verbs.
 */
export function trendSentence(
  subject: string,
  unit: FigureUnit,
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
  // A rate changes in procentpunten, a count or an amount in %, an age or a duration in its unit.
  const change = formatChangeOf(a, b, unit, 'nl');
  return `${cap} ${verb} van ${formatValue(a, unit)} in ${from.year} naar ${formatValue(b, unit)} in ${to.year}${change ? ` (${change})` : ''}.`;
}

/** Text safe inside XML, HTML and SVG (content and attribute values). */
export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
