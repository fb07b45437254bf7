import { describe, expect, it } from 'vitest';
import { isValidBsn, normaliseBsn, withoutBsn } from '../../../shared/privacy/bsn';
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
    const a = await pseudonymiser(new Uint8Array(32).fill(3));
    const forms = ['123456782', '123.456.782', '123 456 782', 'BSN 123456782', '123-456-782'];
    const pseudonyms = await Promise.all(forms.map(a));
    expect(new Set(pseudonyms).size).toBe(1);
    expect(pseudonyms[0]).toMatch(/^ps_/);
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
    const a = await pseudonymiser(key);
    const b = await pseudonymiser(key);
    const c = await pseudonymiser(otherKey);
    const p = await a('111222333');
    expect(p).toMatch(/^ps_[0-9a-f]{32}$/);
    expect(await b('111222333')).toBe(p);
    expect(await c('111222333')).not.toBe(p);
    expect(await a('123456782')).not.toBe(p);
  });

  it('een BSN met een tikfout is nog steeds een BSN: ook vervangen; een gewoon cliëntnummer niet', async () => {
    const a = await pseudonymiser(key);
    expect(await a('123456789')).toMatch(/^ps_[0-9a-f]{32}$/);
    expect(await a('K1')).toBe('K1');
    expect(await a('1234567')).toBe('1234567');
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
    const pseudonym = await (await pseudonymiser(key))('111222333');
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
    const p = await pseudonymiser(key);
    expect(records.allocations.map((a) => a.client)).toEqual(
      await Promise.all([...bsns, '012345672', '12345672'].map(p)),
    );
    expect(new Set(records.allocations.map((a) => a.client)).size).toBe(5_001);
    expect(JSON.stringify(records)).not.toContain(bsns[4_999]);
  });
});
