import type { Cents, DayNumber } from '../../brand';
import { parseGender } from '../../model/gender';
import { type ProductCode, parseIbProduct } from '../../model/products';
import { parseEndReason } from '../../model/reasons';
import { type Allocation, type Client, emptyRecords, type Records } from '../../model/records';
import { dayFromCivil, dayFromIso, daysInMonth, yearMonthOf } from '../../periods/days';
import type { RowIssue } from '../report';
import { type IwmoKind, type IwmoMessage, iwmoKinds, readIwmoMessage } from './messages';
import type { XmlInput } from './sources';
import { childrenNamed, textAt, type XmlElement } from './xml';

/** Per message type: files read, refused and repeated (the same sender, code and identification). */
export interface IwmoCounts {
  read: number;
  refused: number;
  duplicates: number;
}

/** What an import of iWmo messages did, for the import report. */
export interface IwmoReport {
  byKind: Record<IwmoKind, IwmoCounts>;
  /** Files that were not read as a message, with the reason (a code) and a detail. */
  refused: { file: string; reason: string; detail?: string }[];
  /** Toewijzingen whose content a later version changed, and those a later version deleted. */
  changed: number;
  deleted: number;
}

export const emptyIwmoReport = (): IwmoReport => ({
  byKind: Object.fromEntries(
    iwmoKinds.map((k) => [k, { read: 0, refused: 0, duplicates: 0 }]),
  ) as Record<IwmoKind, IwmoCounts>,
  refused: [],
  changed: 0,
  deleted: 0,
});

const DELETED = '13';
const WITHDRAWN = '3';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const day = (text: string | null): DayNumber | null =>
  text !== null && DATE.test(text) ? dayFromIso(text) : null;

interface Version {
  /** Toewijzingsdatum + Toewijzingstijd: the newest wins, whatever order the files came in. */
  stamp: string;
  client: string;
  provider: string;
  product: string;
  category: string | null;
  start: DayNumber;
  end: DayNumber | null;
  reason: string | null;
  municipality: string;
  file: string;
}

/** Whether two versions of a toewijzing say the same (the stamp aside). */
const sameContent = (a: Version, b: Version) =>
  a.product === b.product &&
  a.start === b.start &&
  a.end === b.end &&
  a.provider === b.provider &&
  a.client === b.client;

/** A client's birth as iWmo writes it: DatumGebruik 3 = unknown, 2 = only the year. */
function clientOf(body: XmlElement): Client | null {
  const bsn = textAt(body, 'Bsn');
  if (!bsn) return null;
  const born = day(textAt(body, 'Geboortedatum', 'Datum'));
  const use = textAt(body, 'Geboortedatum', 'DatumGebruik');
  const known = born !== null && use !== '3';
  return {
    client: bsn,
    birthMonth: known && use !== '2' ? yearMonthOf(born) : null,
    birthYear: known && use === '2' ? Math.floor(yearMonthOf(born) / 100) : null,
    // 1 man, 2 vrouw, 0 niet bekend: read as a spreadsheet's 1, 2 and 0 are (0 is x).
    gender: parseGender(textAt(body, 'Geslacht') ?? '0'),
    municipality: null,
  };
}

/**
 * The records the figures need, rebuilt from iWmo messages (docs/import.md):
 * an allocation per ToewijzingNummer in its newest version (deleted ones
 * left out), with the provider's own start (305) and stop (307) as delivery
 * dates and the 307's reason for ending; a cost line per 323 Prestatie in the
 * month of its ProductPeriode. The same message twice counts once.
 */
