import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, parseCsv } from '../../../shared/import/csv';
import { importFiles, READING_SHARE } from '../../../shared/import/importFiles';
import { isoDate } from '../../../shared/periods/days';
import { fixture, importFixtures, importRecords, testKey } from '../../helpers';

describe('CSV', () => {
  it.each([
    ['toewijzingen-utf8-puntkomma.csv', 'utf-8'],
    ['toewijzingen-utf8-bom-komma.csv', 'utf-8'],
    ['toewijzingen-1252-puntkomma.csv', 'windows-1252'],
    ['toewijzingen-1252-komma.csv', 'windows-1252'],
  ])('csv import werkt (%s)', async (name, encoding) => {
    const { records, report } = await importFixtures([name]);
    expect(report.encoding[name]).toBe(encoding);
    expect(report.sheets).toHaveLength(1);
    expect(report.sheets[0]?.kind).toBe('allocations');
    expect(report.rejected).toEqual([]);
    expect(
      records.allocations.map((a) => [
        a.client,
        a.provider,
        a.product,
        isoDate(a.start),
        a.end === null ? null : isoDate(a.end),
        a.municipality,
      ]),
    ).toEqual([
      ['K1', 'P1', 'IB1', '2019-03-01', '2019-08-31', 'GM0505'],
      ['K2', 'P2', 'IB2', '2019-04-01', null, 'GM0642'],
      ['K3', 'P1', 'IB1', '2019-05-01', null, 'GM0531'],
      ['K4', 'P2', 'IB3', '2019-06-15', '2019-09-30', 'GM0590'],
    ]);
  });

  it('leest cliënt met trema in Windows-1252 als kolomnaam', () => {
    const { text } = decodeText(fixture('toewijzingen-1252-komma.csv'));
    expect(text.startsWith('Cliëntnummer,')).toBe(true);
  });

  it('kiest het scheidingsteken op consistentie, ook met komma’s in bedragen', () => {
    expect(detectDelimiter('a;b;c\n1;2,5;3\n4;5,5;6\n')).toBe(';');
    expect(detectDelimiter('a,b,c\n1,"2,5",3\n4,5,6\n')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
  });

  it('volgt RFC 4180: aanhalingstekens, verdubbelde quotes en regeleinden in velden', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n"line\nbreak",\r\n', ',')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['line\nbreak', null],
    ]);
  });

  it('vierwekelijkse kosten met titelregel, 1252 en verkeerde regels', async () => {
    const { records, report } = await importFixtures(['kosten-vierweken-1252.csv']);
    const sheet = report.sheets[0];
    expect(sheet?.kind).toBe('costs');
    expect(sheet?.headerRow).toBe(3);
    expect(sheet?.periodKind).toBe('fourWeek');
    expect(sheet?.unused).toEqual(['Opmerking']);
    expect(report.rejected.map((r) => [r.row, r.column, r.code])).toEqual([
      [7, 'Periode', 'missing_period'],
      [8, 'Declaratiebedrag', 'bad_amount'],
    ]);
    expect(
      records.costLines.map((l) => [l.amount, isoDate(l.periodStart), isoDate(l.periodEnd)]),
    ).toEqual([
      [123456, '2019-02-25', '2019-03-24'], // P3 = ISO weeks 9–12
      [-10000, '2019-03-25', '2019-04-21'],
      [80000, '2019-04-22', '2019-05-19'], // 2019/05 read as P5 in a 4-weekly sheet
    ]);
  });
});

describe('CSV zonder aanhalingstekens', () => {
  it('eigenschap: elke regel gesneden op het scheidingsteken, lege en blanke velden leeg', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom('a', 'bc', ' ', '', '12', '€'), { maxLength: 5 })),
        fc.constantFrom(';', ',', '\t'),
        fc.boolean(),
        (lines, delimiter, trailingNewline) => {
          const text =
            lines.map((fields) => fields.join(delimiter)).join('\n') +
            (trailingNewline && lines.length ? '\n' : '');
          // What splitting each line says (a last empty line after a final newline is no row).
          const expected =
            text === ''
              ? []
              : text
                  .replace(/\n$/, '')
                  .split('\n')
                  .map((line) => line.split(delimiter).map((f) => (f.trim() === '' ? null : f)));
          expect(parseCsv(text, delimiter)).toEqual(expected);
        },
      ),
    );
  });

  it('een bestand zonder één scheidingsteken: één kolom per regel', () => {
    expect(parseCsv('a\nb\n\nc', ';')).toEqual([['a'], ['b'], [null], ['c']]);
  });
});

