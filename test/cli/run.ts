import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = new URL('../../', import.meta.url).pathname;
/** Built by `npm run cli:build` (the tests' global setup), as `npm run cli` runs it. */
const bundle = join(root, 'dist/cli/main.mjs');

/** Runs the CLI as a user would (`npm run cli -- …`), with its exit code and both streams. */
export const cli = (...args: string[]) => cliWith({}, ...args);

/** The same with extra environment variables (`BM_WACHTWOORD`). */
export async function cliWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bundle, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}
