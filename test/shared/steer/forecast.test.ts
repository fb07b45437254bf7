import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import type { Cents } from '../../../shared/brand';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import { emptyRecords, type Records } from '../../../shared/model/records';
import { dayFromCivil } from '../../../shared/periods/days';
import { type ForecastParts, forecastYear, sameDayIn } from '../../../shared/steer/forecast';
import { alloc, day, importSample } from '../../helpers';

/** Two clients of provider P1 on IB1 at € 31 a month in 2018 (€ 1 a day in January). */
function twoClients(): Records {
  const records = emptyRecords();
  records.allocations.push(alloc('C1', 'IB1', '2018-01-01', null));
  records.allocations.push(alloc('C2', 'IB1', '2018-01-01', '2018-03-31'));
  records.tariffs.push({ product: 'IB1', year: 2018, perMonth: 3100 as Cents });
  return records;
}

describe('de prognose van het jaar (met de hand nagerekend)', () => {
  it('gerealiseerd, verplichting, verwacht lopend en nieuw op 31-01-2018', () => {
    const engine = new MetricsEngine(buildDataset(twoClients()));
    const f = forecastYear(engine, { peildatum: day('2018-01-31') });
    // January: two clients × € 31.
    expect(f.total.realised).toBe(62);
    // C1 open: February–December, 11 × € 31; C2 planned to 31 March: February and March.
    expect(f.total.obligation).toBe(341 + 62);
    // No trajectory has ended: each is expected to run to 31 December, past a planned end.
    expect(f.total.expectedContinuing).toBe(682);
    // Both started with the data (its opening stock): nothing to learn new trajectories from.
    expect(f.total.expectedNew).toBe(0);
    expect(f.total.forecast).toBe(62 + 682);
    // Run rate: € 62 in 31 days → a year of 365.
    expect(f.total.runRate).toBe(730);
    expect(f.total.lastYearGrowth).toBeNull();
    expect([f.backtest, f.total.low, f.total.high, f.total.calibration]).toEqual([
      [],
      null,
      null,
      1,
    ]);
    expect(f.byProduct.IB1?.forecast).toBe(744);
    expect(f.byProvider.P1?.forecast).toBe(744);
    expect(f.yearToDate.current).toEqual({
      from: '2018-01-01',
      to: '2018-01-31',
      clients: 2,
      inflow: 2,
      outflow: 0,
      cost: 62,
    });
  });

  it('een plafond: de dag waarop gerealiseerd plus verwacht het passeert', () => {
    const records = twoClients();
    records.allocations.pop();
    const engine = new MetricsEngine(buildDataset(records));
    const f = forecastYear(
      engine,
      { peildatum: day('2018-01-31') },
      { ceilings: { P1: { '2018': 100 } } },
    );
    // € 31 by January; € 62 by February, € 93 by March; April adds € 31/30 a day: day 7 passes € 100.
    expect(f.byProvider.P1?.ceiling).toBe(100);
    expect(f.byProvider.P1?.exceedsOn).toBe('2018-04-07');
    expect(
      forecastYear(engine, { peildatum: day('2018-01-31') }, { ceilings: { P1: { '2018': 500 } } })
        .byProvider.P1?.exceedsOn,
    ).toBeNull();
  });

  it('een plafond dat al gepasseerd is: de dag waarop de geboekte kosten het passeerden', () => {
    const engine = new MetricsEngine(buildDataset(twoClients()));
    const f = forecastYear(
      engine,
      { peildatum: day('2018-03-31') },
      { ceilings: { P1: { '2018': 100 } } },
    );
    // € 2 a day in January (€ 62); February € 2 × 31/28 a day: € 38 more takes 18 days.
    expect(f.byProvider.P1?.realised).toBe(186);
    expect(f.byProvider.P1?.exceedsOn).toBe('2018-02-18');
  });

  it('29 februari wordt 28 februari in een ander jaar', () => {
    expect(sameDayIn(day('2020-02-29'), 2019)).toBe(day('2019-02-28'));
    expect(sameDayIn(day('2019-09-30'), 2016)).toBe(day('2016-09-30'));
  });
});

const parts = (p: ForecastParts) => p.realised + p.expectedContinuing + p.expectedNew;
const total = (rows: Record<string, ForecastParts>, key: keyof ForecastParts) =>
  Object.values(rows).reduce((s, r) => s + ((r[key] as number) ?? 0), 0);

describe('de prognose klopt met zichzelf en met de cijfers', () => {
  for (const costLines of [false, true]) {
    const engine = new MetricsEngine(buildDataset(syntheticRecords(3000, { costLines, seed: 5 })));
    it(`delen tellen op, per product, type aanbieder en aanbieder (${costLines ? 'kostenregels' : 'tarieven'})`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: dayFromCivil(2016, 1, 15), max: dayFromCivil(2019, 12, 30) }),
          (p) => {
            const f = forecastYear(engine, { peildatum: p });
            expect(parts(f.total)).toBeCloseTo(f.total.forecast, 1);
            for (const rows of [f.byProduct, f.byProviderGroup, f.byProvider])
              for (const key of [
                'realised',
                'obligation',
                'expectedContinuing',
                'expectedNew',
                'forecast',
              ] as const)
                expect(total(rows, key), key).toBeCloseTo(f.total[key], 0);
            // Realised is the year's cost up to the peildatum, as `metrics` computes it.
            const year = f.year;
            expect(f.total.realised).toBe(engine.figures({ peildatum: p }).byYear[year]?.costTotal);
            expect(f.yearToDate.current.cost).toBeCloseTo(f.total.realised, 1);
          },
        ),
        { numRuns: 12 },
      );
    });
  }
});

describe('de terugblik op de voorbeelddata', () => {
  let engine: MetricsEngine;
  beforeAll(async () => {
    engine = new MetricsEngine(buildDataset((await importSample()).records));
  });

  it('de prognose zit dichter bij de werkelijkheid dan beide eenvoudige prognoses', () => {
    const actual = engine.figures({ peildatum: day('2019-12-31') });
    const errors = {
      forecast: [] as number[],
      runRate: [] as number[],
      lastYearGrowth: [] as number[],
    };
    for (const year of [2017, 2018, 2019])
      for (const month of [3, 6, 9]) {
        const p = dayFromCivil(year, month, month === 3 ? 31 : 30);
        const f = forecastYear(engine, { peildatum: p });
        const a = actual.byYear[String(year)]?.costTotal as number;
        errors.forecast.push(Math.abs(f.total.forecast - a) / a);
        errors.runRate.push(Math.abs(f.total.runRate - a) / a);
        errors.lastYearGrowth.push(Math.abs((f.total.lastYearGrowth as number) - a) / a);
      }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(errors.forecast)).toBeLessThan(mean(errors.runRate));
    expect(mean(errors.forecast)).toBeLessThan(mean(errors.lastYearGrowth));
    expect(mean(errors.forecast)).toBeLessThan(0.01);
  });

  it('de terugblik rekent op dezelfde dag van elk eerder jaar met een vol jaar ervoor', () => {
    const f = forecastYear(engine, { peildatum: day('2019-09-30') });
    expect(f.backtest.map((b) => b.peildatum)).toEqual(['2016-09-30', '2017-09-30', '2018-09-30']);
    for (const b of f.backtest) expect(Math.abs(b.errorPct as number)).toBeLessThan(2);
    expect(f.total.low as number).toBeLessThan(f.total.forecast);
    expect(f.total.high as number).toBeGreaterThan(f.total.forecast);
  });
});
