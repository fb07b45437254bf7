// `npm start`: builds and opens the Electron app. Electron fetches its binary on first use
// (npm no longer runs its install script), so a missing binary is downloaded here; when that
// fails (no internet, a locked-down workplace): one Dutch line that points to the web version,
// and exit code 1. `--check` only checks that the binary is there, without downloading.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Electron's executable, or null when it has not been downloaded (yet). */
function electronBinary() {
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/** Electron's own download (its install.js), quiet: a failure ends in the one line below. */
function download() {
  let dir;
  try {
    dir = dirname(require.resolve('electron/package.json'));
  } catch {
    return;
  }
  console.log('Electron downloaden (eenmalig)…');
  spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore' });
}

const check = process.argv.includes('--check');
let binary = electronBinary();
if (!binary && !check) {
  download();
  binary = electronBinary();
}
if (!binary) {
  console.error(
    'Electron is niet geïnstalleerd op deze computer (geen internet of een afgeschermde werkplek): start de webversie met npm run web.',
  );
  process.exit(1);
}
if (check) process.exit(0);
const build = spawnSync('npm', ['run', '-s', 'build:electron'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);
spawn(binary, ['.'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
