import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limits } from '../../../shared/import/limits';
import { readWorkbook } from '../../../shared/import/workbook';
import { checkZip } from '../../../shared/import/zipGuard';
import { fixture, importRecords, testKey } from '../../helpers';

const enc = new TextEncoder();
const run = (name: string, bytes: Uint8Array) =>
  importRecords([{ name, bytes }], { pseudonymKey: testKey });

/** mini.xlsx with the declared unpacked size of its first central-directory entry replaced. */
function withDeclaredSize(size: number): Uint8Array {
  const bytes = fixture('mini.xlsx').slice();
  const view = new DataView(bytes.buffer);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      const cd = view.getUint32(at + 16, true);
      view.setUint32(cd + 24, size, true);
      return bytes;
    }
  }
  throw new Error('no zip directory');
}

describe('vijandige en kapotte bestanden', () => {
  it('een gewone werkmap komt door de zip-controle', () => {
    expect(checkZip(fixture('mini.xlsx'))).toBe('ok');
  });

  it('een zip die uitgepakt onredelijk groot zou worden, wordt geweigerd (zip-bom)', async () => {
    expect(checkZip(withDeclaredSize(0xffffffff))).toBe('zip_bomb');
    expect(checkZip(withDeclaredSize(0xfffffff0))).toBe('zip_bomb');
    const { report, records } = await run('bom.xlsx', withDeclaredSize(0xfffffff0));
    expect(report.fileErrors).toEqual([{ file: 'bom.xlsx', code: 'zip_bomb' }]);
    expect(records.allocations).toEqual([]);
  });

  it('een kapotte deflate-stroom wordt geweigerd voordat een parser erop kan blijven hangen (gevonden door de fuzz-test)', async () => {
    const started = Date.now();
    const { report, records } = await run('kapotte-deflate.xlsx', fixture('kapotte-deflate.xlsx'));
    expect(report.fileErrors).toEqual([{ file: 'kapotte-deflate.xlsx', code: 'unreadable' }]);
    expect(records.allocations).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('een bestand boven 500 MB wordt niet gelezen', async () => {
    const { report } = await run('groot.csv', new Uint8Array(limits.fileBytes + 1));
    expect(report.fileErrors).toEqual([{ file: 'groot.csv', code: 'too_large' }]);
  });

  it('meer dan 1.000 kolommen wordt geweigerd', async () => {
    const csv = `${Array.from({ length: 1001 }, (_, i) => `kolom${i}`).join(';')}\n`;
    const { report } = await run('breed.csv', enc.encode(csv));
    expect(report.fileErrors).toEqual([{ file: 'breed.csv', code: 'too_many_columns' }]);
  });

  it('formules worden nooit uitgevoerd: =HYPERLINK en =cmd| blijven tekst', async () => {
    const csv = [
      'Klantnummer;Product;Startdatum;Opmerking',
      `=cmd|' /C calc'!A0;IB1;01-01-2019;=HYPERLINK("http://evil.example","klik")`,
    ].join('\n');
    const { records, report } = await run('formules.csv', enc.encode(csv));
    expect(report.fileErrors).toEqual([]);
    expect(records.allocations[0]?.client).toBe(`=cmd|' /C calc'!A0`);
    expect(report.sheets[0]?.unused).toEqual(['Opmerking']);
  });

  it('macro’s en externe koppelingen worden genegeerd (een .xlsm leest als werkmap zonder VBA)', async () => {
    const { report } = await run('met-macro.xlsm', fixture('mini.xlsx'));
    expect(report.fileErrors).toEqual([]);
    expect(report.sheets.map((s) => s.kind)).toEqual([
      'allocations',
      'clients',
      'providers',
      'costs',
    ]);
  });

  it('een beschadigde .xls die een bereik van miljoenen rijen om vier rijen opgeeft, leest die vier', async () => {
    // Two bytes of gemengd.xls changed (a case the fuzz test below found): the sheet
    // "export (2)" then declares A1:C4915204. Its grid was 4.915.204 rows of empty cells
    // (seconds of work); now it has the rows there are, and the import reads as before.
    const bytes = fixture('gemengd.xls').slice();
    bytes[764] = 96;
    bytes[6123] = 75;
    const read = readWorkbook('beschadigd.xls', bytes);
    expect(read.ok).toBe(true);
    const grid = read.ok ? read.value.find((g) => g.sheet === 'export (2)') : undefined;
    expect(grid?.rows.map((row) => row.length)).toEqual([3, 3, 3, 3]);
    const [damaged, whole] = await Promise.all([
      run('beschadigd.xls', bytes),
      run('gemengd.xls', fixture('gemengd.xls')),
    ]);
    expect(damaged.report.fileErrors).toEqual([]);
    expect(damaged.records.allocations).toEqual(whole.records.allocations);
    expect(damaged.records.providers).toEqual(whole.records.providers);
  });

  it('fuzz: verminkte werkmappen en CSV’s geven altijd een verslag, nooit een fout, en binnen de tijd', async () => {
    const sources = [
      fixture('mini.xlsx'),
      fixture('gemengd.xls'),
      fixture('gemengd.ods'),
      fixture('toewijzingen-1252-puntkomma.csv'),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: sources.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.option(fc.nat(), { nil: undefined }),
        async (which, flips, cut) => {
          const original = sources[which] as Uint8Array;
          const bytes = original.slice(
            0,
            cut === undefined ? original.length : Math.max(1, cut % original.length),
          );
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const started = Date.now();
          const { report, records } = await run(`fuzz-${which}.bin`, bytes);
          expect(Date.now() - started).toBeLessThan(5_000);
          expect(Array.isArray(report.fileErrors)).toBe(true);
          // Nothing half-read: a refused file contributes no records and no sheets.
          if (report.fileErrors.length > 0) {
            expect(records.allocations).toEqual([]);
            expect(report.sheets).toEqual([]);
          }
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
