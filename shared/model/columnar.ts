import type { DayNumber } from '../brand';
import { type Gender, genders } from './gender';
import type { Allocation, Client, CostLine, Records } from './records';

/**
 * Records column-wise, the form in which they are stored and from which the
 * figures are built: each bulk table as typed arrays, strings as codes into a
 * dictionary per field (code −1 = null); the small tables stay rows.
 */
export interface ColumnarRecords extends Pick<Records, SmallTable> {
  allocations: ColumnTable;
  clients: ColumnTable;
  costLines: ColumnTable;
}

export type BulkTable = 'allocations' | 'clients' | 'costLines';
export type SmallTable = 'providers' | 'tariffs' | 'population' | 'references';
export const bulkTables: readonly BulkTable[] = ['allocations', 'clients', 'costLines'];
export const smallTables: readonly SmallTable[] = [
  'providers',
  'tariffs',
  'population',
  'references',
];

export type Column = Int32Array | Float64Array;

export interface ColumnTable {
  length: number;
  columns: Record<string, Column>;
  /** Per dictionary-coded field, the strings behind its codes. */
  dictionaries: Record<string, string[]>;
}

/** Which fields of each bulk table to read (all of a table that is not named). */
export type FieldSelection = Partial<Record<BulkTable, readonly string[]>>;

/** Null in an integer column (day numbers and years are far from it). */
export const NULL_INT = -2147483648;

type Kind = 'dict' | 'int' | 'intOrNull' | 'float' | 'floatOrNull';
type Spec<T> = readonly { field: keyof T & string; kind: Kind }[];

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

/** The fields of each bulk table and how each is coded. */
export const bulkSpecs: Record<BulkTable, Spec<Record<string, unknown>>> = {
  allocations: allocationSpec as Spec<Record<string, unknown>>,
  clients: clientSpec as Spec<Record<string, unknown>>,
  costLines: costSpec as Spec<Record<string, unknown>>,
};

const isFloat = (kind: Kind) => kind === 'float' || kind === 'floatOrNull';

/** f(0), …, f(length − 1) as an Int32Array (a loop: `Int32Array.from` with a map function is slow in V8). */
export function ints(length: number, f: (i: number) => number): Int32Array {
  const out = new Int32Array(length);
  for (let i = 0; i < length; i++) out[i] = f(i);
  return out;
}

/** An empty column of the field's kind. */
export const newColumn = (kind: Kind, length: number): Column =>
  isFloat(kind) ? new Float64Array(length) : new Int32Array(length);

/**
 * Records → columns. A field name has one dictionary across the bulk tables
 * (the same array in each), so a client's code is the same in every table.
 */
export function toColumnar(records: Records): ColumnarRecords {
  const shared = new Map<string, { values: string[]; codes: Map<unknown, number> }>();
  const table = (name: BulkTable): ColumnTable => {
    const rows = records[name] as unknown as readonly Record<string, unknown>[];
    const out: ColumnTable = { length: rows.length, columns: {}, dictionaries: {} };
    for (const { field, kind } of bulkSpecs[name]) {
      const column = newColumn(kind, rows.length);
      if (kind === 'dict') {
        let dictionary = shared.get(field);
        if (!dictionary) {
          dictionary = { values: [], codes: new Map() };
          shared.set(field, dictionary);
        }
        const { values, codes } = dictionary;
        for (let i = 0; i < rows.length; i++) {
          const v = (rows[i] as Record<string, unknown>)[field];
          if (v === null || v === undefined) {
            column[i] = -1;
            continue;
          }
          let code = codes.get(v);
          if (code === undefined) {
            code = values.length;
            values.push(String(v));
            codes.set(v, code);
          }
          column[i] = code;
        }
        out.dictionaries[field] = values;
      } else {
        const nullValue = kind === 'floatOrNull' ? Number.NaN : NULL_INT;
        for (let i = 0; i < rows.length; i++) {
          const v = (rows[i] as Record<string, unknown>)[field] as number | null;
          column[i] = v === null ? nullValue : v;
        }
      }
      out.columns[field] = column;
    }
    return out;
  };
  return {
    allocations: table('allocations'),
    clients: table('clients'),
    costLines: table('costLines'),
    providers: records.providers,
    tariffs: records.tariffs,
    population: records.population,
    references: records.references,
  };
}

/** Columns → records (for tests, and for whoever needs rows). */
export function fromColumnar(data: ColumnarRecords): Records {
  const table = (name: BulkTable): Record<string, unknown>[] => {
    const { length, columns, dictionaries } = data[name];
    const decoders = bulkSpecs[name].map(({ field, kind }) => ({
      field,
      kind,
      column: columns[field] as Column,
      dictionary: dictionaries[field] ?? [],
    }));
    const rows: Record<string, unknown>[] = new Array(length);
    for (let i = 0; i < length; i++) {
      const row: Record<string, unknown> = {};
      for (const { field, kind, column, dictionary } of decoders) {
        const v = column[i] as number;
        if (kind === 'dict') row[field] = v < 0 ? null : (dictionary[v] ?? null);
        else if (kind === 'intOrNull') row[field] = v === NULL_INT ? null : (v as DayNumber);
        else if (kind === 'floatOrNull') row[field] = Number.isNaN(v) ? null : v;
        else row[field] = v;
      }
      if (name === 'clients' && row.gender !== null)
        row.gender = genders.includes(row.gender as Gender) ? row.gender : 'x';
      rows[i] = row;
    }
    return rows;
  };
  return {
    allocations: table('allocations') as unknown as Allocation[],
    clients: table('clients') as unknown as Client[],
    costLines: table('costLines') as unknown as CostLine[],
    providers: data.providers,
    tariffs: data.tariffs,
    population: data.population,
    references: data.references,
  };
}
