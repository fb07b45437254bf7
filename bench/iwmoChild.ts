// One import of a ZIP of iWmo messages in a fresh process, so its peak memory is its own:
// `node dist/bench/iwmoChild.mjs <zip> ours|fxp` (built by bench:build) prints {"ms":…,"peakMb":…}.
// `fxp` is the peer: fast-xml-parser's parse alone of the same messages (unzipped before the clock).
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync } from 'fflate';
import { importFiles } from '../shared/import/importFiles';
import { peakRssKb } from './peakRss';

const [file, who] = process.argv.slice(2) as [string, 'ours' | 'fxp'];
const buffer = readFileSync(file);
const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);

let ms: number;
if (who === 'fxp') {
  const parts = Object.values(unzipSync(bytes)).map((b) =>
    Buffer.from(b.buffer, b.byteOffset, b.length),
  );
  const parser = new XMLParser({ ignoreAttributes: false });
  const t0 = performance.now();
  let n = 0;
  for (const part of parts) if (parser.parse(part)) n++;
  ms = performance.now() - t0;
  if (n !== parts.length) throw new Error('niet alles gelezen');
} else {
  const t0 = performance.now();
  const { data, report } = await importFiles([{ name: 'berichten.zip', bytes }], {
    pseudonymKey: new Uint8Array(32),
    productMap: { '02A05': 'IB0' },
  });
  ms = performance.now() - t0;
  if (data.allocations.length === 0 || (report.iwmo?.refused.length ?? 1) > 0)
    throw new Error(
      `import mislukt: ${JSON.stringify([report.fileErrors, report.iwmo?.refused.slice(0, 3)])}`,
    );
}
process.stdout.write(
  `${JSON.stringify({ ms: Math.round(ms), peakMb: Math.round(peakRssKb() / 1024) })}\n`,
);
