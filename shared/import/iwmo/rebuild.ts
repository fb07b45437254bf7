import { append } from '../../append';
import type { Cents, DayNumber } from '../../brand';
import { type ProductCode, parseIbProduct } from '../../model/products';
import { type Client, emptyRecords, type Records } from '../../model/records';
import { dayFromCivil, daysInMonth, yearMonthOf } from '../../periods/days';
import type { InputFile } from '../importFiles';
import type { FileError, RowIssue } from '../report';
import { type Digest, digest } from './digest';
import { type IwmoKind, iwmoKinds, readIwmoMessage } from './messages';
import { readSource } from './sources';

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

export interface Rebuilt {
  records: Records;
  report: IwmoReport;
  rejected: RowIssue[];
  unknownProducts: Map<string, number>;
}

const DELETED = '13';

interface Version {
  stamp: string;
  client: string;
  provider: string;
  code: string;
  category: string | null;
  start: DayNumber;
  end: DayNumber | null;
  reason: string | null;
  municipality: string;
  file: string;
}

/** Whether two versions of a toewijzing say the same (the stamp aside). */
const sameContent = (a: Version, b: Version) =>
  a.code === b.code &&
  a.start === b.start &&
  a.end === b.end &&
  a.provider === b.provider &&
  a.client === b.client;

/** A product code as the figures read it, or null (refused, counted as unknown). */
type ProductOf = (
  code: string,
  category: string | null,
  where: Pick<RowIssue, 'file' | 'sheet' | 'row'>,
) => ProductCode | null;

/**
 * The records the figures need, rebuilt from the digests of iWmo messages
 * (docs/import.md): an allocation per ToewijzingNummer in its newest version
 * (deleted ones left out), with the provider's own start (305) and stop (307)
 * as delivery dates and the 307's reason for ending; a cost line per 323
 * Prestatie in the month of its ProductPeriode. The same message twice counts once.
 */
