import { strFromU8, Unzip, UnzipInflate, unzipSync } from 'fflate';
import { SSF } from 'xlsx';
import { isoDate } from '../periods/days';
import { fail, ok, type Result } from '../result';
import type { Cell, Grid } from './grid';
import { limits } from './limits';
import { fromExcelSerial } from './values/dates';

// An .xlsx read without building the workbook: the small parts (workbook, relations, styles,
// shared strings) are unpacked whole, each sheet is inflated in slices and its rows are read
// as the XML streams by. Cells come out exactly as readWorkbook (SheetJS) gives them.

type Failure = 'unreadable' | 'too_many_sheets' | 'too_many_rows' | 'too_many_columns';

const entity: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with entities and OOXML's `_x000D_` escapes undone. */
function unescapeXml(s: string): string {
  if (s.indexOf('&') >= 0)
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (entity[e] ?? whole),
    );
  if (s.indexOf('_x') >= 0)
    s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    );
  return s;
}

/**
 * A part written with a namespace prefix on every element (`<x:row>`, as the
 * Open XML SDK writes): the prefixes taken off element names, so the patterns
 * below read it as any other. Attributes (`r:id`) keep theirs.
 */
const prefixedRoot = /^\s*(?:<\?xml[^>]*\?>\s*)?<[\w.-]+:[\w.-]+[\s>]/;
const elementPrefix = /<(\/?)[\w.-]+:/g;
const unprefixed = (xml: string): string => xml.replace(elementPrefix, '<$1');

const attrPatterns = new Map<string, RegExp>();
/** An attribute's raw value in a tag's text, or null. */
function attr(tag: string, name: string): string | null {
  let pattern = attrPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}="([^"]*)"`);
    attrPatterns.set(name, pattern);
  }
  const m = pattern.exec(tag);
  return m ? (m[1] as string) : null;
}

/** The text of an `<si>` or `<is>`: its `<t>` runs, phonetic runs left out. */
function richText(xml: string): string {
  const plain = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let out = '';
  for (const m of plain.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1];
  return unescapeXml(out);
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g))
    out.push(m[1] ? richText(m[1]) : '');
  return out;
}

/** Per cell style (the `s` attribute): whether its number format shows a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\s[^>]*>/g)) {
    const id = attr(m[0], 'numFmtId');
    const code = attr(m[0], 'formatCode');
    if (id !== null && code !== null) custom.set(Number(id), unescapeXml(code));
  }
  const table = (SSF as { get_table(): Record<number, string> }).get_table();
  const isDate = (SSF as { is_date(f: string): boolean }).is_date;
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of xfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    const format = custom.get(id) ?? table[id];
    out.push(typeof format === 'string' && isDate(format));
  }
  return out;
}

/** Column number (0-based) of a reference such as `AB12`. */
function columnOf(ref: string): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    c = c * 26 + (code - 64);
  }
  return c - 1;
}

const cellPattern = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const rowPattern = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;

/**
 * Rows a slice of a streaming sheet holds at most before it is handed on: small,
 * so its rows and their records die young instead of piling up in the old heap.
 * A 1M-row sheet: at 128 rows ~0,1 MB survives a scavenge and nothing is promoted,
 * peak 246–304 MB over 24 runs; at 512 rows 0,7 MB survives, and in about one run
 * in ten V8 promotes it all (peak 340–390 MB); at 4.096 rows ~375 MB.
 */
export const SLICE_ROWS = 128;

/** Bytes of sheet XML decoded and scanned at a time. */
const TEXT_PIECE = 1 << 15;

/** A run of a sheet's rows: `firstRow` is the row number the user sees for `rows[0]` (1-based). */
export type SliceVisitor = (
  sheet: string,
  rows: Cell[][],
  firstRow: number,
  last: boolean,
  /** What the workbook says of the sheet: hidden, and whether it counts days from 1904. */
  flags: Pick<Grid, 'hidden' | 'date1904'>,
) => void;

/** Rows out of order in the XML: this reader cannot stream them (SheetJS can read the file). */
export class RowsOutOfOrder extends Error {}

/**
 * Reads one worksheet's rows as its XML streams in and hands them on in
 * slices: from the first row with a value, holes kept, each row from the
 * first column with a value in the first slice (where the header is).
 */
class SheetReader {
  /** Cells of the current slice's rows, by row − `sliceStart`, sparse until handed on. */
  private rows: Cell[][] = [];
  private sliceStart = -1;
  private lastRow = -1;
  private firstCol = -1;
  private sliceFirstCol = Number.POSITIVE_INFINITY;
  private sliceLastCol = -1;
  private nextRow = 0;
  private carry = '';
  private readonly decoder = new TextDecoder('utf-8');
  private sent = false;
  private prefixed: boolean | null = null;
  failure: Failure | null = null;

