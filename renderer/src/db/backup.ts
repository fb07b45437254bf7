import Dexie from 'dexie';
import { fromBase64, toBase64 } from '../../../shared/base64';
import { Strings } from '../../../shared/model/strings';
import { seal, unseal } from '../../../shared/privacy/sealed';
import { BACKUP_FORMAT as FORMAT, isSealedBackup, MIN_PASSPHRASE } from './backupFile';
import type { ColumnChunk } from './columns';
import { type BatchRow, SCHEMA_VERSION, type SettingRow, WorkspaceDb } from './schema';
import type { Workspace } from './workspace';

export type RestoreResult =
  /** `sealed: false`: a backup from before backups were encrypted (or the app's own undo snapshot). */
  | { ok: true; sealed: boolean }
  | {
      ok: false;
      reason:
        | 'not_a_backup'
        | 'damaged'
        | 'newer_version'
        | 'passphrase_needed'
        | 'wrong_passphrase';
    };

interface StoredChunk extends Omit<ColumnChunk, 'values'> {
  type: 'i32' | 'f64';
  data: string;
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Everything a workspace holds, as stored. */
interface Contents {
  datasets: unknown[];
  batches: unknown[];
  rows: unknown[];
  settings: SettingRow[];
  chunks: ColumnChunk[];
}

const tablesOf = (db: WorkspaceDb) => [db.datasets, db.batches, db.chunks, db.rows, db.settings];

async function readContents(db: WorkspaceDb): Promise<Contents> {
  return db.transaction('r', tablesOf(db), async () => ({
    datasets: await db.datasets.toArray(),
    batches: await db.batches.toArray(),
    rows: await db.rows.toArray(),
    settings: await db.settings.toArray(),
    chunks: await db.chunks.toArray(),
  }));
}

/** Replaces all of a workspace's contents in one transaction. */
async function writeContents(db: WorkspaceDb, c: Contents): Promise<void> {
  await db.transaction('rw', tablesOf(db), async () => {
    await Promise.all(tablesOf(db).map((table) => table.clear()));
    await db.datasets.bulkAdd(c.datasets as never[]);
    await db.batches.bulkAdd(c.batches as never[]);
    await db.rows.bulkAdd(c.rows as never[]);
    await db.settings.bulkAdd(c.settings);
    await db.chunks.bulkAdd(c.chunks);
  });
}

/** Contents as JSON text: typed arrays and key bytes as base64, dictionaries as lists. */
function encode(c: Contents): string {
  return JSON.stringify({
    ...c,
    batches: (c.batches as BatchRow[]).map((b) => ({
      ...b,
      dictionaries: Object.fromEntries(
        Object.entries(b.dictionaries).map(([key, d]) => [key, Strings.revive(d).toArray()]),
      ),
    })),
    settings: c.settings.map((s) =>
      s.value instanceof Uint8Array ? { key: s.key, bytes: toBase64(s.value) } : s,
    ),
    chunks: c.chunks.map(
      ({ values, ...rest }): StoredChunk => ({
        ...rest,
        type: values instanceof Float64Array ? 'f64' : 'i32',
        data: toBase64(new Uint8Array(values.buffer, values.byteOffset, values.byteLength)),
      }),
    ),
  });
}

function decode(text: string): Contents {
  const payload = JSON.parse(text);
  return {
    datasets: payload.datasets,
    batches: payload.batches,
    rows: payload.rows,
    settings: payload.settings.map((s: { key: string; bytes?: string; value?: unknown }) =>
      s.bytes === undefined ? s : { key: s.key, value: fromBase64(s.bytes) },
    ),
    chunks: payload.chunks.map(({ type, data, ...rest }: StoredChunk) => {
      const raw = fromBase64(data);
      const values = type === 'f64' ? new Float64Array(raw.buffer) : new Int32Array(raw.buffer);
      return { ...rest, values };
    }),
  };
}

/**
 * Contents of an older schema version brought to the current one by the same
 * upgrades a stored database gets: written into a scratch database of that
 * version, which is then opened at the current version and read back.
 */
async function upgraded(c: Contents, version: number): Promise<Contents> {
  if (version >= SCHEMA_VERSION) return c;
  const name = `begeleidingsmonitor-upgrade-${crypto.randomUUID()}`;
  const old = new WorkspaceDb(name, version);
  try {
    await writeContents(old, c);
    old.close();
    const current = new WorkspaceDb(name);
    const out = await readContents(current);
    current.close();
    return out;
  } finally {
    old.close();
    await Dexie.delete(name);
  }
}

/**
 * The whole workspace as one versioned, checksummed file, in clear: the app's
 * own undo snapshot, held in memory only. What is saved is `backupWorkspace`.
 */
export async function snapshotWorkspace(ws: Workspace): Promise<Uint8Array> {
  const text = encode(await readContents(ws.db));
  const file = {
    format: FORMAT,
    version: SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    sha256: await sha256(text),
    payload: text,
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

/**
 * The whole workspace, its pseudonymisation key included, encrypted with a
 * passphrase (`shared/privacy/sealed`): the key never leaves the workspace in
 * clear. Version and date stay readable.
 */
export async function backupWorkspace(
  ws: Workspace,
  passphrase: string,
  iterations?: number,
): Promise<Uint8Array> {
  if (passphrase.length < MIN_PASSPHRASE) throw new RangeError('passphrase too short');
  const snapshot = await snapshotWorkspace(ws);
  const extra = { version: SCHEMA_VERSION, createdAt: new Date().toISOString() };
  return seal(snapshot, passphrase, FORMAT, extra, iterations);
}

/**
 * Replaces the workspace with a backup, in one transaction; a damaged or newer
 * file, a missing or wrong passphrase are refused and nothing changes. A
 * backup of an earlier version is upgraded on the way in; one from before
 * backups were encrypted still restores (`sealed: false`, for a warning).
 */
export async function restoreWorkspace(
  ws: Workspace,
  bytes: Uint8Array,
  passphrase: string | null,
): Promise<RestoreResult> {
  if (isSealedBackup(bytes)) {
    if (passphrase === null) return { ok: false, reason: 'passphrase_needed' };
    const opened = await unseal(bytes, passphrase, FORMAT);
    if (!opened.ok)
      return { ok: false, reason: opened.reason === 'not_sealed' ? 'not_a_backup' : opened.reason };
    const restored = await restorePlain(ws, opened.contents);
    return restored.ok ? { ok: true, sealed: true } : restored;
  }
  return restorePlain(ws, bytes);
}

async function restorePlain(ws: Workspace, bytes: Uint8Array): Promise<RestoreResult> {
  let file: { format?: unknown; version?: unknown; sha256?: unknown; payload?: unknown };
  try {
    file = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'not_a_backup' };
  }
  if (
    file?.format !== FORMAT ||
    typeof file.payload !== 'string' ||
    typeof file.version !== 'number'
  ) {
    return { ok: false, reason: 'not_a_backup' };
  }
  if (file.version > SCHEMA_VERSION) return { ok: false, reason: 'newer_version' };
  if (file.sha256 !== (await sha256(file.payload))) return { ok: false, reason: 'damaged' };
  await writeContents(ws.db, await upgraded(decode(file.payload), file.version));
  return { ok: true, sealed: false };
}
