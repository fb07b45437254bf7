import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import { tariffsFor } from '../../../shared/metrics/params';
import { civilFromDay, dayFromCivil } from '../../../shared/periods/days';
import { type ExpectedAt, expectedCosts } from '../../../shared/steer/expected';
import { knownOn } from '../../../shared/steer/knownOn';
import { dayRates } from '../../../shared/steer/rates';
import { survivalByFirstProduct } from '../../../shared/steer/survival';

describe('verwachte kosten van meerdere peildatums in één doorgang', () => {
  for (const costLines of [false, true]) {
    const ds = buildDataset(syntheticRecords(2000, { costLines, seed: 9 }));
    const engine = new MetricsEngine(ds);
    const last = dayFromCivil(2019, 12, 31);
    const tr = engine.trajectories(last, 31);
    const at = (days: readonly number[], slots: readonly number[]): ExpectedAt[] => {
      const known = knownOn(ds, tr, days);
      return days.map((peildatum, j) => ({
        peildatum,
        rates: dayRates(ds, tariffsFor(ds, {}), civilFromDay(peildatum).year, peildatum),
        survival: survivalByFirstProduct(known[j] as (typeof known)[number]),
        dailySlots: new Set(slots),
      }));
    };

    it(`geeft per dag precies wat die dag alleen geeft (${costLines ? 'kostenregels' : 'tarieven'})`, () => {
      // Not a comparison of empty sums: midway through 2018 every part is expected.
      const [mid] = expectedCosts(ds, tr, at([dayFromCivil(2018, 6, 30)], []));
      const total = (a: Float64Array) => a.reduce((x, y) => x + y, 0);
      expect(total(mid?.obligation ?? new Float64Array())).toBeGreaterThan(0);
      expect(total(mid?.continuing ?? new Float64Array())).toBeGreaterThan(0);
      expect(total(mid?.fresh ?? new Float64Array())).toBeGreaterThan(0);
      const first = dayFromCivil(2015, 3, 1);
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.integer({ min: first, max: last }), { minLength: 1, maxLength: 4 }),
          fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 2 }),
          (unsorted, slots) => {
            const days = [...unsorted].sort((a, b) => a - b);
            const together = expectedCosts(ds, tr, at(days, slots));
            days.forEach((day, j) => {
              const [alone] = expectedCosts(ds, tr, at([day], slots));
              expect(together[j]).toEqual(alone);
            });
          },
        ),
        { numRuns: 15 },
      );
    });
  }
});

describe('de kostenpas van de cijfers wordt hergebruikt', () => {
  it('de prognose en de cijfers na elkaar zijn dezelfde als elk op een verse engine', () => {
    const ds = buildDataset(syntheticRecords(3000, { seed: 4 }));
    const peildatum = dayFromCivil(2019, 6, 30);
    const shared = new MetricsEngine(ds);
    const figures = shared.figures({ peildatum });
    const pass = shared.costPass({ peildatum });
    const filtered = shared.figures({ peildatum, filters: { products: ['IB2'] } });
    const again = shared.figures({ peildatum });
    expect(again).toEqual(figures);
    expect(figures).toEqual(new MetricsEngine(ds).figures({ peildatum }));
    expect(filtered).toEqual(
      new MetricsEngine(ds).figures({ peildatum, filters: { products: ['IB2'] } }),
    );
    const fresh = new MetricsEngine(ds).costPass({ peildatum });
    expect(pass.cost.perDay).toEqual(fresh.cost.perDay);
    expect(pass.cost.perYear).toEqual(fresh.cost.perYear);
    expect(pass.cost.perProviderYear).toEqual(fresh.cost.perProviderYear);
  });
});