  constructor(
    private readonly strings: readonly string[],
    private readonly dates: readonly boolean[],
    private readonly date1904: boolean,
    private readonly sliceRows: number,
    private readonly emit: (rows: Cell[][], firstRow: number, last: boolean) => void,
  ) {}

  push(chunk: Uint8Array, final: boolean): void {
    // A few KB of XML at a time: an inflated chunk is hundreds of KB, and V8 puts strings over
    // ~128 KB straight into the old heap (large objects), where only a full collection frees them.
    for (let at = 0; at < chunk.length || (final && at === 0); at += TEXT_PIECE) {
      const last = final && at + TEXT_PIECE >= chunk.length;
      this.pushText(
        this.decoder.decode(chunk.subarray(at, at + TEXT_PIECE), { stream: !last }),
        last,
      );
      if (this.failure) return;
    }
  }

  private pushText(decoded: string, final: boolean): void {
    // The first piece holds the root element: it says whether the sheet's elements carry a prefix.
    if (this.prefixed === null && decoded.includes('<')) this.prefixed = prefixedRoot.test(decoded);
    // Unprefixed with the carry: a tag may be split between two pieces.
    let text = this.prefixed ? unprefixed(this.carry + decoded) : this.carry + decoded;
    // Only whole rows are read; the rest waits for the next piece.
    const end = final ? text.length : text.lastIndexOf('</row>') + 6;
    if (end < 6 && !final) {
      this.carry = text;
      return;
    }
    this.carry = final ? '' : text.slice(end);
    text = text.slice(0, end);
    for (const m of text.matchAll(rowPattern)) {
      const r = attr(m[1] as string, 'r');
      const row = r === null ? this.nextRow : Number(r) - 1;
      this.nextRow = row + 1;
      if (m[2]) this.readRow(row, m[2]);
      if (this.failure) return;
    }
    if (final) this.flush(true);
    else if (this.sliceStart >= 0 && this.lastRow + 1 - this.sliceStart >= this.sliceRows)
      this.flush(false);
  }

  /** Hands on the rows read so far (the sheet's last slice, even empty, when `last`). */
  private flush(last: boolean): void {
    if (this.sliceStart < 0 || this.lastRow < this.sliceStart) {
      if (last) this.emit([], Math.max(this.sliceStart, 0) + 1, true);
      return;
    }
    if (!this.sent) this.firstCol = this.sliceFirstCol;
    this.sent = true;
    const width = this.sliceLastCol - this.firstCol + 1;
    const rows = this.rows;
    rows.length = this.lastRow + 1 - this.sliceStart;
    for (let r = 0; r < rows.length; r++) {
      let row = rows[r];
      if (!row) row = [];
      else if (this.firstCol > 0) row = row.slice(this.firstCol);
      // Holes (cells without a value) become null, as in every grid.
      for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
      rows[r] = row;
    }
    const firstRow = this.sliceStart + 1;
    this.rows = [];
    this.sliceStart = this.lastRow + 1;
    this.sliceFirstCol = Number.POSITIVE_INFINITY;
    this.sliceLastCol = -1;
    this.emit(rows, firstRow, last);
  }

  private readRow(row: number, xml: string): void {
    let col = -1;
    let cells: Cell[] | undefined;
    for (const m of xml.matchAll(cellPattern)) {
      const attrs = m[1] as string;
      const ref = attr(attrs, 'r');
      col = ref === null ? col + 1 : columnOf(ref);
      const value = this.value(attrs, m[2]);
      if (value === null) continue;
      if (row >= limits.rows) {
        this.failure = 'too_many_rows';
        return;
      }
      if (col >= limits.columns) {
        this.failure = 'too_many_columns';
        return;
      }
      if (this.sliceStart < 0) this.sliceStart = row;
      if (row < this.sliceStart) throw new RowsOutOfOrder();
      // Cells left of the header's first column belong to no column.
      if (this.sent && col < this.firstCol) continue;
      if (!cells) {
        cells = [];
        this.rows[row - this.sliceStart] = cells;
      }
      cells[col] = value;
      if (row > this.lastRow) this.lastRow = row;
      if (col < this.sliceFirstCol) this.sliceFirstCol = col;
      if (col > this.sliceLastCol) this.sliceLastCol = col;
    }
  }

