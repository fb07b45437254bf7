import { append } from '../append';
import type { DayNumber } from '../brand';
import { plainBsn } from '../privacy/bsn';
import { type Gender, genders } from './gender';
import type { Allocation, Client, CostLine, Records } from './records';
import { Strings } from './strings';

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
export type SmallTable =
  | 'providers'
  | 'tariffs'
  | 'population'
  | 'references'
  | 'budgets'
  | 'ceilings'
  | 'targets'
  | 'measures';
export const bulkTables: readonly BulkTable[] = ['allocations', 'clients', 'costLines'];
export const smallTables: readonly SmallTable[] = [
  'providers',
  'tariffs',
  'population',
  'references',
  'budgets',
  'ceilings',
  'targets',
  'measures',
];

export type Column = Int32Array | Float64Array;

export interface ColumnTable {
  length: number;
  columns: Record<string, Column>;
  /** Per dictionary-coded field, the strings behind its codes. */
  dictionaries: Record<string, Strings>;
}

/** Which fields of each bulk table to read (all of a table that is not named). */
export type FieldSelection = Partial<Record<BulkTable, readonly string[]>>;

/** Null in an integer column (day numbers and years are far from it). */
export const NULL_INT = -2147483648;

type Kind = 'dict' | 'int' | 'intOrNull' | 'float' | 'floatOrNull';
/**
 * A table's fields: each with its coding and a function that reads it from a row. The
 * reader, not `row[field]`, is what the import's hot loop calls: one property per function
 * keeps each load monomorphic, where a load by a field name that changes is megamorphic
 * (at 10M rows × 12 fields that was most of the import's column building).
 */
type Spec<T> = readonly { field: keyof T & string; kind: Kind; read: (row: T) => unknown }[];

const allocationSpec: Spec<Allocation> = [
  { field: 'client', kind: 'dict', read: (r) => r.client },
  { field: 'provider', kind: 'dict', read: (r) => r.provider },
  { field: 'product', kind: 'dict', read: (r) => r.product },
  { field: 'start', kind: 'int', read: (r) => r.start },
  { field: 'end', kind: 'intOrNull', read: (r) => r.end },
  { field: 'municipality', kind: 'dict', read: (r) => r.municipality },
  { field: 'reasonEnd', kind: 'dict', read: (r) => r.reasonEnd },
  { field: 'referrer', kind: 'dict', read: (r) => r.referrer },
  { field: 'registration', kind: 'intOrNull', read: (r) => r.registration },
  { field: 'volume', kind: 'floatOrNull', read: (r) => r.volume },
  { field: 'deliveryStart', kind: 'intOrNull', read: (r) => r.deliveryStart },
  { field: 'deliveryEnd', kind: 'intOrNull', read: (r) => r.deliveryEnd },
];
const clientSpec: Spec<Client> = [
  { field: 'client', kind: 'dict', read: (r) => r.client },
  { field: 'birthMonth', kind: 'intOrNull', read: (r) => r.birthMonth },
  { field: 'birthYear', kind: 'intOrNull', read: (r) => r.birthYear },
  { field: 'gender', kind: 'dict', read: (r) => r.gender },
  { field: 'municipality', kind: 'dict', read: (r) => r.municipality },
];
const costSpec: Spec<CostLine> = [
  { field: 'client', kind: 'dict', read: (r) => r.client },
  { field: 'provider', kind: 'dict', read: (r) => r.provider },
  { field: 'product', kind: 'dict', read: (r) => r.product },
  { field: 'periodKind', kind: 'dict', read: (r) => r.periodKind },
  { field: 'periodStart', kind: 'int', read: (r) => r.periodStart },
  { field: 'periodEnd', kind: 'int', read: (r) => r.periodEnd },
  { field: 'amount', kind: 'float', read: (r) => r.amount },
];

/** The fields of each bulk table and how each is coded. */
export const bulkSpecs: Record<BulkTable, Spec<Record<string, unknown>>> = {
  allocations: anyRow(allocationSpec),
  clients: anyRow(clientSpec),
  costLines: anyRow(costSpec),
};

/** A table's spec for rows of any table (the builder reads each table's rows with its own spec). */
function anyRow<T>(spec: Spec<T>): Spec<Record<string, unknown>> {
  return spec as unknown as Spec<Record<string, unknown>>;
}

