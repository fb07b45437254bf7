import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { utils, write } from 'xlsx';
import { readWorkbook } from '../../../shared/import/workbook';
import { readXlsxStreaming } from '../../../shared/import/xlsxStream';
import { fixture, importRecords, testKey } from '../../helpers';

// Files as other programs write them, each set beside the same rows as a plain CSV:
// the import must give the same records from every one of them.

const csvName = 'toewijzingen-utf8-puntkomma.csv';
const csvRows = (): string[][] =>
  new TextDecoder()
    .decode(fixture(csvName))
    .trim()
    .split('\n')
    .map((line) => line.split(';'));

const SPREADSHEETML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
/** The package parts every reader needs: content types, and where the workbook is. */
const packageParts = (sheets: string[], styles = false) => ({
  '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${MAIN}.sheet.main+xml"/>${styles ? `<Override PartName="/xl/styles.xml" ContentType="${MAIN}.styles+xml"/>` : ''}${sheets.map((part) => `<Override PartName="/${part}" ContentType="${MAIN}.worksheet+xml"/>`).join('')}</Types>`,
  '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
});

/** An .xlsx from its parts. */
const xlsx = (parts: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));

/**
 * As the .NET Open XML SDK writes it: every element with the prefix `x:`,
 * inline strings, rows and cells without a reference, a relationship id of its own.
 */
function openXmlSdkStyle(rows: string[][]): Uint8Array {
  const cells = rows
    .map(
      (row) =>
        `<x:row>${row.map((v) => `<x:c t="inlineStr"><x:is><x:t>${xmlText(v)}</x:t></x:is></x:c>`).join('')}</x:row>`,
    )
    .join('');
  return xlsx({
    ...packageParts(['xl/worksheets/sheet.xml', 'xl/worksheets/oud.xml']),
    'xl/workbook.xml': `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${RELATIONSHIPS}" xmlns:x="${SPREADSHEETML}"><x:sheets><x:sheet name="Toewijzingen" sheetId="1" r:id="R7f3a9c" /><x:sheet name="Oud" sheetId="2" state="hidden" r:id="R7f3a9d" /></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="${RELATIONSHIPS}/worksheet" Target="/xl/worksheets/sheet.xml" Id="R7f3a9c" /><Relationship Type="${RELATIONSHIPS}/worksheet" Target="/xl/worksheets/oud.xml" Id="R7f3a9d" /></Relationships>`,
    'xl/worksheets/sheet.xml': `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${SPREADSHEETML}"><x:sheetData>${cells}</x:sheetData></x:worksheet>`,
    'xl/worksheets/oud.xml': `<x:worksheet xmlns:x="${SPREADSHEETML}"><x:sheetData/></x:worksheet>`,
  });
}

/** As Excel for Mac can save it: dates as day numbers from 1 January 1904 (formatted as dates, or bare). */
function date1904(rows: string[][], formatted = true): Uint8Array {
  // 1904 day numbers of the CSV's dates (hand-computed: 1900 serial − 1462).
  const serial: Record<string, number> = {
    '01-03-2019': 42063, // 2019-03-01: 1900 serial 43525
    '31-08-2019': 42246, // 2019-08-31: 43708
    '1-4-2019': 42094, // 2019-04-01: 43556
    '2019-05-01': 42124, // 2019-05-01: 43586
    '15/06/2019': 42169, // 2019-06-15: 43631
    '20190930': 42276, // 2019-09-30: 43738
  };
  const cell = (v: string, col: number, r: number) => {
    const ref = `${String.fromCharCode(65 + col)}${r + 1}`;
    const n = serial[v];
    if (n !== undefined) return `<c r="${ref}"${formatted ? ' s="1"' : ''}><v>${n}</v></c>`;
    if (v === '') return '';
    return `<c r="${ref}" t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`;
  };
  const data = rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, c, r)).join('')}</row>`)
    .join('');
  return xlsx({
    ...packageParts(['xl/worksheets/sheet1.xml'], true),
    'xl/workbook.xml': `<workbook xmlns="${SPREADSHEETML}" xmlns:r="${RELATIONSHIPS}"><workbookPr date1904="1"/><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/styles.xml': `<styleSheet xmlns="${SPREADSHEETML}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${SPREADSHEETML}"><sheetData>${data}</sheetData></worksheet>`,
  });
}

/** Strict Open XML (Excel's "Strict Open XML-werkmap"): other namespaces, dates as ISO text cells. */
function strict(rows: string[][]): Uint8Array {
  const iso: Record<string, string> = {
    '01-03-2019': '2019-03-01',
    '31-08-2019': '2019-08-31',
    '1-4-2019': '2019-04-01',
    '2019-05-01': '2019-05-01',
    '15/06/2019': '2019-06-15',
    '20190930': '2019-09-30',
  };
  const cell = (v: string) =>
    iso[v] !== undefined
      ? `<c t="d"><v>${iso[v]}T00:00:00</v></c>`
      : `<c t="inlineStr"><is><t>${xmlText(v)}</t></is></c>`;
  const data = rows.map((row) => `<row>${row.map(cell).join('')}</row>`).join('');
  const ns = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
  const rel = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
  return xlsx({
    ...packageParts(['xl/worksheets/sheet1.xml']),
    'xl/workbook.xml': `<workbook xmlns="${ns}" xmlns:r="${rel}" conformance="strict"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${ns}"><sheetData>${data}</sheetData></worksheet>`,
  });
}

