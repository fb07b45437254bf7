import type { DayNumber } from '../shared/brand';
import { endReasons, parseEndReason } from '../shared/model/reasons';
import type { Allocation, Records } from '../shared/model/records';
import { civilFromDay, isoDate } from '../shared/periods/days';

// iWmo 3.2 messages written from records, as a municipality's message log holds them: a 301 per
// client and provider (repeating every toewijzing still valid), a 305 and, for ended ones, a 307
// per toewijzing, a 323 per provider and month. For tests and the bench; written from the public
// XSDs (WMO301, WMO305-307, WMO323 and the basisschema), not copied from anywhere.

const NS = 'http://www.istandaarden.nl/iwmo/3_2';
const BASIS = `${NS}/basisschema/schema`;

/** The product code a municipality's catalogue uses for each IB product (IB0 is its own: 02A05). */
export const iwmoProductCodes: Record<string, string> = {
  IB0: '02A05',
  IB1: '02A06',
  IB2: '02A07',
  IB3: '02A09',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const date = (d: number) => isoDate(d);
const cbs = (municipality: string | null) => (municipality ?? 'GM0505').replace(/^GM/, '');

function header(kind: string, code: string, from: string, to: string, id: string, day: string) {
  return `<${kind}:Header><${kind}:BerichtCode>${code}</${kind}:BerichtCode><${kind}:BerichtVersie>3</${kind}:BerichtVersie><${kind}:BerichtSubversie>2</${kind}:BerichtSubversie><${kind}:Afzender>${from}</${kind}:Afzender><${kind}:Ontvanger>${to}</${kind}:Ontvanger><${kind}:BerichtIdentificatie><iwmo:Identificatie>${id}</iwmo:Identificatie><iwmo:Dagtekening>${day}</iwmo:Dagtekening></${kind}:BerichtIdentificatie><${kind}:XsdVersie><iwmo:BasisschemaXsdVersie>1.0.0</iwmo:BasisschemaXsdVersie><iwmo:BerichtXsdVersie>1.0.0</iwmo:BerichtXsdVersie></${kind}:XsdVersie></${kind}:Header>`;
}

const open = (kind: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<${kind}:Bericht xmlns:${kind}="${NS}/${kind}/schema" xmlns:iwmo="${BASIS}">`;

export interface ClientFacts {
  bsn: string;
  /** `yyyy-mm-dd`, with DatumGebruik 2 when only the year is known; null: unknown (DatumGebruik 3). */
  born: string | null;
  yearOnly?: boolean;
  gender: 'm' | 'v' | null;
}

function client(kind: string, c: ClientFacts, full: boolean): string {
  const born =
    c.born === null
      ? '<iwmo:Datum>1900-01-01</iwmo:Datum><iwmo:DatumGebruik>3</iwmo:DatumGebruik>'
      : `<iwmo:Datum>${c.born}</iwmo:Datum>${c.yearOnly ? '<iwmo:DatumGebruik>2</iwmo:DatumGebruik>' : ''}`;
  const gender = c.gender === 'm' ? '1' : c.gender === 'v' ? '2' : '0';
  // A 301 carries the full name (with NaamGebruik), the others the short one.
  const name = `<${kind}:Naam><iwmo:Geslachtsnaam><iwmo:Achternaam>Cliënt</iwmo:Achternaam></iwmo:Geslachtsnaam><iwmo:Voorletters>A</iwmo:Voorletters>${full ? '<iwmo:NaamGebruik>1</iwmo:NaamGebruik>' : ''}</${kind}:Naam>`;
  return `<${kind}:Bsn>${c.bsn}</${kind}:Bsn><${kind}:Geboortedatum>${born}</${kind}:Geboortedatum><${kind}:Geslacht>${gender}</${kind}:Geslacht>${name}`;
}

export interface ToewijzingFacts {
  nummer: string;
  product: string;
  start: number;
  end: number | null;
  /** Toewijzingsdatum and -tijd: the newest version wins. */
  decided: string;
  time?: string;
  reason?: string;
}

export function wmo301(
  id: string,
  day: string,
  municipality: string,
  provider: string,
  c: ClientFacts,
  items: readonly ToewijzingFacts[],
): string {
  const products = items
    .map(
      (t) =>
        `<wmo301:ToegewezenProduct><wmo301:ToewijzingNummer>${t.nummer}</wmo301:ToewijzingNummer><wmo301:Product><iwmo:Categorie>${t.product.slice(0, 2)}</iwmo:Categorie><iwmo:Code>${esc(t.product)}</iwmo:Code></wmo301:Product><wmo301:Toewijzingsdatum>${t.decided}</wmo301:Toewijzingsdatum><wmo301:Toewijzingstijd>${t.time ?? '10:00:00'}</wmo301:Toewijzingstijd><wmo301:Ingangsdatum>${date(t.start)}</wmo301:Ingangsdatum>${t.end === null ? '' : `<wmo301:Einddatum>${date(t.end)}</wmo301:Einddatum>`}${t.reason ? `<wmo301:RedenWijziging>${t.reason}</wmo301:RedenWijziging>` : ''}</wmo301:ToegewezenProduct>`,
    )
    .join('');
  return `${open('wmo301')}${header('wmo301', '414', cbs(municipality), provider, id, day)}<wmo301:Client>${client('wmo301', c, true)}<wmo301:Contactgegevens><wmo301:Contact><wmo301:Soort>01</wmo301:Soort></wmo301:Contact></wmo301:Contactgegevens><wmo301:ToegewezenProducten>${products}</wmo301:ToegewezenProducten></wmo301:Client></wmo301:Bericht>\n`;
}

export function wmo305(
  id: string,
  day: string,
  provider: string,
  municipality: string,
  c: ClientFacts,
  items: readonly {
    nummer: string;
    product: string;
    allocated: number;
    begin: number;
    status?: string;
  }[],
): string {
  const products = items
    .map(
      (t) =>
        `<wmo305:StartProduct><wmo305:ToewijzingNummer>${t.nummer}</wmo305:ToewijzingNummer><wmo305:Product><iwmo:Categorie>02</iwmo:Categorie><iwmo:Code>${t.product}</iwmo:Code></wmo305:Product><wmo305:ToewijzingIngangsdatum>${date(t.allocated)}</wmo305:ToewijzingIngangsdatum><wmo305:Begindatum>${date(t.begin)}</wmo305:Begindatum><wmo305:StatusAanlevering>${t.status ?? '1'}</wmo305:StatusAanlevering></wmo305:StartProduct>`,
    )
    .join('');
  return `${open('wmo305')}${header('wmo305', '418', provider, cbs(municipality), id, day)}<wmo305:Client>${client('wmo305', c, false)}<wmo305:StartProducten>${products}</wmo305:StartProducten></wmo305:Client></wmo305:Bericht>\n`;
}

export function wmo307(
  id: string,
  day: string,
  provider: string,
  municipality: string,
  c: ClientFacts,
  items: readonly {
    nummer: string;
    product: string;
    allocated: number;
    begin: number;
    end: number;
    reason: string;
    status?: string;
  }[],
): string {
  const products = items
    .map(
      (t) =>
        `<wmo307:StopProduct><wmo307:ToewijzingNummer>${t.nummer}</wmo307:ToewijzingNummer><wmo307:Product><iwmo:Categorie>02</iwmo:Categorie><iwmo:Code>${t.product}</iwmo:Code></wmo307:Product><wmo307:ToewijzingIngangsdatum>${date(t.allocated)}</wmo307:ToewijzingIngangsdatum><wmo307:Begindatum>${date(t.begin)}</wmo307:Begindatum><wmo307:RedenBeeindiging>${t.reason}</wmo307:RedenBeeindiging><wmo307:Einddatum>${date(t.end)}</wmo307:Einddatum><wmo307:StatusAanlevering>${t.status ?? '1'}</wmo307:StatusAanlevering></wmo307:StopProduct>`,
    )
    .join('');
  return `${open('wmo307')}${header('wmo307', '420', provider, cbs(municipality), id, day)}<wmo307:Client>${client('wmo307', c, false)}<wmo307:StopProducten>${products}</wmo307:StopProducten></wmo307:Client></wmo307:Bericht>\n`;
}

export interface PrestatieFacts {
  bsn: string;
  nummer: string;
  product: string;
  /** First and last day of the ProductPeriode. */
  from: number;
  to: number;
  cents: number;
}

export function wmo323(
  id: string,
  day: string,
  provider: string,
  municipality: string,
  period: { from: number; to: number },
  lines: readonly PrestatieFacts[],
): string {
  const byClient = new Map<string, PrestatieFacts[]>();
  for (const l of lines) byClient.set(l.bsn, [...(byClient.get(l.bsn) ?? []), l]);
  let ref = 0;
  const total = lines.reduce((s, l) => s + l.cents, 0);
  const amount = (cents: number, element = 'Bedrag') =>
    `<iwmo:${element}>${Math.abs(cents)}</iwmo:${element}><iwmo:DebetCredit>${cents < 0 ? 'C' : 'D'}</iwmo:DebetCredit>`;
  const clients = [...byClient]
    .map(
      ([bsn, ls]) =>
        `<wmo323:Client><wmo323:Bsn>${bsn}</wmo323:Bsn><wmo323:Prestaties>${ls
          .map(
            (l) =>
              `<wmo323:Prestatie><wmo323:ProductReferentie><iwmo:ReferentieNummer>${id}-${++ref}</iwmo:ReferentieNummer></wmo323:ProductReferentie><wmo323:ToewijzingNummer>${l.nummer}</wmo323:ToewijzingNummer><wmo323:ProductCategorie>02</wmo323:ProductCategorie><wmo323:ProductCode>${l.product}</wmo323:ProductCode><wmo323:ProductPeriode><iwmo:Begindatum>${date(l.from)}</iwmo:Begindatum><iwmo:Einddatum>${date(l.to)}</iwmo:Einddatum></wmo323:ProductPeriode><wmo323:GeleverdVolume>1</wmo323:GeleverdVolume><wmo323:Eenheid>82</wmo323:Eenheid><wmo323:IngediendBedrag>${amount(l.cents)}</wmo323:IngediendBedrag></wmo323:Prestatie>`,
          )
          .join('')}</wmo323:Prestaties></wmo323:Client>`,
    )
    .join('');
  return `${open('wmo323')}${header('wmo323', '484', provider, cbs(municipality), id, day)}<wmo323:Declaratie><wmo323:DeclaratieNummer>${id}</wmo323:DeclaratieNummer><wmo323:DeclaratiePeriode><iwmo:Begindatum>${date(period.from)}</iwmo:Begindatum><iwmo:Einddatum>${date(period.to)}</iwmo:Einddatum></wmo323:DeclaratiePeriode><wmo323:DeclaratieDagtekening>${day}</wmo323:DeclaratieDagtekening><wmo323:TotaalIngediendBedrag>${amount(total, 'TotaalBedrag')}</wmo323:TotaalIngediendBedrag><wmo323:Clienten>${clients}</wmo323:Clienten></wmo323:Declaratie></wmo323:Bericht>\n`;
}

/** A StUF-GGk envelope around a message, as the GGk delivers it. */
export function stufEnvelope(message: string): string {
  const base64 = Buffer.from(message, 'utf8').toString('base64');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<ggk:berichtVerzoek xmlns:ggk="http://www.stufstandaarden.nl/koppelvlak/ggk0210"><ggk:bericht><ggk:berichtcode>WMO301</ggk:berichtcode><ggk:xmlBestand>${base64}</ggk:xmlBestand></ggk:bericht></ggk:berichtVerzoek>\n`;
}

/**
 * A municipality's message log for `records`: the files a consultant gets.
 * Clients are numbered as BSNs by `bsnOf`; the records' client ids are kept
 * apart from them by the caller.
 */
/** The WMO588 code a 307 carries: the sheet's code or words; a text without a code is "volgens plan". */
function wmo588(reason: string | null): string {
  const code = reason === null ? '19' : parseEndReason(reason);
  return code in endReasons ? code : '19';
}

export function messagesFromRecords(
  records: Records,
  bsnOf: (client: string) => string,
): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const facts = new Map<string, ClientFacts>();
  for (const c of records.clients) {
    const yearOnly = c.birthMonth === null && c.birthYear !== null;
    const born =
      c.birthMonth !== null
        ? `${Math.floor(c.birthMonth / 100)}-${String(c.birthMonth % 100).padStart(2, '0')}-15`
        : c.birthYear !== null
          ? `${c.birthYear}-07-01`
          : null;
    facts.set(c.client, {
      bsn: bsnOf(c.client),
      born,
      yearOnly,
      gender: c.gender === 'x' ? null : c.gender,
    });
  }
  const factsOf = (client: string) =>
    facts.get(client) ?? { bsn: bsnOf(client), born: null, gender: null };
  // One 301 per client, provider and municipality (the allocation's, else the client's), with
  // all its toewijzingen.
  const home = new Map(records.clients.map((c) => [c.client, c.municipality]));
  const groups = new Map<string, Allocation[]>();
  for (const raw of records.allocations) {
    const a = { ...raw, municipality: raw.municipality ?? home.get(raw.client) ?? 'GM0505' };
    const key = `${a.client}|${a.provider}|${a.municipality}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  let id = 0;
  let nummer = 0;
  const nummers = new Map<Allocation, string>();
  for (const list of groups.values()) {
    const first = list[0] as Allocation;
    const items = list.map((a) => {
      const n = String(++nummer);
      nummers.set(a, n);
      return {
        nummer: n,
        product: iwmoProductCodes[a.product] ?? a.product.replace(/^other:/, ''),
        start: a.start,
        end: a.end,
        decided: date(a.start - 7),
      };
    });
    const day = date(Math.min(...list.map((a) => a.start)) - 7);
    const c = factsOf(first.client);
    const provider = first.provider ?? '00000000';
    out.push({
      name: `301/${++id}.xml`,
      text: wmo301(String(id), day, first.municipality ?? 'GM0505', provider, c, items),
    });
    for (const a of list) {
      const n = nummers.get(a) as string;
      const product = iwmoProductCodes[a.product] ?? a.product;
      out.push({
        name: `305/${++id}.xml`,
        text: wmo305(String(id), date(a.start + 3), provider, a.municipality ?? 'GM0505', c, [
          { nummer: n, product, allocated: a.start, begin: a.start + 3 },
        ]),
      });
      if (a.end !== null)
        out.push({
          name: `307/${++id}.xml`,
          text: wmo307(String(id), date(a.end + 1), provider, a.municipality ?? 'GM0505', c, [
            {
              nummer: n,
              product,
              allocated: a.start,
              begin: a.start + 3,
              end: a.end,
              reason: wmo588(a.reasonEnd),
            },
          ]),
        });
    }
  }
  // Cost lines: one 323 per provider and month.
  const declarations = new Map<string, PrestatieFacts[]>();
  for (const l of records.costLines) {
    const { year, month } = civilFromDay(l.periodStart);
    const key = `${l.provider ?? '00000000'}|${year}-${String(month).padStart(2, '0')}`;
    declarations.set(key, [
      ...(declarations.get(key) ?? []),
      {
        bsn: bsnOf(l.client),
        nummer: '0',
        product: iwmoProductCodes[l.product ?? 'IB1'] ?? 'IB1',
        from: l.periodStart,
        to: l.periodEnd,
        cents: l.amount,
      },
    ]);
  }
  for (const [key, lines] of declarations) {
    const [provider] = key.split('|') as [string];
    const from = Math.min(...lines.map((l) => l.from)) as DayNumber;
    const to = Math.max(...lines.map((l) => l.to)) as DayNumber;
    out.push({
      name: `323/${++id}.xml`,
      text: wmo323(String(id), date(to + 5), provider, 'GM0505', { from, to }, lines),
    });
  }
  return out;
}

/** The providers sheet a municipality imports beside its messages (names and groups are in none). */
export const providersCsv = (records: Records): string =>
  [
    'AGB-code;Naam;Referentiegroep',
    ...records.providers.map((p) => `${p.provider};${p.name ?? ''};${p.group}`),
  ].join('\n');

/** A tariffs sheet (product, year, euro per month with a decimal comma). */
export const tariffsCsv = (records: Records): string =>
  [
    'Product;Jaar;Tarief',
    ...records.tariffs.map(
      (t) => `${t.product};${t.year};${(t.perMonth / 100).toFixed(2).replace('.', ',')}`,
    ),
  ].join('\n');
