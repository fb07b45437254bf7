/** Every field the importer knows, with the column names it goes by in real exports. */
export const fieldSynonyms = {
  client: [
    'client',
    'cliënt',
    'cliëntnummer',
    'clientnummer',
    'klantnummer',
    'klant',
    'client id',
    'relatienummer',
    'bsn',
    'bsn nummer',
    'bsn-nummer',
    'burgerservicenummer',
    'cliënt id',
    'clientid',
  ],
  provider: [
    'aanbieder',
    'zorgaanbieder',
    'dienstverlener',
    'leverancier',
    'instelling',
    'agb',
    'agb-code',
    'agb code aanbieder',
    'aanbiedercode',
    'agb-code aanbieder',
    'zorgaanbiedercode',
  ],
  providerName: [
    'naam',
    'naam aanbieder',
    'aanbiedernaam',
    'naam zorgaanbieder',
    'zorgaanbiedernaam',
  ],
  providerGroup: [
    'referentiegroep',
    'groep',
    'type aanbieder',
    'sector',
    'doelgroep',
    'aanbiedersgroep',
  ],
  product: [
    'product',
    'productcode',
    'productcategorie+productcode',
    'voorziening',
    'arrangement',
    'ib product',
    'soort begeleiding',
    'product ib',
  ],
  startDate: [
    'startdatum',
    'ingangsdatum',
    'begindatum',
    'datum ingang',
    'datum start',
    'van',
    'start',
    'datum begin',
    'aanvangsdatum',
  ],
  endDate: [
    'einddatum',
    'datum einde',
    'datum eind',
    'tot',
    'eind',
    'beëindigingsdatum',
    'tot en met',
    'datum beëindiging',
  ],
  birthDate: ['geboortedatum', 'geb.datum', 'geb datum', 'geboren', 'geb. datum'],
  birthYear: ['geboortejaar'],
  gender: ['geslacht', 'sekse'],
  municipality: ['gemeente', 'gemeentecode', 'woongemeente', 'gemeentenaam', 'regios', 'regio'],
  reasonEnd: ['reden beëindiging', 'reden einde', 'redenbeeindiging', 'reden beeindiging'],
  referrer: ['verwijzer', 'type verwijzer'],
  registrationDate: ['aanmelddatum', 'datum aanmelding', 'aanvraagdatum'],
  period: ['periode', 'maand', 'declaratieperiode', 'boekperiode', 'perioden'],
  amount: ['bedrag', 'kosten', 'omzet', 'uitgaven', 'declaratiebedrag', 'totaal', 'bedrag euro'],
  tariff: ['tarief', 'tarief per maand', 'maandtarief', 'prijs per maand'],
  year: ['jaar', 'kalenderjaar'],
  inhabitants: ['inwoners', 'aantal inwoners', 'bevolking'],
  inhabitants18: ['inwoners 18+', 'inwoners 18 jaar en ouder', 'bevolking 18+'],
  /** CBS mate van stedelijkheid, 1 (zeer sterk stedelijk) to 5 (niet stedelijk). */
  urbanity: ['stedelijkheid', 'mate van stedelijkheid', 'stedelijkheidsklasse'],
  clientCount: [
    'cliënten',
    'clienten',
    'aantal cliënten',
    'aantal clienten',
    'wmo cliënten',
    'wmoclienten',
    'cliënten met maatwerkarrangement',
  ],
  inflow: ['instroom', 'aantal instroom', 'instroom maatwerkarrangementen'],
  outflow: ['uitstroom', 'aantal uitstroom', 'uitstroom maatwerkarrangementen'],
  volume: ['volume', 'omvang', 'eenheden'],
  budget: ['begroting', 'budget', 'begroot bedrag', 'begroot'],
  ceiling: ['plafond', 'budgetplafond', 'omzetplafond'],
  figure: ['kengetal', 'indicator'],
  targetValue: ['streefwaarde', 'doel', 'norm'],
  direction: ['richting'],
  from: ['vanaf'],
  deadline: ['uiterlijk', 'deadline'],
  measure: ['maatregel', 'omschrijving'],
  measureDate: ['datum'],
} as const;

/** Synonyms that match a whole header only (`datum` is part of too many other headers). */
const wholeOnly: ReadonlySet<string> = new Set(['datum']);

export type Field = keyof typeof fieldSynonyms;
export const fields = Object.keys(fieldSynonyms) as Field[];

/** Lower case, accents removed, spaces, dots, dashes, underscores and brackets ignored. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s._\-()[\]{}]+/g, '');
}

const exact = new Map<string, Field>();
const partial: { synonym: string; field: Field }[] = [];
for (const field of fields) {
  for (const name of fieldSynonyms[field]) {
    const n = normaliseHeader(name);
    if (!exact.has(n)) exact.set(n, field);
    // Short names (`van`, `tot`, `bsn`) only match whole headers.
    if (n.length >= 5 && !wholeOnly.has(n)) partial.push({ synonym: n, field });
  }
}
partial.sort((a, b) => b.synonym.length - a.synonym.length);

/**
 * The field a column header stands for: an exact synonym, else the longest
 * synonym the header contains (`Zorgaanbieder (AGB)` → provider). `null` if none.
 */
export function matchHeader(header: string): Field | null {
  const n = normaliseHeader(header);
  if (n === '') return null;
  const hit = exact.get(n);
  if (hit) return hit;
  for (const { synonym, field } of partial) if (n.includes(synonym)) return field;
  return null;
}
