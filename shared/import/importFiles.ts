import { append } from '../append';
import { ColumnarBuilder, type ColumnarRecords, type ColumnTable } from '../model/columnar';
import { Strings, StringsPacker } from '../model/strings';
import { normaliseBsn, passesElfproef, plainBsn } from '../privacy/bsn';
import { bsnPseudonymiser, pseudonymPrefix } from '../privacy/pseudonymise';
import { decodeText, parseCsvSlices, type TextEncoding } from './csv';
import { decryptPackage, encryptedPackage } from './encryption';
import type { Field } from './fields';
import { sniffFile } from './fileKind';
import type { Grid } from './grid';
import {
  candidateHeaderRow,
  columnSamples,
  findHeaderRow,
  type HeaderRow,
  readHeader,
} from './headerRow';
import { readMessages } from './iwmo/rebuild';
import { splitInputs } from './iwmo/sources';
import { limits } from './limits';
import { mergeProviders } from './merge';
import { dropDuplicateRows, mergeClientRows, mergeColumnBatches } from './mergeColumns';
import { readSheet, type SheetOptions, type SheetResult } from './readSheet';
import { emptyReport, type ImportReport, type SheetReport } from './report';
import { recogniseSheet, type SheetKind } from './sheetKind';
import { readWorkbook } from './workbook';
import { SLICE_ROWS, streamXlsx } from './xlsxStream';
import { verifyZip } from './zipGuard';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** A correction the user made to how a sheet was read, remembered by its header signature. */
export interface SheetMapping {
  kind?: SheetKind;
  /** Header row as the user sees it (1-based). */
  headerRow?: number;
  /** Field → column index; `null` un-maps a field. */
  columns?: Partial<Record<Field, number | null>>;
}

export interface ImportOptions extends SheetOptions {
  /** The workspace key for pseudonymising BSNs (HMAC-SHA-256). */
  pseudonymKey: Uint8Array;
  /** Corrections keyed by `headerSignature()`. */
  mappings?: Readonly<Record<string, SheetMapping>>;
  /** Rows per slice of a streamed sheet (default `SLICE_ROWS`; tests use small ones). */
  sliceRows?: number;
  /**
   * How far the import is, 0..1, as it goes, and what it is doing: reading the files (the
   * first `READING_SHARE`, by their bytes), then pseudonymising; 1 at the end.
   */
  onProgress?: (done: number, step: ImportStep) => void;
  /** The password of workbooks saved with one (never stored; the CLI's `BM_WACHTWOORD`). */
  password?: string;
}

export interface ImportResult {
  /** What was read, column-wise (`fromColumnar` gives rows). */
  data: ColumnarRecords;
  report: ImportReport;
}

/** A sheet's header row as one key, so a correction applies to the next file with the same headers. */
export const headerSignature = (headers: readonly string[]): string =>
  headers.map((h) => h.trim().toLowerCase()).join('|');

/** A run of one sheet's rows (`last` on a sheet's final run). */
type SliceVisitor = (slice: Grid, last: boolean) => void;

/**
 * Reads one file's sheets, handing each on as it is read: an .xlsx streams in
 * slices of rows (unless `stream` is off: then SheetJS reads it whole, as it
 * reads .xls and .ods); a CSV is one sheet, handed on in slices.
 */
