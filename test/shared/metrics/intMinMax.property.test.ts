import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { imax, imin } from '../../../shared/metrics/distinct';

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
// The sentinels the passes compare with: an open end, "none", the day numbers around them.
const edges = fc.constantFrom(2 ** 31 - 1, -(2 ** 31), -1, 0, 1, 16_071, 18_261);

describe('imax en imin (zonder sprong)', () => {
  it('eigenschap: gelijk aan Math.max en Math.min voor elk paar 32-bits gehele getallen', () => {
    fc.assert(
      fc.property(fc.oneof(int32, edges), fc.oneof(int32, edges), (a, b) => {
        expect(imax(a, b)).toBe(Math.max(a, b));
        expect(imin(a, b)).toBe(Math.min(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('een open einde tegen een peildatum voor 1970', () => {
    expect(imin(2 ** 31 - 1, -3650)).toBe(-3650);
    expect(imax(-(2 ** 31), 5)).toBe(5);
  });
});
