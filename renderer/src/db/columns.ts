import {
  type BulkTable,
  bulkSpecs,
  bulkTables,
  type Column,
  type ColumnTable,
  newColumn,
} from '../../../shared/model/columnar';
import { type StoredStrings, Strings } from '../../../shared/model/strings';

/**
 * Bulk records are stored column-wise, in chunks of at most this many values:
 * large chunks read back fastest (in Chromium, 2^20 against 2^16 took 1M
 * allocations from ~560 to ~250 ms), and one chunk is used without a copy (2^24
 * against 2^20 took 10M from 1,7–2,0 s to 1,4–1,6 s: no ten chunks per field to
 * copy into one column). Batches stored in smaller chunks read as before.
 */
export const CHUNK = 16_777_216;

/** One stored chunk: values of one field of one bulk table of one import batch. */
export interface ColumnChunk {
  batchId: string;
  table: BulkTable;
  field: string;
  index: number;
  values: Column;
}

/**
 * The strings behind the dictionary codes of one batch, keyed `table.field`: packed
 * (`Strings.stored`), or a plain list in batches stored before dictionaries were packed.
 */
export type Dictionaries = Record<string, StoredStrings | string[]>;

type BulkColumns = Record<BulkTable, ColumnTable>;

/** A batch's bulk tables as stored chunks plus their dictionaries. */
export function toChunks(
  data: BulkColumns,
  batchId: string,
  size = CHUNK,
): { chunks: ColumnChunk[]; dictionaries: Dictionaries } {
  const chunks: ColumnChunk[] = [];
  const dictionaries: Dictionaries = {};
  for (const table of bulkTables) {
    const { length, columns, dictionaries: own } = data[table];
    for (const { field, kind } of bulkSpecs[table]) {
      const column = columns[field] ?? newColumn(kind, length);
      if (kind === 'dict')
        dictionaries[`${table}.${field}`] = (own[field] ?? Strings.empty).stored();
      // slice, not subarray: a view would store its whole buffer.
      for (let index = 0; index * size < Math.max(length, 1); index++)
        chunks.push({
          batchId,
          table,
          field,
          index,
          values: column.slice(index * size, (index + 1) * size),
        });
    }
  }
  return { chunks, dictionaries };
}

/** One batch's stored chunks (any order) back into its bulk tables; fields without chunks stay absent. */
export function fromChunks(
  chunks: readonly ColumnChunk[],
  dictionaries: Dictionaries,
): BulkColumns {
  const parts = new Map<string, ColumnChunk[]>();
  for (const c of chunks) {
    const key = `${c.table}.${c.field}`;
    const list = parts.get(key);
    if (list) list.push(c);
    else parts.set(key, [c]);
  }
  const table = (name: BulkTable): ColumnTable => {
    const out: ColumnTable = { length: 0, columns: {}, dictionaries: {} };
    for (const { field, kind } of bulkSpecs[name]) {
      const list = parts.get(`${name}.${field}`)?.sort((a, b) => a.index - b.index);
      if (!list) continue;
      const length = list.reduce((n, p) => n + p.values.length, 0);
      // One chunk is used as it is; more are copied into one column.
      const column = list.length === 1 ? (list[0] as ColumnChunk).values : newColumn(kind, length);
      if (list.length > 1) {
        let at = 0;
        for (const p of list) {
          column.set(p.values as never, at);
          at += p.values.length;
        }
      }
      out.columns[field] = column;
      out.length = length;
      if (kind === 'dict')
        out.dictionaries[field] = Strings.revive(dictionaries[`${name}.${field}`]);
    }
    return out;
  };
  return {
    allocations: table('allocations'),
    clients: table('clients'),
    costLines: table('costLines'),
  };
}
