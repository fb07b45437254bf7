import { beforeAll, describe, expect, it } from 'vitest';
import {
  duckdbOnCsv,
  recordsAsCsv,
  type SqlFigures,
  type SqlRun,
} from '../../../bench/duckdbFigures';
import { syntheticRecords } from '../../../data-samples/synthetic';
import { buildDataset } from '../../../shared/metrics/dataset';
import { computeMetrics } from '../../../shared/metrics/engine';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { round } from '../../../shared/metrics/round';
import { dayFromCivil } from '../../../shared/periods/days';

// The same definitions written independently as SQL (bench/duckdbFigures.ts) must give the same
// figures: for all allocations, and under a product filter (allocations of that product; the
// trajectories whose first allocation has it).
describe.each([
  { n: 100_000, gapDays: 31, peildatum: null },
  { n: 20_000, gapDays: 3, peildatum: dayFromCivil(2018, 6, 30) },
])('gelijk aan DuckDB-SQL: $n toewijzingen, gap $gapDays', ({ n, gapDays, peildatum }) => {
  const views = new Map<string, { ours: MetricsJson; sql: SqlFigures }>();
  beforeAll(async () => {
    const records = syntheticRecords(n, { seed: n });
    const ds = buildDataset(records);
    const p = peildatum ?? ds.dataEnd;
    const { figures, filtered } = await duckdbOnCsv(recordsAsCsv(records), p, gapDays, 1, [
      ['IB1'],
    ]);
    views.set('alle toewijzingen', {
      ours: computeMetrics(ds, { peildatum: p, gapDays }),
      sql: figures,
    });
    views.set('filter IB1', {
      ours: computeMetrics(ds, { peildatum: p, gapDays, filters: { products: ['IB1'] } }),
      sql: (filtered[0] as SqlRun).figures,
    });
  }, 120_000);

  describe.each(['alle toewijzingen', 'filter IB1'])('%s', (view) => {
    let ours: MetricsJson;
    let sql: SqlFigures;
    beforeAll(() => {
      ({ ours, sql } = views.get(view) as { ours: MetricsJson; sql: SqlFigures });
    });

    it('jaren, trajecten, en per jaar instroom, uitstroom, cliënten, lopend, heraanmelding, aanbieders', () => {
      expect(ours.years).toEqual(sql.years);
      // Every selected trajectory flows in once; without a filter, that is every trajectory.
      const inflow = ours.years.reduce((sum, y) => sum + (ours.byYear[y]?.inflow ?? 0), 0);
      expect(inflow).toBe(sql.trajectories);
      if (view === 'alle toewijzingen') expect(ours.meta.counts.trajectories).toBe(inflow);
      for (const y of ours.years) {
        const a = ours.byYear[y];
        const b = sql.byYear[y];
        expect({ y, ...pick(a, flowKeys) }).toEqual({ y, ...pick(b, flowKeys) });
      }
    });

    it('leeftijd bij start, gemiddelde en Kaplan–Meier-mediaan van de duur per startjaar', () => {
      for (const y of ours.years) {
        const b = sql.byYear[y] ?? {};
        expect([
          y,
          ours.byYear[y]?.meanAgeAtStart,
          ours.byYear[y]?.meanDaysEnded,
          ours.byYear[y]?.medianDaysKM,
        ]).toEqual([
          y,
          b.meanAgeAtStart == null ? null : round(b.meanAgeAtStart, 1),
          b.meanDaysEnded == null ? null : round(b.meanDaysEnded, 1),
          b.medianDaysKM ?? null,
        ]);
      }
      expect(ours.duration.medianDaysKM).toBe(sql.duration.medianDaysKM);
      expect(ours.duration.meanDaysEnded).toBe(round(sql.duration.meanDaysEnded ?? 0, 1));
      expect(ours.duration.ongoingAfter365Pct).toBe(round(100 * sql.duration.s365, 1));
      expect(ours.duration.ongoingAfter730Pct).toBe(round(100 * sql.duration.s730, 1));
    });

    it('cliënten per aanbiedersgroep en per product, overgangen', () => {
      expect(ours.providerGroups).toEqual(fillYears(sql.providerGroups, ours.years));
      const productClients = Object.fromEntries(
        Object.entries(ours.products).map(([p, v]) => [p, v.clients]),
      );
      expect(productClients).toEqual(fillYears(sql.productClients, ours.years));
      expect(ours.transitions).toEqual(sql.transitions);
    });

    it('kosten uit tarieven (op de cent) en kosten per cliënt per maand', () => {
      for (const y of ours.years) {
        const b = sql.byYear[y] ?? {};
        expect(ours.byYear[y]?.costTotal).toBeCloseTo(round(b.costCents ?? 0, 0) / 100, 2);
        const perClientMonth = b.clientMonths
          ? round((b.costCents ?? 0) / b.clientMonths / 100, 2)
          : null;
        expect(ours.byYear[y]?.costPerClientMonth).toBeCloseTo(perClientMonth ?? 0, 2);
        for (const [product, v] of Object.entries(ours.products)) {
          expect(v.cost?.[y]).toBeCloseTo(round(sql.productCost[product]?.[y] ?? 0, 0) / 100, 2);
        }
      }
    });
  });
});

/** The per-year counts both sides compute. */
const flowKeys = ['inflow', 'outflow', 'clients', 'activeAtYearEnd', 'reentry', 'providersActive'];

function pick<T extends object>(o: T | undefined, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, (o as Record<string, unknown> | undefined)?.[k]]));
}

function fillYears(table: Record<string, Record<string, number>>, years: string[]) {
  return Object.fromEntries(
    Object.entries(table)
      .filter(([, perYear]) => Object.values(perYear).some((n) => n > 0))
      .map(([k, perYear]) => [k, Object.fromEntries(years.map((y) => [y, perYear[y] ?? 0]))]),
  );
}
