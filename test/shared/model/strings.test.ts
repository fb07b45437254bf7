import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Strings, StringsPacker } from '../../../shared/model/strings';

describe('Strings (een lijst als enkele lange teksten)', () => {
  it('eigenschap: elke string terug, per index en op volgorde, ook lege en met tekens buiten ASCII', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('', 'ë', '😀', 'ps_0a1b'))),
        (values) => {
          const strings = Strings.from(values);
          expect(strings.length).toBe(values.length);
          expect(values.map((_, i) => strings.at(i))).toEqual(values);
          expect([...strings]).toEqual(values);
        },
      ),
    );
  });

  it('lange lijsten worden meer teksten, zonder een string te splitsen', () => {
    // 16M characters per text: three strings of 6M fill two texts and start a third.
    const values = ['a', 'b'.repeat(6_000_000), 'c'.repeat(6_000_000), 'd'.repeat(6_000_000), 'e'];
    const strings = Strings.from(values);
    expect(strings.stored().texts.length).toBe(2);
    expect([...strings].map((s) => s.length)).toEqual(values.map((s) => s.length));
    expect(strings.at(3)).toBe(values[3]);
    expect(strings.at(4)).toBe('e');
  });

  it('inpakken: als tekst of als ASCII-bytes door elkaar, ook over de grens van een tekst', () => {
    const ascii = fc.string({
      unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
    });
    const entry = fc.oneof(
      ascii.map((text) => ({ text, bytes: true })),
      fc.oneof(fc.string(), fc.constantFrom('ë', '😀', '')).map((text) => ({ text, bytes: false })),
    );
    fc.assert(
      fc.property(fc.array(entry), (entries) => {
        const packer = new StringsPacker(entries.length + 3);
        for (const { text, bytes } of entries)
          if (bytes) packer.pushAscii(Uint8Array.from(text, (ch) => ch.charCodeAt(0)));
          else packer.push(text);
        const strings = packer.done();
        expect([...strings]).toEqual(entries.map((e) => e.text));
      }),
    );
    // Past 16M characters: a second text, with non-ASCII on both sides of the cut.
    const long = ['é'.repeat(5_000_000), 'a'.repeat(6_000_000), 'ü'.repeat(6_000_000), 'b', 'ö'];
    const packer = new StringsPacker(long.length);
    for (const text of long) packer.push(text);
    const strings = packer.done();
    expect(strings.stored().texts.length).toBe(2);
    expect([...strings]).toEqual(long);
  });

  it('opgeslagen en teruggelezen: dezelfde lijst; hetzelfde opgeslagen object geeft dezelfde Strings', () => {
    const stored = Strings.from(['C1', 'C2', 'C3']).stored();
    const clone = structuredClone(stored);
    expect(Strings.revive(clone).toArray()).toEqual(['C1', 'C2', 'C3']);
    expect(Strings.revive(clone)).toBe(Strings.revive(clone));
    // A list stored before dictionaries were packed.
    expect(Strings.revive(['x', 'y']).at(1)).toBe('y');
    expect(Strings.revive(undefined).length).toBe(0);
  });
});
