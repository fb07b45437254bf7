import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../shared/metrics/dataset';
import { computeMetrics, MetricsEngine } from '../../../shared/metrics/engine';
import { UNKNOWN_KEY } from '../../../shared/model/reasons';
import { emptyRecords } from '../../../shared/model/records';
import { alloc, day } from '../../helpers';

// Hand check, peildatum 31-12-2019, gap 31 days:
// A: IB1 1-1 t/m 31-3-2019 (reason "2", written without its zero) → one trajectory ending in
//    2019 for reason 02; referrer " Wijkteam " → "wijkteam".
// B: IB1 1-2 t/m 30-6-2019 (no reason) and IB2 1-5 t/m 30-6-2019 (reason 19): both end the
//    trajectory on 30-6; the one with a reason counts → 19. Referrer of the first: "Huisarts".
// C: IB2 1-3 t/m 30-9-2019 and IB3 1-3 t/m 30-9-2019, reasons 21 and 39, the same start: the
//    later in trajectory order (IB3) counts → 39. No referrer → onbekend.
// D: IB1 1-6-2019, still running: inflow only (referrer "huisarts" → huisarts).
// E: IB1 1-1 t/m 30-11-2018, reason " op eigen verzoek gestopt " (free text without a code:
//    kept as written, trimmed): 2018. G: IB1 1-2 t/m 31-5-2018, "Verhuisd naar Utrecht" → 31.
// F: IB1 1-4 t/m 31-10-2019, no reason → onbekend.
function records() {
  const r = emptyRecords();
  r.allocations = [
    alloc('A', 'IB1', '2019-01-01', '2019-03-31', { reasonEnd: '2', referrer: ' Wijkteam ' }),
    alloc('B', 'IB1', '2019-02-01', '2019-06-30', { referrer: 'Huisarts' }),
    alloc('B', 'IB2', '2019-05-01', '2019-06-30', { reasonEnd: '19' }),
    alloc('C', 'IB2', '2019-03-01', '2019-09-30', { reasonEnd: '21' }),
    alloc('C', 'IB3', '2019-03-01', '2019-09-30', { reasonEnd: '39' }),
    alloc('D', 'IB1', '2019-06-01', null, { referrer: 'huisarts' }),
    alloc('E', 'IB1', '2018-01-01', '2018-11-30', { reasonEnd: ' op eigen verzoek gestopt ' }),
    alloc('G', 'IB1', '2018-02-01', '2018-05-31', { reasonEnd: 'Verhuisd naar Utrecht' }),
    alloc('F', 'IB1', '2019-04-01', '2019-10-31'),
  ];
  return r;
}

describe('waar cliënten vandaan komen en waar ze heen gaan', () => {
  it('uitstroom per reden van de toewijzing die het traject beëindigt, instroom per verwijzer', () => {
    const m = computeMetrics(buildDataset(records()), { peildatum: day('2019-12-31') });
    expect(m.outflowByReason).toEqual({
      '2018': { '02': 0, '19': 0, '31': 1, '39': 0, 'op eigen verzoek gestopt': 1, onbekend: 0 },
      '2019': { '02': 1, '19': 1, '31': 0, '39': 1, 'op eigen verzoek gestopt': 0, onbekend: 1 },
    });
    expect(m.inflowByReferrer).toEqual({
      '2018': { huisarts: 0, wijkteam: 0, onbekend: 2 },
      '2019': { huisarts: 2, wijkteam: 1, onbekend: 2 },
    });
    // Every ended trajectory has one reason, every new one one referrer.
    for (const y of ['2018', '2019']) {
      const sum = (o: Record<string, number> | undefined) =>
        Object.values(o ?? {}).reduce((a, b) => a + b, 0);
      expect(sum(m.outflowByReason[y])).toBe(m.byYear[y]?.outflow);
      expect(sum(m.inflowByReferrer[y])).toBe(m.byYear[y]?.inflow);
    }
  });

  it('volgt de filters: alleen de trajecten die met IB2 beginnen', () => {
    const m = computeMetrics(buildDataset(records()), {
      peildatum: day('2019-12-31'),
      filters: { products: ['IB2'] },
    });
    // Only C starts with IB2 (B starts with IB1): its reason 39, no referrer.
    expect(m.outflowByReason['2019']).toEqual({ '39': 1, onbekend: 0 });
    expect(m.inflowByReferrer['2019']).toEqual({ onbekend: 1 });
  });

  it('zonder redenen en verwijzers: alles onbekend, nooit weggelaten', () => {
    const r = emptyRecords();
    r.allocations = [alloc('X', 'IB1', '2019-01-01', '2019-02-28')];
    const m = computeMetrics(buildDataset(r), { peildatum: day('2019-12-31') });
    expect(m.outflowByReason).toEqual({ '2019': { onbekend: 1 } });
    expect(m.inflowByReferrer).toEqual({ '2019': { onbekend: 1 } });
  });
});

