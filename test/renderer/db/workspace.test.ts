import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { WorkspaceDb } from '../../../renderer/src/db/schema';
import { StorageError, Workspace } from '../../../renderer/src/db/workspace';
import { contentHash } from '../../../shared/import/merge';
import { datasetFromColumns } from '../../../shared/metrics/dataset';
import { computeMetrics } from '../../../shared/metrics/engine';
import { fromColumnar, toColumnar } from '../../../shared/model/columnar';
import { Strings } from '../../../shared/model/strings';
import { isoDate } from '../../../shared/periods/days';
import expected from '../../fixtures/expected.json' with { type: 'json' };
import { fixture, importRecords, testKey } from '../../helpers';

let n = 0;
const fresh = () => Workspace.open(`test-${n++}`);

async function miniBatch(dataset: { id: string } | { name: string } = { name: 'Mini' }) {
  const files = [{ name: 'mini.xlsx', bytes: fixture('mini.xlsx') }];
  const { records, report } = await importRecords(files, { pseudonymKey: testKey });
  return {
    dataset,
    files: ['mini.xlsx'],
    hash: await contentHash(files),
    data: toColumnar(records),
    report,
  };
}

const counts = async (ws: Workspace) => ({
  datasets: await ws.db.datasets.count(),
  batches: await ws.db.batches.count(),
  chunks: await ws.db.chunks.count(),
  rows: await ws.db.rows.count(),
});

