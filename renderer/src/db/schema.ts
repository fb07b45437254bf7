import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ImportReport } from '../../../shared/import/report';
import { ints, NULL_INT } from '../../../shared/model/columnar';
import type {
  Budget,
  Ceiling,
  Measure,
  Population,
  Provider,
  ReferenceFigure,
  Target,
  Tariff,
} from '../../../shared/model/records';
import { yearMonthOf } from '../../../shared/periods/days';
import type { ColumnChunk, Dictionaries } from './columns';

export interface DatasetRow {
  id: string;
  name: string;
  createdAt: string;
}

/** One confirmed import: everything it stored carries its id, so undo removes exactly that. */
export interface BatchRow {
  id: string;
  datasetId: string;
  files: string[];
  /** SHA-256 of the files' bytes: the same file again is offered as "replace". */
  hash: string;
  importedAt: string;
  /** Order of the batches of a dataset (newer batches update older allocations). */
  sequence: number;
  counts: { allocations: number; clients: number; costLines: number; rejectedRows: number };
  dictionaries: Dictionaries;
  report: Pick<ImportReport, 'sheets' | 'rejected' | 'duplicates' | 'updated'>;
}

/** A small record, one row each: providers, tariffs, population, reference figures, steering. */
export type SmallRow =
  | { id?: number; batchId: string; table: 'providers'; row: Provider }
  | { id?: number; batchId: string; table: 'tariffs'; row: Tariff }
  | { id?: number; batchId: string; table: 'population'; row: Population }
  | { id?: number; batchId: string; table: 'references'; row: ReferenceFigure }
  | { id?: number; batchId: string; table: 'budgets'; row: Budget }
  | { id?: number; batchId: string; table: 'ceilings'; row: Ceiling }
  | { id?: number; batchId: string; table: 'targets'; row: Target }
  | { id?: number; batchId: string; table: 'measures'; row: Measure };

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * The schema's versions, append-only: a new version adds a line here with an
 * upgrade, never edits an old one (test/renderer/db tests every upgrade path).
 */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      datasets: 'id',
      batches: 'id, datasetId',
      chunks: '[batchId+table+field+index], batchId',
      rows: '++id, batchId',
      settings: 'key',
    },
  },
  {
    // Re-importing the same file is found by its hash; older batches get their order.
    version: 2,
    stores: { batches: 'id, datasetId, hash' },
    upgrade: async (tx: {
      table(name: string): {
        toCollection(): {
          modify(fn: (row: BatchRow, ctx: { value: BatchRow }) => void): Promise<number>;
        };
      };
    }) => {
      let sequence = 0;
      await tx
        .table('batches')
        .toCollection()
        .modify((row) => {
          row.sequence ??= sequence++;
        });
    },
  },
  {
    // Birth dates minimised: clients keep year and month of birth (`birthMonth`, 198003),
    // never the day. Stored `birthDate` chunks (day numbers) are rewritten and removed.
    version: 3,
    stores: {},
    upgrade: async (tx: { table(name: string): Table<ColumnChunk> }) => {
      const chunks = tx.table('chunks');
      const dated = await chunks
        .filter((c) => c.table === 'clients' && c.field === 'birthDate')
        .toArray();
      await chunks.bulkPut(
        dated.map((c) => ({
          ...c,
          field: 'birthMonth',
          values: ints(c.values.length, (i) => {
            const day = c.values[i] as number;
            return day === NULL_INT ? NULL_INT : yearMonthOf(day);
          }),
        })),
      );
      await chunks.bulkDelete(dated.map((c) => [c.batchId, c.table, c.field, c.index]));
    },
  },
] as const;

export const SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]?.version ?? 1;

/** One workspace: one IndexedDB database. */
export class WorkspaceDb extends Dexie {
  datasets!: EntityTable<DatasetRow, 'id'>;
  batches!: EntityTable<BatchRow, 'id'>;
  chunks!: Table<ColumnChunk, [string, string, string, number]>;
  rows!: EntityTable<SmallRow, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name: string, upTo: number = SCHEMA_VERSION) {
    super(name);
    for (const v of schemaVersions) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if ('upgrade' in v) declared.upgrade(v.upgrade as never);
    }
  }
}