describe('Windows-1252', () => {
  it('decodeert €, aanhalingstekens en gedachtestreepjes', async () => {
    const { decodeWindows1252 } = await import('../../../shared/import/csv');
    expect(decodeWindows1252(new Uint8Array([0x80, 0x20, 0x93, 0x91, 0x96, 0xeb]))).toBe('€ “‘–ë');
  });
});

describe('een lange CSV in stukken', () => {
  it('in stukken van 1.000 regels gelezen: dezelfde records en hetzelfde verslag (rijnummers, dubbele)', async () => {
    const lines = ['Klantnummer;Aanbieder;Product;Startdatum;Einddatum'];
    for (let i = 0; i < 10_000; i++)
      lines.push(`K${i % 3_000};P${i % 7};IB${1 + (i % 3)};01-0${1 + (i % 9)}-2019;`);
    lines[7_000] = ';P1;IB1;01-01-2019;'; // no client: refused, Excel row 7.001
    lines.push(lines[2] as string); // the same row again: a duplicate
    const file = { name: 'lang.csv', bytes: new TextEncoder().encode(lines.join('\n')) };
    const whole = await importRecords([file], { pseudonymKey: testKey, sliceRows: 100_000 });
    const sliced = await importRecords([file], { pseudonymKey: testKey, sliceRows: 1_000 });
    expect(whole.report.rejected.map((r) => r.row)).toEqual([7_001]);
    expect(whole.report.duplicates).toBeGreaterThanOrEqual(1);
    expect(sliced.records).toEqual(whole.records);
    expect(sliced.report).toEqual(whole.report);
  });
});

describe('voortgang van een import', () => {
  it('meldt per stuk hoe ver het lezen is, naar bytes per bestand, oplopend tot 1', async () => {
    const lines = ['Klantnummer;Aanbieder;Product;Startdatum;Einddatum'];
    for (let i = 0; i < 9_999; i++) lines.push(`K${i};P1;IB1;01-01-2019;`);
    const csv = { name: 'lang.csv', bytes: new TextEncoder().encode(lines.join('\n')) };
    const small = { name: 'mini.xlsx', bytes: fixture('mini.xlsx') };
    const seen: number[] = [];
    await importFiles([csv, small], {
      pseudonymKey: testKey,
      sliceRows: 1_000,
      onProgress: (done) => seen.push(done),
    });
    // Reading is the first READING_SHARE of the progress; each file weighs by its bytes.
    const share = (READING_SHARE * csv.bytes.length) / (csv.bytes.length + small.bytes.length);
    // Ten slices of the CSV (1.000 of its 10.000 lines each), the end of each file.
    expect(seen.slice(0, 10).map((d) => Number((d / share).toFixed(2)))).toEqual([
      0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1,
    ]);
    expect(seen.every((d, k) => k === 0 || d >= (seen[k - 1] as number))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });

  it('en daarna hoe ver het pseudonimiseren is: bij veel BSN-nummers tussen het lezen en 1 in', async () => {
    const lines = ['BSN;Product;Startdatum'];
    for (let i = 0; i < 200_000; i++) lines.push(`${100_000_000 + i};IB1;01-01-2019`);
    const seen: number[] = [];
    const steps = new Set<string>();
    await importFiles([{ name: 'bsn.csv', bytes: new TextEncoder().encode(lines.join('\n')) }], {
      pseudonymKey: testKey,
      onProgress: (done, step) => {
        seen.push(done);
        // Each report says what the import does: reading up to READING_SHARE, then hashing.
        steps.add(`${step} ${done <= READING_SHARE ? 'reading part' : 'the rest'}`);
      },
    });
    expect([...steps]).toEqual([
      'reading reading part',
      'pseudonymising reading part',
      'pseudonymising the rest',
    ]);
    const hashing = seen.filter((d) => d > READING_SHARE && d < 1);
    // 200.000 values, a report every 65.536: past the first, at 0,33, 0,66 and 0,98 of the way.
    expect(
      hashing.map((d) => Number(((d - READING_SHARE) / (1 - READING_SHARE)).toFixed(2))),
    ).toEqual([0.33, 0.66, 0.98]);
    expect(seen.every((d, k) => k === 0 || d >= (seen[k - 1] as number))).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });
});
