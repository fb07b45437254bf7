import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { select } from '../../../shared/metrics/select';

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
});
