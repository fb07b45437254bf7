import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import type { Cents } from '../../../shared/brand';
import { makeAgeBands, parseAgeBounds } from '../../../shared/metrics/ageBands';
import { buildDataset } from '../../../shared/metrics/dataset';
import { type DrillMetric, drillMetrics } from '../../../shared/metrics/drill';
import { MetricsEngine } from '../../../shared/metrics/engine';
import type { Filters } from '../../../shared/metrics/filters';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { emptyRecords } from '../../../shared/model/records';
import { alloc, day, importFixtures } from '../../helpers';

describe('doorklikken naar de trajecten achter een cijfer', () => {
  it('mini.xlsx 2019: de trajecten achter instroom en uitstroom, met de hand nagelopen', async () => {
    const { records } = await importFixtures(['mini.xlsx']);
    const engine = new MetricsEngine(buildDataset(records));
    const figures = engine.figures();
    const inflow = engine.drill({}, { metric: 'inflow', kind: 'year', period: '2019' });
    expect(inflow.trajectories).toBe(figures.byYear['2019']?.inflow);
    expect(inflow.rows.every((r) => r.start.startsWith('2019'))).toBe(true);
    const outflow = engine.drill({}, { metric: 'outflow', kind: 'year', period: '2019' });
    expect(outflow.rows.every((r) => r.end?.startsWith('2019'))).toBe(true);
    expect(outflow.trajectories).toBe(figures.byYear['2019']?.outflow);
    expect(inflow.rows.map((r) => [r.client, r.start, r.end, r.products])).toEqual([
      ['C5', '2019-01-10', '2019-12-31', 'IB1'],
      ['C6', '2019-06-01', null, 'IB1 → IB2'],
      ['C7', '2019-02-01', '2019-02-28', 'IB3'],
    ]);
  });

  it('één traject: producten in volgorde, duur en de lopende status', () => {
    const records = emptyRecords();
    records.allocations.push(
      alloc('ps_a', 'IB2', '2019-01-01', '2019-03-31'),
      alloc('ps_a', 'IB1', '2019-04-01', '2019-06-30'),
      alloc('ps_a', 'IB1', '2019-07-01', null),
    );
    const engine = new MetricsEngine(buildDataset(records));
    const r = engine.drill(
      { peildatum: buildDataset(records).dataEnd },
      { metric: 'clients', kind: 'quarter', period: '2019-Q2' },
    );
    expect(r.rows).toEqual([
      {
        client: 'ps_a',
        start: '2019-01-01',
        end: null,
        days: 182,
        products: 'IB2 → IB1',
        provider: 'P1',
        group: 'overig',
        municipality: null,
      },
    ]);
    expect(engine.drill({}, { metric: 'inflow', kind: 'year', period: '2031' }).rows).toEqual([]);
  });

  describe('telt precies wat het cijfer telt (100.000 toewijzingen, met en zonder filter)', () => {
    let engine: MetricsEngine;
    beforeAll(() => {
      engine = new MetricsEngine(buildDataset(syntheticRecords(100_000, { seed: 11 })));
    });
    const filterSets: Filters[] = [{}, { providerGroups: ['ggz'], products: ['IB1', 'IB2'] }];
    const yearFigure: Record<DrillMetric, keyof MetricsJson['byYear'][string]> = {
      clients: 'clients',
      inflow: 'inflow',
      outflow: 'outflow',
      activeAtYearEnd: 'activeAtYearEnd',
      reentry: 'reentry',
    };
    for (const filters of filterSets) {
      it(`filters ${JSON.stringify(filters)}`, () => {
        const m = engine.figures({ filters });
        for (const year of m.years) {
          for (const metric of drillMetrics) {
            const r = engine.drill({ filters }, { metric, kind: 'year', period: year });
            const counted =
              metric === 'clients' || metric === 'activeAtYearEnd' ? r.clients : r.trajectories;
            expect(counted, `${metric} ${year}`).toBe(m.byYear[year]?.[yearFigure[metric]]);
          }
        }
        for (const [key, p] of Object.entries(m.byPeriod.quarter ?? {})) {
          expect(
            engine.drill({ filters }, { metric: 'inflow', kind: 'quarter', period: key })
              .trajectories,
          ).toBe(p.inflow);
          expect(
            engine.drill({ filters }, { metric: 'clients', kind: 'quarter', period: key }).clients,
          ).toBe(p.clients);
        }
      });
    }
  });

  it('houdt de lijst kort bij heel veel trajecten, maar telt alles', () => {
    const engine = new MetricsEngine(buildDataset(syntheticRecords(5_000, { seed: 3 })));
    const r = engine.drill({}, { metric: 'clients', kind: 'year', period: '2017' }, 10);
    expect(r.rows).toHaveLength(10);
    expect(r.truncated).toBe(true);
    expect(r.trajectories).toBeGreaterThan(10);
  });
});