describe('per periode, zoals de andere uitsplitsingen', () => {
  it('per kwartaal: de redenen en verwijzers die voorkomen', () => {
    const m = computeMetrics(buildDataset(records()), { peildatum: day('2019-12-31') });
    const quarters = m.byPeriod.quarter ?? {};
    const keys = Object.keys(quarters).filter((k) => k.startsWith('2019'));
    // A ends 31-3 (reason 02), B 30-6 (19), C 30-9 (39), F 31-10 (no reason).
    const q = (n: number) => quarters[keys[n - 1] as string];
    expect(q(1)?.outflowByReason).toMatchObject({ '02': 1, '19': 0, onbekend: 0 });
    expect(q(2)?.outflowByReason).toMatchObject({ '02': 0, '19': 1 });
    expect(q(3)?.outflowByReason).toMatchObject({ '39': 1 });
    expect(q(4)?.outflowByReason).toMatchObject({ onbekend: 1 });
    // Inflow: A (wijkteam) and B (huisarts) in Q1, C (none) in Q1, D (huisarts) and F (none) in Q2.
    expect(q(1)?.inflowByReferrer).toMatchObject({ wijkteam: 1, huisarts: 1, onbekend: 1 });
    expect(q(2)?.inflowByReferrer).toMatchObject({ huisarts: 1, onbekend: 1 });
    for (const p of Object.values(quarters)) {
      const sum = (o: Record<string, number> | undefined) =>
        Object.values(o ?? {}).reduce((a, b) => a + b, 0);
      expect(sum(p.outflowByReason)).toBe(p.outflow);
      expect(sum(p.inflowByReferrer)).toBe(p.inflow);
    }
  });
});

describe('per aanbieder: volgens plan tegen voortijdig', () => {
  it('van de trajecten die met een bekende reden eindigden', () => {
    const m = computeMetrics(buildDataset(records()), { peildatum: day('2019-12-31') });
    // All allocations are P1's. 2019: A (02), B (19), C (39) ended with a reason, F without:
    // 1 of 3 volgens plan (33,3%), none early. 2018: E (free text) and G (31): 0 and 0.
    expect(m.providers.P1?.endedAsPlannedPct).toEqual({ '2018': 0, '2019': 33.3 });
    expect(m.providers.P1?.endedEarlyPct).toEqual({ '2018': 0, '2019': 0 });
    // C ending with reason 21 instead (one allocation): early 1 of 3.
    const r = records();
    r.allocations = r.allocations.filter((a) => !(a.client === 'C' && a.product === 'IB3'));
    const early = computeMetrics(buildDataset(r), { peildatum: day('2019-12-31') });
    expect(early.providers.P1?.endedEarlyPct?.['2019']).toBe(33.3);
  });
});

