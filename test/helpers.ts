import { readFileSync } from 'node:fs';
import { type ImportOptions, importFiles } from '../shared/import/importFiles';

export const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

export const testKey = new Uint8Array(32).fill(7);

/** Imports fixture files with a fixed key. */
export const importFixtures = (names: string[], options: Partial<ImportOptions> = {}) =>
  importFiles(
    names.map((name) => ({ name, bytes: fixture(name) })),
    { pseudonymKey: testKey, ...options },
  );