export function rebuildFromDigests(
  digests: readonly Digest[],
  productMap: Readonly<Record<string, ProductCode>> = {},
): Rebuilt {
  const report = emptyIwmoReport();
  const records = emptyRecords();
  const rejected: RowIssue[] = [];
  const unknownProducts = new Map<string, number>();
  const seen = new Set<string>();
  const versions = new Map<string, Version>();
  const starts = new Map<string, DayNumber | null>();
  const stops = new Map<string, { day: DayNumber | null; reason: string | null }>();
  const clients = new Map<string, Client>();

  const product: ProductOf = (code, category, where) => {
    const mapped = productMap[code] ?? parseIbProduct(code);
    if (mapped) return mapped;
    // Other categories than 02 (begeleiding) are other Wmo products: never IB.
    if (category !== null && category !== '02') return `other:${code}` as ProductCode;
    unknownProducts.set(code, (unknownProducts.get(code) ?? 0) + 1);
    rejected.push({ ...where, column: 'Product', value: code, code: 'unknown_product' });
    return null;
  };

  // Delivery messages in the order they were sent (Dagtekening, then identification).
  const ordered = [...digests].sort(
    (a, b) => a.header.day.localeCompare(b.header.day) || a.header.id.localeCompare(b.header.id),
  );
  for (const m of ordered) {
    const key = `${m.header.sender}|${m.header.code}|${m.header.id}`;
    if (seen.has(key)) {
      report.byKind[m.kind].duplicates++;
      continue;
    }
    seen.add(key);
    report.byKind[m.kind].read++;
    const sheet = m.kind.toUpperCase();
    if (m.client && !clients.has(m.client.client)) clients.set(m.client.client, m.client);
    const bsn = m.client?.client ?? '';
    m.allotted.forEach((p, i) => {
      if (!p.nummer || p.start === null || !p.code || !bsn) {
        rejected.push({
          file: m.file,
          sheet,
          row: i + 1,
          column: p.start === null ? 'Ingangsdatum' : 'ToegewezenProduct',
          value: p.nummer ?? '',
          code: p.start === null ? 'missing_start' : 'missing_product',
        });
        return;
      }
      const version: Version = {
        stamp: p.stamp,
        client: bsn,
        provider: m.header.receiver,
        code: p.code,
        category: p.category,
        start: p.start,
        end: p.end,
        reason: p.reason,
        municipality: m.header.sender,
        file: m.file,
      };
      const id = `${m.header.sender}|${p.nummer}`;
      const known = versions.get(id);
      if (!known) versions.set(id, version);
      else if (version.stamp > known.stamp) {
        if (!sameContent(known, version)) report.changed++;
        versions.set(id, version);
      } else if (version.stamp < known.stamp && !sameContent(known, version)) report.changed++;
    });
    for (const p of m.delivered) {
      if (!p.nummer) continue;
      const id = `${m.header.receiver}|${p.nummer}`;
      if (m.kind === 'wmo305') {
        if (p.withdrawn) starts.delete(id);
        else starts.set(id, p.day);
      } else if (p.withdrawn) stops.delete(id);
      else stops.set(id, { day: p.day, reason: p.reason });
    }
    m.declared.forEach((p, i) => {
      const where = { file: m.file, sheet, row: i + 1 };
      if (!p.bsn || p.from === null || !Number.isSafeInteger(p.cents) || !p.code) {
        rejected.push({ ...where, column: 'Prestatie', value: p.code ?? '', code: 'bad_amount' });
        return;
      }
      const code = product(p.code, p.category, where);
      if (code === null) return;
      const month = yearMonthOf(p.from);
      const year = Math.floor(month / 100);
      const monthOfYear = month % 100;
      records.costLines.push({
        client: p.bsn,
        provider: m.header.sender,
        product: code,
        periodKind: 'month',
        periodStart: dayFromCivil(year, monthOfYear, 1),
        periodEnd: dayFromCivil(year, monthOfYear, daysInMonth(year, monthOfYear)),
        amount: (p.credit ? -p.cents : p.cents) as Cents,
      });
    });
  }

  let row = 0;
  for (const [id, v] of versions) {
    row++;
    // Deleted: the newest version says so (reason 13) and ends where it starts.
    if (v.reason === DELETED && v.end === v.start) {
      report.deleted++;
      continue;
    }
    const p = product(v.code, v.category, { file: v.file, sheet: 'WMO301', row });
    if (p === null) continue;
    records.allocations.push({
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
      deliveryStart: starts.get(id) ?? null,
      deliveryEnd: stops.get(id)?.day ?? null,
    });
  }
  records.clients = [...clients.values()];
  return { records, report, rejected, unknownProducts };
}

/**
 * XML files and ZIPs of them read as iWmo messages, one at a time (each
 * message's tree dropped once its facts are taken), and rebuilt into records;
 * a file that is not a message is refused with its reason.
 */
export function readMessages(
  sources: readonly InputFile[],
  productMap: Readonly<Record<string, ProductCode>>,
): Rebuilt & { fileErrors: FileError[] } {
  const digests: Digest[] = [];
  const refused: IwmoReport['refused'] = [];
  const fileErrors: FileError[] = [];
  for (const source of sources) {
    // A source is read whole or not at all: what a broken archive gave before it broke is dropped.
    const mine: Digest[] = [];
    const mineRefused: IwmoReport['refused'] = [];
    const failure = readSource(source, (name, text) => {
      const m = readIwmoMessage(text, name);
      if ('refusal' in m)
        mineRefused.push({
          file: name,
          reason: m.refusal,
          ...(m.detail ? { detail: m.detail } : {}),
        });
      else mine.push(digest(m));
    });
    if (failure) fileErrors.push({ file: source.name, code: failure });
    else {
      append(digests, mine);
      append(refused, mineRefused);
    }
  }
  const rebuilt = { ...rebuildFromDigests(digests, productMap), fileErrors };
  rebuilt.report.refused = refused;
  for (const r of refused) {
    const kind = iwmoKinds.find((k) => r.detail === k);
    if (kind) rebuilt.report.byKind[kind].refused++;
  }
  return rebuilt;
}
