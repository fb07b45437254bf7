import { msg } from '../i18n/msg';

/** Provider reference groups of seed 003, Tabel 1, plus `overig`. */
export const providerGroups = [
  'gehandicaptenzorg',
  'ggz',
  'psychische_kwetsbaarheid',
  'autisme',
  'thuiszorg_maatschappelijk',
  'ouderenzorg',
  'overig',
] as const;
export type ProviderGroup = (typeof providerGroups)[number];

/** The groups' Dutch names (translated where shown). */
export const providerGroupLabels: Record<ProviderGroup, string> = {
  gehandicaptenzorg: msg('Gehandicaptenzorg'),
  ggz: msg('GGZ'),
  psychische_kwetsbaarheid: msg('Psychische kwetsbaarheid'),
  autisme: msg('Autisme'),
  thuiszorg_maatschappelijk: msg('Thuiszorg en maatschappelijke dienstverlening'),
  ouderenzorg: msg('Ouderenzorg'),
  overig: msg('Overig'),
};

const rules: readonly [RegExp, ProviderGroup][] = [
  [/gehandicapt/, 'gehandicaptenzorg'],
  [/ggz/, 'ggz'],
  [/psychische kwetsbaarheid|psychosociaal/, 'psychische_kwetsbaarheid'],
  [/autis/, 'autisme'],
  [/thuiszorg|maatschappelijk/, 'thuiszorg_maatschappelijk'],
  [/ouderen/, 'ouderenzorg'],
];

/** Reads a group label such as `2. GGZ` or `Aanbieders van autismezorg`; empty or other → overig. */
export function parseProviderGroup(text: string | null): ProviderGroup {
  if (!text) return 'overig';
  const s = text
    .toLowerCase()
    .replace(/^\s*\d+\s*[.)]\s*/, '')
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ');
  for (const [re, group] of rules) if (re.test(s)) return group;
  return 'overig';
}
