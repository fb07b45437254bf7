import { unzipSync } from 'fflate';
import { sniffFile } from '../fileKind';
import type { InputFile } from '../importFiles';
import type { FileError } from '../report';
import { verifyZip } from '../zipGuard';

/** An XML file to read as a message: its name (with its folder inside a ZIP) and text. */
export interface XmlInput {
  name: string;
  text: string;
}

/** Parts of a workbook's ZIP: an .xlsx or .ods is a spreadsheet, not an archive of messages. */
const WORKBOOK_PARTS = ['[Content_Types].xml', 'xl/workbook.xml', 'content.xml', 'mimetype'];
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|csv|tsv|txt)$/i;
const MESSAGE_HINT = /istandaarden\.nl\/iwmo|stufstandaarden\.nl/;

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
  if (/\.xml$/i.test(file.name)) return true;
  const head = new TextDecoder('utf-8').decode(file.bytes.subarray(0, 4096));
  return MESSAGE_HINT.test(head);
};

/**
 * The files of an import sorted out: spreadsheets as they are, XML messages
 * (single files, or from a ZIP with folders; a ZIP inside a ZIP too) to read
 * as iWmo, and a file error for a ZIP that cannot be opened safely.
 */
export function splitInputs(files: readonly InputFile[]): {
  spreadsheets: InputFile[];
  xml: XmlInput[];
  errors: FileError[];
} {
  const spreadsheets: InputFile[] = [];
  const xml: XmlInput[] = [];
  const errors: FileError[] = [];
  const visit = (file: InputFile, depth: number) => {
    const kind = sniffFile(file.bytes);
    if (kind === 'zip') {
      const names = zipNames(file.bytes);
      if (names.length === 0 || names.some((n) => WORKBOOK_PARTS.includes(n))) {
        spreadsheets.push(file);
        return;
      }
      const check = verifyZip(file.bytes);
      if (check !== 'ok') {
        errors.push({ file: file.name, code: check });
        return;
      }
      const parts = unzipSync(file.bytes, {
        filter: (f) => !f.name.endsWith('/') && !f.name.startsWith('__MACOSX/'),
      });
      for (const [name, bytes] of Object.entries(parts)) {
        const inner = { name: `${file.name}/${name}`, bytes };
        if (/\.zip$/i.test(name) && depth < 2) visit(inner, depth + 1);
        else if (/\.xml$/i.test(name)) xml.push({ name: inner.name, text: decodeUtf8(bytes) });
        else if (SPREADSHEET.test(name)) spreadsheets.push(inner);
      }
      return;
    }
    if ((kind === 'html' || kind === 'text') && isXmlMessage(file))
      xml.push({ name: file.name, text: decodeUtf8(file.bytes) });
    else spreadsheets.push(file);
  };
  for (const file of files) visit(file, 0);
  return { spreadsheets, xml, errors };
}

const decodeUtf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
