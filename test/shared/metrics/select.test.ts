import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, select } from '../../../shared/metrics/select';

/** The median as sorting gives it: the middle value, or the mean of the two middle ones. */
function sortedMedian(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const m = sorted.length;
  return m % 2
    ? (sorted[(m - 1) / 2] as number)
    : ((sorted[m / 2 - 1] as number) + (sorted[m / 2] as number)) / 2;
}

describe('selectie (mediaan zonder sorteren)', () => {
  it('eigenschap: de k-de kleinste is wat sorteren zegt', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 200 }),
        fc.nat(),
        (xs, k0) => {
          const k = k0 % xs.length;
          const sorted = [...xs].sort((a, b) => a - b);
          expect(select(Float64Array.from(xs), k)).toBe(sorted[k]);
        },
      ),
    );
  });

  it('eigenschap: na de k-de kleinste staat niets kleiners rechts ervan', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (xs, k0) => {
          const k = k0 % xs.length;
          const a = Float64Array.from(xs);
          const kth = select(a, k);
          expect(a.subarray(k + 1).every((v) => v >= kth)).toBe(true);
          expect(a.subarray(0, k).every((v) => v <= kth)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('eigenschap: de mediaan is die van de gesorteerde rij', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.integer({ min: -5, max: 5 }),
            // Without −0: sorting and selecting may each give either of 0 and −0.
            fc.double({ noNaN: true, min: -1e9, max: 1e9 }).map((v) => v + 0),
          ),
          {
            minLength: 1,
            maxLength: 300,
          },
        ),
        (xs) => {
          expect(median(Float64Array.from(xs))).toBe(sortedMedian(xs));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('eigenschap: ook in duizenden waarden (eerst een steekproef) de k-de kleinste en de mediaan', () => {
    const value = fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => v + 0),
      fc.double({ noNaN: true, min: 1e3, max: 1e7 }),
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: 601, maxLength: 6000 }), fc.nat(), (xs, k0) => {
        const k = k0 % xs.length;
        const a = Float64Array.from(xs);
        const kth = select(a, k);
        expect(kth).toBe([...xs].sort((x, y) => x - y)[k]);
        expect(a.subarray(0, k).every((v) => v <= kth)).toBe(true);
        expect(a.subarray(k + 1).every((v) => v >= kth)).toBe(true);
        expect(median(Float64Array.from(xs))).toBe(sortedMedian(xs));
      }),
      { numRuns: 100 },
    );
  });

  it('de mediaan van een even aantal: het midden van de twee middelste', () => {
    expect(median(Float64Array.from([40, 10, 30, 20]))).toBe(25);
    expect(median(Float64Array.from([7, 7, 1, 9]))).toBe(7);
    expect(median(Float64Array.from([3, 1, 2]))).toBe(2);
    expect(median(new Float64Array(0))).toBeNull();
  });
});
