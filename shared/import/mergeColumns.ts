import { sortByKeys } from '../metrics/order';
import {
  type BulkTable,
  bulkSpecs,
  type Column,
  type ColumnarRecords,
  type ColumnTable,
  Dictionary,
  NULL_INT,
  newColumn,
} from '../model/columnar';
import { Strings } from '../model/strings';
import { mergeProviders } from './merge';

/**
 * Merges batches (a dataset's stored imports, or the files of one import),
 * oldest first, without making record objects: an allocation with the same
 * client, provider, product and start in a newer batch replaces the older
 * ones (`updated` counts the newer rows that changed an end), with every
 * table's dictionaries unified. Client rows are kept (see `mergeClientRows`),
 * cost lines add up.
 */
export function mergeColumnBatches(batches: readonly ColumnarRecords[]): {
  data: ColumnarRecords;
  updated: number;
} {
  if (batches.length === 1) return { data: batches[0] as ColumnarRecords, updated: 0 };
  const dictionaries = new Map<string, Dictionary>();
  const table = (name: BulkTable) =>
    concatTables(
      name,
      batches.map((b) => b[name]),
      dictionaries,
    );
  const allocations = table('allocations');
  const { keep, updated } = newestWins(allocations.table, allocations.batchOf);
  const data = {
    allocations: keepRows(allocations.table, keep),
    clients: table('clients').table,
    costLines: table('costLines').table,
    providers: mergeProviders(batches.flatMap((b) => b.providers)),
    tariffs: batches.flatMap((b) => b.tariffs),
    population: batches.flatMap((b) => b.population),
    references: batches.flatMap((b) => b.references),
    budgets: batches.flatMap((b) => b.budgets),
    ceilings: batches.flatMap((b) => b.ceilings),
    targets: batches.flatMap((b) => b.targets),
    measures: batches.flatMap((b) => b.measures),
  };
  return { data, updated };
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
  // Fields left unread (see `FieldSelection`) stay absent; a field only newer batches have
  // (one added since the older ones were stored) is null in the older ones.
  for (const { field, kind } of bulkSpecs[name].filter((s) =>
    parts.length === 0 ? true : parts.some((p) => s.field in p.columns),
  )) {
    const column = newColumn(kind, length);
    if (kind === 'dict') {
      const dictionary = dictionaries.get(field) ?? new Dictionary();
      dictionaries.set(field, dictionary);
      let offset = 0;
      for (const p of parts) {
        const codes = dictionary.remap(p.dictionaries[field] ?? Strings.empty);
        const source = p.columns[field] as Int32Array | undefined;
        if (!source) column.fill(-1, offset, offset + p.length);
        else
          for (let r = 0; r < p.length; r++) {
            const code = source[r] as number;
            column[offset + r] = code < 0 ? -1 : (codes[code] as number);
          }
        offset += p.length;
      }
      out.dictionaries[field] = dictionary.packed();
    } else {
      let offset = 0;
      for (const p of parts) {
        const source = p.columns[field];
        if (source) column.set(source as never, offset);
        else column.fill(kind === 'floatOrNull' ? Number.NaN : NULL_INT, offset, offset + p.length);
        offset += p.length;
      }
    }
    out.columns[field] = column;
  }
  return { table: out, batchOf };
}

/**
 * Calls `visit(from, to)` for each run of `order` with the same client and start
 * (rows of one client and start date are next to each other; such runs are small).
 */
function forEachClientStart(
  table: ColumnTable,
  visit: (order: Int32Array, from: number, to: number) => void,
): void {
  const client = table.columns.client as Int32Array;
  const start = table.columns.start as Int32Array;
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
    if (h - g > 1) visit(order, g, h);
    g = h;
  }
}

/**
 * 1 for each allocation row no newer batch replaces; `updated` counts the rows of
 * a newer batch whose ends differ from the batch before it (as `mergeBatches`).
 */
