import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import { dayFromCivil } from '../../../shared/periods/days';

describe('MetricsEngine.prepare: vooraf maken wat elke berekening nodig heeft', () => {
  const ds = buildDataset(syntheticRecords(3_000, { seed: 11 }));
  const peildatum = dayFromCivil(2023, 6, 30);
  const params = { peildatum, gapDays: 45, filters: { products: ['IB2' as const] } };

  it('de cijfers daarna zijn die van een verse engine, uit de trajecten die prepare maakte', () => {
    const engine = new MetricsEngine(ds);
    engine.prepare(params);
    const made = engine.trajectories(peildatum, 45);
    const figures = engine.figures(params);
    expect(figures).toEqual(new MetricsEngine(ds).figures(params));
    expect(figures.meta.peildatum).toBe('2023-06-30');
    expect(figures.meta.gapDays).toBe(45);
    expect(engine.trajectories(peildatum, 45)).toBe(made);
  });

  it('zonder peildatum: die van de gegevens, met de standaardtussenpoos', () => {
    const engine = new MetricsEngine(ds);
    engine.prepare();
    const made = engine.trajectories(ds.dataEnd, 31);
    expect(engine.figures()).toEqual(new MetricsEngine(ds).figures());
    expect(engine.trajectories(ds.dataEnd, 31)).toBe(made);
  });
});
