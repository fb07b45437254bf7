import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isValidBsn,
  normaliseBsn,
  passesElfproef,
  plainBsn,
  withoutBsn,
} from '../../../shared/privacy/bsn';
import { pseudonymiser } from '../../../shared/privacy/pseudonymise';
import { importRecords } from '../../helpers';

// 111222333 and 123456782 pass the elfproef; they are the usual test numbers.
describe('elfproef', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['12345672', true], // lost its leading zero in a numeric cell: 012345672
    ['123456789', false],
    ['000000000', false],
    ['11122233', false],
    ['1112223334', false],
    ['111.222.333', true],
    ['BSN 123456782', true],
    ['K1', false],
  ])('%s → %s', (bsn, valid) => {
    expect(isValidBsn(bsn)).toBe(valid);
  });
});

describe('een BSN in elke schrijfwijze', () => {
  it.each([
    ['123456782', '123456782'],
    ['123.456.782', '123456782'],
    ['123 456 782', '123456782'],
    ['123-456-782', '123456782'],
    ['BSN 123456782', '123456782'],
    ['bsn: 123.456.782', '123456782'],
    ['\u00a0123\u00a0456\u00a0782 ', '123456782'],
    ['12345672', '012345672'],
    ['K1', null],
    ['1234567', null],
    ['1234567890', null],
  ])('%s → %s', (written, digits) => {
    expect(normaliseBsn(written)).toBe(digits);
  });

  it('elke schrijfwijze van hetzelfde BSN geeft hetzelfde pseudoniem', async () => {
    const a = pseudonymiser(new Uint8Array(32).fill(3));
    const forms = ['123456782', '123.456.782', '123 456 782', 'BSN 123456782', '123-456-782'];
    const pseudonyms = forms.map(a);
    expect(new Set(pseudonyms).size).toBe(1);
    expect(pseudonyms[0]).toMatch(/^ps_/);
  });
});

describe('de elfproef op een getal', () => {
  it('gelijk aan de proef op de negen cijfers, voor elk getal van negen cijfers', () => {
    const byTheBook = (digits: string) =>
      !/^0+$/.test(digits) &&
      [...digits].reduce((sum, d, i) => sum + Number(d) * (i < 8 ? 9 - i : -1), 0) % 11 === 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (bsn) => {
        expect(passesElfproef(bsn)).toBe(byTheBook(String(bsn).padStart(9, '0')));
      }),
      { numRuns: 2_000, examples: [[0], [111222333], [123456782], [12345672], [123456789]] },
    );
  });
});

describe('een BSN als precies negen cijfers', () => {
  it('is het getal van normaliseBsn als die de tekst zelf teruggeeft, anders −1', () => {
    const text = fc.oneof(
      fc.stringMatching(/^[0-9]{9}$/),
      fc.stringMatching(/^[0-9 .-]{7,12}$/),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        const plain = normaliseBsn(t) === t;
        expect(plainBsn(t)).toBe(plain ? Number(t) : -1);
      }),
      { numRuns: 2_000, examples: [['012345672'], ['12345672'], ['123456789'], ['12345678a']] },
    );
  });
});

describe('wat een verslag of een koppelvoorbeeld van een waarde laat zien', () => {
  it.each([
    ['123456782', '(BSN weggelaten)'],
    ['123.456.789', '(BSN weggelaten)'], // nine digits: a BSN, typo or not
    ['BSN 123456782', '(BSN weggelaten)'],
    ['75000003', '(BSN weggelaten)'], // eight digits that pass the elfproef with a leading zero
    ['75000004', '75000004'], // an AGB code
    ['31-02-2019', '31-02-2019'],
    ['2019.02.31', '2019.02.31'],
    ['Thuis BV', 'Thuis BV'],
  ])('%s → %s', (text, shown) => {
    expect(withoutBsn(text)).toBe(shown);
  });
});