  private value(attrs: string, inner: string | undefined): Cell {
    if (!inner) return null;
    const type = attr(attrs, 't');
    if (type === 'inlineStr') {
      const is = /<is>([\s\S]*?)<\/is>/.exec(inner)?.[1];
      return is === undefined ? null : richText(is);
    }
    const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
    if (v === undefined) return null;
    switch (type) {
      case 's':
        return this.strings[Number(v)] ?? null;
      case 'str':
        return unescapeXml(v);
      case 'b':
        return v === '1' || v === 'true';
      case 'e':
        return null;
      case 'd': {
        const date = new Date(v);
        if (Number.isNaN(date.getTime())) return unescapeXml(v);
        return new Date(date.getTime() + 12 * 3600 * 1000).toISOString().slice(0, 10);
      }
      default: {
        const n = Number(v);
        if (Number.isNaN(n)) return unescapeXml(v);
        const style = attr(attrs, 's');
        if (style !== null && this.dates[Number(style)]) {
          const d = fromExcelSerial(n, this.date1904);
          return d.ok ? isoDate(d.day) : n;
        }
        return n;
      }
    }
  }
}

const resolve = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

/**
 * Streams an .xlsx: each sheet's rows go to `visit` in slices as its XML is
 * inflated (a sheet's last call has `last`; every sheet gets one, an empty or
 * missing one with no rows). Null when the file is not an OOXML workbook this
 * reader knows (the caller then uses SheetJS); throws `RowsOutOfOrder` for a
 * sheet whose rows it cannot stream.
 */
export function streamXlsx(
  bytes: Uint8Array,
  visit: SliceVisitor,
  sliceRows = SLICE_ROWS,
  /** The share of the file's bytes read so far, after each step. */
  onRead: (done: number) => void = () => {},
): Result<null, Failure> | null {
  const small = unzipSync(bytes, {
    filter: (f) =>
      f.name === 'xl/workbook.xml' ||
      f.name === 'xl/_rels/workbook.xml.rels' ||
      f.name === 'xl/styles.xml' ||
      f.name === 'xl/sharedStrings.xml',
  });
  /** A part as text; its bytes are let go (the shared strings alone can be tens of MB). */
  const text = (name: string) => {
    const part = small[name];
    delete small[name];
    if (!part) return undefined;
    const xml = strFromU8(part);
    return prefixedRoot.test(xml) ? unprefixed(xml) : xml;
  };
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return null;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, resolve(target));
  }
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: unescapeXml(attr(m[0], 'name') ?? ''),
    part: targets.get(/\s[\w.-]+:id="([^"]*)"/.exec(m[0])?.[1] ?? '') ?? '',
    hidden: /^(hidden|veryHidden)$/.test(attr(m[0], 'state') ?? ''),
  }));
  if (sheets.length === 0) return fail('unreadable');
  if (sheets.length > limits.sheets) return fail('too_many_sheets');
  const strings = sharedStrings(text('xl/sharedStrings.xml'));
  const dates = dateStyles(text('xl/styles.xml'));
  // Excel for Mac can count days from 1904.
  const date1904 = /^(1|true)$/.test(
    attr(/<workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? '', 'date1904') ?? '',
  );

  const flagsOf = (hidden: boolean) => ({
    ...(hidden ? { hidden } : {}),
    ...(date1904 ? { date1904 } : {}),
  });
  const readers = new Map<string, SheetReader>();
  const done = new Set<string>();
  for (const s of sheets)
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(s.part))
      readers.set(
        s.part,
        new SheetReader(strings, dates, date1904, sliceRows, (rows, firstRow, last) => {
          if (last) done.add(s.part);
          visit(s.name, rows, firstRow, last, flagsOf(s.hidden));
        }),
      );
  const unzip = new Unzip((entry) => {
    const reader = readers.get(entry.name);
    if (!reader) return;
    entry.ondata = (error, chunk, final) => {
      if (error) throw error;
      reader.push(chunk, final);
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  // 64 KB in, a few hundred KB of XML out: strings that stay out of V8's large-object space
  // (1 MB in gave 7 MB strings, each kept until a full collection).
  const slice = 1 << 16;
  for (let at = 0; at < bytes.length; at += slice) {
    unzip.push(bytes.subarray(at, at + slice), at + slice >= bytes.length);
    onRead(Math.min(1, (at + slice) / bytes.length));
  }

  for (const reader of readers.values()) if (reader.failure) return fail(reader.failure);
  for (const s of sheets) if (!done.has(s.part)) visit(s.name, [], 1, true, flagsOf(s.hidden));
  return ok(null);
}

/** An .xlsx as grids, one per sheet in workbook order (see `streamXlsx`). */
export function readXlsxStreaming(
  file: string,
  bytes: Uint8Array,
  sliceRows?: number,
): Result<Grid[], Failure> | null {
  const grids = new Map<string, Grid>();
  const result = streamXlsx(
    bytes,
    (sheet, rows, firstRow, _last, flags) => {
      const grid = grids.get(sheet);
      if (!grid) grids.set(sheet, { file, sheet, rows, firstRow, ...flags });
      else for (const row of rows) grid.rows.push(row);
    },
    sliceRows,
  );
  if (!result?.ok) return result;
  return ok([...grids.values()]);
}
