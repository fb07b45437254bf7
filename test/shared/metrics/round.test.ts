import { describe, expect, it } from 'vitest';
import { euro, percent, round } from '../../../shared/metrics/round';

describe('afronden', () => {
  it('half van nul af, zonder verrassingen van binaire breuken', () => {
    expect([round(1.25, 1), round(-1.25, 1), round(1.005, 2), round(2.5, 0)]).toEqual([
      1.3, -1.3, 1.01, 3,
    ]);
    expect([euro(12_345.5), euro(-12_345.5), percent(648, 2720), percent(1, 0)]).toEqual([
      123.46,
      -123.46,
      23.8,
      null,
    ]);
  });

  it('wat op nul uitkomt is 0, nooit −0 (dat als "€ -0,00" getoond zou worden)', () => {
    // Cost lines that cancel out leave float noise such as −1e-12 cents.
    for (const zero of [round(-1e-12, 0), euro(-1e-12), euro(-0.4), round(-0.04, 1), euro(-0)])
      expect(Object.is(zero, 0), String(zero)).toBe(true);
  });
});