export function rebuildFromMessages(
  messages: readonly IwmoMessage[],
  productMap: Readonly<Record<string, ProductCode>> = {},
): {
  records: Records;
  report: IwmoReport;
  rejected: RowIssue[];
  unknownProducts: Map<string, number>;
} {
  const report = emptyIwmoReport();
  const records = emptyRecords();
  const rejected: RowIssue[] = [];
  const unknownProducts = new Map<string, number>();
  const seen = new Set<string>();
  const versions = new Map<string, Version>();
  const starts = new Map<string, { at: string; day: DayNumber | null }>();
  const stops = new Map<string, { at: string; day: DayNumber | null; reason: string | null }>();
  const clients = new Map<string, Client>();

  // Delivery messages in the order they were sent (Dagtekening, then identification).
  const ordered = [...messages].sort(
    (a, b) => a.header.day.localeCompare(b.header.day) || a.header.id.localeCompare(b.header.id),
  );
  const product: ProductOf = (code, category, where) => {
    const mapped = productMap[code] ?? parseIbProduct(code);
    if (mapped) return mapped;
    // Other categories than 02 (begeleiding) are other Wmo products: never IB.
    if (category !== null && category !== '02') return `other:${code}` as ProductCode;
    unknownProducts.set(code, (unknownProducts.get(code) ?? 0) + 1);
    rejected.push({ ...where, column: 'Product', value: code, code: 'unknown_product' });
    return null;
  };

  for (const m of ordered) {
    const key = `${m.header.sender}|${m.header.code}|${m.header.id}`;
    if (seen.has(key)) {
      report.byKind[m.kind].duplicates++;
      continue;
    }
    seen.add(key);
    report.byKind[m.kind].read++;
    if (m.kind === 'wmo323') {
      readDeclaration(m, records, product, rejected);
      continue;
    }
    const client = clientOf(m.body);
    if (client && !clients.has(client.client)) clients.set(client.client, client);
    const bsn = client?.client ?? '';
    if (m.kind === 'wmo301') {
      const items = childrenNamed(
        childrenNamed(m.body, 'ToegewezenProducten')[0],
        'ToegewezenProduct',
      );
      items.forEach((p, i) => {
        const nummer = textAt(p, 'ToewijzingNummer');
        const start = day(textAt(p, 'Ingangsdatum'));
        const code = textAt(p, 'Product', 'Code');
        if (!nummer || start === null || !code || !bsn) {
          rejected.push(issue(m, i + 1, 'ToegewezenProduct', nummer ?? '', 'missing_start'));
          return;
        }
        const version: Version = {
          stamp: `${textAt(p, 'Toewijzingsdatum') ?? ''}T${textAt(p, 'Toewijzingstijd') ?? ''}`,
          client: bsn,
          provider: m.header.receiver,
          product: code,
          category: textAt(p, 'Product', 'Categorie'),
          start,
          end: day(textAt(p, 'Einddatum')),
          reason: textAt(p, 'RedenWijziging'),
          municipality: m.header.sender,
          file: m.file,
        };
        const id = `${m.header.sender}|${nummer}`;
        const known = versions.get(id);
        if (!known) versions.set(id, version);
        else if (version.stamp > known.stamp) {
          if (!sameContent(known, version)) report.changed++;
          versions.set(id, version);
        } else if (version.stamp < known.stamp && !sameContent(known, version)) report.changed++;
      });
    } else {
      const list = m.kind === 'wmo305' ? 'StartProducten' : 'StopProducten';
      const item = m.kind === 'wmo305' ? 'StartProduct' : 'StopProduct';
      for (const p of childrenNamed(childrenNamed(m.body, list)[0], item)) {
        const nummer = textAt(p, 'ToewijzingNummer');
        if (!nummer) continue;
        const id = `${m.header.receiver}|${nummer}`;
        const withdrawn = textAt(p, 'StatusAanlevering') === WITHDRAWN;
        if (m.kind === 'wmo305') {
          if (withdrawn) starts.delete(id);
          else starts.set(id, { at: m.header.day, day: day(textAt(p, 'Begindatum')) });
        } else if (withdrawn) stops.delete(id);
        else {
          const reason = textAt(p, 'RedenBeeindiging');
          stops.set(id, {
            at: m.header.day,
            day: day(textAt(p, 'Einddatum')),
            reason: reason === null ? null : parseEndReason(reason),
          });
        }
      }
    }
  }

  let row = 0;
  for (const [id, v] of versions) {
    row++;
    // Deleted: the newest version says so (reason 13) and ends where it starts.
    if (v.reason === DELETED && v.end === v.start) {
      report.deleted++;
      continue;
    }
    const p = product(v.product, v.category, { file: v.file, sheet: 'WMO301', row });
    if (p === null) continue;
    const allocation: Allocation = {
      client: v.client,
      provider: v.provider,
      product: p,
      start: v.start,
      end: v.end,
      municipality: v.municipality,
      reasonEnd: stops.get(id)?.reason ?? null,
      referrer: null,
      registration: null,
      volume: null,
      deliveryStart: starts.get(id)?.day ?? null,
      deliveryEnd: stops.get(id)?.day ?? null,
    };
    records.allocations.push(allocation);
  }
  records.clients = [...clients.values()];
  return { records, report, rejected, unknownProducts };
}

