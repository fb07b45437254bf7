import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const root = new URL('../../', import.meta.url).pathname;
export const screenshots = `${root}test-results/screenshots`;

const chromiumPath = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  process.env.CHROMIUM_PATH,
].find((p): p is string => !!p && existsSync(p));

/** Debian's Chromium, headless, with every background connection off. */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium niet gevonden: apt-get install -y chromium');
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Serves dist/web on a free loopback port. */
export function serveWebBuild(): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', 'dist/web', '0'], {
      cwd: root,
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(chunk.toString());
      if (m) resolve({ url: m[0], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`serve stopte met code ${code}`)));
  });
}