function readSheets(
  file: InputFile,
  visit: SliceVisitor,
  stream: boolean,
  sliceRows?: number,
  onRead?: (done: number) => void,
  password?: string,
): {
  error?: ImportReport['fileErrors'][number]['code'];
  encoding?: TextEncoding;
} {
  if (file.bytes.length > limits.fileBytes) return { error: 'too_large' };
  const workbook = () => {
    const wb = readWorkbook(file.name, file.bytes);
    // An encrypted .xls (BIFF8): a password would not help, we cannot decrypt those.
    if (!wb.ok && wb.error === 'password_protected')
      return { error: 'encryption_unsupported' as const };
    if (!wb.ok) return { error: wb.error };
    for (const grid of wb.value) visit(grid, true);
    return {};
  };
  switch (sniffFile(file.bytes)) {
    case 'empty':
      return { error: 'empty' };
    case 'binary':
      return { error: 'not_a_spreadsheet' };
    case 'html':
      return { error: 'html_disguised' };
    case 'zip': {
      const zip = verifyZip(file.bytes);
      if (zip !== 'ok') return { error: zip };
      const streamed = stream
        ? streamXlsx(
            file.bytes,
            (sheet, rows, firstRow, last, flags) =>
              visit({ file: file.name, sheet, rows, firstRow, ...flags }, last),
            sliceRows,
            onRead,
          )
        : null;
      // .ods and anything the streaming reader does not know or cannot read go to SheetJS;
      // the limits it found hold for SheetJS too.
      if (!streamed || (!streamed.ok && streamed.error === 'unreadable')) return workbook();
      return streamed.ok ? {} : { error: streamed.error };
    }
    case 'ole': {
      // Saved with a password: the .xlsx inside, decrypted, is read as any other.
      const encrypted = encryptedPackage(file.bytes);
      if (!encrypted) return workbook();
      if (password === undefined) return { error: 'password_protected' };
      const plain = decryptPackage(encrypted, password);
      if (!plain.ok) return { error: plain.error };
      return readSheets({ name: file.name, bytes: plain.value }, visit, stream, sliceRows, onRead);
    }
    case 'legacy':
      return workbook();
    case 'text': {
      const { text, encoding } = decodeText(file.bytes);
      const sheet = file.name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
      // In slices too, so a long file's rows and records never exist all at once.
      let read = 0;
      let failure: 'too_many_rows' | 'too_many_columns' | null = null;
      let pending: Grid | null = null;
      // For the progress, and for the reader to size its columns.
      const lines = lineCount(text);
      parseCsvSlices(text, sliceRows ?? SLICE_ROWS, (rows) => {
        if (failure) return;
        if (read + rows.length > limits.rows) failure = 'too_many_rows';
        else if (rows.some((r) => r.length > limits.columns)) failure = 'too_many_columns';
        if (failure) return;
        // One slice held back, so the last can be told it is the last.
        if (pending) visit(pending, false);
        pending = { file: file.name, sheet, rows, firstRow: read + 1, sheetRows: lines };
        read += rows.length;
        onRead?.(Math.min(1, read / lines));
      });
      if (failure) return { error: failure };
      visit(pending ?? { file: file.name, sheet, rows: [], firstRow: 1 }, true);
      return { encoding };
    }
  }
}

/** Lines of a text (a last line without a line break counts), for a CSV's progress. */
function lineCount(text: string): number {
  let n = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/** One file read: its records column-wise and its part of the report. */
interface FileRead {
  data: ColumnarRecords;
  sheets: SheetReport[];
  rejected: ImportReport['rejected'];
  warnings: ImportReport['warnings'];
  unknownProducts: Map<string, number>;
  duplicates: number;
  encoding?: TextEncoding;
}

/**
 * Reads one file's sheets into columns as their rows come in: a sheet's first
 * slice finds its header and kind, every slice is read into records and
 * appended, and the row objects are let go. (Cost sheets are read whole: their
 * period kind is decided over all their rows.)
 */
function readFile(
  file: InputFile,
  options: ImportOptions,
  stream: boolean,
  onRead?: (done: number) => void,
): FileRead | { error: ImportReport['fileErrors'][number]['code'] } {
  const out: Omit<FileRead, 'data' | 'encoding'> = {
    sheets: [],
    rejected: [],
    warnings: [],
    unknownProducts: new Map(),
    duplicates: 0,
  };
  const columns = new ColumnarBuilder();
  /** Which sheet the file's allocation rows came from: `[first row after it, sheet]`. */
  const sheetEnds: [number, SheetReport][] = [];
  let open: {
    header: HeaderRow | null;
    /** The row offered for hand mapping when no header was recognised. */
    candidate: HeaderRow | null;
    kind: SheetKind;
    signature: string;
    report: SheetReport | null;
    whole: Grid | null;
  } | null = null;

  /** A slice's result: the sheet's first gives its report, later ones add their counts to it. */
  const add = (sheetOpen: NonNullable<typeof open>, result: SheetResult, slice: Grid) => {
    const sheet = sheetOpen.report;
    if (!sheet) {
      result.report.headers = sheetOpen.header?.headers ?? [];
      result.report.columnIndex = sheetOpen.header?.columns ?? {};
      result.report.signature = sheetOpen.signature;
      if (sheetOpen.header) result.report.samples = columnSamples(slice.rows, sheetOpen.header);
      out.sheets.push(result.report);
      sheetOpen.report = result.report;
    } else {
      sheet.rows += result.report.rows;
      sheet.accepted += result.report.accepted;
      sheet.rejected += result.report.rejected;
      if (result.report.endedWithoutReason !== undefined)
        sheet.endedWithoutReason =
          (sheet.endedWithoutReason ?? 0) + result.report.endedWithoutReason;
    }
    append(out.rejected, result.rejected);
    append(out.warnings, result.warnings);
    for (const [value, count] of result.unknownProducts)
      out.unknownProducts.set(value, (out.unknownProducts.get(value) ?? 0) + count);
    columns.append(result.records);
    sheetEnds.push([columns.length('allocations'), sheetOpen.report as SheetReport]);
  };

  const { error, encoding } = readSheets(
    file,
    (slice, last) => {
      const first = open === null;
      if (!open) open = { ...interpret(slice, options.mappings), report: null, whole: null };
      const { header, kind } = open;
      if (first && header && slice.sheetRows) {
        const table =
          kind === 'allocations' ? 'allocations' : kind === 'clients' ? 'clients' : null;
        // Lines may be empty: no more than a sheet may hold.
        if (table) columns.reserve(table, Math.min(slice.sheetRows, limits.rows));
      }
      if (!header) {
        const counted = emptySheetReport(slice, open.candidate, open.signature);
        if (open.report) open.report.rows += counted.rows;
        else {
          open.report = counted;
          out.sheets.push(counted);
        }
      } else if (kind === 'costs') {
        if (open.whole) append(open.whole.rows, slice.rows);
        else open.whole = { ...slice, rows: [...slice.rows] };
        if (last) add(open, readSheet(open.whole, header, kind, options), open.whole);
      } else {
        // After the first slice the header lies above the slice's rows.
        const h = first ? header : { ...header, index: -1 };
        add(open, readSheet(slice, h, kind, options), slice);
      }
      if (last) open = null;
    },
    stream,
    options.sliceRows,
    onRead,
    options.password,
  );
  if (error) return { error };
  const data = columns.build();
  const { table, dropped } = dropDuplicateRows(data.allocations);
  for (const row of dropped) {
    // The first slice that ends after the row (binary search: a long sheet has many).
    let lo = 0;
    let hi = sheetEnds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (row < (sheetEnds[mid] as [number, SheetReport])[0]) hi = mid;
      else lo = mid + 1;
    }
    const sheet = sheetEnds[lo]?.[1];
    if (sheet) sheet.duplicates++;
  }
  return {
    ...out,
    data: { ...data, allocations: table },
    duplicates: dropped.length,
    ...(encoding ? { encoding } : {}),
  };
}

