import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import { buildDataset } from '../../../shared/metrics/dataset';
import { computeMetrics } from '../../../shared/metrics/engine';
import { isIb } from '../../../shared/model/products';
import { type PeriodKind, periodKey, periodOf } from '../../../shared/periods/periods';

describe('periodereeksen', () => {
  it('eigenschap: instroom en uitstroom per maand, kwartaal en 4-weekperiode tellen op tot het jaar en het totaal', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 50, max: 600 }),
        (seed, n) => {
          const m = computeMetrics(buildDataset(syntheticRecords(n, { seed })));
          for (const year of m.years) {
            const months = Object.entries(m.byPeriod.month ?? {}).filter(([k]) =>
              k.startsWith(`${year}-`),
            );
            expect(months.reduce((s, [, p]) => s + p.inflow, 0)).toBe(m.byYear[year]?.inflow);
            expect(months.reduce((s, [, p]) => s + p.outflow, 0)).toBe(m.byYear[year]?.outflow);
            const quarters = Object.entries(m.byPeriod.quarter ?? {}).filter(([k]) =>
              k.startsWith(`${year}-`),
            );
            expect(quarters.reduce((s, [, p]) => s + p.inflow, 0)).toBe(m.byYear[year]?.inflow);
          }
          const total = m.years.reduce((s, y) => s + (m.byYear[y]?.inflow ?? 0), 0);
          expect(Object.values(m.byPeriod.fourWeek ?? {}).reduce((s, p) => s + p.inflow, 0)).toBe(
            total,
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it.each<PeriodKind>(['month', 'quarter', 'fourWeek'])(
    'cliënten per %s: gelijk aan tellen met een verzameling per periode',
    (kind) => {
      const records = syntheticRecords(3000, { seed: 11 });
      const ds = buildDataset(records);
      const m = computeMetrics(ds);
      const naive = new Map<string, Set<string>>();
      for (const a of records.allocations) {
        if (!isIb(a.product) || a.start > ds.dataEnd) continue;
        const end = Math.min(a.end ?? ds.dataEnd, ds.dataEnd);
        for (let day = Math.max(a.start, dayOfFirstYear(m.years[0] as string)); day <= end; day++) {
          const key = periodKey(periodOf(kind, day));
          const set = naive.get(key) ?? new Set<string>();
          set.add(a.client);
          naive.set(key, set);
        }
      }
      const ours = Object.fromEntries(
        Object.entries(m.byPeriod[kind] ?? {})
          .filter(([, p]) => p.clients > 0)
          .map(([k, p]) => [k, p.clients]),
      );
      expect(ours).toEqual(Object.fromEntries([...naive].map(([k, s]) => [k, s.size])));
    },
  );
});

const dayOfFirstYear = (year: string) => Date.UTC(Number(year), 0, 1) / 86_400_000;
