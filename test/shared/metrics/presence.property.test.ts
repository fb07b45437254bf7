import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayNumber } from '../../../shared/brand';
import { buildDataset } from '../../../shared/metrics/dataset';
import { computeMetrics } from '../../../shared/metrics/engine';
import type { MetricsParams } from '../../../shared/metrics/params';
import { emptyRecords, type Records } from '../../../shared/model/records';
import { civilFromDay } from '../../../shared/periods/days';
import { type PeriodKind, periodKey, periodOf } from '../../../shared/periods/periods';
import { alloc, day, drawnAllocations } from '../../helpers';

/** The first day allocations are drawn from (`drawnAllocations`). */
const first = day('2015-01-01');

/** Drawn allocations of clients A, B and C, a peildatum `peil` days after `first`, and IB1 only or all. */
const drawnCase = (maxStart: number, maxDays: number, peil: { min: number; max: number }) =>
  fc.record({
    allocations: drawnAllocations({ products: ['IB1', 'IB2'], maxStart, maxDays }),
    peildatum: fc.integer(peil).map((offset) => (first + offset) as DayNumber),
    filtered: fc.boolean(),
  });

type DrawnCase = ReturnType<typeof drawnCase> extends fc.Arbitrary<infer T> ? T : never;

/** A case's figures (with these clients and period kinds), and the allocations its filter chooses. */
function figuresOf(c: DrawnCase, clients: Records['clients'], params: MetricsParams = {}) {
  const r = emptyRecords();
  r.allocations = c.allocations;
  r.clients = clients;
  const filters = c.filtered ? { products: ['IB1' as const] } : {};
  return {
    m: computeMetrics(buildDataset(r), { ...params, peildatum: c.peildatum, filters }),
    chosen: c.allocations.filter((a) => !c.filtered || a.product === 'IB1'),
  };
}

describe('cliënten per jaar', () => {
  it('eigenschap: cliënten, actief op 31-12 en hun leeftijd zoals elke dag tellen zegt, ook onder een filter', () => {
    fc.assert(
      fc.property(drawnCase(1400, 800, { min: 200, max: 1460 }), (c) => {
        const peildatum = c.peildatum;
        // A born mid-1960 (age band by 1 July), B in December 2000, C unknown.
        const { m, chosen } = figuresOf(c, [
          { client: 'A', birthMonth: 196006, birthYear: null, gender: 'v', municipality: null },
          { client: 'B', birthMonth: 200012, birthYear: null, gender: 'm', municipality: null },
        ]);
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
          const banded = Object.values(m.age.clientsByBand).reduce((n, b) => n + (b[year] ?? 0), 0);
          expect(banded).toBe(present.size);
          expect(m.age.clientsByBand.onbekend?.[year] ?? 0).toBe(present.has('C') ? 1 : 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('eigenschap: cliënten per maand, kwartaal, vier weken en week zoals elke dag tellen zegt', () => {
    const kinds: PeriodKind[] = ['month', 'quarter', 'fourWeek', 'isoWeek'];
    fc.assert(
      // Short allocations close together: spells with gaps inside one period, and across.
      fc.property(drawnCase(200, 40, { min: 30, max: 400 }), (c) => {
        const peildatum = c.peildatum;
        const { m, chosen } = figuresOf(c, [], { periodKinds: kinds });
        for (const kind of kinds) {
          const present = new Map<string, Set<string>>();
          for (let d = first; d <= peildatum; d++) {
            const key = periodKey(periodOf(kind, d));
            const clients = present.get(key) ?? new Set<string>();
            for (const a of chosen)
              if (a.start <= d && (a.end ?? peildatum) >= d) clients.add(a.client);
            present.set(key, clients);
          }
          const counted = Object.fromEntries(
            Object.entries(m.byPeriod[kind] ?? {}).map(([key, f]) => [key, f.clients]),
          );
          expect(counted).toEqual(
            Object.fromEntries([...present].map(([key, clients]) => [key, clients.size])),
          );
        }
      }),
      { numRuns: 200 },
    );
  });

  it('leeftijdsbanden over drie eeuwen: voor de geboorte de eerste band, voorbij 130 de laatste', () => {
    const r = emptyRecords();
    r.allocations = [
      alloc('E', 'IB1', '1901-01-01', '1930-12-31'),
      alloc('A', 'IB2', '1905-01-01', '1906-12-31'),
      alloc('O', 'IB1', '2015-01-01', '2025-12-31'),
      alloc('Y', 'IB1', '2015-01-01', '2016-12-31'),
      alloc('L', 'IB1', '2190-01-01', '2200-12-31'),
    ];
    r.clients = [
      // Born in August: on 1 July of 1920 they are 18, of 1929 they are 27.
      { client: 'E', birthMonth: 190108, birthYear: null, gender: 'v', municipality: null },
      { client: 'A', birthMonth: 175001, birthYear: null, gender: 'm', municipality: null },
      { client: 'O', birthMonth: 189003, birthYear: null, gender: 'm', municipality: null },
      { client: 'Y', birthMonth: 203005, birthYear: null, gender: 'v', municipality: null },
    ];
    const m = computeMetrics(buildDataset(r), { peildatum: day('2200-12-31') });
    expect(m.years.length).toBe(300);
    const bands = m.age.clientsByBand;
    const inYear = (year: string) =>
      Object.fromEntries(
        Object.entries(bands)
          .map(([band, perYear]) => [band, perYear[year] ?? 0] as const)
          .filter(([, n]) => n > 0),
      );
    expect(inYear('1901')).toEqual({ '<18': 1 });
    expect(inYear('1905')).toEqual({ '<18': 1, '75+': 1 });
    expect(inYear('1919')).toEqual({ '<18': 1 });
    expect(inYear('1920')).toEqual({ '18-26': 1 });
    expect(inYear('1928')).toEqual({ '18-26': 1 });
    expect(inYear('1929')).toEqual({ '27-39': 1 });
    expect(inYear('2015')).toEqual({ '<18': 1, '75+': 1 });
    expect(inYear('2025')).toEqual({ '75+': 1 });
    expect(inYear('2195')).toEqual({ onbekend: 1 });
  });
});