const isFloat = (kind: Kind) => kind === 'float' || kind === 'floatOrNull';

/** f(0), …, f(length − 1) as an Int32Array (a loop: `Int32Array.from` with a map function is slow in V8). */
export function ints(length: number, f: (i: number) => number): Int32Array {
  const out = new Int32Array(length);
  for (let i = 0; i < length; i++) out[i] = f(i);
  return out;
}

/** FNV-1a over a string's UTF-16 code units from a seed, then mixed (MurmurHash3's finaliser). */
export function hashString(s: string, seed: number): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mixNumber(h, 0) >>> 0;
}

/** Probes after which a dictionary stops trusting its table (values made to collide). */
export const MAX_PROBES = 64;

/** A number's slot hash under a seed (MurmurHash3's finaliser). */
function mixNumber(n: number, seed: number): number {
  let h = n ^ seed;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Strings numbered in order of first use (the codes of a dictionary-coded column).
 * Looked up through an open-addressing table of codes in a typed array, not a `Map`:
 * at 600.000 client codes a `Map` holds ~29 MB of V8 heap (and drops as much again
 * while it grows), which raised an import's peak memory by several times that.
 * Files are untrusted: the hash is seeded per dictionary, and should values still
 * pile up on one slot (probing past `MAX_PROBES`), a `Map`, whose string hashes V8
 * seeds per process, takes over, so crafted codes cannot make an import quadratic.
 */
export class Dictionary {
  readonly values: string[] = [];
  /**
   * Per slot two entries: code + 1 (0 = empty) and the value's hash, side by side, so a
   * probe compares hashes in the slot's own cache line and reads a stored string only when
   * they match, and growing needs no string at all (at two million clients the strings
   * are past every cache). Linear probing; at most half full.
   */
  private slots = new Int32Array(2 * 16);
  /**
   * Values of nine digits (`plainBsn`: BSNs, millions of them in a national file) in a table
   * of their own, keyed by the number itself: a probe compares numbers in the slot and never reads
   * a stored string, which at six million clients was two more cache misses a lookup.
   */
  private numbers = new Int32Array(2 * 16);
  private inSlots = 0;
  private inNumbers = 0;
  /** Set once probing ran long; then it alone finds codes. */
  private map: Map<string, number> | null = null;

  constructor(private readonly seed = (Math.random() * 2 ** 32) >>> 0) {}

  of(value: string): number {
    if (this.map) return this.ofMapped(value, this.map);
    const n = plainBsn(value);
    const numbered = n >= 0;
    const key = numbered ? n : hashString(value, this.seed) | 0;
    const slot = numbered ? this.numberSlotOf(n) : this.slotOf(value, key);
    if (slot < 0) return this.ofMapped(value, this.toMap());
    const table = numbered ? this.numbers : this.slots;
    const known = table[2 * slot] as number;
    if (known > 0) return known - 1;
    const code = this.values.length;
    this.values.push(value);
    table[2 * slot] = code + 1;
    table[2 * slot + 1] = key;
    const used = numbered ? ++this.inNumbers : ++this.inSlots;
    if (4 * used > table.length) this.grow(numbered ? 'numbers' : 'slots');
    return code;
  }
  /** The value's code, or −1 when it has none. */
  find(value: string): number {
    if (this.map) return this.map.get(value) ?? -1;
    const n = plainBsn(value);
    const slot =
      n >= 0 ? this.numberSlotOf(n) : this.slotOf(value, hashString(value, this.seed) | 0);
    if (slot < 0) return this.toMap().get(value) ?? -1;
    return ((n >= 0 ? this.numbers : this.slots)[2 * slot] as number) - 1;
  }
  /** Whether a `Map` took over from the table (values made to collide). */
  get mapped(): boolean {
    return this.map !== null;
  }
  /** The slot that holds `value`, the empty slot where it would go, or −1 past `MAX_PROBES`. */
  private slotOf(value: string, hash: number): number {
    const mask = this.slots.length / 2 - 1;
    let slot = hash & mask;
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const known = this.slots[2 * slot] as number;
      if (known === 0 || (this.slots[2 * slot + 1] === hash && this.values[known - 1] === value))
        return slot;
      slot = (slot + 1) & mask;
    }
    return -1;
  }
  /** `slotOf` for a value of nine digits, by its number. */
  private numberSlotOf(n: number): number {
    const mask = this.numbers.length / 2 - 1;
    let slot = mixNumber(n, this.seed) & mask;
    for (let probes = 0; probes < MAX_PROBES; probes++) {
      const known = this.numbers[2 * slot] as number;
      if (known === 0 || this.numbers[2 * slot + 1] === n) return slot;
      slot = (slot + 1) & mask;
    }
    return -1;
  }
  /** Twice the slots of a table, each code placed again by its stored hash (or number). */
  private grow(which: 'slots' | 'numbers'): void {
    const old = this[which];
    const slots = new Int32Array(old.length * 2);
    const mask = slots.length / 2 - 1;
    for (let at = 0; at < old.length; at += 2) {
      const known = old[at] as number;
      if (known === 0) continue;
      const key = old[at + 1] as number;
      let slot = (which === 'numbers' ? mixNumber(key, this.seed) : key) & mask;
      for (let probes = 0; slots[2 * slot] !== 0; probes++) {
        if (probes === MAX_PROBES) {
          this.toMap();
          return;
        }
        slot = (slot + 1) & mask;
      }
      slots[2 * slot] = known;
      slots[2 * slot + 1] = key;
    }
    this[which] = slots;
  }
  private toMap(): Map<string, number> {
    this.map = new Map(this.values.map((value, code) => [value, code]));
    this.slots = new Int32Array(0);
    this.numbers = new Int32Array(0);
    return this.map;
  }
  private ofMapped(value: string, map: Map<string, number>): number {
    let code = map.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      map.set(value, code);
    }
    return code;
  }
  /** The values so far, packed (the same `Strings` until a value is added). */
  packed(): Strings {
    if (this.packedValues?.length !== this.values.length)
      this.packedValues = Strings.from(this.values);
    return this.packedValues;
  }
  private packedValues: Strings | null = null;
  /** A column dictionary's codes → this dictionary's indices, each string looked up once. */
  remap(values: Strings): Int32Array {
    const codes = new Int32Array(values.length);
    let i = 0;
    for (const value of values) codes[i++] = this.of(value);
    return codes;
  }
  /** Like `remap`, but a value gets its index when first used (so unused values get none). */
  lazy(values: Strings): (code: number) => number {
    const map = new Int32Array(values.length).fill(-2);
    return (code) => {
      if (code < 0) return -1;
      let i = map[code] as number;
      if (i === -2) {
        i = this.of(values.at(code));
        map[code] = i;
      }
      return i;
    };
  }
}

