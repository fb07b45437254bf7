import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { sniffFile } from '../fileKind';
import type { InputFile } from '../importFiles';
import { limits } from '../limits';
import type { FileError } from '../report';
import { checkZip } from '../zipGuard';

/** Parts of a workbook's ZIP: an .xlsx or .ods is a spreadsheet, not an archive of messages. */
const WORKBOOK_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'content.xml', 'mimetype'];
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|csv|tsv|txt)$/i;
const XML = /\.xml$/i;
const ZIP = /\.zip$/i;
const MESSAGE_HINT = /istandaarden\.nl\/iwmo|stufstandaarden\.nl/;
const skipped = (name: string) => name.endsWith('/') || name.startsWith('__MACOSX/');

/** The names in a ZIP, read without inflating anything. */
function zipNames(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
  } catch {
    // Unreadable: the spreadsheet reader says so.
  }
  return names;
}

const isXmlMessage = (file: InputFile) => {
  if (XML.test(file.name)) return true;
  const head = new TextDecoder('utf-8').decode(file.bytes.subarray(0, 4096));
  return MESSAGE_HINT.test(head);
};

/**
 * The files of an import sorted out: spreadsheets (also those inside a ZIP of
 * messages), sources of iWmo messages (single .xml files, ZIPs of them with
 * folders; a ZIP in a ZIP is opened too), and a file error for a ZIP that
 * cannot be opened safely. Messages stay packed: `readSource` reads them.
 */
export function splitInputs(files: readonly InputFile[]): {
  spreadsheets: InputFile[];
  messages: InputFile[];
  errors: FileError[];
} {
  const spreadsheets: InputFile[] = [];
  const messages: InputFile[] = [];
  const errors: FileError[] = [];
  const visit = (file: InputFile, depth: number) => {
    const kind = sniffFile(file.bytes);
    if (kind === 'zip') {
      const names = zipNames(file.bytes);
      if (names.length === 0 || names.some((n) => WORKBOOK_PARTS.includes(n))) {
        spreadsheets.push(file);
        return;
      }
      // Declared sizes only: the entries are inflated once, by readSource, which holds them to it.
      const check = checkZip(file.bytes, limits.messageZipEntries);
      if (check !== 'ok') {
        errors.push({ file: file.name, code: check });
        return;
      }
      // Spreadsheets and ZIPs inside are taken out now; the XML stays packed.
      const inner = unzipSync(file.bytes, {
        filter: (f) =>
          !skipped(f.name) && (SPREADSHEET.test(f.name) || (ZIP.test(f.name) && depth < 2)),
      });
      for (const [name, bytes] of Object.entries(inner)) {
        const part = { name: `${file.name}/${name}`, bytes };
        if (ZIP.test(name)) visit(part, depth + 1);
        else spreadsheets.push(part);
      }
      if (names.some((n) => XML.test(n) && !skipped(n))) messages.push(file);
      return;
    }
    if ((kind === 'html' || kind === 'text') && isXmlMessage(file)) messages.push(file);
    else spreadsheets.push(file);
  };
  for (const file of files) visit(file, 0);
  return { spreadsheets, messages, errors };
}

const decoder = new TextDecoder('utf-8');
/** Bytes per push into fflate's Unzip (see below). */
const PUSH_BYTES = 64 * 1024;

/**
 * One source's XML files, one at a time: a ZIP is inflated entry by entry
 * (fflate's streaming Unzip), so only one message is unpacked at any moment.
 * This is also where an archive is held to its declared sizes (checked before,
 * in `splitInputs`, without inflating): an entry that inflates to more than it
 * declared, more than the limit in all, or a corrupt stream ends the source
 * with a file error. The caller then drops what this source gave.
 */
export function readSource(
  source: InputFile,
  visit: (name: string, text: string) => void,
): FileError['code'] | null {
  if (sniffFile(source.bytes) !== 'zip') {
    visit(source.name, decoder.decode(source.bytes));
    return null;
  }
  let failure: FileError['code'] | null = null;
  let total = 0;
  const unzip = new Unzip((entry) => {
    if (skipped(entry.name) || !XML.test(entry.name)) return;
    const chunks: Uint8Array[] = [];
    let inflated = 0;
    entry.ondata = (error, chunk, final) => {
      if (failure) return;
      if (error) {
        failure = 'unreadable';
        return;
      }
      inflated += chunk.length;
      total += chunk.length;
      if (
        inflated > (entry.originalSize ?? Number.POSITIVE_INFINITY) ||
        total > limits.unzippedBytes
      ) {
        failure = 'zip_bomb';
        return;
      }
      chunks.push(chunk);
      if (!final) return;
      const bytes = chunks.length === 1 ? (chunks[0] as Uint8Array) : concat(chunks);
      visit(`${source.name}/${entry.name}`, decoder.decode(bytes));
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  // In slices: fflate goes on to the next entry inside the callback of the last, so one
  // push of a ZIP of 35.000 small messages would nest that deep and overflow the stack.
  const { bytes } = source;
  try {
    for (let at = 0; at < bytes.length && !failure; at += PUSH_BYTES)
      unzip.push(bytes.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= bytes.length);
  } catch {
    failure ??= 'unreadable';
  }
  return failure;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
