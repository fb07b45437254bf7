import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildFrame,
  countedKinds,
  foldMonths,
  monthsPerPeriod,
  periodTable,
} from '../../../shared/metrics/frame';
import { day } from '../../helpers';

describe('kwartalen en jaren uit maanden', () => {
  it('telt maanden in plaats van kwartalen en jaren, en de rest zelf', () => {
    expect(countedKinds(['month', 'quarter', 'year', 'fourWeek'])).toEqual(['month', 'fourWeek']);
    expect(countedKinds(['year'])).toEqual(['month']);
    expect(countedKinds(['isoWeek'])).toEqual(['isoWeek']);
  });

  it('vouwt per rij: veertien maanden worden vijf kwartalen', () => {
    const perMonth = Int32Array.from({ length: 28 }, (_, k) => (k < 14 ? 1 : k - 13));
    // Row 0: one a month; row 1: 1..14.
    expect([...foldMonths(perMonth, 14, 3, 5)]).toEqual([3, 3, 3, 3, 2, 6, 15, 24, 33, 27]);
    expect([...foldMonths(perMonth, 14, 12, 2)]).toEqual([12, 2, 78, 27]);
  });

  it('eigenschap: gevouwen maandtellingen zijn de tellingen per kwartaal en per jaar', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 200 }),
        (peilOffset, offsets) => {
          const first = day('2015-03-10');
          const peildatum = first + peilOffset;
          const frame = buildFrame(first, peildatum);
          const days = offsets.map((o) => (o % (peildatum - frame.firstDay + 1)) + frame.firstDay);
          const count = (kind: 'month' | 'quarter' | 'year') => {
            const table = periodTable(frame, kind);
            const counts = new Int32Array(table.keys.length);
            for (const d of days) {
              const at = table.index[d - frame.firstDay] as number;
              counts[at] = (counts[at] as number) + 1;
            }
            return counts;
          };
          const months = count('month');
          for (const kind of ['quarter', 'year'] as const) {
            const per = monthsPerPeriod(kind) as number;
            const n = periodTable(frame, kind).keys.length;
            expect([...foldMonths(months, months.length, per, n)]).toEqual([...count(kind)]);
          }
        },
      ),
    );
  });
});
