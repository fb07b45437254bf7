import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../shared/privacy/bsn';
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
    ['K1', false],
  ])('%s → %s', (bsn, valid) => {
    expect(isValidBsn(bsn)).toBe(valid);
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

  it('een ongeldig BSN blijft een gewoon cliëntnummer', async () => {
    const a = await pseudonymiser(key);
    expect(await a('123456789')).toBe('123456789');
    expect(await a('K1')).toBe('K1');
  });

  it('een BSN bereikt de records nooit leesbaar', async () => {
    const csv = [
      'BSN;Product;Startdatum;Geboortedatum',
      '111222333;IB1;01-01-2019;01-01-1980',
      '123456789;IB2;01-02-2019;01-01-1990',
    ].join('\n');
    const costs = ['BSN;Periode;Bedrag', '111222333;2019-01;500'].join('\n');
    const enc = new TextEncoder();
    const { records } = await importRecords(
      [
        { name: 'toewijzingen.csv', bytes: enc.encode(csv) },
        { name: 'kosten.csv', bytes: enc.encode(costs) },
      ],
      { pseudonymKey: key },
    );
    const everything = JSON.stringify(records);
    expect(everything).not.toContain('111222333');
    expect(everything).toContain('123456789'); // invalid BSN: an ordinary identifier
    const pseudonym = await (await pseudonymiser(key))('111222333');
    expect(records.allocations[0]?.client).toBe(pseudonym);
    expect(records.clients[0]?.client).toBe(pseudonym);
    expect(records.costLines[0]?.client).toBe(pseudonym);
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
