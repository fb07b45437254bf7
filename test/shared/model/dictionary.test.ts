import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dictionary, hashString, MAX_PROBES } from '../../../shared/model/columnar';
import { Strings } from '../../../shared/model/strings';

describe('Dictionary (codes in order of first use)', () => {
  it('met de hand: eerste gebruik geeft de code, een bekende waarde dezelfde, een onbekende −1', () => {
    const d = new Dictionary();
    expect(['IB1', 'IB0', 'IB1', '', 'Zoë 😀', 'IB0'].map((v) => d.of(v))).toEqual([
      0, 1, 0, 2, 3, 1,
    ]);
    expect(d.values).toEqual(['IB1', 'IB0', '', 'Zoë 😀']);
    expect([d.find('IB0'), d.find('Zoë 😀'), d.find('IB2'), d.find('ib1')]).toEqual([1, 3, -1, -1]);
    expect(d.remap(Strings.from(['IB2', 'IB1']))).toEqual(Int32Array.from([4, 0]));
  });

  it('eigenschap: dezelfde codes als een Map, ook na vele keren groeien', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 6 }),
            fc.constantFrom('C1', 'C2', 'ë', ''),
            // Nine digits go to a table of their own: leading zeros, ten digits, a letter among them.
            fc.integer({ min: 0, max: 2_000 }).map((n) => String(n).padStart(9, '0')),
            fc.integer({ min: 0, max: 9_999 }).map((n) => String(100_000_000 + n)),
            fc.constantFrom('123456782', '0123456782', '12345678', '12345678a', ' 12345678'),
          ),
          { maxLength: 400 },
        ),
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 6 }),
            fc.integer({ min: 0, max: 2_000 }).map((n) => String(n).padStart(9, '0')),
          ),
          { maxLength: 30 },
        ),
        (values, probes) => {
          const d = new Dictionary();
          const oracle = new Map<string, number>();
          for (const v of values) {
            if (!oracle.has(v)) oracle.set(v, oracle.size);
            expect(d.of(v)).toBe(oracle.get(v));
          }
          expect(d.values).toEqual([...oracle.keys()]);
          for (const p of [...probes, ...values]) expect(d.find(p)).toBe(oracle.get(p) ?? -1);
        },
      ),
    );
  });

  it('met de hand: negen cijfers zijn een andere waarde dan dezelfde cijfers anders geschreven', () => {
    const d = new Dictionary();
    const values = ['000000001', '1', '00000001', '123456782', 'C1', '000000001', '123456782'];
    expect(values.map((v) => d.of(v))).toEqual([0, 1, 2, 3, 4, 0, 3]);
    expect(['1', '000000001', '123456782', '023456782'].map((v) => d.find(v))).toEqual([
      1, 0, 3, -1,
    ]);
  });

  it('600.000 klantnummers: elk zijn eigen code, terug te vinden', () => {
    const d = new Dictionary();
    let wrong = 0;
    for (let i = 0; i < 600_000; i++) if (d.of(`C${i}`) !== i) wrong++;
    expect(wrong).toBe(0);
    expect(d.mapped).toBe(false);
    expect(d.values).toHaveLength(600_000);
    expect([d.find('C0'), d.find('C599999'), d.find('C600000')]).toEqual([0, 599_999, -1]);
  });

  it('waarden die opzettelijk op één plek botsen, maken het niet kwadratisch: een Map neemt het over, met dezelfde codes', () => {
    // 300 values with the same low 10 bits of the hash under seed 7: they pile up at every table size up to 1.024.
    const seed = 7;
    const colliding: string[] = [];
    const target = hashString('K0', seed) & 1023;
    for (let i = 0; colliding.length < 300; i++)
      if ((hashString(`K${i}`, seed) & 1023) === target) colliding.push(`K${i}`);
    const d = new Dictionary(seed);
    expect(colliding.map((v) => d.of(v))).toEqual(colliding.map((_, k) => k));
    expect(d.mapped).toBe(true);
    expect(colliding.map((v) => d.find(v))).toEqual(colliding.map((_, k) => k));
    expect([d.of('nieuw'), d.of('K0'), d.find('onbekend')]).toEqual([300, 0, -1]);
    expect(d.values).toEqual([...colliding, 'nieuw']);
    expect(MAX_PROBES).toBeLessThan(300);
  });

  it('negen cijfers die opzettelijk botsen: ook dan neemt een Map het over, met dezelfde codes', () => {
    // The numbers' hash as the dictionary makes it (MurmurHash3's finaliser over n ^ seed).
    const seed = 7;
    const mix = (n: number) => {
      let h = n ^ seed;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return h ^ (h >>> 16);
    };
    const colliding: string[] = [];
    const target = mix(100_000_000) & 1023;
    for (let n = 100_000_000; colliding.length < 300; n++)
      if ((mix(n) & 1023) === target) colliding.push(String(n));
    const d = new Dictionary(seed);
    expect(colliding.map((v) => d.of(v))).toEqual(colliding.map((_, k) => k));
    expect(d.mapped).toBe(true);
    expect(colliding.map((v) => d.find(v))).toEqual(colliding.map((_, k) => k));
    expect([d.of('nieuw'), d.of(colliding[0] as string), d.find('999999999')]).toEqual([
      300, 0, -1,
    ]);
  });

  it('twee miljoen BSN-achtige waarden door elkaar met klantcodes: elk zijn eigen code', () => {
    const d = new Dictionary();
    let wrong = 0;
    for (let i = 0; i < 2_000_000; i++) {
      const value = i % 3 === 0 ? `C${i}` : String(100_000_000 + i * 7);
      if (d.of(value) !== i) wrong++;
    }
    expect(wrong).toBe(0);
    expect(d.mapped).toBe(false);
    expect([d.find('100000007'), d.find('C3'), d.find('100000006')]).toEqual([1, 3, -1]);
  });
});
