import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitRecords, syntheticRecords } from '../../../data-samples/synthetic';
import { fromChunks, toChunks } from '../../../renderer/src/db/columns';
import type { Cents, DayNumber } from '../../../shared/brand';
import { mergeProviders } from '../../../shared/import/merge';
import {
  dropDuplicateRows,
  mergeClientRows,
  mergeColumnBatches,
} from '../../../shared/import/mergeColumns';
import { buildDataset, datasetFields, datasetFromColumns } from '../../../shared/metrics/dataset';
import { computeMetrics } from '../../../shared/metrics/engine';
import {
  ColumnarBuilder,
  type ColumnarRecords,
  fromColumnar,
  toColumnar,
} from '../../../shared/model/columnar';
import type { IbProduct, ProductCode } from '../../../shared/model/products';
import { emptyRecords, type Records } from '../../../shared/model/records';
import { Strings } from '../../../shared/model/strings';
import { dayFromCivil } from '../../../shared/periods/days';
import { dropDuplicateAllocations, mergeBatches, mergeClients } from './objectRules';

const day = (y: number, m: number, d: number) => dayFromCivil(y, m, d) as DayNumber;
const first = day(2017, 1, 1);

/** A small export: allocations (also non-IB ones), client rows with partial attributes, providers, cost lines. */
const arbitraryBatch = fc
  .record({
    allocations: fc.array(
      fc.record({
        client: fc.constantFrom('A', 'B', 'C', 'D'),
        provider: fc.constantFrom('P1', 'P2', null),
        product: fc.constantFrom<ProductCode>('IB0', 'IB1', 'IB3', 'other:HH1'),
        // Few start dates and lengths, so rows meet again across batches (updates, duplicates).
        start: fc.integer({ min: 0, max: 9 }).map((k) => first + 100 * k),
        length: fc.constantFrom(0, 30, 200),
        open: fc.boolean(),
        municipality: fc.constantFrom('GM0505', 'GM0590', null),
      }),
      { maxLength: 12 },
    ),
    clients: fc.array(
      fc.record({
        client: fc.constantFrom('A', 'B', 'C', 'E'),
        birthMonth: fc.option(
          fc.integer({ min: 1940, max: 2000 }).map((y) => y * 100 + (y % 12) + 1),
        ),
        birthYear: fc.option(fc.integer({ min: 1940, max: 2000 })),
        gender: fc.constantFrom('m' as const, 'v' as const, null),
        municipality: fc.constantFrom('GM0505', 'GM0642', null),
      }),
      { maxLength: 5 },
    ),
    costs: fc.array(
      fc.record({
        client: fc.constantFrom('A', 'B', 'F'),
        product: fc.constantFrom<ProductCode | null>('IB1', 'other:HH1', null),
        month: fc.integer({ min: 0, max: 30 }),
        cents: fc.integer({ min: -5_000, max: 90_000 }),
      }),
      { maxLength: 6 },
    ),
    group: fc.constantFrom('ggz' as const, 'overig' as const),
  })
  .map(({ allocations, clients, costs, group }): Records => {
    const r = emptyRecords();
    r.allocations = allocations.map((a) => ({
      client: a.client,
      provider: a.provider,
      product: a.product,
      start: a.start as DayNumber,
      end: a.open ? null : ((a.start + a.length) as DayNumber),
      municipality: a.municipality,
      reasonEnd: null,
      referrer: null,
      registration: null,
      volume: null,
    }));
    r.clients = clients;
    r.providers = [{ provider: 'P1', name: null, group }];
    r.costLines = costs.map((c) => {
      const start = dayFromCivil(2017 + Math.floor(c.month / 12), (c.month % 12) + 1, 1);
      return {
        client: c.client,
        provider: 'P1',
        product: c.product,
        periodKind: 'month' as const,
        periodStart: start as DayNumber,
        periodEnd: (start + 27) as DayNumber,
        amount: c.cents as Cents,
      };
    });
    return r;
  });