describe('instroom en uitstroom per periode, uitgesplitst', () => {
  it('de delen tellen op tot het totaal, per product en per type aanbieder', () => {
    const m = new MetricsEngine(buildDataset(syntheticRecords(20_000, { seed: 5 }))).figures();
    const sum = (r: Record<string, number>) => Object.values(r).reduce((s, v) => s + v, 0);
    for (const kind of ['month', 'quarter', 'year', 'fourWeek'] as const) {
      for (const p of Object.values(m.byPeriod[kind] ?? {})) {
        expect(sum(p.inflowByProduct)).toBe(p.inflow);
        expect(sum(p.inflowByGroup)).toBe(p.inflow);
        expect(sum(p.outflowByProduct)).toBe(p.outflow);
        expect(sum(p.outflowByGroup)).toBe(p.outflow);
      }
    }
    // A split equals the figure under the matching filter (filters select trajectories by their first allocation).
    const engine = new MetricsEngine(buildDataset(syntheticRecords(20_000, { seed: 5 })));
    const ib2 = engine.figures({ filters: { products: ['IB2'] } });
    const ggz = engine.figures({ filters: { providerGroups: ['ggz'] } });
    for (const [key, p] of Object.entries(m.byPeriod.year ?? {})) {
      expect(p.inflowByProduct.IB2 ?? 0).toBe(ib2.byYear[key]?.inflow);
      expect(p.outflowByGroup.ggz ?? 0).toBe(ggz.byYear[key]?.outflow);
      expect(p.inflow).toBe(m.byYear[key]?.inflow);
      expect(p.clients).toBe(m.byYear[key]?.clients);
      expect(p.outflow).toBe(m.byYear[key]?.outflow);
    }
  });

  it('met de hand: twee trajecten in 2019', () => {
    const records = emptyRecords();
    records.providers.push({
      provider: 'G',
      name: 'GGZ-aanbieder',
      group: 'ggz',
    });
    records.allocations.push(
      alloc('ps_a', 'IB2', '2019-01-10', '2019-02-20', { provider: 'G' }),
      alloc('ps_b', 'IB1', '2019-02-01', '2019-05-31'),
    );
    const m = new MetricsEngine(buildDataset(records)).figures({ peildatum: day('2019-12-31') });
    expect(m.byPeriod.month?.['2019-01']).toMatchObject({
      inflowByProduct: { IB1: 0, IB2: 1 },
      inflowByGroup: { ggz: 1, overig: 0 },
      outflowByProduct: { IB2: 0 },
    });
    expect(m.byPeriod.month?.['2019-02']).toMatchObject({
      inflowByProduct: { IB1: 1, IB2: 0 },
      outflowByProduct: { IB2: 1 },
      outflowByGroup: { ggz: 1 },
    });
  });
});