/**
 * Bytes in, `{ data, report }` out: recognises every sheet of every file,
 * reads and validates its rows, drops duplicate allocations, lets a later file
 * update an earlier one's allocations, and pseudonymises valid BSNs. Nothing
 * here throws on bad input: every refusal is in the report.
 */
export async function importFiles(
  files: readonly InputFile[],
  options: ImportOptions,
): Promise<ImportResult> {
  const report = emptyReport();
  const unknownProducts = new Map<string, number>();
  const perFile: ColumnarRecords[] = [];

  // iWmo messages (single .xml files, ZIPs of them) are read together: a toewijzing's newest
  // version may be in any file. Their records come first; spreadsheets beside them update them.
  const inputs = splitInputs(files);
  append(report.fileErrors, inputs.errors);
  if (inputs.messages.length > 0) {
    const fromMessages = readMessages(inputs.messages, options.productMap ?? {});
    report.iwmo = fromMessages.report;
    append(report.fileErrors, fromMessages.fileErrors);
    append(report.rejected, fromMessages.rejected);
    for (const [value, count] of fromMessages.unknownProducts)
      unknownProducts.set(value, (unknownProducts.get(value) ?? 0) + count);
    const builder = new ColumnarBuilder();
    builder.append(fromMessages.records);
    perFile.push(builder.build());
  }

  // Progress by bytes: each file weighs by its size, all of them together `READING_SHARE`.
  const spreadsheets = inputs.spreadsheets;
  const total = spreadsheets.reduce((n, f) => n + f.bytes.length, 0) || 1;
  let before = 0;
  for (const file of spreadsheets) {
    const onRead = options.onProgress
      ? (done: number) =>
          options.onProgress?.(
            (READING_SHARE * (before + done * file.bytes.length)) / total,
            'reading',
          )
      : undefined;
    // A file is read whole or not at all: any failure inside becomes a file error, never a
    // throw. An .xlsx the streaming reader stumbles on is read again by SheetJS.
    let read: ReturnType<typeof readFile>;
    try {
      try {
        read = readFile(file, options, true, onRead);
      } catch {
        read = readFile(file, options, false, onRead);
      }
    } catch {
      read = { error: 'unreadable' };
    }
    before += file.bytes.length;
    options.onProgress?.((READING_SHARE * before) / total, 'reading');
    if ('error' in read) {
      report.fileErrors.push({ file: file.name, code: read.error });
      continue;
    }
    append(report.sheets, read.sheets);
    append(report.rejected, read.rejected);
    append(report.warnings, read.warnings);
    for (const [value, count] of read.unknownProducts)
      unknownProducts.set(value, (unknownProducts.get(value) ?? 0) + count);
    report.duplicates += read.duplicates;
    if (read.encoding) report.encoding[file.name] = read.encoding;
    perFile.push(read.data);
  }

  // Several files: later files update earlier ones, and rows repeated across files count once.
  // (Within one file both were done above.)
  let data = perFile[0] ?? new ColumnarBuilder().build();
  if (perFile.length > 1) {
    const merged = mergeColumnBatches(perFile);
    const deduped = dropDuplicateRows(merged.data.allocations);
    data = { ...merged.data, allocations: deduped.table };
    report.duplicates += deduped.dropped.length;
    report.updated = merged.updated;
  }
  data = {
    ...data,
    clients: mergeClientRows(data.clients),
    providers: mergeProviders(data.providers),
  };
  report.unknownProducts = [...unknownProducts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count);

  const {
    data: safe,
    count,
    failingElfproef,
  } = pseudonymiseColumns(
    data,
    options.pseudonymKey,
    options.onProgress
      ? (done) => options.onProgress?.(READING_SHARE + (1 - READING_SHARE) * done, 'pseudonymising')
      : undefined,
  );
  options.onProgress?.(1, 'pseudonymising');
  report.pseudonymised = { count, failingElfproef };
  return { data: safe, report };
}

