import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../shared/metrics/dataset';
import { computeMetrics } from '../../../shared/metrics/engine';
import { type Client, emptyRecords } from '../../../shared/model/records';
import { alloc, day } from '../../helpers';

// Hand check, peildatum 31-12-2019, gap 31 days. Ages at start (a year older from the first of
// the month after the birth month):
// A: born 3-1950, IB1 from 1-6-2016, running          → 66 at start, over 75: no; v
// B: born 7-1940, IB2 from 1-9-2016, running          → 76 at start (older from 1-8-2016); m
// C: born 5-1995, IB1 1-3-2016 t/m 31-12-2019 (ended on the peildatum: not running after it)
// D: born 1-2000, IB1 from 1-2-2019, running          → 19 at start (older from 1-2-2019); v
// E: born unknown, IB3 from 1-5-2019, running; gender unknown
// F: born 6-1980, IB1 1-1 t/m 30-6-2018 (ended before the day)
// Start year 2016: A and B running: n 2, mean (66 + 76) / 2 = 71,0; over 75: B (50,0%); m 1, v 1.
// Start year 2019: D and E: n 2, the mean of D only: 19,0; under 26: D (100% of 1 known age).
// On 30-06-2018 instead: A, B, C run (2016), F ended that day (not running after it).
function records() {
  const r = emptyRecords();
  const client = (id: string, birthMonth: number | null, gender: Client['gender'] | null) =>
    ({ client: id, birthMonth, birthYear: null, gender, municipality: null }) as Client;
  r.clients = [
    client('A', 195003, 'v'),
    client('B', 194007, 'm'),
    client('C', 199505, 'm'),
    client('D', 200001, 'v'),
    client('E', null, null),
    client('F', 198006, 'v'),
  ];
  r.allocations = [
    alloc('A', 'IB1', '2016-06-01', null),
    alloc('B', 'IB2', '2016-09-01', null),
    alloc('C', 'IB1', '2016-03-01', '2019-12-31'),
    alloc('D', 'IB1', '2019-02-01', null),
    alloc('E', 'IB3', '2019-05-01', null),
    alloc('F', 'IB1', '2018-01-01', '2018-06-30'),
  ];
  return r;
}

describe('wie nog een traject heeft, per startjaar (seed 003 §3.4)', () => {
  it('op de peildatum: aantal, gemiddelde leeftijd bij de start, jonger dan 26, ouder dan 75, geslacht', () => {
    const m = computeMetrics(buildDataset(records()), { peildatum: day('2019-12-31') });
    expect(m.runningProfile.on).toBe('2019-12-31');
    expect(m.runningProfile.byStartYear['2016']).toEqual({
      n: 2,
      meanAgeAtStart: 71,
      under26: 0,
      over75: 1,
      under26Pct: 0,
      over75Pct: 50,
      m: 1,
      v: 1,
      x: 0,
      unknownGender: 0,
      mPct: 50,
      vPct: 50,
    });
    expect(m.runningProfile.byStartYear['2018']?.n).toBe(0);
    expect(m.runningProfile.byStartYear['2019']).toMatchObject({
      n: 2,
      meanAgeAtStart: 19,
      under26: 1,
      under26Pct: 100,
      over75: 0,
      v: 1,
      unknownGender: 1,
      vPct: 100,
    });
  });

  it('op een eerdere dag: wie toen liep, ook wie later eindigde; wie die dag eindigde niet', () => {
    const m = computeMetrics(buildDataset(records()), {
      peildatum: day('2019-12-31'),
      runningOn: day('2018-06-30'),
    });
    expect(m.runningProfile.on).toBe('2018-06-30');
    expect(m.runningProfile.byStartYear['2016']?.n).toBe(3);
    expect(m.runningProfile.byStartYear['2018']?.n).toBe(0);
    expect(m.runningProfile.byStartYear['2019']?.n).toBe(0);
    // C, born 5-1995, started 1-3-2016 at 20: under 26.
    expect(m.runningProfile.byStartYear['2016']?.under26).toBe(1);
  });

  it('volgt de filters, en een dag na de peildatum is de peildatum', () => {
    const filtered = computeMetrics(buildDataset(records()), {
      filters: { products: ['IB2'] },
      runningOn: day('2020-06-30'),
    });
    expect(filtered.runningProfile.on).toBe(filtered.meta.peildatum);
    expect(filtered.runningProfile.byStartYear['2016']?.n).toBe(1);
  });
});
