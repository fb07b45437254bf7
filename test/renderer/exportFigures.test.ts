import { describe, expect, it } from 'vitest';
import { safeCell } from '../../renderer/src/exportFigures';

describe('export zonder formule-injectie', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+31 6 1234', "'+31 6 1234"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Dordrecht', 'Dordrecht'],
  ])('%s → %s', (value, expected) => {
    expect(safeCell(value)).toBe(expected);
  });

  it('getallen blijven getallen', () => {
    expect(safeCell(-800)).toBe(-800);
    expect(safeCell(null)).toBeNull();
  });
});
