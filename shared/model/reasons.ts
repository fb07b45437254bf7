import { msg } from '../i18n/msg';
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

/** Reasons that end a trajectory according to plan, and early (WMO588): a quality signal. */
export const AS_PLANNED: readonly string[] = ['19'];
export const EARLY: readonly string[] = ['21', '22', '23'];

/**
 * The reasons for ending grouped in words (metrics.md, "Where clients come from and
 * where they go"), in the order a table shows them; the older 2.x codes with their
 * successors. A text without a code is "vrije tekst", no reason `onbekend`.
 */
export const reasonGroups = [
  { id: 'volgens_plan', label: msg('volgens plan'), codes: ['19'] },
  { id: 'wlz_zvw', label: msg('naar Wlz/Zvw'), codes: ['39', '33', '34'] },
  { id: 'verhuizing', label: msg('verhuizing'), codes: ['31'] },
  { id: 'overlijden', label: msg('overlijden'), codes: ['02'] },
  { id: 'eenzijdig', label: msg('eenzijdig'), codes: ['21', '22'] },
  { id: 'voortijdig', label: msg('voortijdig in overleg'), codes: ['23'] },
  { id: 'gemeente', label: msg('door de gemeente'), codes: ['36', '37'] },
  { id: 'andere_aanbieder', label: msg('andere aanbieder'), codes: ['38'] },
  { id: 'tijdelijk', label: msg('tijdelijk'), codes: ['20'] },
  { id: 'basisondersteuning', label: msg('naar basisondersteuning'), codes: ['32'] },
  { id: 'vrije_tekst', label: msg('vrije tekst'), codes: [] },
  { id: UNKNOWN_KEY, label: msg('onbekend'), codes: [UNKNOWN_KEY] },
] as const satisfies readonly { id: string; label: string; codes: readonly string[] }[];

export type ReasonGroup = (typeof reasonGroups)[number]['id'];

/** The group of a key of `outflowByReason`: its code's, "vrije tekst" for a text as written. */
export function reasonGroupOf(key: string): ReasonGroup {
  return (
    reasonGroups.find((g) => (g.codes as readonly string[]).includes(key))?.id ?? 'vrije_tekst'
  );
}

/** Counts per reason key regrouped in words: `{ volgens_plan: n, … }`, groups that occur. */
export function byReasonGroup(counts: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, n] of Object.entries(counts)) {
    const g = reasonGroupOf(key);
    out[g] = (out[g] ?? 0) + n;
  }
  return Object.fromEntries(
    reasonGroups.filter((g) => g.id in out).map((g) => [g.id, out[g.id] as number]),
  );
}

/** A group's WMO588 codes (none for "vrije tekst"). */
export const codesOfGroup = (group: ReasonGroup): readonly string[] =>
  reasonGroups.find((g) => g.id === group)?.codes ?? [];

/** Reasons that mean the client went on to the Wlz or the Zvw (seed 001's question). */
export const TO_WLZ_OR_ZVW = codesOfGroup('wlz_zvw');

/** What makes up a group: its codes, and the keys of `outflowByReason` (as they occur) in it. */
export function keysOfGroup(group: ReasonGroup, keys: readonly string[]): string[] {
  const codes = codesOfGroup(group);
  return [...codes, ...keys.filter((key) => reasonGroupOf(key) === group && !codes.includes(key))];
}