describe('de werkruimte (IndexedDB)', () => {
  it('bewaart een import kolomsgewijs en geeft bij laden dezelfde cijfers (expected.json)', async () => {
    const ws = fresh();
    const { datasetId } = await ws.commit(await miniBatch());
    const loaded = await ws.load(datasetId);
    const m = computeMetrics(datasetFromColumns(loaded), { rejectedRows: 2 });
    expect(m).toMatchObject(expected);
    // The tables share one client dictionary again (else the dataset would look every code up).
    expect(loaded.clients.dictionaries.client).toBe(loaded.allocations.dictionaries.client);
    expect((await ws.batches(datasetId))[0]).toMatchObject({
      files: ['mini.xlsx'],
      counts: { allocations: 11, clients: 7, costLines: 61, rejectedRows: 2 },
    });
  });

  it('woordenboeken opgeslagen als lijsten (vóór ze gepakt werden) geven dezelfde cijfers', async () => {
    const ws = fresh();
    const { datasetId, batchId } = await ws.commit(await miniBatch());
    const batch = await ws.db.batches.get(batchId);
    const lists = Object.fromEntries(
      Object.entries(batch?.dictionaries ?? {}).map(([key, d]) => [
        key,
        Strings.revive(d).toArray(),
      ]),
    );
    expect(lists['allocations.client']).toHaveLength(7);
    await ws.db.batches.update(batchId, { dictionaries: lists });
    const m = computeMetrics(datasetFromColumns(await ws.load(datasetId)), { rejectedRows: 2 });
    expect(m).toMatchObject(expected);
  });

  it('ongedaan maken haalt precies die import weg', async () => {
    const ws = fresh();
    const { datasetId, batchId } = await ws.commit(await miniBatch());
    await ws.undo(batchId);
    expect(await counts(ws)).toEqual({ datasets: 1, batches: 0, chunks: 0, rows: 0 });
    expect((await ws.load(datasetId)).allocations.length).toBe(0);
  });

  it('hetzelfde bestand opnieuw wordt herkend en vervangt de eerdere import', async () => {
    const ws = fresh();
    const first = await ws.commit(await miniBatch());
    const again = await miniBatch({ id: first.datasetId });
    const known = await ws.findByHash(first.datasetId, again.hash);
    expect(known?.id).toBe(first.batchId);
    await ws.commit({ ...again, replaces: known?.id as string });
    expect(await ws.db.batches.count()).toBe(1);
    expect((await ws.load(first.datasetId)).allocations.length).toBe(11);
  });

  it('een nieuwere import werkt dezelfde toewijzing bij (nieuwste batch wint)', async () => {
    const ws = fresh();
    const csv = (rows: string[]) =>
      new TextEncoder().encode(
        ['Klantnummer;Aanbieder;Product;Startdatum;Einddatum', ...rows].join('\n'),
      );
    const batch = async (
      name: string,
      rows: string[],
      dataset: { id: string } | { name: string },
    ) => {
      const files = [{ name, bytes: csv(rows) }];
      const { records, report } = await importRecords(files, { pseudonymKey: testKey });
      return {
        dataset,
        files: [name],
        hash: await contentHash(files),
        data: toColumnar(records),
        report,
      };
    };
    const { datasetId } = await ws.commit(
      await batch('juni.csv', ['K1;P1;IB1;01-01-2019;30-06-2019'], { name: 'Gemeente' }),
    );
    await ws.commit(
      await batch('december.csv', ['K1;P1;IB1;01-01-2019;30-09-2019'], { id: datasetId }),
    );
    const records = fromColumnar(await ws.load(datasetId));
    expect(
      records.allocations.map((a) => [a.client, a.end === null ? null : isoDate(a.end)]),
    ).toEqual([['K1', '2019-09-30']]);
  });

  it('een import die halverwege afbreekt, laat de database ongewijzigd', async () => {
    const ws = fresh();
    await ws.commit(await miniBatch());
    const before = await counts(ws);
    ws.db.rows.hook('creating', () => {
      throw new Error('het venster werd gesloten');
    });
    await expect(ws.commit(await miniBatch({ name: 'Tweede' }))).rejects.toBeInstanceOf(
      StorageError,
    );
    expect(await counts(ws)).toEqual(before);
  });

  it('een volle schijf (QuotaExceededError) wordt gemeld en laat eerdere gegevens intact', async () => {
    const ws = fresh();
    const { datasetId } = await ws.commit(await miniBatch());
    ws.db.chunks.hook('creating', () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const failure = await ws.commit(await miniBatch({ id: datasetId })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect((failure as StorageError).code).toBe('quota');
    expect((await ws.load(datasetId)).allocations.length).toBe(11);
  });

  it('de pseudonimiseringssleutel wordt één keer gemaakt en blijft bewaard', async () => {
    const ws = Workspace.open('sleutel');
    const key = await ws.pseudonymKey();
    expect(key).toHaveLength(32);
    ws.db.close();
    expect(await Workspace.open('sleutel').pseudonymKey()).toEqual(key);
  });
});

describe('schemaversies', () => {
  it('een database van versie 1 met gegevens wordt bijgewerkt naar de huidige versie', async () => {
    const old = new WorkspaceDb('migratie', 1);
    await old.batches.add({
      id: 'b1',
      datasetId: 'd1',
      files: ['oud.xlsx'],
      hash: 'abc',
      importedAt: '2024-01-01T00:00:00Z',
      counts: { allocations: 0, clients: 0, costLines: 0, rejectedRows: 0 },
      dictionaries: {},
      report: { sheets: [], rejected: [], duplicates: 0, updated: 0 },
    } as never);
    await old.datasets.add({ id: 'd1', name: 'Oud', createdAt: '2024-01-01T00:00:00Z' });
    old.close();
    const ws = Workspace.open('migratie');
    expect(ws.db.verno).toBe(3);
    expect((await ws.datasets()).map((d) => d.name)).toEqual(['Oud']);
    expect((await ws.findByHash('d1', 'abc'))?.sequence).toBe(0);
  });

  it('versie 2 → 3: opgeslagen geboortedatums worden jaar en maand; geen dag blijft over', async () => {
    const old = new WorkspaceDb('geboortedatum', 2);
    // Day numbers: 15-03-1980 is 3726, 31-12-1969 is −1; NULL_INT means unknown.
    await old.chunks.bulkAdd([
      {
        batchId: 'b1',
        table: 'clients',
        field: 'birthDate',
        index: 0,
        values: new Int32Array([3726, -1, -2147483648]),
      },
      {
        batchId: 'b1',
        table: 'clients',
        field: 'birthYear',
        index: 0,
        values: new Int32Array([-2147483648, -2147483648, 1950]),
      },
    ]);
    old.close();
    const ws = Workspace.open('geboortedatum');
    const chunks = await ws.db.chunks.toArray();
    expect(chunks.map((c) => [c.field, [...c.values]])).toEqual([
      ['birthMonth', [198003, 196912, -2147483648]],
      ['birthYear', [-2147483648, -2147483648, 1950]],
    ]);
  });
});
