import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { InputFile } from '../shared/import/importFiles';

/** Largest file the CLI reads (the app refuses larger files with the same message). */
export const MAX_FILE_BYTES = 500 * 1024 * 1024;

export type ReadResult = { ok: true; files: InputFile[] } | { ok: false; message: string };

/** Every file below a folder, depth first, in name order. */
async function filesIn(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await filesIn(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Reads the named files, and every file in a named folder (a folder of iWmo
 * messages, with subfolders); names in reports are base names, or the path
 * inside the folder.
 */
export async function readInputFiles(paths: readonly string[]): Promise<ReadResult> {
  const files: InputFile[] = [];
  for (const path of paths) {
    let inside: string[] | null = null;
    try {
      if ((await stat(path)).isDirectory()) inside = await filesIn(path);
    } catch {
      return { ok: false, message: `${path}: bestand niet gevonden of niet leesbaar.` };
    }
    if (inside) {
      const read = await readInputFiles(inside);
      if (!read.ok) return read;
      files.push(
        ...read.files.map((f, k) => ({
          ...f,
          name: `${basename(path)}/${relative(path, inside[k] as string)}`,
        })),
      );
      continue;
    }
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
