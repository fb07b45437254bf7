import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import { emptyRecords } from '../../../shared/model/records';
import { addMonths, measureEffect } from '../../../shared/steer/effect';
import { alloc, day, importFixtures, importSample } from '../../helpers';

describe('voor en na een maatregel', () => {
  it.each([
    ['2018-08-01', -12, '2017-08-01'],
    ['2018-08-01', 12, '2019-08-01'],
    ['2019-03-31', -1, '2019-02-28'],
    ['2020-02-29', 12, '2021-02-28'],
  ])('%s plus %i maanden is %s', (from, months, to) => {
    expect(addMonths(day(from), months)).toBe(day(to));
  });

  it('twee even lange periodes; een periode die de gegevens uit loopt, is korter en zegt hoe lang', () => {
    const records = emptyRecords();
    records.allocations.push(alloc('C1', 'IB2', '2018-01-01', '2018-06-30'));
    records.allocations.push(alloc('C2', 'IB1', '2018-09-01', null));
    records.allocations.push(alloc('C3', 'IB0', '2018-10-01', '2018-11-30'));
    const engine = new MetricsEngine(buildDataset(records));
    const e = measureEffect(engine, { peildatum: day('2018-12-31') }, day('2018-08-01'), 6);
    expect(e.before).toMatchObject({ from: '2018-02-01', to: '2018-07-31', days: 181 });
    expect(e.after).toMatchObject({ from: '2018-08-01', to: '2018-12-31', days: 153 });
    // C1's trajectory started before the window: no inflow before, but a client.
    expect([e.before.inflowTotal, e.before.clients]).toEqual([0, 1]);
    expect(e.after.inflow).toEqual({ IB0: 1, IB1: 1 });
    expect(e.after.inflowSharePct).toEqual({ IB0: 50, IB1: 50 });
    expect(e.after.clients).toBe(2);
    // After: C3 ended after 61 days while C2 runs on (still at risk then): S(61) = ½, the median.
    expect(e.after.medianDaysKM).toBe(61);
  });

  describe('over hele kalenderjaren gelijk aan de jaarcijfers', () => {
    let sample: MetricsEngine;
    let mini: MetricsEngine;
    beforeAll(async () => {
      sample = new MetricsEngine(buildDataset((await importSample()).records));
      mini = new MetricsEngine(buildDataset((await importFixtures(['mini.xlsx'])).records));
    });

    it.each([
      ['tarieven (voorbeelddata)', () => sample, '2019-01-01'],
      ['kostenregels (mini.xlsx)', () => mini, '2019-01-01'],
    ])('%s', (_, engine, date) => {
      const e = measureEffect(engine(), {}, day(date), 12);
      const m = engine().figures({});
      for (const [window, year] of [
        [e.before, '2018'],
        [e.after, '2019'],
      ] as const) {
        const y = m.byYear[year];
        expect(window.inflowTotal, year).toBe(y?.inflow);
        expect(window.clients, year).toBe(y?.clients);
        expect(window.costPerClientMonth, year).toBe(y?.costPerClientMonth);
      }
    });
  });
});
