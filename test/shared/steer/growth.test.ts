import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { growthBetween } from '../../../shared/steer/growth';
import { importFixtures, importSample } from '../../helpers';

describe('wie de groei draagt, tussen twee gekozen jaren', () => {
  let sample: MetricsJson;
  let mini: MetricsJson;
  beforeAll(async () => {
    sample = new MetricsEngine(buildDataset((await importSample()).records)).figures({});
    mini = new MetricsEngine(buildDataset((await importFixtures(['mini.xlsx'])).records)).figures(
      {},
    );
  });

  it('over de hele periode gelijk aan de groeiconcentratie van de cijfers', () => {
    const g = growthBetween(sample, '2015', '2019', 100);
    const c = sample.growthConcentration;
    expect(g.concentrated.map((d) => [d.provider, d.change])).toEqual(
      c.providers.map((p) => [p.provider, p.growth]),
    );
    expect(g.concentratedSharePct).toBe(c.sharePct);
    expect(g.totalChange).toBe(c.totalGrowth);
  });

  it('met de hand op mini.xlsx: P2, P3 en P4 erbij, P1 eraf; samen driemaal de groei', () => {
    // 2018 → 2019: P1 {C1, C4} → {C6}; P2 {C2} → {C2, C6}; P3 {C3} → {C3, C7}; P4 {} → {C5};
    // all clients 4 → 5. A client with two providers counts for each: the parts exceed the whole.
    const g = growthBetween(mini, '2018', '2019', 1);
    expect(g.totalChange).toBe(1);
    expect(g.drivers.map((d) => [d.provider, d.from, d.to, d.change, d.sharePct])).toEqual([
      ['P2', 1, 2, 1, 100],
      ['P3', 1, 2, 1, 100],
      ['P4', 0, 1, 1, 100],
      ['P1', 2, 1, -1, -100],
    ]);
    expect(g.concentrated.map((d) => d.provider)).toEqual(['P2', 'P3', 'P4']);
    expect(g.concentratedSharePct).toBe(300);
  });
});
