import { append } from '../append';
import {
  ColumnarBuilder,
  type ColumnarRecords,
  type ColumnTable,
  Dictionary,
} from '../model/columnar';
import { isValidBsn } from '../privacy/bsn';
import { pseudonymiser } from '../privacy/pseudonymise';
import { decodeText, parseCsv } from './csv';
import type { Field } from './fields';
import { sniffFile } from './fileKind';
import type { Grid } from './grid';
import { findHeaderRow, type HeaderRow, readHeader } from './headerRow';
import { limits } from './limits';
import { mergeProviders } from './merge';
import { dropDuplicateRows, mergeClientRows, mergeColumnBatches } from './mergeColumns';
import { readSheet, type SheetOptions } from './readSheet';
import { emptyReport, type ImportReport, type SheetReport } from './report';
import { recogniseSheet, type SheetKind } from './sheetKind';
import { readWorkbook } from './workbook';
import { readXlsxStreaming } from './xlsxStream';
import { verifyZip } from './zipGuard';

/** The streaming .xlsx reader, or null to fall back on SheetJS (not an .xlsx, or a structure it does not know). */
function readXlsx(file: InputFile): ReturnType<typeof readXlsxStreaming> {
  try {
    return readXlsxStreaming(file.name, file.bytes);
  } catch {
    return null;
  }
}

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
}

export interface ImportResult {
  /** What was read, column-wise (`fromColumnar` gives rows). */
  data: ColumnarRecords;
  report: ImportReport;
}

/** A sheet's header row as one key, so a correction applies to the next file with the same headers. */
export const headerSignature = (headers: readonly string[]): string =>
  headers.map((h) => h.trim().toLowerCase()).join('|');

/** Reads the grids of one file: workbook sheets, or the rows of a CSV. */
export function readGrids(file: InputFile): {
  grids: Grid[];
  error?: ImportReport['fileErrors'][number]['code'];
  encoding?: 'utf-8' | 'windows-1252';
} {
  if (file.bytes.length > limits.fileBytes) return { grids: [], error: 'too_large' };
  switch (sniffFile(file.bytes)) {
    case 'empty':
      return { grids: [], error: 'empty' };
    case 'binary':
      return { grids: [], error: 'not_a_spreadsheet' };
    case 'html':
      return { grids: [], error: 'html_disguised' };
    case 'zip': {
      const zip = verifyZip(file.bytes);
      if (zip !== 'ok') return { grids: [], error: zip };
      // .xlsx streams row by row; .ods and anything the streaming reader does not know go to SheetJS.
      const wb = readXlsx(file) ?? readWorkbook(file.name, file.bytes);
      return wb.ok ? { grids: wb.value } : { grids: [], error: wb.error };
    }
    case 'ole': {
      const wb = readWorkbook(file.name, file.bytes);
      return wb.ok ? { grids: wb.value } : { grids: [], error: wb.error };
    }
    case 'text': {
      const { text, encoding } = decodeText(file.bytes);
      const sheet = file.name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
      const rows = parseCsv(text);
      if (rows.length > limits.rows) return { grids: [], error: 'too_many_rows' };
      if (rows.some((r) => r.length > limits.columns))
        return { grids: [], error: 'too_many_columns' };
      return { grids: [{ file: file.name, sheet, rows, firstRow: 1 }], encoding };
    }
  }
}

