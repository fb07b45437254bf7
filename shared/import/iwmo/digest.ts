import type { DayNumber } from '../../brand';
import { parseGender } from '../../model/gender';
import { parseEndReason } from '../../model/reasons';
import type { Client } from '../../model/records';
import { dayFromIso, yearMonthOf } from '../../periods/days';
import type { IwmoHeader, IwmoKind, IwmoMessage } from './messages';
import { childrenNamed, textAt, type XmlElement } from './xml';

// A message's facts, taken from its XML as soon as it is read: the tree is dropped, so an
// import of a municipality's whole traffic holds only these (docs/performance.md).

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const day = (text: string | null): DayNumber | null =>
  text !== null && DATE.test(text) ? dayFromIso(text) : null;

/** A 301 ToegewezenProduct. */
export interface Allotted {
  nummer: string | null;
  code: string | null;
  category: string | null;
  /** Toewijzingsdatum + Toewijzingstijd: the newest version wins. */
  stamp: string;
  start: DayNumber | null;
  end: DayNumber | null;
  reason: string | null;
}

/** A 305 StartProduct or 307 StopProduct. */
export interface Delivered {
  nummer: string | null;
  /** 305: Begindatum; 307: Einddatum. */
  day: DayNumber | null;
  /** 307: RedenBeeindiging as the app's code. */
  reason: string | null;
  withdrawn: boolean;
}

/** A 323 Prestatie. */
export interface Declared {
  bsn: string | null;
  code: string | null;
  category: string | null;
  from: DayNumber | null;
  cents: number;
  credit: boolean;
}

export interface Digest {
  kind: IwmoKind;
  file: string;
  header: IwmoHeader;
  client: Client | null;
  allotted: Allotted[];
  delivered: Delivered[];
  declared: Declared[];
}

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

/** The list below `body` (`ToegewezenProducten/ToegewezenProduct`, …). */
const items = (body: XmlElement, list: string, item: string) =>
  childrenNamed(childrenNamed(body, list)[0], item);

/** The facts of a message the figures use. */
export function digest(m: IwmoMessage): Digest {
  const out: Digest = {
    kind: m.kind,
    file: m.file,
    header: m.header,
    client: null,
    allotted: [],
    delivered: [],
    declared: [],
  };
  const { body } = m;
  if (m.kind === 'wmo323') {
    for (const c of items(body, 'Clienten', 'Client')) {
      const bsn = textAt(c, 'Bsn');
      for (const p of items(c, 'Prestaties', 'Prestatie'))
        out.declared.push({
          bsn,
          code: textAt(p, 'ProductCode'),
          category: textAt(p, 'ProductCategorie'),
          from: day(textAt(p, 'ProductPeriode', 'Begindatum')),
          cents: Number(textAt(p, 'IngediendBedrag', 'Bedrag')),
          credit: textAt(p, 'IngediendBedrag', 'DebetCredit') === 'C',
        });
    }
    return out;
  }
  out.client = clientOf(body);
  if (m.kind === 'wmo301') {
    for (const p of items(body, 'ToegewezenProducten', 'ToegewezenProduct'))
      out.allotted.push({
        nummer: textAt(p, 'ToewijzingNummer'),
        code: textAt(p, 'Product', 'Code'),
        category: textAt(p, 'Product', 'Categorie'),
        stamp: `${textAt(p, 'Toewijzingsdatum') ?? ''}T${textAt(p, 'Toewijzingstijd') ?? ''}`,
        start: day(textAt(p, 'Ingangsdatum')),
        end: day(textAt(p, 'Einddatum')),
        reason: textAt(p, 'RedenWijziging'),
      });
    return out;
  }
  const start = m.kind === 'wmo305';
  for (const p of items(
    body,
    start ? 'StartProducten' : 'StopProducten',
    start ? 'StartProduct' : 'StopProduct',
  )) {
    const reason = start ? null : textAt(p, 'RedenBeeindiging');
    out.delivered.push({
      nummer: textAt(p, 'ToewijzingNummer'),
      day: day(textAt(p, start ? 'Begindatum' : 'Einddatum')),
      reason: reason === null ? null : parseEndReason(reason),
      withdrawn: textAt(p, 'StatusAanlevering') === '3',
    });
  }
  return out;
}
