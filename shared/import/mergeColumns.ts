import { sortByKeys } from '../metrics/order';
import {
  type BulkTable,
  bulkSpecs,
  type ColumnarRecords,
  type ColumnTable,
  Dictionary,
  newColumn,
} from '../model/columnar';
import { mergeProviders } from './merge';

/**
 * Merges a dataset's stored batches, oldest first, without making record
 * objects: the same rule as `mergeBatches` — an allocation with the same
 * client, provider, product and start in a newer batch replaces the older
 * ones — with every table's dictionaries unified. Client rows are kept
 * (the dataset takes each attribute's first known value), cost lines add up.
 */
export function mergeColumnBatches(batches: readonly ColumnarRecords[]): ColumnarRecords {
  if (batches.length === 1) return batches[0] as ColumnarRecords;
  const dictionaries = new Map<string, Dictionary>();
  const table = (name: BulkTable) =>
    concatTables(
      name,
      batches.map((b) => b[name]),
      dictionaries,
    );
  const allocations = table('allocations');
  return {
    allocations: keepRows(allocations.table, newestWins(allocations.table, allocations.batchOf)),
    clients: table('clients').table,
    costLines: table('costLines').table,
    providers: mergeProviders(batches.flatMap((b) => b.providers)),
    tariffs: batches.flatMap((b) => b.tariffs),
    population: batches.flatMap((b) => b.population),
    references: batches.flatMap((b) => b.references),
  };
}

/** The tables one after another, codes translated into one dictionary per field name. */
function concatTables(
  name: BulkTable,
  parts: readonly ColumnTable[],
  dictionaries: Map<string, Dictionary>,
): { table: ColumnTable; batchOf: Int32Array } {
  const length = parts.reduce((n, p) => n + p.length, 0);
  const out: ColumnTable = { length, columns: {}, dictionaries: {} };
  const batchOf = new Int32Array(length);
  let at = 0;
  parts.forEach((p, b) => {
    batchOf.fill(b, at, at + p.length);
    at += p.length;
  });
  // Fields left unread (see `FieldSelection`) stay absent.
  for (const { field, kind } of bulkSpecs[name].filter((s) =>
    parts.every((p) => s.field in p.columns),
  )) {
    const column = newColumn(kind, length);
    if (kind === 'dict') {
      const dictionary = dictionaries.get(field) ?? new Dictionary();
      dictionaries.set(field, dictionary);
      let offset = 0;
      for (const p of parts) {
        const codes = dictionary.remap(p.dictionaries[field] ?? []);
        const source = p.columns[field] as Int32Array;
        for (let r = 0; r < p.length; r++) {
          const code = source[r] as number;
          column[offset + r] = code < 0 ? -1 : (codes[code] as number);
        }
        offset += p.length;
      }
      out.dictionaries[field] = dictionary.values;
    } else {
      let offset = 0;
      for (const p of parts) {
        column.set(p.columns[field] as never, offset);
        offset += p.length;
      }
    }
    out.columns[field] = column;
  }
  return { table: out, batchOf };
}

/** 1 for each allocation row no newer batch replaces. */
function newestWins(table: ColumnTable, batchOf: Int32Array): Uint8Array {
  const client = table.columns.client as Int32Array;
  const start = table.columns.start as Int32Array;
  const provider = table.columns.provider as Int32Array;
  const product = table.columns.product as Int32Array;
  const keep = new Uint8Array(table.length).fill(1);
  // Rows of one client and start date are next to each other in this order; such groups are small.
  const order = sortByKeys(client, start);
  for (let g = 0; g < order.length; ) {
    const first = order[g] as number;
    let h = g + 1;
    while (
      h < order.length &&
      client[order[h] as number] === client[first] &&
      start[order[h] as number] === start[first]
    )
      h++;
    if (h - g > 1) {
      // The newest batch per provider and product in this group; older rows of it go.
      const newest = new Map<number, number>();
      const key = (r: number) => (provider[r] as number) * 65_536 + (product[r] as number);
      for (let k = g; k < h; k++) {
        const r = order[k] as number;
        newest.set(key(r), Math.max(newest.get(key(r)) ?? -1, batchOf[r] as number));
      }
      for (let k = g; k < h; k++) {
        const r = order[k] as number;
        if ((batchOf[r] as number) < (newest.get(key(r)) as number)) keep[r] = 0;
      }
    }
    g = h;
  }
  return keep;
}

function keepRows(table: ColumnTable, keep: Uint8Array): ColumnTable {
  let length = 0;
  for (let r = 0; r < keep.length; r++) length += keep[r] as number;
  if (length === table.length) return table;
  const columns: ColumnTable['columns'] = {};
  for (const [field, source] of Object.entries(table.columns)) {
    const column =
      source instanceof Float64Array ? new Float64Array(length) : new Int32Array(length);
    for (let r = 0, k = 0; r < keep.length; r++) if (keep[r]) column[k++] = source[r] as number;
    columns[field] = column;
  }
  return { length, columns, dictionaries: table.dictionaries };
}
