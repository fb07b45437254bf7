import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinParts, type Part, splitParts } from '../../../renderer/src/worker/parts';

/** Every record and list in a value: the longest one's length. */
function longest(v: unknown): number {
  if (Array.isArray(v)) return Math.max(v.length, ...v.map(longest));
  if (typeof v === 'object' && v !== null && !ArrayBuffer.isView(v)) {
    const values = Object.values(v);
    return Math.max(values.length, ...values.map(longest));
  }
  return 0;
}

const partLength = (p: Part) => ('items' in p ? p.items.length : p.entries.length);

describe('a large worker answer in parts', () => {
  it('splits the providers record and the options list, and joins them back in order', () => {
    const providers = Object.fromEntries(
      Array.from({ length: 450 }, (_, k) => [`P${k}`, { clients: { 2019: k } }]),
    );
    const options = Array.from({ length: 401 }, (_, k) => ({
      id: `P${k}`,
      name: `Aanbieder ${k}`,
    }));
    const answer = {
      metrics: { years: ['2019'], providers, perDay: new Float64Array([1.5, 2]) },
      filterOptions: { providers: options },
      dataset: null,
    };
    const { rest, parts } = splitParts(answer, 200);
    expect(parts.map((p) => [p.path.join('.'), partLength(p)])).toEqual([
      ['metrics.providers', 200],
      ['metrics.providers', 200],
      ['metrics.providers', 50],
      ['filterOptions.providers', 200],
      ['filterOptions.providers', 200],
      ['filterOptions.providers', 1],
    ]);
    expect(rest).toEqual({
      metrics: { years: ['2019'], providers: {}, perDay: new Float64Array([1.5, 2]) },
      filterOptions: { providers: [] },
      dataset: null,
    });
    // Through structured cloning, as the messages go.
    const joined = joinParts(
      structuredClone(rest),
      parts.map((p) => structuredClone(p)),
    ) as typeof answer;
    expect(joined).toEqual(answer);
    expect(Object.keys(joined.metrics.providers)).toEqual(Object.keys(providers));
    // The answer itself is left as it was.
    expect(Object.keys(answer.metrics.providers)).toHaveLength(450);
  });

  it('keeps any key as an own entry, `__proto__` too, and a split answer at the top', () => {
    const record: Record<string, number> = {};
    for (const key of ['b', '__proto__', 'constructor', '10', 'a'])
      Object.defineProperty(record, key, { value: key.length, enumerable: true, writable: true });
    const answer = { record, list: [1, 2, 3, 4, 5] };
    const { rest, parts } = splitParts(answer, 2);
    const joined = joinParts(structuredClone(rest), structuredClone(parts)) as typeof answer;
    expect(Object.keys(joined.record)).toEqual(['10', 'b', '__proto__', 'constructor', 'a']);
    expect(Object.getPrototypeOf(joined.record)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(joined.record, '__proto__')?.value).toBe(9);
    expect(joined.list).toEqual([1, 2, 3, 4, 5]);
    const top = splitParts([[1], [2], [3]], 2);
    expect(top.rest).toEqual([]);
    expect(joinParts(top.rest, top.parts)).toEqual([[1], [2], [3]]);
  });

  it('sends a small answer whole', () => {
    const answer = { a: [1, 2, 3], b: { c: 'd' } };
    const { rest, parts } = splitParts(answer, 200);
    expect(parts).toEqual([]);
    expect(rest).toEqual(answer);
  });

  it('joins any JSON value back to itself; no part and nothing left is longer than the size', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 4 }), (value, size) => {
        const { rest, parts } = splitParts(value, size);
        for (const p of parts) expect(partLength(p)).toBeLessThanOrEqual(size);
        expect(longest(rest)).toBeLessThanOrEqual(size);
        expect(joinParts(structuredClone(rest), structuredClone(parts))).toEqual(value);
      }),
    );
  });
});
