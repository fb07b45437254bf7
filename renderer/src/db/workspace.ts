import { Dexie } from 'dexie';
import { mergeColumnBatches } from '../../../shared/import/mergeColumns';
import type { ImportReport } from '../../../shared/import/report';
import {
  type BulkTable,
  bulkSpecs,
  bulkTables,
  type ColumnarRecords,
  type FieldSelection,
  smallTables,
} from '../../../shared/model/columnar';
import { Strings } from '../../../shared/model/strings';
import { newPseudonymKey } from '../../../shared/privacy/pseudonymise';
import { fromChunks, toChunks } from './columns';
import { type BatchRow, type DatasetRow, type SmallRow, WorkspaceDb } from './schema';
import type { StoredSettings } from './storedSettings';

export const DEFAULT_WORKSPACE = 'begeleidingsmonitor';

export interface NewBatch {
  /** Existing dataset, or a new one with this name. */
  dataset: { id: string } | { name: string };
  files: string[];
  hash: string;
  data: ColumnarRecords;
  report: ImportReport;
  /** The batch this one replaces (the same file imported again). */
  replaces?: string;
}

/** What a storage failure means for the user (quota, blocked database), with what to do. */
export class StorageError extends Error {
  constructor(
    readonly code: 'quota' | 'failed',
    cause: unknown,
  ) {
    super(code === 'quota' ? 'De opslag van deze computer is vol.' : 'Opslaan is mislukt.', {
      cause,
    });
  }
}

const newId = () => crypto.randomUUID();

/** The workspace's data: the only place that reads or writes IndexedDB. */
export class Workspace {
  constructor(readonly db: WorkspaceDb) {}

  static open(name = DEFAULT_WORKSPACE): Workspace {
    return new Workspace(new WorkspaceDb(name));
  }

  /** The key that pseudonymises BSNs in this workspace, made on first use and kept. */
  async pseudonymKey(): Promise<Uint8Array> {
    return this.db.transaction('rw', this.db.settings, async () => {
      const known = await this.setting('pseudonymKey');
      if (known instanceof Uint8Array) return known;
      const key = newPseudonymKey();
      await this.setSetting('pseudonymKey', key);
      return key;
    });
  }

  /**
   * Removes the whole workspace: data, settings and the pseudonymisation key,
   * by deleting its database (not only emptying its tables). The next use
   * starts an empty one with a new key.
   */
  async wipe(): Promise<void> {
    await this.db.delete({ disableAutoOpen: false });
  }

  /** A stored setting (`storedSettings.ts` says what each key holds), or undefined when never set. */
  async setting<K extends keyof StoredSettings>(key: K): Promise<StoredSettings[K] | undefined> {
    return (await this.db.settings.get(key))?.value as StoredSettings[K] | undefined;
  }

  async setSetting<K extends keyof StoredSettings>(
    key: K,
    value: StoredSettings[K],
  ): Promise<void> {
    await this.db.settings.put({ key, value });
  }

  datasets(): Promise<DatasetRow[]> {
    return this.db.datasets.toArray();
  }

  async batches(datasetId: string): Promise<BatchRow[]> {
    return (await this.db.batches.where('datasetId').equals(datasetId).toArray()).sort(
      (a, b) => a.sequence - b.sequence,
    );
  }

  /** A batch of this dataset made from the same file content, if any. */
  findByHash(datasetId: string, hash: string): Promise<BatchRow | undefined> {
    return this.db.batches
      .where('hash')
      .equals(hash)
      .filter((b) => b.datasetId === datasetId)
      .first();
  }

  /** Stores a confirmed import as one transaction: all of it or, on any failure, nothing. */
  async commit(batch: NewBatch): Promise<{ datasetId: string; batchId: string }> {
    const db = this.db;
    const batchId = newId();
    const { chunks, dictionaries } = toChunks(batch.data, batchId);
    try {
      return await db.transaction('rw', [db.datasets, db.batches, db.chunks, db.rows], async () => {
        let datasetId: string;
        if ('id' in batch.dataset) datasetId = batch.dataset.id;
        else {
          datasetId = newId();
          await db.datasets.add({
            id: datasetId,
            name: batch.dataset.name,
            createdAt: new Date().toISOString(),
          });
        }
        if (batch.replaces) await this.removeBatch(batch.replaces);
        const sequence =
          (await db.batches.where('datasetId').equals(datasetId).count()) + Date.now();
        await db.batches.add({
          id: batchId,
          datasetId,
          files: batch.files,
          hash: batch.hash,
          importedAt: new Date().toISOString(),
          sequence,
          counts: {
            allocations: batch.data.allocations.length,
            clients: batch.data.clients.length,
            costLines: batch.data.costLines.length,
            rejectedRows: batch.report.rejected.length,
          },
          dictionaries,
          report: {
            // Sample values are for mapping in the preview; data is not kept twice.
            sheets: batch.report.sheets.map(({ samples: _, ...sheet }) => sheet),
            rejected: batch.report.rejected,
            duplicates: batch.report.duplicates,
            updated: batch.report.updated,
          },
        });
        await db.chunks.bulkAdd(chunks);
        const rows: SmallRow[] = smallTables.flatMap((table) =>
          (batch.data[table] as SmallRow['row'][]).map(
            (row) => ({ batchId, table, row }) as SmallRow,
          ),
        );
        await db.rows.bulkAdd(rows);
        return { datasetId, batchId };
      });
    } catch (error) {
      throw storageError(error);
    }
  }

