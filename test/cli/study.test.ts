// The sample tells seed 003's story (the Trimbos study for the Sociale Dienst Drechtsteden)
// figure for figure, read through the CLI as a user would: if the generator drifts, these fail.
import { beforeAll, describe, expect, it } from 'vitest';
import type { MetricsJson } from '../../shared/metrics/metricsJson';
import { cli } from './run';

let m: MetricsJson;
beforeAll(async () => {
  const { code, stdout } = await cli(
    'metrics',
    'data-samples/drechtsteden-2015-2019.xlsx',
    '--json',
  );
  expect(code).toBe(0);
  m = JSON.parse(stdout);
}, 60_000);

const year = (y: string) => m.byYear[y] as MetricsJson['byYear'][string];
const cost = (y: string) => year(y).costTotal as number;
const growthPct = (from: string, to: string) => 100 * (cost(to) / cost(from) - 1);
const productCost = (product: string, y: string) => m.products[product]?.cost?.[y] ?? 0;

describe('de voorbeelddata vertellen het verhaal van seed 003', () => {
  it('§3.3 noot 17: uitstroompercentage 18% in 2017 en 21% in 2018', () => {
    expect(Math.abs((year('2017').outflowRatePct as number) - 18)).toBeLessThanOrEqual(0.5);
    expect(Math.abs((year('2018').outflowRatePct as number) - 21)).toBeLessThanOrEqual(0.5);
    // 2019, which the study does not give, stays in the same range: no collapse in the last year.
    expect(year('2019').outflowRatePct as number).toBeGreaterThan(15);
  });

  it('§3.3: de uitgaven groeien 44% van 2016 op 2017 en 9% van 2018 op 2019; 2016–2019 bijna 86%', () => {
    expect(Math.abs(growthPct('2016', '2017') - 44)).toBeLessThanOrEqual(1.5);
    expect(Math.abs(growthPct('2018', '2019') - 9)).toBeLessThanOrEqual(1.5);
    // The study's 86% over four years follows from the other two and 2017–2018's growth,
    // which it does not give: ours is 17,4%, so 84%.
    expect(Math.abs(growthPct('2016', '2019') - 86)).toBeLessThanOrEqual(2.5);
    // Meanwhile the cost per client per month falls from € 607 to € 561.
    expect(year('2018').costPerClientMonth).toBeCloseTo(607, 0);
    expect(year('2019').costPerClientMonth).toBeCloseTo(561, 0);
  });

  it('§3.4 Figuur 1: middel (IB2) is in 2019 het grootste product met 36% van de uitgaven, na een daling', () => {
    const share = (p: string) => (100 * productCost(p, '2019')) / cost('2019');
    expect(Math.abs(share('IB2') - 36)).toBeLessThanOrEqual(1.5);
    for (const p of ['IB0', 'IB1', 'IB3']) expect(share('IB2')).toBeGreaterThan(share(p));
    // "een opvallende daling aan uitgaven tussen 2018 en 2019": at least a tenth less.
    expect(productCost('IB2', '2019')).toBeLessThan(0.9 * productCost('IB2', '2018'));
    // Licht (IB1) rises strongly from 2017 to 2019; IB0 rises sharply from a low level.
    expect(productCost('IB1', '2019')).toBeGreaterThan(1.5 * productCost('IB1', '2017'));
    expect(productCost('IB0', '2019')).toBeGreaterThan(5 * productCost('IB0', '2018'));
    expect(share('IB0')).toBeLessThan(5);
  });

  it('§3.4: van wie op de peildatum nog een traject heeft, daalt de gemiddelde leeftijd per startjaar van 57 naar 43', () => {
    const p = m.runningProfile.byStartYear;
    const starts = ['2016', '2017', '2018', '2019'];
    const ages = starts.map((y) => Math.round(p[y]?.meanAgeAtStart as number));
    expect(ages[0]).toBe(57);
    expect(ages[3]).toBe(43);
    for (let k = 1; k < ages.length; k++)
      expect(ages[k] as number).toBeLessThan(ages[k - 1] as number);
    // Both the young (under 26) and the old (over 75) grow in number.
    for (let k = 1; k < starts.length; k++) {
      expect(p[starts[k] as string]?.under26).toBeGreaterThan(
        p[starts[k - 1] as string]?.under26 as number,
      );
      expect(p[starts[k] as string]?.over75).toBeGreaterThan(
        p[starts[k - 1] as string]?.over75 as number,
      );
    }
    // Lately more women than men.
    for (const y of ['2018', '2019'])
      expect(p[y]?.vPct as number).toBeGreaterThan(p[y]?.mPct as number);
    expect(m.runningProfile.on).toBe('2019-12-31');
  });

  it('Tabel 1 en de kerncijfers blijven: 1.572 → 2.720 cliënten, 38 → 51 aanbieders', () => {
    expect([year('2015').clients, year('2019').clients]).toEqual([1572, 2720]);
    expect([year('2015').providersActive, year('2019').providersActive]).toEqual([38, 51]);
    expect(m.providerGroups.ggz).toEqual({ 2015: 89, 2016: 236, 2017: 338, 2018: 534, 2019: 700 });
  });
});
