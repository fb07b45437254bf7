import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';

describe('PassClock: de stappen van een cijferberekening, voor de bench', () => {
  const ds = buildDataset(syntheticRecords(3_000));
  const filtered = { filters: { products: ['IB1' as const] } };

  it('noemt elke stap één keer, in volgorde', () => {
    const passes: string[] = [];
    new MetricsEngine(ds, (pass) => passes.push(pass)).figures(filtered);
    expect(passes).toEqual([
      'masks',
      'selection',
      'presence',
      'flows',
      'transitions',
      'durations',
      'reasons',
      'runningProfile',
      'waiting',
      'stacking',
      'cost',
      'costPerTrajectory',
      'shapes',
    ]);
  });

  it('verandert geen cijfer', () => {
    const timed = new MetricsEngine(ds, () => {}).figures(filtered);
    expect(timed).toEqual(new MetricsEngine(ds).figures(filtered));
    expect(timed.meta.filters).toEqual({ products: ['IB1'] });
  });
});
