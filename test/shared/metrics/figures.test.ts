import { beforeAll, describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import type { Cents, DayNumber } from '../../../shared/brand';
import { buildDataset } from '../../../shared/metrics/dataset';
import { computeMetrics, MetricsEngine } from '../../../shared/metrics/engine';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import type { IbProduct } from '../../../shared/model/products';
import { emptyRecords, type Records } from '../../../shared/model/records';
import { alloc, day as d, importFixtures, importRecords, testKey } from '../../helpers';

describe('de figuren van metrics.md op mini.xlsx (met de hand nagerekend)', () => {
  let records: Records;
  let m: MetricsJson;
  beforeAll(async () => {
    records = (await importFixtures(['mini.xlsx'])).records;
    m = computeMetrics(buildDataset(records));
  });

  it('heraanmeldingspercentage: 1 van 5 instromers in 2018', () => {
    expect(m.byYear['2018']?.reentryRatePct).toBe(20);
    expect(m.byYear['2019']?.reentryRatePct).toBe(0);
  });

  it('geslacht van cliënten per jaar', () => {
    expect(m.gender['2018']).toEqual({ m: 2, v: 2, x: 0, unknown: 0, mPct: 50, vPct: 50, xPct: 0 });
    expect(m.gender['2019']).toEqual({
      m: 2,
      v: 2,
      x: 1,
      unknown: 0,
      mPct: 40,
      vPct: 40,
      xPct: 20,
    });
  });

  it('leeftijdsklassen: cliënten naar leeftijd op 1 juli, instroom naar leeftijd bij start', () => {
    const clients = m.age.clientsByBand;
    expect([
      clients['18-26']?.['2018'],
      clients['27-39']?.['2018'],
      clients['65-74']?.['2018'],
    ]).toEqual([1, 2, 1]);
    expect([
      clients['18-26']?.['2019'],
      clients['65-74']?.['2019'],
      clients['75+']?.['2019'],
      clients.onbekend?.['2019'],
    ]).toEqual([2, 1, 1, 1]);
    const inflow = m.age.inflowByBand;
    expect([
      inflow['18-26']?.['2018'],
      inflow['27-39']?.['2018'],
      inflow['65-74']?.['2018'],
    ]).toEqual([1, 3, 1]);
    expect([inflow['18-26']?.['2019'], inflow['75+']?.['2019'], inflow.onbekend?.['2019']]).toEqual(
      [1, 1, 1],
    );
  });

  it('overgangen per jaar en het aandeel afschalingen', () => {
    expect(m.transitionsByYear).toEqual({
      2018: { 'IB2>IB1': 1 },
      2019: { 'IB1>IB0': 1, 'IB1>IB2': 1 },
    });
    expect(m.stepDownSharePct).toBe(66.7);
  });

  it('groei per aanbiedersgroep tussen het eerste en laatste jaar', () => {
    expect(m.providerGroupGrowthPct).toEqual({
      ggz: -50,
      gehandicaptenzorg: 100,
      autisme: 100,
      overig: null,
    });
  });

  it('per aanbieder: cliënten, instroom, uitstroompercentage, mediane duur, afschaling naar IB0', () => {
    expect(m.providers.P1).toMatchObject({
      group: 'ggz',
      clients: { 2018: 2, 2019: 1 },
      inflow: { 2018: 3, 2019: 0 },
      outflowRatePct: { 2018: 150, 2019: 0 },
      medianDaysKM: 92, // C4 89, C4 92, C1 365, all ended
      stepDownToIb0Pct: 0,
    });
    expect(m.providers.P3).toMatchObject({
      clients: { 2018: 1, 2019: 2 },
      inflow: { 2018: 1, 2019: 1 },
      stepDownToIb0Pct: 100,
    });
    expect(m.providers.P2?.stepDownToIb0Pct).toBeNull();
  });

  it('groeiconcentratie: met drempel 1 groeien P2, P3 en P4 samen met 3 bij een totale groei van 1', () => {
    const g = computeMetrics(buildDataset(records), { growthThreshold: 1 }).growthConcentration;
    expect(g.providers.map((p) => [p.provider, p.growth])).toEqual([
      ['P2', 1],
      ['P3', 1],
      ['P4', 1],
    ]);
    expect(g.totalGrowth).toBe(1);
    expect(g.sharePct).toBe(300);
  });

  it('kostenperiodes tellen op tot het jaar; kosten per aanbieder tellen op tot het totaal', () => {
    for (const year of m.years) {
      const months = Object.entries(m.byPeriod.month ?? {}).filter(([k]) => k.startsWith(year));
      expect(months.reduce((s, [, p]) => s + (p.cost ?? 0), 0)).toBeCloseTo(
        m.byYear[year]?.costTotal ?? 0,
        2,
      );
    }
    // September 2018 holds a credit: C1 IB1 € 500 + C2 IB3 € 1.200 + C4 (€ 800 − € 800 + € 400).
    expect(m.byPeriod.month?.['2018-09']?.cost).toBe(2100);
    // Per provider group (and without a provider) the cost adds up to the year's total.
    for (const year of m.years) {
      const groups = Object.values(m.costByGroup).reduce((s, g) => s + (g[year] ?? 0), 0);
      expect(groups, year).toBeCloseTo(m.byYear[year]?.costTotal ?? 0, 2);
    }
    expect(m.costByGroup.ggz).toEqual({ '2018': 12200, '2019': 0 });
  });

  it('kosten in het eerste jaar onder een filter: alleen trajecten die al liepen toen de gegevens begonnen vallen af', () => {
    // The data begin on 1-1-2018 (C1). Under IB1 the earliest selected trajectory is C3's,
    // from 1-10-2018: it did not run when the data began, so its first year counts:
    // IB1 October 2018 to January 2019, four cost lines of € 500 (peildatum 31-12-2020).
    const ib1 = computeMetrics(buildDataset(records), {
      peildatum: d('2020-12-31'),
      filters: { products: ['IB1'] },
    });
    expect(ib1.costFirstYear['2018']).toEqual({ n: 1, mean: 2000, median: 2000 });
  });

  it('filters: aanbiedersgroep, gemeente, leeftijdsklasse en product', () => {
    const f = (filters: Parameters<typeof computeMetrics>[1]) =>
      computeMetrics(buildDataset(records), filters).byYear;
    const ggz = f({ filters: { providerGroups: ['ggz'] } });
    expect([
      ggz['2018']?.clients,
      ggz['2019']?.clients,
      ggz['2018']?.inflow,
      ggz['2019']?.inflow,
    ]).toEqual([2, 1, 3, 0]);
    const dordrecht = f({ filters: { municipalities: ['GM0505'] } });
    expect([dordrecht['2018']?.clients, dordrecht['2019']?.clients]).toEqual([2, 2]);
    const old = f({ filters: { ageBands: ['75+'] } });
    expect([old['2018']?.clients, old['2019']?.clients]).toEqual([0, 1]);
    const ib3 = f({ filters: { products: ['IB3'] } });
    expect([ib3['2018']?.clients, ib3['2019']?.clients]).toEqual([1, 2]);
  });
});

describe('kosten uit tarieven', () => {
  const tariffRecords = () => {
    const r = emptyRecords();
    r.allocations = [alloc('X', 'IB1', '2019-01-15', '2019-03-10')];
    r.tariffs = [{ product: 'IB1', year: 2019, perMonth: 31_000 as Cents }];
    return r;
  };

  it('tarief × dagen in de maand / dagen van de maand', () => {
    const m = computeMetrics(buildDataset(tariffRecords()), { peildatum: d('2019-12-31') });
    expect(m.meta.costSource).toBe('tariffs');
    // January 17/31 × 310 = 170, February 310, March 10/31 × 310 = 100.
    expect(m.byPeriod.month?.['2019-01']?.cost).toBe(170);
    expect(m.byPeriod.month?.['2019-02']?.cost).toBe(310);
    expect(m.byPeriod.month?.['2019-03']?.cost).toBe(100);
    expect(m.byYear['2019']?.costTotal).toBe(580);
    expect(m.byYear['2019']?.costPerClientMonth).toBe(193.33);
    expect(m.costPerTrajectory['2019']).toEqual({ n: 1, mean: 580, median: 580 });
    // 4-week period 1 of 2019 runs 31-12-2018 … 27-01-2019: 13 days at €10 a day.
    expect(m.byPeriod.fourWeek?.['2019-P01']?.cost).toBe(130);
  });

  it('kosten van het eerste jaar van een traject, per startjaar dat helemaal een jaar gevolgd is', () => {
    const r = emptyRecords();
    r.allocations = [
      // Running when the data begin (their first day): its first year is not in the data.
      alloc('X0', 'IB1', '2018-01-01', '2018-06-30'),
      alloc('A', 'IB1', '2018-03-01', '2019-02-28'),
      alloc('C', 'IB1', '2018-07-16', '2019-11-30'),
      alloc('B', 'IB1', '2019-05-01', '2019-05-31'),
    ];
    r.tariffs = [
      { product: 'IB1', year: 2018, perMonth: 31_000 as Cents },
      { product: 'IB1', year: 2019, perMonth: 62_000 as Cents },
    ];
    const m = computeMetrics(buildDataset(r), { peildatum: d('2019-12-31') });
    // X0: six months × 310 = 1.860. A: March–December 2018 (3.100) and January–February 2019
    // (1.240) = 4.340, all in its first 365 days. C: 16 days of July (160), August–December
    // (1.550), January–November 2019 (6.820) = 8.530; its first 365 days end on 15-07-2019:
    // 160 + 1.550 + January–June (3.720) + 15 days of July (300) = 5.730. B: May 2019 = 620.
    expect(m.costPerTrajectory['2018']).toEqual({ n: 3, mean: 4910, median: 4340 });
    expect(m.costPerTrajectory['2019']).toEqual({ n: 1, mean: 620, median: 620 });
    // Start year 2018 has had its year by 30-12-2019; 2019 has not: nothing said of it.
    expect(m.costFirstYear['2018']).toEqual({ n: 2, mean: 5035, median: 5035 });
    expect(m.costFirstYear['2019']).toEqual({ n: 0, mean: null, median: null });
  });

  it('kostenregels die precies het tarief volgen, geven dezelfde cijfers', () => {
    const r = tariffRecords();
    const line = (start: string, end: string, euro: number) => ({
      client: 'X',
      provider: 'P1',
      product: 'IB1' as IbProduct,
      periodKind: 'month' as const,
      periodStart: d(start),
      periodEnd: d(end),
      amount: Math.round(euro * 100) as Cents,
    });
    const lines = {
      ...r,
      tariffs: [],
      costLines: [
        line('2019-01-01', '2019-01-31', 170),
        line('2019-02-01', '2019-02-28', 310),
        line('2019-03-01', '2019-03-31', 100),
      ],
    };
    const a = computeMetrics(buildDataset(r), { peildatum: d('2019-12-31') });
    const b = computeMetrics(buildDataset(lines), { peildatum: d('2019-12-31') });
    expect(b.meta.costSource).toBe('lines');
    expect(b.byYear['2019']?.costTotal).toBe(a.byYear['2019']?.costTotal);
    expect(b.byYear['2019']?.costPerClientMonth).toBe(a.byYear['2019']?.costPerClientMonth);
    expect(b.costPerTrajectory).toEqual(a.costPerTrajectory);
    expect(b.costFirstYear).toEqual(a.costFirstYear);
    expect(b.providers.P1?.costPerClientMonth).toEqual(a.providers.P1?.costPerClientMonth);
    expect(a.providers.P1?.costPerClientMonth['2019']).toBe(193.33);
  });
});

describe('wachttijd en zorgstapeling', () => {
  it('wachttijd = start − aanmelddatum: mediaan en 90e percentiel per jaar', () => {
    const r = emptyRecords();
    r.allocations = [
      alloc('A', 'IB1', '2019-03-11', '2019-06-30', { registration: d('2019-03-01') as DayNumber }),
      alloc('B', 'IB1', '2019-04-30', '2019-06-30', { registration: d('2019-03-31') as DayNumber }),
      alloc('C', 'IB1', '2019-05-01', null),
    ];
    const m = computeMetrics(buildDataset(r), { peildatum: d('2019-12-31') });
    expect(m.waiting?.byYear['2019']).toEqual({ n: 2, medianDays: 10, p90Days: 30 });
    expect(m.waiting?.byGroup.overig?.['2019']).toEqual({ n: 2, medianDays: 10, p90Days: 30 });
    expect(
      computeMetrics(buildDataset({ ...r, allocations: [alloc('C', 'IB1', '2019-05-01', null)] }))
        .waiting,
    ).toBeNull();
  });

  it('wachttijd met een extreem lange wachttijd (sorteren in plaats van tellen per dag)', () => {
    const r = emptyRecords();
    r.allocations = [
      alloc('A', 'IB1', '2019-03-11', '2019-06-30', { registration: d('2019-03-01') as DayNumber }),
      alloc('B', 'IB1', '2019-04-30', '2019-06-30', { registration: d('2019-03-31') as DayNumber }),
      // 105.000+ days: 42 keys × that many days is past the histogram's limit.
      alloc('C', 'IB1', '2019-05-01', null, { registration: d('1719-05-01') as DayNumber }),
    ];
    const m = computeMetrics(buildDataset(r), { peildatum: d('2019-12-31') });
    const longest = d('2019-05-01') - d('1719-05-01');
    expect(m.waiting?.byYear['2019']).toEqual({ n: 3, medianDays: 30, p90Days: longest });
    expect(m.waiting?.byGroup.overig?.['2019']).toEqual({ n: 3, medianDays: 30, p90Days: longest });
    // 600 days: longer than the histogram's first width, shorter than its limit.
    const long = { registration: d('2017-09-08') as DayNumber };
    r.allocations[2] = alloc('C', 'IB1', '2019-05-01', null, long);
    const widened = computeMetrics(buildDataset(r), { peildatum: d('2019-12-31') });
    expect(widened.waiting?.byYear['2019']).toEqual({ n: 3, medianDays: 30, p90Days: 600 });
  });

  it('zorgstapeling: IB-cliënten die op dezelfde dag ook een ander Wmo-product hebben', () => {
    const r = emptyRecords();
    r.allocations = [
      alloc('A', 'IB1', '2019-01-01', '2019-06-30'),
      alloc('A', 'other:HH', '2019-06-01', '2019-12-31'),
      alloc('B', 'IB2', '2019-01-01', '2019-03-31'),
      alloc('B', 'other:DB', '2019-04-01', null), // starts after B's IB ended: no stacking
    ];
    const m = computeMetrics(buildDataset(r), { peildatum: d('2019-12-31') });
    expect(m.stacking?.byYear['2019']).toEqual({
      clients: 1,
      sharePct: 50,
      byProduct: { HH: 1, DB: 0 },
    });
    expect(m.meta.counts.allocations).toBe(4);
    expect(m.byYear['2019']?.clients).toBe(2); // other products are never IB
  });
});

describe('cliënt-maanden met kosten bij tarieven', () => {
  it('een maand telt als een toewijzing met een positief tarief hem dekt, ook als een eerdere toewijzing daar geen tarief had', () => {
    const r = emptyRecords();
    // A: IB2 from June 2015 (no IB2 tariff in 2015) into 2016; B: IB1 in the autumn of 2015.
    r.allocations = [
      alloc('A', 'IB2', '2015-06-01', '2016-02-29', { provider: 'P1' }),
      alloc('A', 'IB1', '2015-09-01', '2015-10-31', { provider: 'P2' }),
    ];
    r.tariffs = [
      { product: 'IB1', year: 2015, perMonth: 10_000 as Cents },
      { product: 'IB2', year: 2016, perMonth: 20_000 as Cents },
    ];
    const m = computeMetrics(buildDataset(r), { peildatum: d('2016-12-31') });
    expect(m.byYear['2015']?.costTotal).toBe(200); // September and October at €100
    expect(m.byYear['2015']?.costPerClientMonth).toBe(100); // 2 client-months
    expect(m.byYear['2016']?.costPerClientMonth).toBe(200); // January and February at €200
    expect(m.providers.P2?.costPerClientMonth['2015']).toBe(100);
    expect(m.providers.P1?.costPerClientMonth['2015']).toBeNull();
    expect(m.providers.P1?.costPerClientMonth['2016']).toBe(200);
  });
});

describe('leeftijd uit geboortejaar en -maand (de dag wordt niet bewaard)', () => {
  it('wie in december 1969 of januari 1970 geboren is, heeft een bekende leeftijd: geen "onbekend"', () => {
    const r = emptyRecords();
    r.allocations = [alloc('A', 'IB1', '2019-03-01', null), alloc('B', 'IB1', '2019-03-01', null)];
    r.clients = [
      {
        client: 'A',
        birthMonth: 196912,
        birthYear: null,
        gender: 'v',
        municipality: null,
      },
      {
        client: 'B',
        birthMonth: 197001,
        birthYear: null,
        gender: 'm',
        municipality: null,
      },
    ];
    const m = computeMetrics(buildDataset(r), { peildatum: d('2019-12-31') });
    // Both are 49 on 1 July 2019 and at their start on 1 March 2019.
    expect(m.age.clientsByBand['40-54']?.['2019']).toBe(2);
    expect(m.age.clientsByBand.onbekend?.['2019']).toBe(0);
    expect(m.age.inflowByBand['40-54']?.['2019']).toBe(2);
    expect(m.byYear['2019']?.meanAgeAtStart).toBe(49);
    const filtered = computeMetrics(buildDataset(r), {
      peildatum: d('2019-12-31'),
      filters: { ageBands: ['40-54'] },
    });
    expect(filtered.byYear['2019']?.clients).toBe(2);
  });

  it('een jaar ouder vanaf de eerste dag van de maand na de geboortemaand', () => {
    const r = emptyRecords();
    // Born in March 1980: 38 on 31 March 2019, 39 from 1 April; born in December: 38 all of 2019.
    r.allocations = [
      alloc('M1', 'IB1', '2019-03-01', '2019-03-31'),
      alloc('M2', 'IB1', '2019-03-31', '2019-04-30'),
      alloc('A1', 'IB1', '2019-04-01', '2019-04-30'),
      alloc('D1', 'IB1', '2019-12-31', null),
    ];
    const born = (client: string, birthMonth: number) => ({
      client,
      birthMonth,
      birthYear: null,
      gender: null,
      municipality: null,
    });
    r.clients = [born('M1', 198003), born('M2', 198003), born('A1', 198003), born('D1', 198012)];
    const m = computeMetrics(buildDataset(r), { peildatum: d('2019-12-31') });
    // (38 + 38 + 39 + 38) / 4 = 38,25 → 38.3 (one decimal).
    expect(m.byYear['2019']?.meanAgeAtStart).toBe(38.3);
    // On 1 July 2019 the three born in March are 39, the one born in December 38: all 27-39.
    expect(m.age.clientsByBand['27-39']?.['2019']).toBe(4);
  });

  it('bij het inlezen blijft van een geboortedatum alleen jaar en maand over', async () => {
    const csv = 'Cliëntnummer;Product;Ingangsdatum;Geboortedatum\nK1;IB1;01-03-2019;15-03-1980\n';
    const files = [{ name: 'a.csv', bytes: new TextEncoder().encode(csv) }];
    const { records } = await importRecords(files, { pseudonymKey: testKey });
    expect(records.clients).toEqual([
      { client: 'K1', birthMonth: 198003, birthYear: null, gender: null, municipality: null },
    ]);
  });
});

describe('yearTotals: dezelfde passes als figures, zonder de rest', () => {
  it('geeft per jaar dezelfde cliënten, instroom, uitstroom en kosten als figures, onder elk filter', () => {
    for (const costLines of [false, true]) {
      const records = syntheticRecords(3_000, { seed: 11, costLines });
      const engine = new MetricsEngine(buildDataset(records));
      const providers = engine.ds.providerIds.slice(0, 3);
      for (const filters of [
        {},
        { providerGroups: ['ggz' as const] },
        { products: ['IB1' as const, 'IB3' as const] },
        { providers },
        { ageBands: ['18-26', '65-74'] },
      ]) {
        const full = engine.figures({ filters });
        const totals = engine.yearTotals({ filters });
        expect(totals.years).toEqual(full.years);
        expect([totals.peildatum, totals.gapDays]).toEqual([
          full.meta.peildatum,
          full.meta.gapDays,
        ]);
        for (const y of full.years) {
          const f = full.byYear[y];
          expect(totals.byYear[y], `${costLines} ${JSON.stringify(filters)} ${y}`).toEqual({
            clients: f?.clients,
            inflow: f?.inflow,
            outflow: f?.outflow,
            costTotal: f?.costTotal,
          });
        }
      }
    }
  });
});

describe('yearTotalsByMunicipality: alle gemeenten in één keer', () => {
  it('geeft per groep en voor alle groepen samen hetzelfde als yearTotals met dat gemeentefilter', () => {
    const codes = ['GM0505', 'GM0590', 'GM0531', 'GM0642'];
    const records = syntheticRecords(4_000, { seed: 5 });
    // Clients live in one of four municipalities; some allocations name another one, some none.
    records.clients = records.clients.map((c, k) => ({ ...c, municipality: codes[k % 4] ?? null }));
    records.allocations = records.allocations.map((a, k) =>
      k % 7 === 0 ? { ...a, municipality: codes[(k / 7) % 4] ?? null } : a,
    );
    const engine = new MetricsEngine(buildDataset(records));
    // GM0505 and GM0590 as one group (as a merged municipality would be), the others alone.
    const groups = [['GM0505', 'GM0590'], ['GM0531'], ['GM0642']];
    const own = [{ product: 'IB2' as const, year: 2017, perMonth: 123_456 as Cents }];
    for (const params of [
      {},
      { filters: { providerGroups: ['ggz' as const], municipalities: ['GM0531'] } },
      { filters: { products: ['IB1' as const] }, peildatum: d('2018-06-30') as DayNumber },
      { filters: { ageBands: ['27-39'] }, tariffs: own, gapDays: 90 },
    ]) {
      const together = engine.yearTotalsByMunicipality(params, groups);
      const oneByOne = [...groups, groups.flat()].map((municipalities) =>
        engine.yearTotals({ ...params, filters: { ...params.filters, municipalities } }),
      );
      expect(together, JSON.stringify(params)).toEqual(oneByOne);
    }
    expect(engine.yearTotals().byYear['2019']?.costTotal).toBeGreaterThan(0);
    const withLines = new MetricsEngine(buildDataset(syntheticRecords(500, { costLines: true })));
    expect(withLines.yearTotalsByMunicipality({}, groups)).toBeNull();
  });
});