describe('trajectduur in klassen', () => {
  it('beëindigd en lopend apart, grenzen inclusief', () => {
    const records = emptyRecords();
    records.allocations.push(
      alloc('ps_a', 'IB1', '2019-01-01', '2019-04-01'), // 91 days: ≤ 3 months
      alloc('ps_b', 'IB1', '2019-01-01', '2019-04-02'), // 92 days
      alloc('ps_c', 'IB1', '2018-01-01', '2019-12-31'), // 730 days
      alloc('ps_d', 'IB1', '2016-01-01', null), // ongoing, 4 years at the peildatum
      alloc('ps_e', 'IB1', '2019-12-31', '2020-03-31'), // starts on the peildatum: ongoing, 1 day
    );
    const m = new MetricsEngine(buildDataset(records)).figures({
      peildatum: buildDataset(records).dataEnd,
    });
    expect(m.duration.classes).toEqual([
      { from: 1, to: 91, ended: 1, ongoing: 1 },
      { from: 92, to: 182, ended: 1, ongoing: 0 },
      { from: 183, to: 365, ended: 0, ongoing: 0 },
      { from: 366, to: 730, ended: 1, ongoing: 0 },
      { from: 731, to: 1095, ended: 0, ongoing: 0 },
      { from: 1096, to: null, ended: 0, ongoing: 1 },
    ]);
  });
});

describe('tarieven uit de instellingen', () => {
  it('vervangen de geïmporteerde tarieven als er geen kostenregels zijn', () => {
    const records = emptyRecords();
    records.allocations.push(alloc('ps_a', 'IB1', '2019-01-01', '2019-12-31'));
    records.tariffs.push({ product: 'IB1', year: 2019, perMonth: 50_000 as Cents });
    const engine = new MetricsEngine(buildDataset(records));
    const peildatum = day('2019-12-31');
    expect(engine.figures({ peildatum }).byYear['2019']?.costTotal).toBe(6_000);
    const own = engine.figures({
      peildatum,
      tariffs: [{ product: 'IB1', year: 2019, perMonth: 40_000 as Cents }],
    });
    expect(own.byYear['2019']?.costTotal).toBe(4_800);
    expect(own.meta.costSource).toBe('tariffs');
    expect(engine.figures({ peildatum, tariffs: [] }).meta.costSource).toBe('none');
  });
});

describe('leeftijdsgrenzen uit de instellingen', () => {
  it('leest een oplopende lijst hele leeftijden en weigert de rest', () => {
    expect(parseAgeBounds('18, 27, 40')).toEqual([18, 27, 40]);
    expect(parseAgeBounds('18;65')).toEqual([18, 65]);
    expect(parseAgeBounds(' 23 ')).toEqual([23]);
    for (const bad of [
      '',
      '27, 18',
      '18, 18',
      '18,5',
      '0',
      '121',
      'achttien',
      '1,2,3,4,5,6,7,8,9,10,11,12,13',
    ])
      expect(parseAgeBounds(bad), bad).toBeNull();
    expect(makeAgeBands([18, 65]).labels).toEqual(['<18', '18-64', '65+']);
  });
});

describe('kosten per type aanbieder', () => {
  it('tellen per jaar op tot de totale kosten (op de cent), met en zonder kostenregels', () => {
    for (const costLines of [false, true]) {
      const m = new MetricsEngine(
        buildDataset(syntheticRecords(20_000, { seed: 9, costLines })),
      ).figures();
      for (const y of m.years) {
        const cents = Object.values(m.costByGroup).reduce(
          (s, g) => s + Math.round((g[y] ?? 0) * 100),
          0,
        );
        const total = Math.round((m.byYear[y]?.costTotal ?? 0) * 100);
        expect(Math.abs(cents - total), `${costLines} ${y}`).toBeLessThanOrEqual(
          Object.keys(m.costByGroup).length,
        );
      }
      expect(Object.keys(m.costByGroup).length).toBeGreaterThan(3);
    }
  });
});

describe('inzoomen op één aanbieder (Sturen)', () => {
  it('de cliënten van de aanbieder in het jaar, zonder de andere filters', async () => {
    const { records } = await importFixtures(['mini.xlsx']);
    const engine = new MetricsEngine(buildDataset(records));
    const m = engine.figures({});
    for (const [provider, p] of Object.entries(m.providers)) {
      const result = engine.drill(
        { filters: { products: ['IB3'] } },
        { metric: 'clients', kind: 'year', period: '2019', provider },
      );
      expect(result.clients, provider).toBe(p.clients['2019']);
    }
  });
});