/** Excel's "Unicode-tekst": UTF-16 with a byte-order mark, tab-separated. */
function unicodeText(rows: string[][], littleEndian: boolean): Uint8Array {
  const text = `${rows.map((r) => r.join('\t')).join('\r\n')}\r\n`;
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return out;
}

const importOne = (name: string, bytes: Uint8Array) =>
  importRecords([{ name, bytes }], { pseudonymKey: testKey });

describe('bestanden van andere schrijvers geven dezelfde toewijzingen als de CSV', () => {
  const expected = () => importOne(csvName, fixture(csvName));

  it('Open XML SDK (.NET): voorvoegsel x:, inline tekst, rijen en cellen zonder verwijzing', async () => {
    const [want, got] = await Promise.all([
      expected(),
      importOne('sdk.xlsx', openXmlSdkStyle(csvRows())),
    ]);
    expect(got.report.fileErrors).toEqual([]);
    expect(got.records.allocations).toHaveLength(4);
    expect(got.records.allocations).toEqual(want.records.allocations);
    // SheetJS reads the same cells (the fallback when the streaming reader cannot).
    const bytes = openXmlSdkStyle(csvRows());
    const streamed = readXlsxStreaming('sdk.xlsx', bytes);
    const whole = readWorkbook('sdk.xlsx', bytes);
    expect(whole.ok && whole.value[0]?.rows).toEqual(streamed?.ok && streamed.value[0]?.rows);
    // The hidden sheet is named as hidden.
    expect(got.report.sheets.map((s) => [s.sheet, s.hidden ?? false])).toEqual([
      ['Toewijzingen', false],
      ['Oud', true],
    ]);
  });

  it('Excel voor Mac met het datumsysteem 1904: de stromende lezer en SheetJS', async () => {
    const bytes = date1904(csvRows());
    const [want, got] = await Promise.all([expected(), importOne('mac.xlsx', bytes)]);
    expect(got.report.fileErrors).toEqual([]);
    expect(got.report.rejected).toEqual([]);
    expect(got.records.allocations).toEqual(want.records.allocations);
    // Both readers put 1 March 2019 where Excel for Mac shows it.
    const streamed = readXlsxStreaming('mac.xlsx', bytes);
    const whole = readWorkbook('mac.xlsx', bytes);
    expect(streamed?.ok && streamed.value[0]?.rows[1]?.[3]).toBe('2019-03-01');
    expect(whole.ok && whole.value[0]?.rows[1]?.[3]).toBe('2019-03-01');
  });

  it('1904 zonder datumopmaak: kale dagnummers in een datumkolom tellen ook vanaf 1904', async () => {
    const bytes = date1904(csvRows(), false);
    const [want, got] = await Promise.all([expected(), importOne('mac-kaal.xlsx', bytes)]);
    expect(got.report.rejected).toEqual([]);
    expect(got.records.allocations).toEqual(want.records.allocations);
    // SheetJS (the fallback) carries the date system to the same reading.
    const whole = readWorkbook('mac-kaal.xlsx', bytes);
    expect(whole.ok && whole.value[0]?.date1904).toBe(true);
    expect(whole.ok && whole.value[0]?.rows[1]?.[3]).toBe(42063);
  });

  it('SheetJS leest een 1904-werkmap die het zelf schreef net zo', () => {
    const ws = utils.aoa_to_sheet([['Datum'], [42063]]);
    ws.A2 = { t: 'n', v: 42063, z: 'dd-mm-yyyy' };
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, 'Blad1');
    wb.Workbook = { WBProps: { date1904: true } };
    const bytes = new Uint8Array(write(wb, { type: 'array', bookType: 'xls' }) as ArrayBuffer);
    const read = readWorkbook('mac.xls', bytes);
    expect(read.ok && read.value[0]?.rows[1]?.[0]).toBe('2019-03-01');
  });

  it('Strict Open XML: andere namespaces, datums als ISO-tekst', async () => {
    const [want, got] = await Promise.all([
      expected(),
      importOne('strict.xlsx', strict(csvRows())),
    ]);
    expect(got.report.fileErrors).toEqual([]);
    expect(got.records.allocations).toEqual(want.records.allocations);
  });

  for (const littleEndian of [true, false]) {
    it(`"Unicode-tekst" (UTF-16 ${littleEndian ? 'LE' : 'BE'} met BOM, tabs) als .txt`, async () => {
      const [want, got] = await Promise.all([
        expected(),
        importOne('export.txt', unicodeText(csvRows(), littleEndian)),
      ]);
      expect(got.report.fileErrors).toEqual([]);
      expect(got.report.encoding).toEqual({
        'export.txt': littleEndian ? 'utf-16le' : 'utf-16be',
      });
      expect(got.records.allocations).toEqual(want.records.allocations);
    });
  }
});
