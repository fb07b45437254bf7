import { utils, type WorkBook, type WorkSheet, write } from 'xlsx';
import type { Sample } from './drechtsteden';
import { GROUP_LABEL, MUNICIPALITIES, YEARS } from './drechtsteden';

const EXCEL_EPOCH = -25569; // day number of 1899-12-30
type CellValue = string | number | { date: number } | null;

function sheet(rows: CellValue[][]): WorkSheet {
  const plain = rows.map((r) =>
    r.map((v) => (v !== null && typeof v === 'object' ? v.date - EXCEL_EPOCH : v)),
  );
  const ws = utils.aoa_to_sheet(plain);
  for (const [r, row] of rows.entries()) {
    for (const [c, v] of row.entries()) {
      if (v === null || typeof v !== 'object') continue;
      const cell = ws[utils.encode_cell({ r, c })];
      if (cell) cell.z = 'dd-mm-yyyy';
    }
  }
  return ws;
}

const date = (day: number | null): CellValue => (day === null ? null : { date: day });
const productText = (p: string) => ({ IB1: '02A06', IB2: '02A07', IB3: '02A09' })[p] ?? p;

/** The sample as the workbook a contract manager would export: title rows, Dutch headers, real dates. */
export function sampleWorkbook(sample: Sample): WorkBook {
  const { records } = sample;
  const allocationRow = (a: Sample['records']['allocations'][number]): CellValue[] => [
    a.client,
    a.municipality,
    a.provider,
    productText(a.product),
    date(a.start),
    a.end === null ? (Number(a.client) % 3 === 0 ? '31-12-9999' : null) : date(a.end),
    a.reasonEnd,
    a.referrer,
  ];
  const allocations: CellValue[][] = [
    ['Toewijzingen individuele begeleiding — Drechtsteden (synthetische voorbeelddata)'],
    ['Exportdatum: 31-12-2019'],
    [],
    [
      'Klantnummer',
      'Gemeentecode',
      'AGB-code aanbieder',
      'Productcode',
      'Ingangsdatum',
      'Einddatum',
      'Reden beëindiging',
      'Verwijzer',
    ],
    ...records.allocations.map(allocationRow),
    ...sample.duplicateRows.map(allocationRow),
    ...sample.badRows.map((b) => [
      b.client || null,
      'GM0505',
      records.providers[0]?.provider ?? null,
      b.product,
      b.start,
      b.end || null,
      null,
      null,
    ]),
  ];
  const clients: CellValue[][] = [
    ['Klantnummer', 'Geboortedatum', 'Geboortejaar', 'Geslacht'],
    ...records.clients.map((c) => [
      c.client,
      date(sample.birthDates.get(c.client) ?? null),
      c.birthYear,
      c.gender === 'v' ? 'Vrouw' : c.gender === 'm' ? 'Man' : 'Onbekend',
    ]),
  ];
  const providers: CellValue[][] = [
    ['AGB-code', 'Naam aanbieder', 'Referentiegroep'],
    ...records.providers.map((p) => [p.provider, p.name, GROUP_LABEL[p.group] || null]),
  ];
  const tariffs: CellValue[][] = [
    ['Product', 'Jaar', 'Tarief per maand'],
    ...records.tariffs.map((t) => [t.product, t.year, t.perMonth / 100]),
  ];
  const population: CellValue[][] = [
    ['Gemeente', 'Jaar', 'Inwoners'],
    ...MUNICIPALITIES.flatMap((m) =>
      YEARS.map((year, y) => [m.name, year, Math.round(m.inhabitants * (0.985 + 0.004 * y))]),
    ),
  ];
  const budgets: CellValue[][] = [
    ['Jaar', 'Begroting'],
    ...records.budgets.map((b) => [b.year, b.amount / 100]),
  ];
  const ceilings: CellValue[][] = [
    ['AGB-code', 'Jaar', 'Plafond'],
    ...records.ceilings.map((c) => [c.provider, c.year, c.amount / 100]),
  ];
  const targets: CellValue[][] = [
    ['Kengetal', 'Periode', 'Streefwaarde', 'Richting', 'Vanaf'],
    ...records.targets.map((t) => [
      t.figure === 'inflow' ? 'instroom' : t.figure,
      t.periodKind === 'month' ? 'maand' : t.periodKind,
      t.value,
      t.direction === 'max' ? 'hoogstens' : 'minstens',
      date(t.from),
    ]),
  ];
  const measures: CellValue[][] = [
    ['Datum', 'Maatregel', 'Product'],
    ...records.measures.map((m) => [date(m.date), m.label, m.product]),
  ];
  const wb = utils.book_new();
  utils.book_append_sheet(wb, sheet(allocations), 'Toewijzingen IB');
  utils.book_append_sheet(wb, sheet(clients), 'Cliënten');
  utils.book_append_sheet(wb, sheet(providers), 'Aanbieders');
  utils.book_append_sheet(wb, sheet(tariffs), 'Tarieven');
  utils.book_append_sheet(wb, sheet(population), 'Inwoners');
  utils.book_append_sheet(wb, sheet(budgets), 'Begroting');
  utils.book_append_sheet(wb, sheet(ceilings), 'Plafonds');
  utils.book_append_sheet(wb, sheet(targets), 'Streefwaarden');
  utils.book_append_sheet(wb, sheet(measures), 'Maatregelen');
  wb.Props = {
    Title: 'Begeleidingsmonitor voorbeelddata',
    CreatedDate: new Date(Date.UTC(2020, 0, 1)),
  };
  return wb;
}

/** The workbook's bytes. */
export function sampleBytes(sample: Sample): Uint8Array {
  return new Uint8Array(
    write(sampleWorkbook(sample), {
      type: 'array',
      bookType: 'xlsx',
      compression: true,
    }) as ArrayBuffer,
  );
}
