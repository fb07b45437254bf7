// `npm start`: builds and opens the Electron app; without Electron's binary (no internet, a
// locked-down workplace) one Dutch line that points to the web version, and exit code 1.
// `--check` only checks that the binary is there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Electron's executable, or null when its download never happened (asking for it would try again). */
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

const binary = electronBinary();
if (!binary) {
  console.error(
    'Electron is niet geïnstalleerd op deze computer (geen internet of een afgeschermde werkplek): start de webversie met npm run web.',
  );
  process.exit(1);
}
if (process.argv.includes('--check')) process.exit(0);
const build = spawnSync('npm', ['run', '-s', 'build:electron'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (build.status !== 0) process.exit(build.status ?? 1);
spawn(binary, ['.'], { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