function newestWins(
  table: ColumnTable,
  batchOf: Int32Array,
): { keep: Uint8Array; updated: number } {
  const provider = table.columns.provider as Int32Array;
  const product = table.columns.product as Int32Array;
  const end = table.columns.end as Int32Array;
  const keep = new Uint8Array(table.length).fill(1);
  let updated = 0;
  forEachClientStart(table, (order, from, to) => {
    // Per provider and product, its rows in batch order; the newest batch's rows stay.
    const byKey = new Map<number, number[]>();
    for (let k = from; k < to; k++) {
      const r = order[k] as number;
      const key = (provider[r] as number) * 65_536 + (product[r] as number);
      const rows = byKey.get(key);
      if (rows) rows.push(r);
      else byKey.set(key, [r]);
    }
    for (const rows of byKey.values()) {
      const newest = batchOf[rows[rows.length - 1] as number] as number;
      let previous: number[] = [];
      let current: number[] = [];
      for (const r of rows) {
        if (current.length > 0 && batchOf[r] !== batchOf[current[0] as number]) {
          if (previous.length > 0 && !sameEnds(previous, current)) updated += current.length;
          previous = current;
          current = [];
        }
        current.push(r);
        if (batchOf[r] !== newest) keep[r] = 0;
      }
      if (previous.length > 0 && !sameEnds(previous, current)) updated += current.length;
    }
  });
  return { keep, updated };

  function sameEnds(a: number[], b: number[]): boolean {
    return a.length === b.length && a.every((r, i) => end[r] === end[b[i] as number]);
  }
}

/**
 * Identical allocation rows (client, provider, product, start, end) count once:
 * the first stays. Returns the table without the others, and which rows they were.
 */
export function dropDuplicateRows(table: ColumnTable): { table: ColumnTable; dropped: number[] } {
  const provider = table.columns.provider as Int32Array;
  const product = table.columns.product as Int32Array;
  const end = table.columns.end as Int32Array;
  const keep = new Uint8Array(table.length).fill(1);
  const dropped: number[] = [];
  forEachClientStart(table, (order, from, to) => {
    const seen = new Set<string>();
    for (let k = from; k < to; k++) {
      const r = order[k] as number;
      const key = `${provider[r]} ${product[r]} ${end[r]}`;
      if (seen.has(key)) {
        keep[r] = 0;
        dropped.push(r);
      } else seen.add(key);
    }
  });
  return { table: keepRows(table, keep), dropped: dropped.sort((a, b) => a - b) };
}

/** One client row per client: the first known value of each attribute wins (as `mergeClients`). */
export function mergeClientRows(table: ColumnTable): ColumnTable {
  const client = table.columns.client as Int32Array;
  const slot = new Int32Array(table.dictionaries.client?.length ?? 0).fill(-1);
  const firstRows: number[] = [];
  for (let r = 0; r < table.length; r++) {
    const c = client[r] as number;
    if (c >= 0 && slot[c] === -1) {
      slot[c] = firstRows.length;
      firstRows.push(r);
    }
  }
  if (firstRows.length === table.length) return table;
  const columns: ColumnTable['columns'] = {};
  for (const { field, kind } of bulkSpecs.clients) {
    const source = table.columns[field] as Column;
    const column = newColumn(kind, firstRows.length);
    firstRows.forEach((r, k) => {
      column[k] = source[r] as number;
    });
    if (field !== 'client') {
      const missing = (v: number) => (kind === 'dict' ? v < 0 : v === NULL_INT);
      for (let r = 0; r < table.length; r++) {
        const c = client[r] as number;
        if (c < 0) continue;
        const k = slot[c] as number;
        if (missing(column[k] as number) && !missing(source[r] as number))
          column[k] = source[r] as number;
      }
    }
    columns[field] = column;
  }
  return { length: firstRows.length, columns, dictionaries: table.dictionaries };
}

/** The rows marked 1 in `keep`, in order. */
export function keepRows(table: ColumnTable, keep: Uint8Array): ColumnTable {
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
