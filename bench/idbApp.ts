// 1M allocations in the app's IndexedDB in Chromium: write (commit) and read-back times, then
// the app started on them: from navigation to the dashboard's first key figure.
import { build } from 'vite';
import { launchChromium, serveWebBuild } from '../test/e2e/browser';

export interface IdbResult {
  allocations: number;
  writeMs: number;
  readMs: number;
  /** Navigation to the Overzicht figures with this dataset stored and active. */
  appStartMs: number;
}

const root = new URL('../', import.meta.url).pathname;

export async function idbAppBench(n: number): Promise<IdbResult> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: `${root}bench/idb`,
    base: './',
    build: { outDir: `${root}dist/web/bench-idb`, emptyOutDir: true, target: 'es2022' },
  });
  const server = await serveWebBuild();
  const browser = await launchChromium();
  try {
    // One context: the bench page and the app share the origin's IndexedDB.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.addInitScript('window.__name = (f) => f');
    await page.goto(`${server.url}bench-idb/index.html`);
    const idb = (await page.evaluate(
      (count) =>
        (window as unknown as { idbBench: (n: number) => Promise<unknown> }).idbBench(count),
      n,
    )) as { writeMs: number; readMs: number; allocations: number };
    if (idb.allocations !== n) throw new Error(`teruggelezen: ${idb.allocations} van ${n}`);
    // The app on the stored data: a new page, so nothing of the bench page is warm.
    await page.close();
    const app = await context.newPage();
    await app.goto(server.url);
    await app.locator('.figure-value[data-metric="clients"]').first().waitFor({ timeout: 120_000 });
    const appStartMs = await app.evaluate(() => performance.now());
    const name = await app.locator('.dataset').textContent();
    if (!name?.startsWith('Meting')) throw new Error(`de app toont ${name}, niet de meting`);
    return {
      allocations: n,
      writeMs: Math.round(idb.writeMs),
      readMs: Math.round(idb.readMs),
      appStartMs: Math.round(appStartMs),
    };
  } finally {
    await browser.close();
    server.stop();
  }
}
