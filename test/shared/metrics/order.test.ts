import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import { sortByKeys, trajectoryOrder } from '../../../shared/metrics/order';
import { Scratch } from '../../../shared/metrics/scratch';
import { ibProducts } from '../../../shared/model/products';
import { emptyRecords } from '../../../shared/model/records';
import { isoDate } from '../../../shared/periods/days';
import { alloc, day } from '../../helpers';

const row = fc.record({
  client: fc.integer({ min: 0, max: 6 }),
  start: fc.integer({ min: 0, max: 9 }),
  end: fc.integer({ min: 0, max: 12 }),
  product: fc.integer({ min: 0, max: 4 }),
  provider: fc.integer({ min: 0, max: 3 }),
});

describe('trajectvolgorde', () => {
  it('is de volgorde van cliënt, start, einde, product en aanbiedercode, ook bij lange reeksen', () => {
    // Up to 80 rows over 7 clients: runs longer than the insertion sort's 32 occur.
    fc.assert(
      fc.property(fc.array(row, { maxLength: 80 }), fc.boolean(), (rows, byClient) => {
        const sorted = byClient ? [...rows].sort((a, b) => a.client - b.client) : rows;
        // Provider codes whose text order is not their number order.
        const providerIds = ['P9', 'P10', 'A', 'b'];
        const keys = {
          client: Int32Array.from(sorted, (r) => r.client),
          start: Int32Array.from(sorted, (r) => r.start),
          end: Int32Array.from(sorted, (r) => r.end),
          product: Int8Array.from(sorted, (r) => r.product),
          provider: Int32Array.from(sorted, (r) => r.provider),
          providerIds,
        };
        const expected = sorted
          .map((r, i) => ({ ...r, i }))
          .sort(
            (a, b) =>
              a.client - b.client ||
              a.start - b.start ||
              a.end - b.end ||
              a.product - b.product ||
              (providerIds[a.provider] as string).localeCompare(
                providerIds[b.provider] as string,
              ) ||
              a.i - b.i,
          )
          .map((r) => r.i);
        expect([...trajectoryOrder(keys)]).toEqual(expected);
      }),
    );
  });

  it('op twee sleutels: cliënt, dan start, dan regelnummer; gegroepeerd of niet, ook lange reeksen', () => {
    const pair = fc.record({
      client: fc.integer({ min: 0, max: 5 }),
      start: fc.integer({ min: -3, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 90 }), fc.boolean(), (rows, byClient) => {
        const sorted = byClient ? [...rows].sort((a, b) => a.client - b.client) : rows;
        const expected = sorted
          .map((r, i) => ({ ...r, i }))
          .sort((a, b) => a.client - b.client || a.start - b.start || a.i - b.i)
          .map((r) => r.i);
        const order = sortByKeys(
          Int32Array.from(sorted, (r) => r.client),
          Int32Array.from(sorted, (r) => r.start),
        );
        expect([...order]).toEqual(expected);
      }),
    );
  });

  it('de dataset staat in trajectvolgorde (cliënten in volgorde van hun eerste regel), welke volgorde het bestand ook had', () => {
    const records = emptyRecords();
    // Each row carries its own municipality, reason, referrer, registration and delivery start,
    // and a row of another product sits between them: every field goes with its own row.
    const tagged = (k: number) => ({
      municipality: `GM000${k}`,
      reasonEnd: `${k + 10}`,
      referrer: `verwijzer ${k}`,
      registration: day(`2018-12-0${k + 1}`),
      deliveryStart: day(`2019-01-0${k + 1}`),
    });
    records.allocations = [
      alloc('B', 'IB1', '2019-03-01', '2019-04-30', tagged(0)),
      alloc('A', 'IB2', '2019-06-01', null, tagged(1)),
      alloc('A', 'other:HH1', '2019-02-01', null, tagged(9)),
      alloc('B', 'IB3', '2019-01-01', '2019-01-31', tagged(2)),
      alloc('A', 'IB1', '2019-01-01', '2019-02-28', tagged(3)),
      alloc('A', 'IB2', '2019-01-01', '2019-01-31', tagged(4)),
    ];
    const ds = buildDataset(records);
    const seen = Array.from({ length: ds.n }, (_, i) => [
      ds.clientIds.at(ds.client[i] as number),
      isoDate(ds.start[i] as number),
      ibProducts[ds.product[i] as number],
      ds.municipalities[ds.municipality[i] as number],
      ds.reasons[ds.reasonEnd[i] as number],
      ds.referrers[ds.referrer[i] as number],
      isoDate(ds.registration[i] as number),
      isoDate(ds.deliveryStart[i] as number),
    ]);
    const fields = (k: number) => [
      `GM000${k}`,
      `${k + 10}`,
      `verwijzer ${k}`,
      `2018-12-0${k + 1}`,
      `2019-01-0${k + 1}`,
    ];
    expect(seen).toEqual([
      ['B', '2019-01-01', 'IB3', ...fields(2)],
      ['B', '2019-03-01', 'IB1', ...fields(0)],
      ['A', '2019-01-01', 'IB2', ...fields(4)],
      ['A', '2019-01-01', 'IB1', ...fields(3)],
      ['A', '2019-06-01', 'IB2', ...fields(1)],
    ]);
    expect(ds.other.n).toBe(1);
  });
});

describe('geleend geheugen (Scratch)', () => {
  it('leent een naam opnieuw uit, leeg, en groeit als er meer nodig is', () => {
    const scratch = new Scratch();
    const a = scratch.int32('x', 4);
    a.fill(7);
    const b = scratch.int32('x', 3);
    expect([...b]).toEqual([0, 0, 0]);
    expect(b.buffer).toBe(a.buffer);
    expect(scratch.int32('x', 100).length).toBe(100);
    expect(scratch.float64('y', 2).buffer).not.toBe(a.buffer);
  });

  it('een engine geeft na elke reeks filterwissels dezelfde cijfers als een verse engine', () => {
    const ds = buildDataset(syntheticRecords(20_000, { seed: 9, municipalities: 3 }));
    const engine = new MetricsEngine(ds);
    const sequence = [
      {},
      { filters: { products: ['IB1' as const] } },
      { filters: { providerGroups: ['ggz' as const] } },
      {},
      { filters: { products: ['IB1' as const] } },
      { filters: { municipalities: [ds.municipalities[1] as string] } },
    ];
    for (const params of sequence)
      expect(engine.figures(params)).toEqual(new MetricsEngine(ds).figures(params));
  });
});
