import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll } from 'vitest';
import type { DayNumber } from '../shared/brand';
import { type ImportOptions, type InputFile, importFiles } from '../shared/import/importFiles';
import { fromColumnar } from '../shared/model/columnar';
import type { ProductCode } from '../shared/model/products';
import type { Allocation } from '../shared/model/records';
import { dayFromCivil } from '../shared/periods/days';

// A path, not a URL: DOM test environments replace the global URL.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(fixtures, name)));

/** A fresh folder in the system's temp folder, removed after the test file (call it while collecting). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const testKey = new Uint8Array(32).fill(7);

/** `importFiles`, with what was read also as rows (`records`): tests read rows. */
export async function importRecords(files: readonly InputFile[], options: ImportOptions) {
  const result = await importFiles(files, options);
  return { ...result, records: fromColumnar(result.data) };
}

/** Imports fixture files with a fixed key. */
export const importFixtures = (names: string[], options: Partial<ImportOptions> = {}) =>
  importRecords(
    names.map((name) => ({ name, bytes: fixture(name) })),
    { pseudonymKey: testKey, ...options },
  );

/** Day number of an ISO date. */
export const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayFromCivil(y, m, d);
};

/** An allocation for hand-made test data (provider P1 unless given). */
export const alloc = (
  client: string,
  product: ProductCode,
  start: string,
  end: string | null,
  extra: Partial<Allocation> = {},
): Allocation => ({
  client,
  provider: 'P1',
  product,
  start: day(start),
  end: end === null ? null : day(end),
  municipality: null,
  reasonEnd: null,
  referrer: null,
  registration: null,
  volume: null,
  ...extra,
});

/** The bundled sample (data-samples/) as a file to import. */
export const sampleFile = (): InputFile => ({
  name: 'drechtsteden-2015-2019.xlsx',
  bytes: fixture('../../data-samples/drechtsteden-2015-2019.xlsx'),
});

/** The bundled sample, imported with the test key. */
export const importSample = () => importRecords([sampleFile()], { pseudonymKey: testKey });

/**
 * Up to ten allocations of clients A, B and C for property tests: each starts up to
 * `maxStart` days after 1-1-2015 and is open or lasts up to `maxDays` days more.
 */
export const drawnAllocations = (options: {
  products: readonly ProductCode[];
  providers?: readonly string[];
  maxStart: number;
  maxDays: number;
}): fc.Arbitrary<Allocation[]> =>
  fc.array(
    fc
      .record({
        client: fc.constantFrom('A', 'B', 'C'),
        product: fc.constantFrom(...options.products),
        provider: fc.constantFrom(...(options.providers ?? ['P1'])),
        start: fc.integer({ min: 0, max: options.maxStart }),
        days: fc.option(fc.integer({ min: 0, max: options.maxDays })),
      })
      .map((a) => {
        const start = day('2015-01-01') + a.start;
        return alloc(a.client, a.product, '2015-01-01', null, {
          provider: a.provider,
          start: start as DayNumber,
          end: a.days === null ? null : ((start + a.days) as DayNumber),
        });
      }),
    { minLength: 1, maxLength: 10 },
  );
