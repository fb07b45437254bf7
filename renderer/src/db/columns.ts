import type { DayNumber } from '../../../shared/brand';
import type { Gender } from '../../../shared/model/gender';
import type { Allocation, Client, CostLine, Records } from '../../../shared/model/records';

/** Bulk records are stored column-wise, in chunks of at most this many values. */
export const CHUNK = 65_536;

const NULL_INT = -2147483648;
const genders: Gender[] = ['m', 'v', 'x'];

export type BulkTable = 'allocations' | 'clients' | 'costLines';
type Column = Int32Array | Float64Array;

/** One stored chunk: values of one field of one bulk table of one import batch. */
export interface ColumnChunk {
  batchId: string;
  table: BulkTable;
  field: string;
  index: number;
  values: Column;
}

type Kind = 'dict' | 'int' | 'intOrNull' | 'float' | 'floatOrNull';
type Spec<T> = { field: keyof T & string; kind: Kind }[];

const allocationSpec: Spec<Allocation> = [
  { field: 'client', kind: 'dict' },
  { field: 'provider', kind: 'dict' },
  { field: 'product', kind: 'dict' },
  { field: 'start', kind: 'int' },
  { field: 'end', kind: 'intOrNull' },
  { field: 'municipality', kind: 'dict' },
  { field: 'reasonEnd', kind: 'dict' },
  { field: 'referrer', kind: 'dict' },
  { field: 'registration', kind: 'intOrNull' },
  { field: 'volume', kind: 'floatOrNull' },
];
const clientSpec: Spec<Client> = [
  { field: 'client', kind: 'dict' },
  { field: 'birthDate', kind: 'intOrNull' },
  { field: 'birthYear', kind: 'intOrNull' },
  { field: 'gender', kind: 'dict' },
  { field: 'municipality', kind: 'dict' },
];
const costSpec: Spec<CostLine> = [
  { field: 'client', kind: 'dict' },
  { field: 'provider', kind: 'dict' },
  { field: 'product', kind: 'dict' },
  { field: 'periodKind', kind: 'dict' },
  { field: 'periodStart', kind: 'int' },
  { field: 'periodEnd', kind: 'int' },
  { field: 'amount', kind: 'float' },
];
const specs = { allocations: allocationSpec, clients: clientSpec, costLines: costSpec } as const;

/** The strings behind the dictionary codes of one batch, per table and field (code −1 = null). */
export type Dictionaries = Record<string, string[]>;

/** Encodes a batch's bulk records as column chunks plus their dictionaries. */
export function encodeBulk(
  records: Records,
  batchId: string,
): { chunks: ColumnChunk[]; dictionaries: Dictionaries } {
  const chunks: ColumnChunk[] = [];
  const dictionaries: Dictionaries = {};
  for (const table of Object.keys(specs) as BulkTable[]) {
    const rows = records[table] as unknown as Record<string, unknown>[];
    for (const { field, kind } of specs[table] as Spec<Record<string, unknown>>) {
      const column: Column =
        kind === 'float' || kind === 'floatOrNull'
          ? new Float64Array(rows.length)
          : new Int32Array(rows.length);
      if (kind === 'dict') {
        const codes = new Map<string, number>();
        const values: string[] = [];
        rows.forEach((row, i) => {
          const v = row[field];
          if (v === null || v === undefined) column[i] = -1;
          else {
            let code = codes.get(String(v));
            if (code === undefined) {
              code = values.length;
              values.push(String(v));
              codes.set(String(v), code);
            }
            column[i] = code;
          }
        });
        dictionaries[`${table}.${field}`] = values;
      } else {
        rows.forEach((row, i) => {
          const v = row[field] as number | null;
          column[i] = v === null ? (kind === 'floatOrNull' ? Number.NaN : NULL_INT) : v;
        });
      }
      for (let index = 0; index * CHUNK < Math.max(rows.length, 1); index++) {
        chunks.push({
          batchId,
          table,
          field,
          index,
          values: column.slice(index * CHUNK, (index + 1) * CHUNK),
        });
      }
    }
  }
  return { chunks, dictionaries };
}

/** Decodes one batch's chunks back into records. */
export function decodeBulk(
  chunks: readonly ColumnChunk[],
  dictionaries: Dictionaries,
): Pick<Records, BulkTable> {
  const out = {
    allocations: [] as Allocation[],
    clients: [] as Client[],
    costLines: [] as CostLine[],
  };
  for (const table of Object.keys(specs) as BulkTable[]) {
    const columns = new Map<string, Column>();
    for (const { field } of specs[table]) {
      const parts = chunks
        .filter((c) => c.table === table && c.field === field)
        .sort((a, b) => a.index - b.index);
      const length = parts.reduce((n, p) => n + p.values.length, 0);
      const first = parts[0]?.values;
      const column: Column =
        first instanceof Float64Array ? new Float64Array(length) : new Int32Array(length);
      let at = 0;
      for (const p of parts) {
        column.set(p.values as never, at);
        at += p.values.length;
      }
      columns.set(field, column);
    }
    const n = columns.get(specs[table][0]?.field ?? '')?.length ?? 0;
    // Each field's column, kind and dictionary looked up once, not per row.
    const decoders = (specs[table] as Spec<Record<string, unknown>>).map(({ field, kind }) => ({
      field,
      kind,
      column: columns.get(field) as Column,
      dictionary: kind === 'dict' ? (dictionaries[`${table}.${field}`] ?? []) : [],
    }));
    const rows: Record<string, unknown>[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const row: Record<string, unknown> = {};
      for (const { field, kind, column, dictionary } of decoders) {
        const v = column[i] as number;
        if (kind === 'dict') row[field] = v < 0 ? null : (dictionary[v] ?? null);
        else if (kind === 'intOrNull') row[field] = v === NULL_INT ? null : (v as DayNumber);
        else if (kind === 'floatOrNull') row[field] = Number.isNaN(v) ? null : v;
        else row[field] = v;
      }
      if (table === 'clients' && row.gender !== null)
        row.gender = genders.includes(row.gender as Gender) ? row.gender : 'x';
      rows[i] = row;
    }
    (out[table] as unknown as Record<string, unknown>[]) = rows;
  }
  return out;
}
