import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDay,
  dayFromCivil,
  dayFromIso,
  daysInMonth,
  dutchFromIso,
  isoDate,
  isoWeekday,
} from '../../../shared/periods/days';
import {
  isoWeekOf,
  isoWeeksInYear,
  nextPeriod,
  type PeriodKind,
  periodKey,
  periodOf,
  periodRange,
} from '../../../shared/periods/periods';

const anyDay = fc.integer({ min: dayFromCivil(1900, 1, 1), max: dayFromCivil(2100, 12, 31) });
const kinds: PeriodKind[] = ['month', 'quarter', 'year', 'isoWeek', 'fourWeek'];

describe('dagnummers', () => {
  it('1970-01-01 is dag 0 en een donderdag', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    expect(isoWeekday(0)).toBe(4);
  });

  it('ISO-tekst heen en terug, en als Nederlandse datum', () => {
    fc.assert(fc.property(anyDay, (d) => dayFromIso(isoDate(d)) === d));
    expect(dayFromIso('2019-06-30')).toBe(dayFromCivil(2019, 6, 30));
    expect(dutchFromIso('2019-06-30')).toBe('30-06-2019');
  });

  it('schrikkeldagen', () => {
    expect(isoDate(dayFromCivil(2020, 2, 29))).toBe('2020-02-29');
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(dayFromCivil(2020, 3, 1) - dayFromCivil(2020, 2, 28)).toBe(2);
  });

  it('heen en terug: dag → datum → dag', () => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const { year, month, day } = civilFromDay(d);
        return dayFromCivil(year, month, day) === d;
      }),
    );
  });
});

describe('perioden', () => {
  it('ISO-week 53 bestaat in 2015 en 2020, niet in 2019', () => {
    expect(isoWeeksInYear(2015)).toBe(53);
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2019)).toBe(52);
    expect(isoWeekOf(dayFromCivil(2021, 1, 3))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(dayFromCivil(2019, 12, 30))).toEqual({ year: 2020, week: 1 });
  });

  it('vierwekenperiode 13 neemt week 53 mee', () => {
    const p13 = periodRange({ kind: 'fourWeek', year: 2020, index: 13 });
    expect([isoDate(p13.start), isoDate(p13.end)]).toEqual(['2020-11-30', '2021-01-03']);
    expect(periodOf('fourWeek', dayFromCivil(2021, 1, 3))).toEqual({
      kind: 'fourWeek',
      year: 2020,
      index: 13,
    });
    const p10 = periodRange({ kind: 'fourWeek', year: 2019, index: 10 });
    expect([isoDate(p10.start), isoDate(p10.end)]).toEqual(['2019-09-09', '2019-10-06']); // ISO weeks 37–40; week 1 began on 31-12-2018
    expect(periodKey({ kind: 'fourWeek', year: 2019, index: 10 })).toBe('2019-P10');
  });

  it.each(kinds)('%s: elke dag ligt in de periode die periodOf noemt', (kind) => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const r = periodRange(periodOf(kind, d));
        return r.start <= d && d <= r.end;
      }),
    );
  });

  it.each(kinds)('%s: de volgende periode begint de dag na het einde', (kind) => {
    fc.assert(
      fc.property(anyDay, (d) => {
        const p = periodOf(kind, d);
        return periodRange(nextPeriod(p)).start === periodRange(p).end + 1;
      }),
    );
  });

  it('maanden tellen op tot het jaar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        let days = 0;
        for (let m = 1; m <= 12; m++) {
          const r = periodRange({ kind: 'month', year, index: m });
          days += r.end - r.start + 1;
        }
        const y = periodRange({ kind: 'year', year, index: 1 });
        return days === y.end - y.start + 1;
      }),
    );
  });
});