/**
 * Bytes in, `{ records, report }` out: recognises every sheet of every file,
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

  for (const file of files) {
    // A file is read whole or not at all: any failure inside becomes a file error, never a throw.
    try {
      const { grids, error, encoding } = readGrids(file);
      if (error) {
        report.fileErrors.push({ file: file.name, code: error });
        continue;
      }
      if (encoding) report.encoding[file.name] = encoding;
      // Each sheet's rows go into columns as soon as they are read; its row objects are dropped.
      const columns = new ColumnarBuilder();
      /** Which sheet the file's allocation rows came from: `[first row after it, sheet]`. */
      const sheetEnds: [number, SheetReport][] = [];
      for (const grid of grids) {
        const { header, kind, signature } = interpret(grid, options.mappings);
        if (!header) {
          report.sheets.push(emptySheetReport(grid));
          continue;
        }
        const result = readSheet(grid, header, kind, options);
        result.report.headers = header.headers;
        result.report.columnIndex = header.columns;
        result.report.signature = signature;
        report.sheets.push(result.report);
        append(report.rejected, result.rejected);
        append(report.warnings, result.warnings);
        for (const [value, count] of result.unknownProducts) {
          unknownProducts.set(value, (unknownProducts.get(value) ?? 0) + count);
        }
        columns.append(result.records);
        sheetEnds.push([columns.length('allocations'), result.report]);
      }
      const data = columns.build();
      const { table, dropped } = dropDuplicateRows(data.allocations);
      for (const row of dropped) {
        const sheet = sheetEnds.find(([end]) => row < end)?.[1];
        if (sheet) sheet.duplicates++;
      }
      report.duplicates += dropped.length;
      perFile.push({ ...data, allocations: table });
    } catch {
      const others = <T extends { file: string }>(list: T[]) =>
        list.filter((x) => x.file !== file.name);
      report.sheets = others(report.sheets);
      report.rejected = others(report.rejected);
      report.warnings = others(report.warnings);
      report.fileErrors.push({ file: file.name, code: 'unreadable' });
    }
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

  return { data: await pseudonymiseColumns(data, options.pseudonymKey), report };
}

function interpret(
  grid: Grid,
  mappings: ImportOptions['mappings'],
): { header: HeaderRow | null; kind: SheetKind; signature: string } {
  let header = findHeaderRow(grid.rows);
  const signature = headerSignature(header ? header.headers : []);
  const mapping = mappings?.[signature];
  if (mapping?.headerRow !== undefined) {
    const index = mapping.headerRow - grid.firstRow;
    const row = grid.rows[index];
    header = row ? { index, ...readHeader(row) } : header;
  }
  if (!header) return { header: null, kind: 'unknown', signature };
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
  return { header, kind, signature };
}

function emptySheetReport(grid: Grid): SheetReport {
  const rows = grid.rows.filter((r) => r.some((c) => c !== null && String(c).trim() !== '')).length;
  return {
    file: grid.file,
    sheet: grid.sheet,
    kind: 'unknown',
    headerRow: null,
    columns: {},
    unused: [],
    rows,
    accepted: 0,
    rejected: 0,
    duplicates: 0,
  };
}

/**
 * Valid BSNs replaced by their pseudonym, once per distinct value: the client
 * dictionary is shared by the tables. Two spellings of one BSN become one client.
 */
async function pseudonymiseColumns(
  data: ColumnarRecords,
  key: Uint8Array,
): Promise<ColumnarRecords> {
  const values = data.allocations.dictionaries.client ?? [];
  if (!values.some(isValidBsn)) return data;
  const pseudonym = await pseudonymiser(key);
  const mapped: string[] = [];
  for (const v of values) mapped.push(isValidBsn(v) ? await pseudonym(v) : v);
  const clients = new Dictionary();
  const codes = clients.remap(mapped);
  const table = (t: ColumnTable): ColumnTable => {
    const old = t.columns.client as Int32Array;
    const client = new Int32Array(t.length);
    for (let r = 0; r < t.length; r++) {
      const c = old[r] as number;
      client[r] = c < 0 ? -1 : (codes[c] as number);
    }
    return {
      ...t,
      columns: { ...t.columns, client },
      dictionaries: { ...t.dictionaries, client: clients.values },
    };
  };
  return {
    ...data,
    allocations: table(data.allocations),
    clients: mergeClientRows(table(data.clients)),
    costLines: table(data.costLines),
  };
}
