import { describe, expect, it } from 'vitest';
import { peildatumInRange, peildatumRange } from '../../../shared/metrics/peildatumRange';
import { dayFromCivil, dayFromIso, isoDate } from '../../../shared/periods/days';

const data = (start: string, end: string) => ({
  dataStart: dayFromIso(start),
  dataEnd: dayFromIso(end),
});
const range = (start: string, end: string) => {
  const { earliest, latest } = peildatumRange(data(start, end));
  return [isoDate(earliest), isoDate(latest)];
};

describe('peildatumRange: de peildatums die de gegevens kunnen beschrijven', () => {
  it('van de eerste start tot een jaar na de eigen peildatum', () => {
    expect(range('2015-01-01', '2019-12-31')).toEqual(['2015-01-01', '2020-12-31']);
    expect(range('2016-03-14', '2024-06-30')).toEqual(['2016-03-14', '2025-06-30']);
  });

  it('29 februari: een jaar later de 28e', () => {
    expect(range('2015-01-01', '2024-02-29')).toEqual(['2015-01-01', '2025-02-28']);
  });

  it('de randen horen erbij, een dag erbuiten niet', () => {
    const ds = data('2015-01-01', '2019-12-31');
    expect(peildatumInRange(ds, dayFromCivil(2015, 1, 1))).toBe(true);
    expect(peildatumInRange(ds, dayFromCivil(2020, 12, 31))).toBe(true);
    expect(peildatumInRange(ds, dayFromCivil(2014, 12, 31))).toBe(false);
    expect(peildatumInRange(ds, dayFromCivil(2021, 1, 1))).toBe(false);
    expect(peildatumInRange(ds, dayFromCivil(9999, 12, 31))).toBe(false);
  });
});
