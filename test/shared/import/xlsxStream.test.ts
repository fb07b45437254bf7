import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { utils, write } from 'xlsx';
import { syntheticRecords } from '../../../data-samples/synthetic';
import { readWorkbook } from '../../../shared/import/workbook';
import { readXlsxStreaming, streamXlsx } from '../../../shared/import/xlsxStream';
import { isoDate } from '../../../shared/periods/days';
import { fixture, importRecords, testKey } from '../../helpers';

/** A workbook written by hand: what Excel and other writers put in the XML, in one place. */
function handMade(): Uint8Array {
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F9"/><sheetData>
<row r="2"><c r="B2" t="inlineStr"><is><t>Overzicht &amp; toewijzingen</t></is></c></row>
<row r="4"><c r="B4" t="s"><v>0</v></c><c r="C4" t="s"><v>1</v></c><c r="D4" t="s"><v>2</v></c><c r="E4" t="s"><v>3</v></c><c r="F4" t="s"><v>4</v></c></row>
<row r="5"><c r="B5"><v>101</v></c><c r="C5" t="s"><v>5</v></c><c r="D5" s="1"><v>43466</v></c><c r="E5" s="2"><v>43830</v></c><c r="F5" t="b"><v>1</v></c></row>
<row r="6"><c r="B6" t="str"><f>A1&amp;"x"</f><v>=HYPERLINK("x")</v></c><c r="C6" t="e"><v>#N/A</v></c><c r="D6" s="3"><v>1234.5</v></c><c r="E6" s="1"/></row>
<row r="7" spans="2:6"><c><v>7</v></c><c><v>8</v></c></row>
<row r="9"/>
</sheetData><mergeCells count="1"><mergeCell ref="B2:F2"/></mergeCells></worksheet>`;
  const files = {
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="Blad &amp; 1" sheetId="1" r:id="rId1"/><sheet name="Leeg" sheetId="2" r:id="rId2"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Type="ws" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="ws" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="st" Target="sharedStrings.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(
      '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/></cellXfs></styleSheet>',
    ),
    'xl/sharedStrings.xml': strToU8(
      '<sst><si><t>Cliëntnummer</t></si><si><t>Product</t></si><si><r><rPr><b/></rPr><t>Start</t></r><r><t xml:space="preserve">datum</t></r></si><si><t>Einde_x000D_</t></si><si><t>Actief</t><rPh><t>ふりがな</t></rPh></si><si><t>IB&lt;1&gt;</t></si></sst>',
    ),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
    'xl/worksheets/sheet2.xml': strToU8('<worksheet><sheetData/></worksheet>'),
  };
  return zipSync(files);
}

describe('de stromende .xlsx-lezer', () => {
  it('leest elke celsoort, met de hand nagekeken', () => {
    const bytes = handMade();
    const ours = readXlsxStreaming('hand.xlsx', bytes);
    expect(ours?.ok).toBe(true);
    if (!ours?.ok) return;
    const [main, empty] = ours.value;
    expect(main?.sheet).toBe('Blad & 1');
    expect(main?.firstRow).toBe(2);
    expect(main?.rows).toEqual([
      [null, 'Overzicht & toewijzingen', null, null, null, null],
      [null, null, null, null, null, null],
      [null, 'Cliëntnummer', 'Product', 'Startdatum', 'Einde\r', 'Actief'],
      [null, 101, 'IB<1>', '2019-01-01', '2019-12-31', true],
      // A formula is never evaluated: its stored value is text; an error is empty.
      [null, '=HYPERLINK("x")', null, 1234.5, null, null],
      // Cells without a reference follow each other from column A.
      [7, 8, null, null, null, null],
    ]);
    expect(empty).toEqual({ file: 'hand.xlsx', sheet: 'Leeg', rows: [], firstRow: 1 });
  });

  it('geeft dezelfde bladen als SheetJS voor elke .xlsx van de tests en de voorbeelddata', () => {
    for (const name of [
      'mini.xlsx',
      'gemengd.xlsx',
      '../../data-samples/drechtsteden-2015-2019.xlsx',
    ]) {
      const bytes = fixture(name);
      expect(readXlsxStreaming(name, bytes), name).toEqual(readWorkbook(name, bytes));
    }
  });

  it('een groot blad geeft dezelfde import als via SheetJS (30.000 regels met datums)', async () => {
    const records = syntheticRecords(30_000, { seed: 4 });
    const rows = [
      ['Clientnummer', 'Aanbieder', 'Product', 'Startdatum', 'Einddatum'],
      ...records.allocations.map((a) => [
        a.client,
        a.provider,
        a.product,
        new Date(`${isoDate(a.start)}T00:00:00Z`),
        a.end === null ? null : new Date(`${isoDate(a.end)}T00:00:00Z`),
      ]),
    ];
    // Far down the sheet, in a later slice: a row without a client (refused) and a repeated row.
    rows.splice(25_000, 0, ['', 'P1', 'IB1', new Date('2019-01-01T00:00:00Z'), null]);
    rows.push(rows[2] as (typeof rows)[number]);
    const wb = utils.book_new();
    utils.book_append_sheet(
      wb,
      utils.aoa_to_sheet(rows, { cellDates: true, dateNF: 'dd-mm-yyyy' }),
      'Toewijzingen',
    );
    const bytes = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const streamed = readXlsxStreaming('groot.xlsx', bytes);
    expect(streamed).toEqual(readWorkbook('groot.xlsx', bytes));
    // In slices of 1.000 rows, put back together: the same grid.
    expect(readXlsxStreaming('groot.xlsx', bytes, 1_000)).toEqual(streamed);
    // Progress: the share of the file's bytes read, after each 64 KB step, up to 1.
    const read: number[] = [];
    streamXlsx(
      bytes,
      () => {},
      undefined,
      (done) => read.push(done),
    );
    expect(read).toHaveLength(Math.ceil(bytes.length / 65_536));
    expect(read.every((d, k) => d > (read[k - 1] ?? 0))).toBe(true);
    expect(read.at(-1)).toBe(1);
    const whole = await importRecords([{ name: 'groot.xlsx', bytes }], { pseudonymKey: testKey });
    expect(whole.report.rejected.map((r) => [r.row, r.code])).toEqual([[25_001, 'missing_client']]);
    expect(whole.report.duplicates).toBe(1);
    expect(whole.records.allocations).toHaveLength(records.allocations.length);
    // Read slice by slice (the header in the first only): the same records and report.
    const sliced = await importRecords([{ name: 'groot.xlsx', bytes }], {
      pseudonymKey: testKey,
      sliceRows: 1_000,
    });
    expect(sliced.records).toEqual(whole.records);
    expect(sliced.report).toEqual(whole.report);
    expect(sliced.report.sheets[0]).toMatchObject({
      rows: records.allocations.length + 2,
      rejected: 1,
      duplicates: 1,
      headerRow: 1,
    });
  }, 60_000);

  it('tekens van meer bytes over de grenzen van de stukken XML heen (tekst in het blad zelf)', () => {
    // 2-, 3- and 4-byte UTF-8 in every row, with odd lengths: the sheet's 32 KB pieces and
    // fflate's chunks cut through characters and rows everywhere.
    const names = ['Zoë', 'Café €', 'Ĳsselmonde ✓', 'Noor 😀', 'Ørsted & Co'];
    const rows = [['Naam', 'Nummer']];
    for (let r = 0; r < 8_000; r++)
      rows.push([`${names[r % names.length]}${'é'.repeat(r % 7)}`, String(r)]);
    const wb = utils.book_new();
    utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), 'Namen');
    const bytes = new Uint8Array(
      write(wb, { type: 'array', bookType: 'xlsx', bookSST: false }) as ArrayBuffer,
    );
    const streamed = readXlsxStreaming('namen.xlsx', bytes);
    expect(streamed).toEqual(readWorkbook('namen.xlsx', bytes));
    expect(streamed?.ok && streamed.value[0]?.rows[4]).toEqual(['Noor 😀ééé', '3']);
  });

  it('een blad boven de rijgrens wordt geweigerd zonder het helemaal te bewaren', async () => {
    const { limits } = await import('../../../shared/import/limits');
    const sheet = `<worksheet><sheetData><row r="${limits.rows + 1}"><c r="A${limits.rows + 1}"><v>1</v></c></row></sheetData></worksheet>`;
    const bytes = zipSync({
      'xl/workbook.xml': strToU8(
        '<workbook><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    expect(readXlsxStreaming('te-lang.xlsx', bytes)).toEqual({ ok: false, error: 'too_many_rows' });
  });

  it('kent het bestand niet als .xlsx (zoals .ods): null, dan leest SheetJS', () => {
    expect(readXlsxStreaming('gemengd.ods', fixture('gemengd.ods'))).toBeNull();
  });
});
