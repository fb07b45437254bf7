// One import (an .xlsx, or a CSV for `ours`) in a fresh process, so its peak memory is its own:
// `node dist/bench/xlsxChild.mjs <file> ours|sheetjs` (built by bench:build) prints {"ms":…,"peakMb":…}.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { read } from 'xlsx';
import { importFiles } from '../shared/import/importFiles';
import { peakRssKb } from './peakRss';

const [file, who] = process.argv.slice(2) as [string, 'ours' | 'sheetjs'];
// A view on the file's buffer, not a copy (both sides would hold the file twice).
const buffer = readFileSync(file);
const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
const before = peakRssKb();
const t0 = performance.now();
if (who === 'sheetjs') {
  // SheetJS's own parse, as readWorkbook calls it (dense, no styles): the peer.
  read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false });
} else {
  const { data, report } = await importFiles([{ name: basename(file), bytes }], {
    pseudonymKey: new Uint8Array(32),
  });
  if (report.fileErrors.length > 0 || data.allocations.length === 0)
    throw new Error(`import mislukt: ${JSON.stringify(report.fileErrors)}`);
}
const ms = performance.now() - t0;
const peakMb = peakRssKb() / 1024;
process.stdout.write(
  `${JSON.stringify({ ms: Math.round(ms), peakMb: Math.round(peakMb), baseMb: Math.round(before / 1024) })}\n`,
);
