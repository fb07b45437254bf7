import { append } from '../append';
import type { Cell } from './grid';

/** How a text file was written: by its byte-order mark, else UTF-8 when it is valid as such. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding a byte-order mark announces (Excel's "Unicode-tekst" is UTF-16 LE with one). */
export function bomEncoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Decodes CSV bytes: by their byte-order mark, else UTF-8; invalid UTF-8 means Windows-1252. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const bom = bomEncoding(bytes);
  // The decoder drops the mark itself.
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// 0x80–0x9F of Windows-1252 (0 = undefined, kept as the C1 control). Decoded by
// hand because Node's TextDecoder treats the label as Latin-1 and loses € and ‘’“”.
const cp1252High = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Windows-1252 bytes to text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 8192;
  for (let i = 0; i < bytes.length; i += chunk) {
    const codes = Array.from(bytes.subarray(i, i + chunk), (b) =>
      b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80] || b : b,
    );
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

const candidates = [';', ',', '\t'] as const;
export type Delimiter = (typeof candidates)[number];

/**
 * Chooses the separator by scoring how consistently it splits the first lines
 * into the same number of columns (quotes respected).
 */
export function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: Delimiter = ';';
  let bestScore = -1;
  for (const d of candidates) {
    const rows = parseRows(sample, d, 30).filter((r) => r.length > 1 || (r[0] ?? '') !== '');
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    let modeWidth = 1;
    let modeCount = 0;
    for (const [width, count] of counts) {
      if (count > modeCount || (count === modeCount && width > modeWidth)) {
        modeWidth = width;
        modeCount = count;
      }
    }
    const score = modeWidth > 1 ? modeCount * 1000 + modeWidth : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** RFC 4180 rows: quoted fields may hold separators, doubled quotes and line breaks. */
function parseRows(
  text: string,
  delimiter: string,
  maxRows = Number.POSITIVE_INFINITY,
): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n && rows.length < maxRows) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      field += ch;
    }
    i++;
  }
  if (rows.length < maxRows && (field !== '' || row.length > 0)) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Parses CSV text into rows of cells (empty fields become `null`), handing
 * them on `size` rows at a time, so a long file is never held as one grid.
 */
export function parseCsvSlices(
  text: string,
  size: number,
  onRows: (rows: Cell[][]) => void,
  delimiter: Delimiter = detectDelimiter(text),
): void {
  let rows: Cell[][] = [];
  const push = (row: Cell[]) => {
    rows.push(row);
    if (rows.length === size) {
      onRows(rows);
      rows = [];
    }
  };
  if (text.includes('"')) for (const r of parseRows(text, delimiter)) push(cells(r));
  else if (!text.includes('\r')) plainLines(text, delimiter, push);
  else {
    const breaks = /\r\n|\n|\r/g;
    let start = 0;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
      push(cells(text.slice(start, m.index).split(delimiter)));
      start = m.index + m[0].length;
    }
    if (start < text.length) push(cells(text.slice(start).split(delimiter)));
  }
  if (rows.length > 0) onRows(rows);
}

/**
 * The fast path: without quotes or carriage returns, a row is its line cut at each separator.
 * The fields are cut straight from the text (no line string to split: at 10M rows that took
 * 40 % longer), and the next separator is found once and kept until a line reaches it, so a
 * file without any stays one pass.
 */
function plainLines(text: string, delimiter: Delimiter, push: (row: Cell[]) => void): void {
  let next = text.indexOf(delimiter);
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const fields: string[] = [];
    let from = start;
    while (next >= 0 && next < end) {
      fields.push(text.slice(from, next));
      from = next + 1;
      next = text.indexOf(delimiter, from);
    }
    fields.push(text.slice(from, end));
    push(cells(fields));
    start = end + 1;
  }
}

/** A row's fields as cells, in place: an empty or blank field becomes `null`. */
function cells(fields: string[]): Cell[] {
  const row: Cell[] = fields;
  for (let k = 0; k < fields.length; k++) if ((fields[k] as string).trim() === '') row[k] = null;
  return row;
}

/** Parses CSV text into rows of cells (empty fields become `null`). */
export function parseCsv(text: string, delimiter: Delimiter = detectDelimiter(text)): Cell[][] {
  const all: Cell[][] = [];
  parseCsvSlices(text, 65_536, (rows) => append(all, rows), delimiter);
  return all;
}
