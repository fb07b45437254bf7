import { describe, expect, it } from 'vitest';
import {
  publishCount,
  publishMoney,
  publishRate,
  publishTable,
} from '../../../shared/privacy/smallNumbers';

describe('publicatiemodus (CBS-regel)', () => {
  it.each([
    [0, null],
    [3, null],
    [7, null],
    [8, 10],
    [12, 10],
    [13, 15],
    [1572, 1570],
    [2720, 2720],
    [2718, 2720],
  ])('aantal %i → %s', (count, published) => {
    expect(publishCount(count)).toBe(published);
  });

  it('percentages komen uit de afgeronde aantallen; uit een geheim aantal volgt een geheim cijfer', () => {
    // 648 of 2.720 clients left: published 650 / 2.720 = 23,9 % (not 23,8 % from the raw counts).
    expect(publishRate(publishCount(648), publishCount(2720))).toBe(23.9);
    expect(publishRate(publishCount(5), publishCount(2720))).toBeNull();
    // Per 1.000 inhabitants: 1.079 clients of 119.019 → 1.080 / 119.019 × 1.000 = 9,07.
    expect(publishRate(publishCount(1079), 119019, 1000, 2)).toBe(9.07);
  });

  it('bedragen van een groep met een geheim aantal cliënten zijn geheim', () => {
    expect(publishMoney(12_345.67, publishCount(6))).toBeNull();
    expect(publishMoney(12_345.67, publishCount(60))).toBe(12_345.67);
  });

  it('secundaire onderdrukking: met het totaal en alle delen op één na zou het geheime deel te berekenen zijn', () => {
    // 6 is secret; 41 + 23 + 6 = 70 would reveal it from the total 70, so the smallest shown part (23) goes too.
    expect(publishTable({ ggz: 41, autisme: 23, ouderenzorg: 6 }, 70)).toEqual({
      parts: { ggz: 40, autisme: null, ouderenzorg: null },
      total: 70,
    });
  });

  it('twee geheime delen beschermen elkaar al; geen geheime delen: niets extra', () => {
    expect(publishTable({ a: 41, b: 5, c: 3 }, 49)).toEqual({
      parts: { a: 40, b: null, c: null },
      total: 50,
    });
    expect(publishTable({ a: 41, b: 23 }, 64)).toEqual({ parts: { a: 40, b: 25 }, total: 65 });
  });

  it('een geheim totaal verraadt niets: dan blijft het bij primaire onderdrukking', () => {
    expect(publishTable({ a: 4, b: 2 }, 6)).toEqual({ parts: { a: null, b: null }, total: null });
    expect(publishTable({ a: 3, b: 2 }, 5)).toEqual({ parts: { a: null, b: null }, total: null });
  });
});