/**
 * A sheet's header and kind, with the user's corrections applied. A sheet whose
 * header is not recognised offers a candidate row instead (`candidate`), under
 * whose signature a hand mapping is remembered; with one, it is read as mapped.
 */
function interpret(
  grid: Grid,
  mappings: ImportOptions['mappings'],
): { header: HeaderRow | null; candidate: HeaderRow | null; kind: SheetKind; signature: string } {
  let header = findHeaderRow(grid.rows);
  const candidate = header ?? candidateHeaderRow(grid.rows);
  const signature = headerSignature(candidate ? candidate.headers : []);
  const mapping = mappings?.[signature];
  if (mapping?.headerRow !== undefined) {
    const index = mapping.headerRow - grid.firstRow;
    const row = grid.rows[index];
    header = row ? { index, ...readHeader(row) } : header;
  }
  if (!header && candidate && mapping?.columns) header = candidate;
  if (!header) return { header: null, candidate, kind: 'unknown', signature };
  if (mapping?.columns) {
    const columns = { ...header.columns };
    for (const [field, col] of Object.entries(mapping.columns) as [Field, number | null][]) {
      if (col === null) delete columns[field];
      else columns[field] = col;
    }
    const used = new Set(Object.values(columns));
    header = {
      ...header,
      columns,
      unused: header.headers.filter((h, i) => h !== '' && !used.has(i)),
    };
  }
  const kind = mapping?.kind ?? recogniseSheet(new Set(Object.keys(header.columns) as Field[]));
  return { header, candidate: header, kind, signature };
}

/** A sheet nothing was read from; with a candidate header, what it takes to map it by hand. */
function emptySheetReport(grid: Grid, candidate: HeaderRow | null, signature: string): SheetReport {
  const rows = grid.rows.filter((r) => r.some((c) => c !== null && String(c).trim() !== '')).length;
  return {
    file: grid.file,
    sheet: grid.sheet,
    ...(grid.hidden ? { hidden: true } : {}),
    kind: 'unknown',
    headerRow: null,
    columns: {},
    unused: [],
    ...(candidate
      ? {
          headers: candidate.headers,
          signature,
          columnIndex: candidate.columns,
          samples: columnSamples(grid.rows, candidate),
        }
      : {}),
    rows,
    accepted: 0,
    rejected: 0,
    duplicates: 0,
  };
}

/** What an import is doing as it reports its progress. */
export type ImportStep = 'reading' | 'pseudonymising';

/**
 * The part of an import's progress that reading the files takes; pseudonymising takes the
 * rest (at 10M rows with BSNs, some 14 and 6 s; a file without BSNs is done at once).
 */
export const READING_SHARE = 0.8;

/** Client values between two reports of the pseudonymising's progress. */
const PROGRESS_EVERY = 65_536;

