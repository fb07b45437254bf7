import { bomEncoding } from './csv';
/** What a file's bytes are, whatever its name says. */
export type FileKind = 'zip' | 'ole' | 'legacy' | 'text' | 'html' | 'empty' | 'binary';

/**
 * Sniffs the first bytes: xlsx/ods are zip, xls is OLE2 (or an older BIFF stream, or SYLK:
 * `legacy`), CSV is text without NUL bytes.
 */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'ole';
  // Old .XLS outside an OLE container (BIFF2–4: a BOF record, 0x0009, 0x0209 or 0x0409) and SYLK
  // ("ID;P…"): SheetJS reads them.
  if (bytes[0] === 0x09 && (bytes[1] === 0x00 || bytes[1] === 0x02 || bytes[1] === 0x04))
    return 'legacy';
  if (isSylk(bytes)) return 'legacy';
  // UTF-16 text (Excel's "Unicode-tekst") has a NUL in every other byte: its mark says what it is.
  if (bomEncoding(bytes)?.startsWith('utf-16')) return bytes.length > 2 ? 'text' : 'empty';
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return 'binary';
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length / 50) return 'binary';
  const start = new TextDecoder('utf-8').decode(head.subarray(0, 512)).trimStart().toLowerCase();
  if (/^(<!doctype html|<html|<table|<\?xml|<meta|<head|<body)/.test(start)) return 'html';
  if (start.trim() === '') return 'empty';
  return 'text';
}

/**
 * SYLK: an "ID;P…" record first, then cell records ("C;Y1;X1;K…", "F;…"). A semicolon CSV with
 * a header "ID;Product;…" has the first but none of the others.
 */
function isSylk(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x49 || bytes[1] !== 0x44 || bytes[2] !== 0x3b || bytes[3] !== 0x50)
    return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /\n[CF];[XYK]/.test(head);
}