  /** Undo: removes one batch and everything it stored, in one transaction. */
  async undo(batchId: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.batches, db.chunks, db.rows], () => this.removeBatch(batchId));
  }

  private async removeBatch(batchId: string): Promise<void> {
    await this.db.chunks.where('batchId').equals(batchId).delete();
    await this.db.rows.where('batchId').equals(batchId).delete();
    await this.db.batches.delete(batchId);
  }

  async renameDataset(datasetId: string, name: string): Promise<void> {
    await this.db.datasets.update(datasetId, { name });
  }

  /** The municipality codes a dataset's imports hold (from their dictionaries: no data is read). */
  async datasetMunicipalities(datasetId: string): Promise<Set<string>> {
    const codes = new Set<string>();
    for (const b of await this.batches(datasetId))
      for (const key of ['allocations.municipality', 'clients.municipality'])
        for (const code of Strings.revive(b.dictionaries[key])) codes.add(code);
    return codes;
  }

  /** Removes a dataset with all its batches. */
  async removeDataset(datasetId: string): Promise<void> {
    const db = this.db;
    await db.transaction('rw', [db.datasets, db.batches, db.chunks, db.rows], async () => {
      for (const b of await this.batches(datasetId)) await this.removeBatch(b.id);
      await db.datasets.delete(datasetId);
    });
  }

  /**
   * A dataset's records, column-wise as stored: its batches oldest first, newer
   * allocations replacing older ones. Read in one transaction, every field's
   * chunks requested at once; `fields` limits what is read (the rest is absent).
   */
  async load(datasetId: string, fields?: FieldSelection): Promise<ColumnarRecords> {
    const db = this.db;
    const chunksOf = (batchId: string, table: BulkTable, field: string) =>
      db.chunks
        .where('[batchId+table+field+index]')
        .between([batchId, table, field, Dexie.minKey], [batchId, table, field, Dexie.maxKey])
        .toArray();
    const batches = await db.transaction('r', [db.batches, db.chunks, db.rows], async () => {
      const rows = await this.batches(datasetId);
      return Promise.all(
        rows.map(async (batch) => ({
          batch,
          chunks: (
            await Promise.all(
              bulkTables.flatMap((table) =>
                (fields?.[table] ?? bulkSpecs[table].map((s) => s.field)).map((field) =>
                  chunksOf(batch.id, table, field),
                ),
              ),
            )
          ).flat(),
          rows: await db.rows.where('batchId').equals(batch.id).toArray(),
        })),
      );
    });
    const { data } = mergeColumnBatches(
      batches.map(({ batch, chunks, rows }) => {
        const small = (table: SmallRow['table']) =>
          rows.filter((r) => r.table === table).map((r) => r.row);
        return {
          ...fromChunks(chunks, batch.dictionaries),
          providers: small('providers') as ColumnarRecords['providers'],
          tariffs: small('tariffs') as ColumnarRecords['tariffs'],
          population: small('population') as ColumnarRecords['population'],
          references: small('references') as ColumnarRecords['references'],
          budgets: small('budgets') as ColumnarRecords['budgets'],
          ceilings: small('ceilings') as ColumnarRecords['ceilings'],
          targets: small('targets') as ColumnarRecords['targets'],
          measures: small('measures') as ColumnarRecords['measures'],
        };
      }),
    );
    return data;
  }
}

function storageError(error: unknown): StorageError {
  const name = (error as { name?: string; inner?: { name?: string } })?.name;
  const inner = (error as { inner?: { name?: string } })?.inner?.name;
  return new StorageError(
    name === 'QuotaExceededError' || inner === 'QuotaExceededError' ? 'quota' : 'failed',
    error,
  );
}