/** A column of the field's kind with every value null (−1, `NULL_INT` or NaN; 0 for non-null kinds). */
const nullColumn = (kind: Kind, length: number): Column => {
  const column = newColumn(kind, length);
  if (kind === 'dict') column.fill(-1);
  else if (kind === 'intOrNull') column.fill(NULL_INT);
  else if (kind === 'floatOrNull') column.fill(Number.NaN);
  return column;
};

/** An empty column of the field's kind. */
export const newColumn = (kind: Kind, length: number): Column =>
  isFloat(kind) ? new Float64Array(length) : new Int32Array(length);

/**
 * Collects records column-wise, batch after batch (an import appends each
 * sheet, or each slice of a long sheet, and drops the row objects). A field
 * name has one dictionary across the bulk tables, so a client's code is the
 * same in every table.
 */
export class ColumnarBuilder {
  private readonly dictionaries = new Map<string, Dictionary>();
  private readonly tables = {
    allocations: { length: 0, reserved: 0, columns: new Map<string, Column>() },
    clients: { length: 0, reserved: 0, columns: new Map<string, Column>() },
    costLines: { length: 0, reserved: 0, columns: new Map<string, Column>() },
  };
  private readonly small: Pick<Records, SmallTable> = {
    providers: [],
    tariffs: [],
    population: [],
    references: [],
    budgets: [],
    ceilings: [],
    targets: [],
    measures: [],
  };

  /** Rows in the bulk tables so far. */
  length(table: BulkTable): number {
    return this.tables[table].length;
  }

