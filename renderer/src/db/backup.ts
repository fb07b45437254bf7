import type { ColumnChunk } from './columns';
import { SCHEMA_VERSION } from './schema';
import type { Workspace } from './workspace';

const FORMAT = 'begeleidingsmonitor-werkruimte';

export type RestoreResult =
  | { ok: true }
  | { ok: false; reason: 'not_a_backup' | 'damaged' | 'newer_version' };

interface StoredChunk extends Omit<ColumnChunk, 'values'> {
  type: 'i32' | 'f64';
  data: string;
}

const toBase64 = (bytes: Uint8Array) => {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The whole workspace as one versioned, checksummed file. */
export async function backupWorkspace(ws: Workspace): Promise<Uint8Array> {
  const db = ws.db;
  const payload = await db.transaction(
    'r',
    [db.datasets, db.batches, db.chunks, db.rows, db.settings],
    async () => ({
      datasets: await db.datasets.toArray(),
      batches: await db.batches.toArray(),
      rows: await db.rows.toArray(),
      settings: (await db.settings.toArray()).map((s) =>
        s.value instanceof Uint8Array ? { key: s.key, bytes: toBase64(s.value) } : s,
      ),
      chunks: (await db.chunks.toArray()).map(
        ({ values, ...rest }): StoredChunk => ({
          ...rest,
          type: values instanceof Float64Array ? 'f64' : 'i32',
          data: toBase64(new Uint8Array(values.buffer, values.byteOffset, values.byteLength)),
        }),
      ),
    }),
  );
  const text = JSON.stringify(payload);
  const file = {
    format: FORMAT,
    version: SCHEMA_VERSION,
    createdAt: new Date().toISOString(),
    sha256: await sha256(text),
    payload: text,
  };
  return new TextEncoder().encode(JSON.stringify(file));
}

/** Replaces the workspace with a backup, in one transaction; a damaged or newer file is refused and nothing changes. */
export async function restoreWorkspace(ws: Workspace, bytes: Uint8Array): Promise<RestoreResult> {
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
  const payload = JSON.parse(file.payload);
  const db = ws.db;
  await db.transaction(
    'rw',
    [db.datasets, db.batches, db.chunks, db.rows, db.settings],
    async () => {
      await Promise.all([
        db.datasets.clear(),
        db.batches.clear(),
        db.chunks.clear(),
        db.rows.clear(),
        db.settings.clear(),
      ]);
      await db.datasets.bulkAdd(payload.datasets);
      await db.batches.bulkAdd(payload.batches);
      await db.rows.bulkAdd(payload.rows);
      await db.settings.bulkAdd(
        payload.settings.map((s: { key: string; bytes?: string; value?: unknown }) =>
          s.bytes === undefined ? s : { key: s.key, value: fromBase64(s.bytes) },
        ),
      );
      await db.chunks.bulkAdd(
        payload.chunks.map(({ type, data, ...rest }: StoredChunk) => {
          const raw = fromBase64(data);
          const values = type === 'f64' ? new Float64Array(raw.buffer) : new Int32Array(raw.buffer);
          return { ...rest, values };
        }),
      );
    },
  );
  return { ok: true };
}
