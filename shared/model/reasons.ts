/** The key of what has no reason or referrer in the figures (`outflowByReason`, `inflowByReferrer`). */
export const UNKNOWN_KEY = 'onbekend';

/** Reasons for ending (reden beëindiging), iWmo 3.x WMO588 plus the older 2.x codes 32–34. */
export const endReasons: Record<string, string> = {
  '02': 'Overlijden',
  '19': 'Levering volgens plan beëindigd',
  '20': 'Levering tijdelijk beëindigd',
  '21': 'Eenzijdig door cliënt',
  '22': 'Eenzijdig door aanbieder',
  '23': 'In overeenstemming voortijdig',
  '31': 'Verhuizing naar andere gemeente',
  '32': 'Voortzetting in sociale basisondersteuning',
  '33': 'Uitstroom naar Zvw',
  '34': 'Uitstroom naar Wlz',
  '36': 'Geïnitieerd door gemeente',
  '37': 'In verband met wijzigingsverzoek',
  '38': 'Overstap naar andere aanbieder',
  '39': 'Uitstroom naar ander domein (Wlz/Zvw)',
};

const simplify = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const byText = new Map(Object.entries(endReasons).map(([code, text]) => [simplify(text), code]));

const keywords: readonly [RegExp, string][] = [
  [/overl/, '02'],
  [/volgens plan/, '19'],
  [/tijdelijk/, '20'],
  [/verhui[sz]/, '31'],
  [/\b(wlz|zvw)\b/, '39'],
  [/overstap/, '38'],
  [/wijzigingsverzoek/, '37'],
  [/basisondersteuning/, '32'],
];

/** A code (`19`, `2`, `02 - Overlijden`) or a text matched to its code; unknown text is kept as it is. */
export function parseEndReason(text: string): string {
  const t = text.trim();
  const numeric = /^(\d{1,2})(?:\D|$)/.exec(t);
  if (numeric?.[1]) {
    const code = numeric[1].padStart(2, '0');
    if (code in endReasons) return code;
  }
  const s = simplify(t);
  const exact = byText.get(s);
  if (exact) return exact;
  for (const [re, code] of keywords) if (re.test(s)) return code;
  return t;
}