/** A product code as the figures read it, or null (refused, counted as unknown). */
type ProductOf = (
  code: string,
  category: string | null,
  where: Pick<RowIssue, 'file' | 'sheet' | 'row'>,
) => ProductCode | null;

function issue(
  m: Pick<IwmoMessage, 'file' | 'kind'>,
  row: number,
  column: string,
  value: string,
  code: RowIssue['code'],
): RowIssue {
  return { file: m.file, sheet: m.kind.toUpperCase(), row, column, value, code };
}

/** A WMO323's Prestaties as cost lines: the month of the ProductPeriode, credit negative. */
function readDeclaration(
  m: IwmoMessage,
  records: Records,
  product: ProductOf,
  rejected: RowIssue[],
) {
  let row = 0;
  for (const c of childrenNamed(childrenNamed(m.body, 'Clienten')[0], 'Client')) {
    const bsn = textAt(c, 'Bsn');
    for (const p of childrenNamed(childrenNamed(c, 'Prestaties')[0], 'Prestatie')) {
      row++;
      const from = day(textAt(p, 'ProductPeriode', 'Begindatum'));
      const cents = Number(textAt(p, 'IngediendBedrag', 'Bedrag'));
      const code = textAt(p, 'ProductCode');
      if (!bsn || from === null || !Number.isSafeInteger(cents) || !code) {
        rejected.push(issue(m, row, 'Prestatie', code ?? '', 'bad_amount'));
        continue;
      }
      const productCode = product(code, textAt(p, 'ProductCategorie'), {
        file: m.file,
        sheet: 'WMO323',
        row,
      });
      if (productCode === null) continue;
      const month = yearMonthOf(from);
      const year = Math.floor(month / 100);
      const monthOfYear = month % 100;
      const credit = textAt(p, 'IngediendBedrag', 'DebetCredit') === 'C';
      records.costLines.push({
        client: bsn,
        provider: m.header.sender,
        product: productCode,
        periodKind: 'month',
        periodStart: dayFromCivil(year, monthOfYear, 1),
        periodEnd: dayFromCivil(year, monthOfYear, daysInMonth(year, monthOfYear)),
        amount: (credit ? -cents : cents) as Cents,
      });
    }
  }
}

/**
 * XML files read as iWmo messages and rebuilt into records; each file that is
 * not a message is refused with its reason (counted per type where the type
 * is known).
 */
export function readMessages(
  files: readonly XmlInput[],
  productMap: Readonly<Record<string, ProductCode>>,
): ReturnType<typeof rebuildFromMessages> {
  const messages: IwmoMessage[] = [];
  const refused: IwmoReport['refused'] = [];
  for (const f of files) {
    const m = readIwmoMessage(f.text, f.name);
    if ('refusal' in m)
      refused.push({ file: f.name, reason: m.refusal, ...(m.detail ? { detail: m.detail } : {}) });
    else messages.push(m);
  }
  const rebuilt = rebuildFromMessages(messages, productMap);
  rebuilt.report.refused = refused;
  for (const r of refused) {
    const kind = iwmoKinds.find((k) => r.detail === k);
    if (kind) rebuilt.report.byKind[kind].refused++;
  }
  return rebuilt;
}