describe('pseudonimisering', () => {
  const key = new Uint8Array(32).fill(1);
  const otherKey = new Uint8Array(32).fill(2);

  it('dezelfde BSN met dezelfde sleutel geeft hetzelfde pseudoniem; een andere sleutel een ander', async () => {
    const a = pseudonymiser(key);
    const b = pseudonymiser(key);
    const c = pseudonymiser(otherKey);
    const p = a('111222333');
    expect(p).toMatch(/^ps_[0-9a-f]{32}$/);
    expect(b('111222333')).toBe(p);
    expect(c('111222333')).not.toBe(p);
    expect(a('123456782')).not.toBe(p);
  });

  it('een BSN met een tikfout is nog steeds een BSN: ook vervangen; een gewoon cliëntnummer niet', async () => {
    const a = pseudonymiser(key);
    expect(a('123456789')).toMatch(/^ps_[0-9a-f]{32}$/);
    expect(a('K1')).toBe('K1');
    expect(a('1234567')).toBe('1234567');
  });

  it('een BSN bereikt de records nooit leesbaar', async () => {
    const csv = [
      'BSN;Product;Startdatum;Geboortedatum',
      '111222333;IB1;01-01-2019;01-01-1980',
      '123456789;IB2;01-02-2019;01-01-1990',
      '123.456.782;IB1;01-03-2019;01-01-1970',
      'BSN 111 222 333;IB3;01-04-2019;01-01-1980',
    ].join('\n');
    const costs = ['BSN;Periode;Bedrag', '111222333;2019-01;500'].join('\n');
    const enc = new TextEncoder();
    const { records, report } = await importRecords(
      [
        { name: 'toewijzingen.csv', bytes: enc.encode(csv) },
        { name: 'kosten.csv', bytes: enc.encode(costs) },
      ],
      { pseudonymKey: key },
    );
    const everything = JSON.stringify(records);
    for (const digits of ['111222333', '123456789', '123456782', '111 222 333', '123.456'])
      expect(everything).not.toContain(digits);
    // Four identifiers as written (two of them the same BSN); the typo 123456789 fails the
    // elfproef and is replaced too, counted apart.
    expect(report.pseudonymised).toEqual({ count: 4, failingElfproef: 1 });
    // 'BSN 111 222 333' is the same client as 111222333.
    expect(records.allocations[3]?.client).toBe(records.allocations[0]?.client);
    const pseudonym = pseudonymiser(key)('111222333');
    expect(records.allocations[0]?.client).toBe(pseudonym);
    expect(records.clients[0]?.client).toBe(pseudonym);
    expect(records.costLines[0]?.client).toBe(pseudonym);
  });

  it('een geweigerde regel met een BSN in een andere kolom bewaart die waarde niet', async () => {
    const csv = ['Cliëntnummer;Product;Startdatum', 'K1;IB1;123.456.782', 'K2;IB1;31-02-2019'].join(
      '\n',
    );
    const { report } = await importRecords(
      [{ name: 'fout.csv', bytes: new TextEncoder().encode(csv) }],
      { pseudonymKey: key },
    );
    expect(report.rejected.map((r) => [r.row, r.column, r.value])).toEqual([
      [2, 'Startdatum', '(BSN weggelaten)'],
      [3, 'Startdatum', '31-02-2019'],
    ]);
  });

  it('een pseudoniem dat al in het bestand staat en hetzelfde BSN als nummer zijn één cliënt', async () => {
    const pseudonym = pseudonymiser(key)('111222333');
    const csv = [
      'Cliëntnummer;Product;Startdatum',
      `${pseudonym};IB1;01-01-2019`,
      'K7;IB1;01-01-2019',
      '111.222.333;IB2;01-02-2019',
      '123456782;IB3;01-03-2019',
      '111222333;IB3;01-04-2019',
      '123 456 782;IB2;01-05-2019',
    ].join('\n');
    const { records, report } = await importRecords(
      [{ name: 'terug.csv', bytes: new TextEncoder().encode(csv) }],
      { pseudonymKey: key },
    );
    const other = pseudonymiser(key)('123456782');
    expect(records.allocations.map((a) => a.client)).toEqual([
      pseudonym,
      'K7',
      pseudonym,
      other,
      pseudonym,
      other,
    ]);
    expect(report.pseudonymised).toEqual({ count: 4, failingElfproef: 0 });
  });

  it('duizenden BSN-nummers (meer dan één reeks tegelijk): elk zijn eigen pseudoniem, ook in een andere schrijfwijze', async () => {
    const bsns: string[] = [];
    for (let n = 100_000_000; bsns.length < 5_000; n++)
      if (isValidBsn(String(n))) bsns.push(String(n));
    const lines = ['BSN;Product;Startdatum', ...bsns.map((b) => `${b};IB1;01-01-2019`)];
    // 012345672 written without its leading zero is the same person.
    lines.push('012345672;IB1;01-03-2019', '12345672;IB2;01-06-2019');
    const { records } = await importRecords(
      [{ name: 'veel.csv', bytes: new TextEncoder().encode(lines.join('\n')) }],
      { pseudonymKey: key },
    );
    const p = pseudonymiser(key);
    expect(records.allocations.map((a) => a.client)).toEqual(
      [...bsns, '012345672', '12345672'].map(p),
    );
    expect(new Set(records.allocations.map((a) => a.client)).size).toBe(5_001);
    expect(JSON.stringify(records)).not.toContain(bsns[4_999]);
  });
});
