import { describe, expect, it } from 'vitest';
import { steeringInView, steeringLeftOut } from '../../renderer/src/views/steeringInView';
import type { Steering } from '../../renderer/src/worker/protocol';
import type { TargetStatus } from '../../shared/steer/targets';

const target = (filter: TargetStatus['filter'], value: number): TargetStatus => ({
  figure: 'inflow',
  periodKind: 'month',
  period: '2019-12',
  value,
  direction: 'max',
  filter,
  actual: 29,
  status: 'met',
  trendReachedIn: null,
});
const yearToDate = {
  current: {
    from: '2019-01-01',
    to: '2019-09-30',
    clients: 2400,
    inflow: 560,
    outflow: 330,
    cost: 11_000_000,
  },
  previous: {
    from: '2018-01-01',
    to: '2018-09-30',
    clients: 2200,
    inflow: 580,
    outflow: 400,
    cost: 10_500_000,
  },
} as unknown as NonNullable<Steering['yearToDate']>;
const steering: Steering = {
  forecast: { year: '2019' } as unknown as Steering['forecast'],
  yearToDate,
  targets: [
    target({}, 80),
    target({ products: ['IB1'] }, 30),
    target({ providerGroups: ['ggz'] }, 10),
  ],
  measures: [{ date: '2019-03-01', label: 'Wachtlijstaanpak', product: null, effect: null }],
};

describe('sturen naast gefilterde cijfers', () => {
  it('zonder filter: alles, ongewijzigd', () => {
    expect(steeringInView(steering, {})).toBe(steering);
    expect(steeringInView(steering, { products: [] })).toBe(steering);
    expect(steeringLeftOut(steering, {})).toBe(false);
  });

  it('onder een filter: alleen doelen met hetzelfde filter; geen prognose en geen jaar-tot-nu', () => {
    const shown = steeringInView(steering, { products: ['IB1'] });
    expect(shown?.forecast).toBeNull();
    expect(shown?.yearToDate).toBeNull();
    expect(shown?.targets.map((r) => r.value)).toEqual([30]);
    // Maatregelen hebben een datum, geen selectie: die blijven.
    expect(shown?.measures).toEqual(steering.measures);
    expect(steeringLeftOut(steering, { products: ['IB1'] })).toBe(true);
  });

  it('een ander filter houdt geen enkel doel; zonder sturen is er niets weggelaten', () => {
    expect(steeringInView(steering, { products: ['IB2'] })?.targets).toEqual([]);
    expect(steeringInView(null, { products: ['IB1'] })).toBeNull();
    expect(steeringLeftOut(null, { products: ['IB1'] })).toBe(false);
    const nothing: Steering = { ...steering, forecast: null, targets: [] };
    expect(steeringLeftOut(nothing, { products: ['IB1'] })).toBe(false);
  });
});
