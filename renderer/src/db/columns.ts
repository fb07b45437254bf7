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
  /**
   * Set when every value of the chunk is the same: then `values` holds that one value and
   * this is the chunk's length. A field no row had (no reason, no delivery start) is stored
   * so, and read back without reading millions of equal values from disk.
   */
  repeat?: number;
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
      for (let index = 0; index * size < Math.max(length, 1); index++) {
        const from = index * size;
        const to = Math.min(length, from + size);
        // slice, not subarray: a view would store its whole buffer.
        chunks.push(
          to - from > 1 && allSame(column, from, to)
            ? {
                batchId,
                table,
                field,
                index,
                values: column.slice(from, from + 1),
                repeat: to - from,
              }
            : { batchId, table, field, index, values: column.slice(from, to) },
        );
      }
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
      const lengthOf = (p: ColumnChunk) => p.repeat ?? p.values.length;
      const length = list.reduce((n, p) => n + lengthOf(p), 0);
      // One chunk of values is used as it is; else the chunks are copied into one column.
      const only = list.length === 1 && list[0]?.repeat === undefined ? list[0] : undefined;
      const column = only ? only.values : newColumn(kind, length);
      if (!only) {
        let at = 0;
        for (const p of list) {
          if (p.repeat === undefined) column.set(p.values as never, at);
          else column.fill(p.values[0] as number, at, at + p.repeat);
          at += lengthOf(p);
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

/** Whether `column[from..to)` holds one value throughout (NaN equal to NaN). */
function allSame(column: Column, from: number, to: number): boolean {
  const first = column[from] as number;
  if (Number.isNaN(first)) {
    for (let i = from + 1; i < to; i++) if (!Number.isNaN(column[i] as number)) return false;
    return true;
  }
  for (let i = from + 1; i < to; i++) if (column[i] !== first) return false;
  return true;
}
