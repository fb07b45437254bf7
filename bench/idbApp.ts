// 1M allocations in the app's IndexedDB in Chromium: write (commit) and read-back times, then
// the app started on them: from navigation to the dashboard's first key figure.
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, serveWebBuild } from '../test/e2e/browser';

export interface IdbResult {
  allocations: number;
  writeMs: number;
  readMs: number;
  /** Navigation to the Overzicht figures with this dataset stored and active. */
  appStartMs: number;
  /** The analysis worker's JS heap with the dataset loaded and its figures computed (CDP), or null. */
  workerHeapMb: number | null;
}

/** The used JS heap of the page's dedicated worker, through the browser's DevTools protocol. */
async function workerHeapMb(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find((t) => t.type === 'worker');
  if (!worker) return null;
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  })) as { sessionId: string };
  const answer = new Promise<number | null>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as { id: number; result?: { usedSize: number } };
      if (reply.id === 1) resolve(reply.result ? reply.result.usedSize / 1024 / 1024 : null);
    });
  });
  await cdp.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }),
  });
  const mb = await Promise.race([
    answer,
    new Promise<null>((r) => setTimeout(() => r(null), 10_000)),
  ]);
  await cdp.detach();
  return mb === null ? null : Math.round(mb);
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
      workerHeapMb: await workerHeapMb(browser),
    };
  } finally {
    await browser.close();
    server.stop();
  }
}