/**
 * Every client identifier written as a BSN replaced by its pseudonym, valid or
 * not (a typo is still a BSN), with how many there were and how many failed
 * the elfproef. The client dictionary is shared by the tables, so each distinct
 * value is hashed once; two spellings of one BSN become one client. Held as
 * numbers and packed strings, not as a list and a map of strings: at six million
 * clients those took more memory than the rest of the import.
 */
function pseudonymiseColumns(
  data: ColumnarRecords,
  key: Uint8Array,
  /** How far the hashing is (0–1), every `PROGRESS_EVERY` values. */
  onProgress?: (done: number) => void,
): { data: ColumnarRecords; count: number; failingElfproef: number } {
  const values = data.allocations.dictionaries.client ?? Strings.empty;
  // Per value its BSN as a number (nine digits fit), or −1.
  const bsnOf = new Int32Array(values.length).fill(-1);
  /** Values written as a pseudonym already (an export read back): a BSN's may equal one. */
  const written = new Map<string, number>();
  /** BSNs written other than as nine digits: only these can be another value's BSN too. */
  const respelled: number[] = [];
  let count = 0;
  let failingElfproef = 0;
  let i = 0;
  for (const value of values) {
    let bsn = plainBsn(value);
    if (bsn < 0) {
      const digits = normaliseBsn(value);
      if (digits !== null) {
        bsn = Number(digits);
        respelled.push(bsn);
      } else if (value.startsWith(pseudonymPrefix)) written.set(value, -1);
    }
    if (bsn >= 0) {
      bsnOf[i] = bsn;
      count++;
      if (!passesElfproef(bsn)) failingElfproef++;
    }
    i++;
  }
  if (count === 0) return { data, count: 0, failingElfproef: 0 };

  const firstOf = firstValues(bsnOf, respelled);
  const pseudonym = bsnPseudonymiser(key);
  const ascii = new TextDecoder();
  const codes = new Int32Array(values.length);
  const packer = new StringsPacker(values.length);
  let next = 0;
  for (i = 0; i < values.length; i++) {
    if (onProgress && i % PROGRESS_EVERY === 0) onProgress(i / values.length);
    const bsn = bsnOf[i] as number;
    const first = bsn < 0 || firstOf.size === 0 ? i : (firstOf.get(bsn) ?? i);
    if (first < i) {
      codes[i] = codes[first] as number;
      continue;
    }
    // A BSN's value as written is not needed: its number is hashed, into bytes that are
    // packed as they are (a string only to look it up among pseudonyms written as such).
    const bytes = bsn < 0 ? null : pseudonym(bsn);
    const id = bytes === null ? values.at(i) : written.size > 0 ? ascii.decode(bytes) : null;
    const known = id === null ? undefined : written.get(id);
    if (known !== undefined && known >= 0) {
      codes[i] = known;
      continue;
    }
    codes[i] = next++;
    if (bytes) packer.pushAscii(bytes);
    else packer.push(id as string);
    if (known !== undefined) written.set(id as string, codes[i] as number);
  }
  const clients = packer.done();
  const identity = next === values.length;
  const table = (t: ColumnTable): ColumnTable => {
    const old = t.columns.client as Int32Array;
    let client = old;
    if (!identity) {
      client = new Int32Array(t.length);
      for (let r = 0; r < t.length; r++) {
        const c = old[r] as number;
        client[r] = c < 0 ? -1 : (codes[c] as number);
      }
    }
    return {
      ...t,
      columns: { ...t.columns, client },
      dictionaries: { ...t.dictionaries, client: clients },
    };
  };
  return {
    data: {
      ...data,
      allocations: table(data.allocations),
      clients: mergeClientRows(table(data.clients)),
      costLines: table(data.costLines),
    },
    count,
    failingElfproef,
  };
}

/**
 * Per BSN written more than once (`123456782` and `123.456.782`), the index of its first
 * value; the others take that value's code. The values are distinct texts, so a BSN
 * repeats only where one of its spellings is not plain nine digits (`respelled`).
 */
function firstValues(bsnOf: Int32Array, respelled: readonly number[]): Map<number, number> {
  const first = new Map<number, number>();
  if (respelled.length === 0) return first;
  const candidates = new Set(respelled);
  const seen = new Map<number, number>();
  bsnOf.forEach((bsn, i) => {
    if (!candidates.has(bsn)) return;
    const at = seen.get(bsn);
    if (at === undefined) seen.set(bsn, i);
    else first.set(bsn, at);
  });
  return first;
}
