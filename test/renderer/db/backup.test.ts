import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { backupWorkspace, restoreWorkspace } from '../../../renderer/src/db/backup';
import { WorkspaceDb } from '../../../renderer/src/db/schema';
import { Workspace } from '../../../renderer/src/db/workspace';
import { contentHash } from '../../../shared/import/merge';
import { datasetFromColumns } from '../../../shared/metrics/dataset';
import { computeMetrics } from '../../../shared/metrics/engine';
import { toColumnar } from '../../../shared/model/columnar';
import { fixture, importRecords } from '../../helpers';

async function filled(name: string) {
  const ws = Workspace.open(name);
  const key = await ws.pseudonymKey();
  const files = [
    { name: 'drechtsteden.xlsx', bytes: fixture('../../data-samples/drechtsteden-2015-2019.xlsx') },
  ];
  const { records, report } = await importRecords(files, { pseudonymKey: key });
  const { datasetId } = await ws.commit({
    dataset: { name: 'Drechtsteden' },
    files: ['drechtsteden.xlsx'],
    hash: await contentHash(files),
    data: toColumnar(records),
    report,
  });
  return { ws, datasetId };
}

describe('back-up en herstel van een werkruimte', () => {
  it('back-up → wissen → herstel geeft dezelfde cijfers en dezelfde sleutel', async () => {
    const { ws, datasetId } = await filled('backup-bron');
    const before = computeMetrics(datasetFromColumns(await ws.load(datasetId)));
    const key = await ws.pseudonymKey();
    const file = await backupWorkspace(ws);
    await ws.removeDataset(datasetId);
    expect(await ws.datasets()).toEqual([]);
    expect(await restoreWorkspace(ws, file)).toEqual({ ok: true });
    expect(computeMetrics(datasetFromColumns(await ws.load(datasetId)))).toEqual(before);
    expect(await ws.pseudonymKey()).toEqual(key);
    // And into an empty workspace on another machine.
    const other = Workspace.open('backup-doel');
    expect(await restoreWorkspace(other, file)).toEqual({ ok: true });
    expect(computeMetrics(datasetFromColumns(await other.load(datasetId)))).toEqual(before);
  }, 60_000);

  it('een beschadigde, nieuwere of vreemde back-up wordt geweigerd en verandert niets', async () => {
    const { ws, datasetId } = await filled('backup-weigeren');
    const file = await backupWorkspace(ws);
    const text = new TextDecoder().decode(file);
    const damaged = new TextEncoder().encode(text.replace('Drechtsteden', 'Drechtsteden!'));
    const newer = new TextEncoder().encode(text.replace(/"version":\d+/, '"version":99'));
    expect(await restoreWorkspace(ws, damaged)).toEqual({ ok: false, reason: 'damaged' });
    expect(await restoreWorkspace(ws, newer)).toEqual({ ok: false, reason: 'newer_version' });
    expect(await restoreWorkspace(ws, new TextEncoder().encode('geen back-up'))).toEqual({
      ok: false,
      reason: 'not_a_backup',
    });
    expect(await restoreWorkspace(ws, fixture('mini.xlsx'))).toEqual({
      ok: false,
      reason: 'not_a_backup',
    });
    expect((await ws.load(datasetId)).allocations.length).toBeGreaterThan(10_000);
  }, 60_000);
});

describe('een reservekopie van een eerdere schemaversie', () => {
  it('wordt bij terugzetten bijgewerkt zoals een opgeslagen database (versie 1 → huidige)', async () => {
    const old = new WorkspaceDb('backup-v1', 1);
    await old.datasets.add({ id: 'd1', name: 'Oud', createdAt: '2024-01-01T00:00:00Z' });
    for (const [id, importedAt] of [
      ['b1', '2024-01-01T00:00:00Z'],
      ['b2', '2024-02-01T00:00:00Z'],
    ] as const)
      await old.batches.add({
        id,
        datasetId: 'd1',
        files: [`${id}.xlsx`],
        hash: id,
        importedAt,
        counts: { allocations: 0, clients: 0, costLines: 0, rejectedRows: 0 },
        dictionaries: {},
        report: { sheets: [], rejected: [], duplicates: 0, updated: 0 },
      } as never);
    // A file as version 1 wrote it: the same format, its own version number.
    const text = new TextDecoder().decode(await backupWorkspace(new Workspace(old)));
    old.close();
    const v1 = new TextEncoder().encode(text.replace(/"version":\d+/, '"version":1'));
    const ws = Workspace.open('backup-v1-doel');
    expect(await restoreWorkspace(ws, v1)).toEqual({ ok: true });
    expect((await ws.datasets()).map((d) => d.name)).toEqual(['Oud']);
    expect((await ws.batches('d1')).map((b) => [b.id, b.sequence])).toEqual([
      ['b1', 0],
      ['b2', 1],
    ]);
    // No scratch database is left behind.
    expect((await indexedDB.databases()).some((d) => d.name?.includes('upgrade'))).toBe(false);
  });
});
