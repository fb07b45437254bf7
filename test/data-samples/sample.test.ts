import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateSample, TABEL_1 } from '../../data-samples/drechtsteden';
import { sampleBytes } from '../../data-samples/workbook';
import { buildDataset } from '../../shared/metrics/dataset';
import { computeMetrics, MetricsEngine } from '../../shared/metrics/engine';
import type { MetricsJson } from '../../shared/metrics/metricsJson';
import { dayFromCivil } from '../../shared/periods/days';
import { forecastYear } from '../../shared/steer/forecast';
import { steeringInput } from '../../shared/steer/input';
import { importRecords, testKey } from '../helpers';

const committed = new URL('../../data-samples/drechtsteden-2015-2019.xlsx', import.meta.url);

async function figures(
  bytes: Uint8Array,
): Promise<{ imported: Awaited<ReturnType<typeof importRecords>>; metrics: MetricsJson }> {
  const imported = await importRecords([{ name: 'drechtsteden.xlsx', bytes }], {
    pseudonymKey: testKey,
  });
  return {
    imported,
    metrics: computeMetrics(buildDataset(imported.records), {
      rejectedRows: imported.report.rejected.length,
    }),
  };
}

describe('voorbeelddata Drechtsteden (berekend uit de geschreven werkmap)', () => {
  let fresh: Awaited<ReturnType<typeof figures>>;
  beforeAll(async () => {
    fresh = await figures(sampleBytes(generateSample()));
  });

  it('reproduceert Tabel 1 van seed 003 exact', () => {
    const groups = fresh.metrics.providerGroups;
    expect(groups.gehandicaptenzorg).toEqual({
      2015: 584,
      2016: 593,
      2017: 677,
      2018: 754,
      2019: 765,
    });
    expect(groups.ggz).toEqual({ 2015: 89, 2016: 236, 2017: 338, 2018: 534, 2019: 700 });
    expect(groups.psychische_kwetsbaarheid).toEqual({
      2015: 9,
      2016: 20,
      2017: 42,
      2018: 92,
      2019: 132,
    });
    expect(groups.autisme).toEqual({ 2015: 109, 2016: 174, 2017: 249, 2018: 332, 2019: 402 });
    expect(groups.thuiszorg_maatschappelijk).toEqual({
      2015: 266,
      2016: 407,
      2017: 459,
      2018: 484,
      2019: 491,
    });
    expect(groups.ouderenzorg).toEqual({ 2015: 88, 2016: 78, 2017: 92, 2018: 101, 2019: 109 });
    expect(TABEL_1.ggz).toEqual([89, 236, 338, 534, 700]);
  });

  it('1.572 cliënten in 2015 en 2.720 in 2019; 38 en 51 actieve aanbieders', () => {
    const y = fresh.metrics.byYear;
    expect([y['2015']?.clients, y['2019']?.clients]).toEqual([1572, 2720]);
    expect([y['2015']?.providersActive, y['2019']?.providersActive]).toEqual([38, 51]);
  });

  it('geen IB2 vóór 2016 en geen IB0 vóór augustus 2018', () => {
    const allocations = fresh.imported.records.allocations;
    expect(
      allocations.filter((a) => a.product === 'IB2' && a.start < dayFromCivil(2016, 1, 1)),
    ).toEqual([]);
    expect(
      allocations.filter((a) => a.product === 'IB0' && a.start < dayFromCivil(2018, 8, 1)),
    ).toEqual([]);
    expect(allocations.some((a) => a.product === 'IB0')).toBe(true);
    expect(fresh.metrics.products.IB2?.clients['2015']).toBe(0);
  });

  it('kosten per cliënt per maand ongeveer €607 in 2018 en €561 in 2019', () => {
    expect(fresh.metrics.meta.costSource).toBe('tariffs');
    expect(fresh.metrics.byYear['2018']?.costPerClientMonth).toBeCloseTo(607, 0);
    expect(fresh.metrics.byYear['2019']?.costPerClientMonth).toBeCloseTo(561, 0);
  });

  it('peildatum 31-12-2019, jaren 2015–2019, en de bedoelde fouten worden gemeld', () => {
    expect(fresh.metrics.meta.peildatum).toBe('2019-12-31');
    expect(fresh.metrics.years).toEqual(['2015', '2016', '2017', '2018', '2019']);
    expect(fresh.imported.report.rejected.map((r) => r.code)).toEqual([
      'missing_client',
      'bad_date',
      'unknown_product',
    ]);
    expect(fresh.imported.report.duplicates).toBe(2);
    expect(fresh.imported.report.sheets.map((s) => s.kind)).toEqual([
      'allocations',
      'clients',
      'providers',
      'tariffs',
      'population',
      'budgets',
      'ceilings',
      'targets',
      'measures',
    ]);
  });

  it('stuurt: een begroting per jaar, plafonds (één overschreden in 2019), een streefwaarde en IB0 op 1-8-2018', () => {
    const data = fresh.imported.records;
    expect(data.budgets.map((b) => [b.year, b.amount / 100])).toEqual([
      [2015, 7_500_000],
      [2016, 8_750_000],
      [2017, 12_500_000],
      [2018, 14_250_000],
      [2019, 16_500_000],
    ]);
    expect(data.ceilings).toHaveLength(3);
    expect(data.targets).toMatchObject([{ figure: 'inflow', periodKind: 'month', value: 80 }]);
    expect(data.measures).toMatchObject([{ label: 'IB0 ingevoerd', product: 'IB0' }]);
    const engine = new MetricsEngine(buildDataset(data));
    const f = forecastYear(engine, {}, steeringInput(data.budgets, data.ceilings));
    const exceeded = Object.values(f.byProvider).filter((p) => p.exceedsOn !== null);
    expect(exceeded).toHaveLength(1);
    // The spending stayed under the budget until 2018, which went over it; 2019 stays under.
    for (const year of ['2015', '2016', '2017'])
      expect(fresh.metrics.byYear[year]?.costTotal).toBeLessThan(
        (data.budgets.find((b) => String(b.year) === year)?.amount as number) / 100,
      );
    expect(fresh.metrics.byYear['2018']?.costTotal).toBeGreaterThan(14_250_000);
    expect(f.total.forecast).toBeLessThan(f.total.budget as number);
  });

  it('de meegeleverde werkmap is wat de generator nu schrijft', async () => {
    const shipped = await figures(new Uint8Array(readFileSync(committed)));
    expect(shipped.metrics).toEqual(fresh.metrics);
  });
});
