import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { root } from './run';

const run = promisify(execFile);

describe('npm start', () => {
  it('zonder Electron: één Nederlandse regel die naar de webversie wijst, exit 1; met Electron: klaar', async () => {
    const installed = existsSync(join(root, 'node_modules/electron/path.txt'));
    const result = await run(process.execPath, ['scripts/start.mjs', '--check'], {
      cwd: root,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );
    if (installed) expect(result.code).toBe(0);
    else {
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        'Electron is niet geïnstalleerd op deze computer (geen internet of een afgeschermde werkplek): start de webversie met npm run web.',
      ]);
    }
  });
});
