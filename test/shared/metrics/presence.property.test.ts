import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../../shared/brand';
import { buildDataset } from '../../../shared/metrics/dataset';
import { computeMetrics } from '../../../shared/metrics/engine';
import { emptyRecords } from '../../../shared/model/records';
import { civilFromDay } from '../../../shared/periods/days';
import { day, drawnAllocations } from '../../helpers';

describe('cliënten per jaar', () => {
  it('eigenschap: cliënten, actief op 31-12 en hun leeftijd zoals elke dag tellen zegt, ook onder een filter', () => {
    fc.assert(
      fc.property(
        drawnAllocations({ products: ['IB1', 'IB2'], maxStart: 1400, maxDays: 800 }),
        fc.integer({ min: 200, max: 1460 }),
        fc.boolean(),
        (allocations, peilOffset, filtered) => {
          const first = day('2015-01-01');
          const peildatum = (first + peilOffset) as DayNumber;
          const r = emptyRecords();
          r.allocations = allocations;
          // A born mid-1960 (age band by 1 July), B in December 2000, C unknown.
          r.clients = [
            { client: 'A', birthMonth: 196006, birthYear: null, gender: 'v', municipality: null },
            { client: 'B', birthMonth: 200012, birthYear: null, gender: 'm', municipality: null },
          ];
          const m = computeMetrics(buildDataset(r), {
            peildatum,
            filters: filtered ? { products: ['IB1'] } : {},
          });
          const chosen = r.allocations.filter((a) => !filtered || a.product === 'IB1');
          for (const year of m.years) {
            const y = Number(year);
            const yearEnd = Math.min(day(`${y}-12-31`), peildatum);
            const present = new Set<string>();
            const active = new Set<string>();
            for (const a of chosen) {
              const s = Math.max(a.start, first);
              const e = Math.min(a.end ?? peildatum, peildatum);
              if (e < s || a.start > peildatum) continue;
              if (civilFromDay(s).year <= y && civilFromDay(e).year >= y) present.add(a.client);
              if (s <= yearEnd && e >= yearEnd) active.add(a.client);
            }
            expect([m.byYear[year]?.clients, m.byYear[year]?.activeAtYearEnd]).toEqual([
              present.size,
              active.size,
            ]);
            const banded = Object.values(m.age.clientsByBand).reduce(
              (n, b) => n + (b[year] ?? 0),
              0,
            );
            expect(banded).toBe(present.size);
            expect(m.age.clientsByBand.onbekend?.[year] ?? 0).toBe(present.has('C') ? 1 : 0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
