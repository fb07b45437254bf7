import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A path for a file the bench writes (a 10M-row CSV is 388 MB), in a fresh temp folder
 * that is removed when the process exits.
 */
export function tempFile(prefix: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return join(dir, name);
}
