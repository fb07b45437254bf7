import { bomEncoding } from './csv';
/** What a file's bytes are, whatever its name says. */
export type FileKind = 'zip' | 'ole' | 'text' | 'html' | 'empty' | 'binary';

/** Sniffs the first bytes: xlsx/ods are zip, xls is OLE2, CSV is text without NUL bytes. */
export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'zip';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return 'ole';
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