/** What loading a dataset of several batches meant when it went through record objects. */
function mergedAsObjects(batches: readonly Records[]): Records & { updated: number } {
  const out = emptyRecords();
  const merged = mergeBatches(batches.map((b) => b.allocations));
  out.allocations = merged.allocations;
  out.clients = mergeClients(batches.flatMap((b) => b.clients));
  out.providers = mergeProviders(batches.flatMap((b) => b.providers));
  out.costLines = batches.flatMap((b) => b.costLines);
  return { ...out, updated: merged.updated };
}

const clientKey = (c: Records['clients'][number]) =>
  [c.client, c.birthMonth, c.birthYear, c.gender, c.municipality].join('|');

const key = (a: Records['allocations'][number]) =>
  [a.client, a.provider, a.product, a.start, a.end, a.municipality].join('|');

describe('batches samenvoegen zonder recordobjecten (mergeColumnBatches)', () => {
  it('eigenschap: dezelfde toewijzingen en dezelfde cijfers als het samenvoegen van records', () => {
    fc.assert(
      fc.property(fc.array(arbitraryBatch, { minLength: 1, maxLength: 4 }), (batches) => {
        const { data: merged, updated } = mergeColumnBatches(batches.map(toColumnar));
        const expected = mergedAsObjects(batches);
        expect(fromColumnar(merged).allocations.map(key).sort()).toEqual(
          expected.allocations.map(key).sort(),
        );
        expect(updated).toBe(expected.updated);
        // One client row each, first known attribute wins; identical allocations count once.
        const clients = fromColumnar({
          ...merged,
          clients: mergeClientRows(merged.clients),
        }).clients;
        expect(clients.map(clientKey).sort()).toEqual(expected.clients.map(clientKey).sort());
        const deduped = dropDuplicateRows(merged.allocations);
        const objects = dropDuplicateAllocations(expected.allocations);
        expect(deduped.dropped).toHaveLength(objects.dropped.length);
        expect(
          fromColumnar({ ...merged, allocations: deduped.table })
            .allocations.map(key)
            .sort(),
        ).toEqual(objects.kept.map(key).sort());
        if (expected.allocations.length === 0) return;
        const peildatum = day(2019, 12, 31);
        expect(computeMetrics(datasetFromColumns(merged), { peildatum })).toEqual(
          computeMetrics(buildDataset(expected), { peildatum }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('een nieuwere batch vervangt dezelfde toewijzing; de oudere regel is weg', () => {
    const batch = (end: string | null) => {
      const r = emptyRecords();
      r.allocations = [
        {
          client: 'K1',
          provider: 'P1',
          product: 'IB1' as IbProduct,
          start: day(2019, 1, 1),
          end: end === null ? null : (day(2019, Number(end), 30) as DayNumber),
          municipality: null,
          reasonEnd: null,
          referrer: null,
          registration: null,
          volume: null,
        },
      ];
      return toColumnar(r);
    };
    const merged = fromColumnar(mergeColumnBatches([batch('6'), batch('9')]).data);
    expect(merged.allocations.map((a) => a.end)).toEqual([day(2019, 9, 30)]);
  });
});

describe('dezelfde gegevens in batches', () => {
  it('20.000 toewijzingen met kostenregels als tien batches (nieuwste eerst): dezelfde cijfers, kosten op de cent', () => {
    const records = syntheticRecords(20_000, { seed: 12, costLines: true });
    const whole = computeMetrics(buildDataset(records));
    const batches = splitRecords(records, 10).reverse();
    expect(batches.reduce((n, b) => n + b.allocations.length, 0)).toBe(20_000);
    expect(
      computeMetrics(datasetFromColumns(mergeColumnBatches(batches.map(toColumnar)).data)),
    ).toEqual(whole);
    expect(whole.byYear['2019']?.costTotal).toBeGreaterThan(0);
  });
});

describe('opgeslagen kolommen', () => {
  const data = toColumnar(syntheticRecords(2_000, { seed: 4, costLines: true }));

  it('in stukken opgeslagen en in willekeurige volgorde gelezen, geven ze dezelfde kolommen', () => {
    const { chunks, dictionaries } = toChunks(data, 'b1', 333);
    expect(chunks.filter((c) => c.table === 'allocations' && c.field === 'start')).toHaveLength(7);
    const back = fromChunks([...chunks].reverse(), dictionaries);
    expect(back.allocations).toEqual(data.allocations);
    expect(back.clients).toEqual(data.clients);
    expect(back.costLines).toEqual(data.costLines);
  });

  it('een stuk met overal dezelfde waarde wordt als één waarde opgeslagen en heel teruggelezen', () => {
    const { chunks, dictionaries } = toChunks(data, 'b1', 333);
    // The synthetic export has no delivery start and no volume: every chunk one value.
    const delivery = chunks.filter((c) => c.table === 'allocations' && c.field === 'deliveryStart');
    expect(delivery.map((c) => [c.values.length, c.repeat])).toEqual([
      ...Array.from({ length: 6 }, () => [1, 333]),
      [1, 2_000 - 6 * 333],
    ]);
    expect(chunks.find((c) => c.field === 'start')?.repeat).toBeUndefined();
    expect(fromChunks(chunks, dictionaries).allocations).toEqual(data.allocations);

    // Any column, with runs of one value (NaN too) across and inside the chunks.
    const run = fc.record({
      value: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant(Number.NaN)),
      length: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(
        fc.array(run, { maxLength: 12 }),
        fc.integer({ min: 1, max: 10 }),
        (runs, size) => {
          const values = runs.flatMap(({ value, length }) => Array<number>(length).fill(value));
          const table = {
            length: values.length,
            columns: { amount: Float64Array.from(values) },
            dictionaries: {},
          };
          const empty = { length: 0, columns: {}, dictionaries: {} };
          const stored = toChunks(
            { allocations: empty, clients: empty, costLines: table },
            'b',
            size,
          );
          const back = fromChunks(stored.chunks.reverse(), stored.dictionaries);
          expect([...(back.costLines.columns.amount ?? [])]).toEqual(values);
        },
      ),
    );
  });

  it('alleen de velden voor de cijfers gelezen: dezelfde cijfers', () => {
    const { chunks, dictionaries } = toChunks(data, 'b1', 500);
    const wanted = chunks.filter(
      (c) => !(c.table in datasetFields) || datasetFields[c.table]?.includes(c.field),
    );
    const partial: ColumnarRecords = { ...data, ...fromChunks(wanted, dictionaries) };
    expect(Object.keys(partial.allocations.columns)).not.toContain('volume');
    expect(computeMetrics(datasetFromColumns(partial))).toEqual(
      computeMetrics(datasetFromColumns(data)),
    );
  });

  it('batches van vóór het gedeelde woordenboek (een woordenboek per tabel) geven dezelfde cijfers', () => {
    // Each table its own copy of each dictionary.
    const own = (d: ColumnarRecords['clients']['dictionaries']) =>
      Object.fromEntries(Object.entries(d).map(([k, v]) => [k, Strings.from(v.toArray())]));
    const perTable: ColumnarRecords = {
      ...data,
      clients: { ...data.clients, dictionaries: own(data.clients.dictionaries) },
      costLines: { ...data.costLines, dictionaries: own(data.costLines.dictionaries) },
    };
    expect(perTable.clients.dictionaries.client).not.toBe(data.allocations.dictionaries.client);
    expect(computeMetrics(datasetFromColumns(perTable))).toEqual(
      computeMetrics(datasetFromColumns(data)),
    );
  });
});

describe('kolommen opbouwen in stukken (ColumnarBuilder)', () => {
  it('een veld dat eerst leeg is en later gevuld, geeft dezelfde rijen als alles in één keer', () => {
    const records = syntheticRecords(3_000, { seed: 8, costLines: true });
    records.allocations.forEach((a, i) => {
      if (i >= 2_000) {
        a.municipality = i % 2 ? 'GM0505' : null;
        a.volume = i % 3 ? 4.5 : null;
      }
    });
    const builder = new ColumnarBuilder();
    for (const piece of splitRecords(records, 3)) builder.append(piece);
    const built = builder.build();
    expect(fromColumnar(built)).toEqual(fromColumnar(toColumnar(records)));
    expect(
      fromColumnar(built)
        .allocations.slice(1_998, 2_002)
        .map((a) => a.municipality),
    ).toEqual([null, null, null, 'GM0505']);
  });
});
