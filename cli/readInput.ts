import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { InputFile } from '../shared/import/importFiles';

/** Largest file the CLI reads (the app refuses larger files with the same message). */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;

export type ReadResult = { ok: true; files: InputFile[] } | { ok: false; message: string };

/** Reads the named files; file names in reports are base names. */
export async function readInputFiles(paths: readonly string[]): Promise<ReadResult> {
  const files: InputFile[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (!info.isFile()) return { ok: false, message: `${path}: dit is geen bestand.` };
      if (info.size > MAX_FILE_BYTES) {
        return {
          ok: false,
          message: `${path}: het bestand is groter dan 500 MB en wordt niet gelezen.`,
        };
      }
      const buffer = await readFile(path);
      files.push({
        name: basename(path),
        bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
      });
    } catch {
      return { ok: false, message: `${path}: bestand niet gevonden of niet leesbaar.` };
    }
  }
  return { ok: true, files };
}
