import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  backupWorkspace,
  restoreWorkspace,
  snapshotWorkspace,
} from '../../../renderer/src/db/backup';
import { backupKind } from '../../../renderer/src/db/backupFile';
import { WorkspaceDb } from '../../../renderer/src/db/schema';
import { Workspace } from '../../../renderer/src/db/workspace';
import { toBase64 } from '../../../shared/base64';
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

const PASSPHRASE = 'correct paard batterij nietje';

describe('back-up en herstel van een werkruimte', () => {
  it('back-up met wachtwoord → wissen → herstel geeft dezelfde cijfers en dezelfde sleutel', async () => {
    const { ws, datasetId } = await filled('backup-bron');
    const before = computeMetrics(datasetFromColumns(await ws.load(datasetId)));
    const key = await ws.pseudonymKey();
    const file = await backupWorkspace(ws, PASSPHRASE);
    expect(backupKind(file)).toBe('sealed');
    await ws.removeDataset(datasetId);
    expect(await ws.datasets()).toEqual([]);
    expect(await restoreWorkspace(ws, file, PASSPHRASE)).toEqual({ ok: true, sealed: true });
    expect(computeMetrics(datasetFromColumns(await ws.load(datasetId)))).toEqual(before);
    expect(await ws.pseudonymKey()).toEqual(key);
    // And into an empty workspace on another machine.
    const other = Workspace.open('backup-doel');
    expect(await restoreWorkspace(other, file, PASSPHRASE)).toEqual({ ok: true, sealed: true });
    expect(computeMetrics(datasetFromColumns(await other.load(datasetId)))).toEqual(before);
  }, 60_000);

  it('het bestand toont alleen wat het is: geen sleutel, geen namen, geen inhoud', async () => {
    const { ws } = await filled('backup-leesbaar');
    const file = await backupWorkspace(ws, PASSPHRASE, 100_000);
    const text = new TextDecoder('latin1').decode(file);
    const header = JSON.parse(text.slice(0, text.indexOf('\n')));
    expect(header).toMatchObject({
      format: 'begeleidingsmonitor-werkruimte',
      sealed: 1,
      version: expect.any(Number),
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 100_000 },
      cipher: { name: 'AES-GCM', length: 256 },
    });
    for (const secret of [
      toBase64(await ws.pseudonymKey()),
      'Drechtsteden',
      '"sha256"',
      '"payload"',
    ])
      expect(text.includes(secret)).toBe(false);
    // New backups cost a guesser 600.000 PBKDF2 rounds per try.
    const strong = await backupWorkspace(ws, PASSPHRASE);
    expect(
      JSON.parse(new TextDecoder().decode(strong.subarray(0, strong.indexOf(10)))).kdf.iterations,
    ).toBe(600_000);
    await expect(backupWorkspace(ws, 'te kort')).rejects.toThrow(RangeError);
  }, 60_000);

  it('een verkeerd of ontbrekend wachtwoord, een gewijzigde kop: geweigerd, niets verandert', async () => {
    const { ws, datasetId } = await filled('backup-wachtwoord');
    const file = await backupWorkspace(ws, PASSPHRASE, 100_000);
    await ws.removeDataset(datasetId);
    expect(await restoreWorkspace(ws, file, 'correct paard batterij nietjes')).toEqual({
      ok: false,
      reason: 'wrong_passphrase',
    });
    expect(await restoreWorkspace(ws, file, null)).toEqual({
      ok: false,
      reason: 'passphrase_needed',
    });
    // The header is authenticated too: a lower version number written into it fails.
    const split = file.indexOf(10);
    const header = new TextDecoder().decode(file.subarray(0, split));
    const lowered = new TextEncoder().encode(header.replace(/"version":(\d+)/, '"version":1'));
    const edited = new Uint8Array([...lowered, ...file.subarray(split)]);
    expect(await restoreWorkspace(ws, edited, PASSPHRASE)).toEqual({
      ok: false,
      reason: 'wrong_passphrase',
    });
    const flipped = file.slice();
    flipped[flipped.length - 100] = (flipped[flipped.length - 100] as number) ^ 1;
    expect(await restoreWorkspace(ws, flipped, PASSPHRASE)).toEqual({
      ok: false,
      reason: 'wrong_passphrase',
    });
    expect(await ws.datasets()).toEqual([]);
  }, 60_000);

  it('een reservekopie van vóór de versleuteling wordt nog teruggezet, met die melding', async () => {
    const { ws, datasetId } = await filled('backup-onversleuteld');
    const before = computeMetrics(datasetFromColumns(await ws.load(datasetId)));
    const old = await snapshotWorkspace(ws);
    expect(backupKind(old)).toBe('plain');
    await ws.removeDataset(datasetId);
    expect(await restoreWorkspace(ws, old, null)).toEqual({ ok: true, sealed: false });
    expect(computeMetrics(datasetFromColumns(await ws.load(datasetId)))).toEqual(before);
  }, 60_000);

  it('een beschadigde, nieuwere of vreemde back-up wordt geweigerd en verandert niets', async () => {
    const { ws, datasetId } = await filled('backup-weigeren');
    const file = await snapshotWorkspace(ws);
    const text = new TextDecoder().decode(file);
    const damaged = new TextEncoder().encode(text.replace('Drechtsteden', 'Drechtsteden!'));
    const newer = new TextEncoder().encode(text.replace(/"version":\d+/, '"version":99'));
    expect(await restoreWorkspace(ws, damaged, null)).toEqual({ ok: false, reason: 'damaged' });
    expect(await restoreWorkspace(ws, newer, null)).toEqual({
      ok: false,
      reason: 'newer_version',
    });
    expect(await restoreWorkspace(ws, new TextEncoder().encode('geen back-up'), null)).toEqual({
      ok: false,
      reason: 'not_a_backup',
    });
    expect(backupKind(fixture('mini.xlsx'))).toBe('other');
    expect(await restoreWorkspace(ws, fixture('mini.xlsx'), PASSPHRASE)).toEqual({
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
    const text = new TextDecoder().decode(await snapshotWorkspace(new Workspace(old)));
    old.close();
    const v1 = new TextEncoder().encode(text.replace(/"version":\d+/, '"version":1'));
    const ws = Workspace.open('backup-v1-doel');
    expect(await restoreWorkspace(ws, v1, null)).toEqual({ ok: true, sealed: false });
    expect((await ws.datasets()).map((d) => d.name)).toEqual(['Oud']);
    expect((await ws.batches('d1')).map((b) => [b.id, b.sequence])).toEqual([
      ['b1', 0],
      ['b2', 1],
    ]);
    // No scratch database is left behind.
    expect((await indexedDB.databases()).some((d) => d.name?.includes('upgrade'))).toBe(false);
  });
});
