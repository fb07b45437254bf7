import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSample } from './drechtsteden';
import { sampleBytes } from './workbook';

/** Where the app finds its first-start data. */
export const SAMPLE_FILE = fileURLToPath(new URL('./drechtsteden-2015-2019.xlsx', import.meta.url));

const bytes = sampleBytes(generateSample());
writeFileSync(SAMPLE_FILE, bytes);
process.stdout.write(`${SAMPLE_FILE}: ${bytes.length.toLocaleString('nl-NL')} bytes\n`);