describe('het importverslag', () => {
  it('zegt hoeveel beëindigde toewijzingen geen reden hebben', async () => {
    const { importFixtures } = await import('../../helpers');
    const { report, records } = await importFixtures(['redenen-verwijzers.csv']);
    // R1–R4 have a reason, R5 ended without one, R6 still runs.
    expect(report.sheets[0]?.endedWithoutReason).toBe(1);
    expect(records.allocations.map((a) => a.reasonEnd)).toEqual([
      '19',
      '02',
      '39',
      '39',
      null,
      null,
    ]);
  });
});

describe('inzoomen op een reden of verwijzer', () => {
  const engine = () => new MetricsEngine(buildDataset(records()));
  const params = { peildatum: day('2019-12-31') };
  const clients = (r: { rows: { client: string }[] }) => r.rows.map((x) => x.client).sort();

  it('uitstroom 2019 per reden: precies de trajecten die de telling meetelt', () => {
    const drill = (...reasons: string[]) =>
      engine().drill(params, { metric: 'outflow', kind: 'year', period: '2019', reasons });
    // 02: A; 19: B (its reasoned allocation ends the trajectory); 39: C; onbekend: F.
    expect(clients(drill('02'))).toEqual(['A']);
    expect(clients(drill('19'))).toEqual(['B']);
    expect(clients(drill('39'))).toEqual(['C']);
    expect(clients(drill(UNKNOWN_KEY))).toEqual(['F']);
    // A reason the data do not have, and one of another year: nothing.
    expect(drill('23').trajectories).toBe(0);
    expect(drill('31').trajectories).toBe(0);
    // Several reasons at once (a group): naar Wlz/Zvw or overlijden.
    expect(clients(drill('39', '33', '34', '02'))).toEqual(['A', 'C']);
    // Every count of outflowByReason is what its drill finds.
    const m = engine().figures(params);
    for (const [reason, n] of Object.entries(m.outflowByReason['2019'] ?? {}))
      expect(drill(reason).trajectories).toBe(n);
  });

  it('instroom 2019 per verwijzer, ook onbekend', () => {
    const drill = (referrer: string) =>
      engine().drill(params, { metric: 'inflow', kind: 'year', period: '2019', referrer });
    expect(clients(drill('huisarts'))).toEqual(['B', 'D']);
    expect(clients(drill('wijkteam'))).toEqual(['A']);
    expect(clients(drill(UNKNOWN_KEY))).toEqual(['C', 'F']);
  });
});

describe('hoe trajecten eindigden, per type aanbieder', () => {
  it('telt per groep en eindjaar de bekende redenen, volgens plan en voortijdig', () => {
    // GGZ (P1): X1 ends 19, X2 ends 21 → 2 known, 1 as planned, 1 early. Autisme (P2): X3
    // ends 23 (early), X4 without a reason (not known). X5 (P2) still runs: not counted.
    const r = emptyRecords();
    r.providers = [
      { provider: 'P1', name: null, group: 'ggz' },
      { provider: 'P2', name: null, group: 'autisme' },
    ];
    r.allocations = [
      alloc('X1', 'IB1', '2019-01-01', '2019-03-31', { reasonEnd: '19' }),
      alloc('X2', 'IB1', '2019-02-01', '2019-04-30', { reasonEnd: '21' }),
      alloc('X3', 'IB2', '2019-01-01', '2019-05-31', { provider: 'P2', reasonEnd: '23' }),
      alloc('X4', 'IB2', '2019-01-01', '2019-06-30', { provider: 'P2' }),
      alloc('X5', 'IB2', '2019-03-01', null, { provider: 'P2', reasonEnd: '19' }),
    ];
    const m = computeMetrics(buildDataset(r), { peildatum: day('2019-12-31') });
    expect(m.endingsByGroup).toEqual({
      ggz: { '2019': { known: 2, asPlanned: 1, early: 1 } },
      autisme: { '2019': { known: 1, asPlanned: 0, early: 1 } },
    });
    expect(m.providers.P1?.endedAsPlannedPct).toEqual({ '2019': 50 });
    expect(m.providers.P2?.endedEarlyPct).toEqual({ '2019': 100 });
  });
});