  /** Room for `rows` more rows in a table: its columns grow to that at once, not by doubling. */
  reserve(table: BulkTable, rows: number): void {
    const t = this.tables[table];
    t.reserved = Math.max(t.reserved, t.length + rows);
  }

  append(records: Records): void {
    for (const name of bulkTables) {
      const rows = records[name] as unknown as readonly Record<string, unknown>[];
      if (rows.length === 0) continue;
      const table = this.tables[name];
      const at = table.length;
      for (const { field, kind, read } of bulkSpecs[name]) {
        let column = table.columns.get(field);
        // A field null so far gets its column with its first value (many exports leave some empty).
        if (!column && kind !== 'int' && kind !== 'float' && rows.every((r) => read(r) == null))
          continue;
        column ??= nullColumn(kind, 0);
        if (column.length < at + rows.length) {
          const needed = at + rows.length;
          const grown = nullColumn(
            kind,
            needed <= table.reserved ? table.reserved : Math.max(1024, 2 * column.length, needed),
          );
          grown.set(column as never);
          column = grown;
        }
        table.columns.set(field, column);
        if (kind === 'dict') {
          const dictionary = this.dictionaries.get(field) ?? new Dictionary();
          this.dictionaries.set(field, dictionary);
          // Exports list a client's (a provider's, a product's) rows together: the previous
          // row's value saves most dictionary lookups.
          let last: unknown;
          let lastCode = -1;
          for (let i = 0; i < rows.length; i++) {
            const v = read(rows[i] as Record<string, unknown>);
            if (v === null || v === undefined) column[at + i] = -1;
            else {
              if (v !== last) {
                last = v;
                lastCode = dictionary.of(String(v));
              }
              column[at + i] = lastCode;
            }
          }
        } else {
          const nullValue = kind === 'floatOrNull' ? Number.NaN : NULL_INT;
          for (let i = 0; i < rows.length; i++) {
            const v = read(rows[i] as Record<string, unknown>) as number | null | undefined;
            column[at + i] = v == null ? nullValue : v;
          }
        }
      }
      table.length = at + rows.length;
    }
    for (const name of smallTables) append(this.small[name] as unknown[], records[name]);
  }

  build(): ColumnarRecords {
    const table = (name: BulkTable): ColumnTable => {
      const { length, columns } = this.tables[name];
      const out: ColumnTable = { length, columns: {}, dictionaries: {} };
      // The fields no row had share one column of nulls per kind (columns are not written
      // after the build): at 10M rows each would be 40 or 80 MB.
      const nulls = new Map<Kind, Column>();
      const nullsOf = (kind: Kind) => {
        const column = nulls.get(kind) ?? nullColumn(kind, length);
        nulls.set(kind, column);
        return column;
      };
      for (const { field, kind } of bulkSpecs[name]) {
        // A view, not a copy: a million rows are not held twice (stored chunks are copies anyway).
        out.columns[field] = (columns.get(field) ?? nullsOf(kind)).subarray(0, length);
        if (kind === 'dict') {
          const dictionary = this.dictionaries.get(field) ?? new Dictionary();
          this.dictionaries.set(field, dictionary);
          out.dictionaries[field] = dictionary.packed();
        }
      }
      return out;
    };
    return {
      allocations: table('allocations'),
      clients: table('clients'),
      costLines: table('costLines'),
      ...this.small,
    };
  }
}

/** Records → columns. */
export function toColumnar(records: Records): ColumnarRecords {
  const builder = new ColumnarBuilder();
  builder.append(records);
  return builder.build();
}

/** Columns → records (for tests, and for whoever needs rows). */
export function fromColumnar(data: ColumnarRecords): Records {
  const table = (name: BulkTable): Record<string, unknown>[] => {
    const { length, columns, dictionaries } = data[name];
    // A field not read (or stored before it existed) is left out of the rows.
    const decoders = bulkSpecs[name]
      .filter(({ field }) => columns[field] !== undefined)
      .map(({ field, kind }) => ({
        field,
        kind,
        column: columns[field] as Column,
        dictionary: (dictionaries[field] ?? Strings.empty).toArray(),
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
    budgets: data.budgets,
    ceilings: data.ceilings,
    targets: data.targets,
    measures: data.measures,
  };
}
