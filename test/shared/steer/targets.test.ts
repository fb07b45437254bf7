import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import { emptyRecords, type Target } from '../../../shared/model/records';
import { evaluateTargets } from '../../../shared/steer/targets';
import { alloc, day } from '../../helpers';

/** Clients starting per month of 2019: `counts[m]` in month m + 1, each on the 5th. */
function inflow(counts: number[]) {
  const records = emptyRecords();
  let n = 0;
  counts.forEach((count, m) => {
    for (let k = 0; k < count; k++)
      records.allocations.push(
        alloc(`C${n++}`, 'IB1', `2019-${String(m + 1).padStart(2, '0')}-05`, null),
      );
  });
  return new MetricsEngine(buildDataset(records));
}

const target = (extra: Partial<Target>): Target => ({
  figure: 'inflow',
  periodKind: 'month',
  value: 2,
  direction: 'max',
  product: null,
  group: null,
  municipality: null,
  from: null,
  deadline: null,
  ...extra,
});

describe('streefwaarden per periode', () => {
  it('gehaald, niet gehaald, en open zolang de periode loopt', () => {
    const engine = inflow([3, 1, 2]);
    const rows = evaluateTargets(engine, { peildatum: day('2019-03-15') }, [target({})]);
    expect(rows.map((r) => [r.period, r.actual, r.status, r.trendReachedIn])).toEqual([
      ['2019-01', 3, 'missed', null],
      ['2019-02', 1, 'met', '2019-02'],
      ['2019-03', 2, 'open', '2019-02'],
    ]);
  });

  it('op deze koers: de lijn door de laatste zes volle periodes haalt het doel in 2019-08', () => {
    const engine = inflow([10, 9, 8, 7, 6, 5]);
    const rows = evaluateTargets(engine, { peildatum: day('2019-06-30') }, [target({ value: 3 })]);
    // 10, 9, …, 5: a line falling by 1 a month reaches 3 two months after June.
    expect(rows.at(-1)).toMatchObject({
      period: '2019-06',
      actual: 5,
      status: 'missed',
      trendReachedIn: '2019-08',
    });
    // Rising instead: never.
    const rising = evaluateTargets(inflow([5, 6, 7, 8, 9, 10]), { peildatum: day('2019-06-30') }, [
      target({ value: 3 }),
    ]);
    expect(rising.at(-1)?.trendReachedIn).toBeNull();
  });

  it('een minimum, een jaarcijfer, een filter en vanaf/uiterlijk', () => {
    const engine = inflow([3, 1, 2, 4]);
    const rows = evaluateTargets(engine, { peildatum: day('2019-04-30') }, [
      target({ direction: 'min', value: 2, from: day('2019-02-01'), deadline: day('2019-03-31') }),
      target({ product: 'IB2' }),
    ]);
    expect(rows.filter((r) => r.direction === 'min').map((r) => [r.period, r.status])).toEqual([
      ['2019-02', 'missed'],
      ['2019-03', 'met'],
    ]);
    // No IB2 at all: every month 0, within the maximum.
    const ib2 = rows.filter((r) => r.filter.products?.[0] === 'IB2');
    expect(ib2.map((r) => r.actual)).toEqual([0, 0, 0, 0]);
    expect(ib2.every((r) => r.status === 'met')).toBe(true);
  });
});
