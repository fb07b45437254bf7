import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium as launchCli } from '../../cli/chromium';

export const root = new URL('../../', import.meta.url).pathname;
export const screenshots = `${root}test-results/screenshots`;

/** Chromium as the CLI launches it, with a folder for the screenshots. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(screenshots, { recursive: true });
  return launchCli();
}

/** Serves dist/web (or another folder) on a free loopback port. */
export function serveWebBuild(folder = 'dist/web'): Promise<{ url: string; stop: () => void }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', folder, '0'], {
      cwd: root,
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(chunk.toString());
      if (m) resolve({ url: m[0], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`serve stopte met code ${code}`)));
  });
}

/**
 * The built app in a fresh Chromium, 1366×768 in Dutch unless told otherwise, opened
 * and showing its first figures; `close` ends browser and server.
 */
export async function openApp(
  options: BrowserContextOptions = {},
): Promise<{ page: Page; close: () => Promise<void> }> {
  const server = await serveWebBuild();
  const browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'nl-NL',
    ...options,
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('.figure-value[data-metric="clients"][data-year="2019"]').waitFor({
    timeout: 30_000,
  });
  return {
    page,
    close: async () => {
      await browser.close();
      server.stop();
    },
  };
}
