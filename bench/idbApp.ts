// 1M allocations in the app's IndexedDB in Chromium: write (commit) and read-back times, then
// the app started on them: from navigation to the dashboard's first key figure.
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { launchChromium, serveWebBuild } from '../test/e2e/browser';
import { longestTask, openProductFilter, timeFilterChange, watchLongTasks } from './uiFilter';

export interface IdbResult {
  allocations: number;
  writeMs: number;
  /**
   * From IndexedDB to a dataset ready for the figures (of which `fetchMs` reading the store):
   * the median of `readRuns`, three reads each in a fresh page.
   */
  readMs: number;
  fetchMs: number;
  readRuns: number[];
  /** Navigation to the Overzicht figures, the app started again after it showed this dataset once; null when it did not. */
  appStartMs: number | null;
  /** The same, the very first time (nothing kept from an earlier start: read, build, compute). */
  firstOpenMs: number | null;
  /** Why the app did not show the stored dataset, when it did not. */
  appError?: string;
  /** The analysis worker's JS heap plus array buffers, dataset loaded and figures computed (CDP), or null. */
  workerHeapMb: number | null;
  /** The analysis worker's again, after the filter changes. */
  workerHeapAfterFiltersMb?: number | null;
  /** The same of the cost worker beside it (its copy of the columns it reads), after the filter changes. */
  costWorkerHeapMb?: number | null;
  /**
   * Four filter changes in the started app (IB1 on, off, on, off): click to redrawn screen.
   * The app starts on the figures it kept, so the first, right after the start, also waits
   * for the data and builds the dataset, the trajectories and the steering figures; the
   * second goes back to the kept figures, and the last two show figures computed before.
   */
  filterRuns?: number[];
  /** Then a filter not shown before (IB2 on): a filter change in the app once it has computed. */
  freshFilterMs?: number;
  /** The longest main-thread task during those changes; 0 when none took over 50 ms. */
  longestTaskMs?: number;
  /**
   * The app started once more and left alone for `readingMs` (a user reading the overview),
   * then the first filter change (IB1): what the worker made ahead meanwhile is not in it.
   */
  afterReadingMs?: number;
  readingMs?: number;
}

/**
 * The used JS heap of one of the page's dedicated workers (by its script's name: `analysis`
 * or `cost`), through the browser's DevTools protocol.
 */
async function workerHeapMb(browser: Browser, name: string): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find((t) => t.type === 'worker' && t.url.includes(`/${name}.worker`));
  if (!worker) return null;
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  })) as { sessionId: string };
  const answer = new Promise<number | null>((resolve) => {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as {
        id: number;
        result?: { usedSize: number; backingStorageSize?: number };
      };
      // The JS heap plus the typed arrays' buffers, which live outside it.
      const { usedSize, backingStorageSize = 0 } = reply.result ?? { usedSize: Number.NaN };
      if (reply.id === 1)
        resolve(reply.result ? (usedSize + backingStorageSize) / 1024 / 1024 : null);
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

/** Reads back of the stored dataset, the median reported. */
const READS = 3;

/** How long a user reads the overview before the first filter change: 4 µs per allocation, 5 s at least. */
const readingMs = (n: number) => Math.max(5_000, Math.round(n * 0.004));

// The bench runs bundled from dist/bench/, started in the repository root.
const root = `${process.cwd()}/`;

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
    type Bench = {
      idbWrite: (n: number) => Promise<{ writeMs: number; datasetId: string }>;
      idbRead: (id: string) => Promise<{ readMs: number; fetchMs: number; allocations: number }>;
    };
    const benchPage = async () => {
      const page = await context.newPage();
      await page.addInitScript('window.__name = (f) => f');
      await page.goto(`${server.url}bench-idb/index.html`);
      return page;
    };
    const writer = await benchPage();
    const { writeMs, datasetId } = await writer.evaluate(
      (count) => (window as unknown as Bench).idbWrite(count),
      n,
    );
    await writer.close();
    // Read back in a fresh page: the generated records and columns stay behind with the writer.
    // Three times, each page new, and the median taken: one cold read varies by a fifth.
    const reads: Awaited<ReturnType<Bench['idbRead']>>[] = [];
    for (let r = 0; r < READS; r++) {
      const reader = await benchPage();
      reads.push(
        await reader.evaluate((id) => (window as unknown as Bench).idbRead(id), datasetId),
      );
      await reader.close();
    }
    reads.sort((a, b) => a.readMs - b.readMs);
    const read = reads[Math.floor(READS / 2)] as (typeof reads)[number];
    const idb = { writeMs, ...read, readRuns: reads.map((r) => Math.round(r.readMs)) };
    if (idb.allocations !== n) throw new Error(`teruggelezen: ${idb.allocations} van ${n}`);
    // The app on the stored data: a new page, so nothing of the bench pages is warm.
    /** What the page said on the way (errors and warnings): why it did not show the dataset. */
    const said: string[] = [];
    const start = async () => {
      const app = await context.newPage();
      app.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') said.push(m.text());
      });
      app.on('pageerror', (e) => said.push(e.message));
      await app.goto(server.url);
      await app
        .locator('.figure-value[data-metric="clients"]')
        .first()
        .waitFor({ timeout: 120_000 });
      const ms = await app.evaluate(() => performance.now());
      // The header's dataset switcher: the chosen option's name (its text holds every option).
      const name = await app
        .locator('.dataset')
        .evaluate((el) =>
          el instanceof HTMLSelectElement
            ? (el.selectedOptions[0]?.textContent ?? '')
            : el.textContent,
        );
      const error = await app.locator('.error').allTextContents();
      if (!name?.startsWith('Meting'))
        throw new Error(
          `de app toont ${name}, niet de meting; ${[...error, ...said].join(' | ') || 'geen melding'}`,
        );
      return { app, ms };
    };
    const stored = {
      allocations: n,
      writeMs: Math.round(idb.writeMs),
      readMs: Math.round(idb.readMs),
      fetchMs: Math.round(idb.fetchMs),
      readRuns: idb.readRuns,
    };
    let first: Awaited<ReturnType<typeof start>>;
    try {
      first = await start();
    } catch (error) {
      return {
        ...stored,
        appStartMs: null,
        firstOpenMs: null,
        workerHeapMb: null,
        appError: (error as Error).message,
      };
    }
    const heap = await workerHeapMb(browser, 'analysis');
    // The figures it computed are kept in the workspace while they show; wait until they are.
    await first.app.waitForFunction(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('begeleidingsmonitor');
          open.onsuccess = () => {
            const get = open.result
              .transaction('settings')
              .objectStore('settings')
              .get('shownFigures');
            get.onsuccess = () => {
              open.result.close();
              resolve(get.result !== undefined);
            };
          };
        }),
      undefined,
      { timeout: 60_000, polling: 250 },
    );
    await first.app.close();
    const again = await start();
    // A filter change in the app at this size: click to redrawn screen, and the longest
    // main-thread task meanwhile (the figures are the worker's; the page only draws).
    await openProductFilter(again.app);
    await watchLongTasks(again.app);
    const filterRuns: number[] = [];
    for (let r = 0; r < 4; r++) filterRuns.push(Math.round(await timeFilterChange(again.app)));
    const freshFilterMs = Math.round(await timeFilterChange(again.app, 'IB2'));
    const longestTaskMs = Math.round(await longestTask(again.app));
    // Both workers after the filter changes: the cost worker holding its copy of what it reads.
    const heapAfterFilters = await workerHeapMb(browser, 'analysis');
    const costHeap = await workerHeapMb(browser, 'cost');
    await again.app.close();
    // Once more, with time to read first: the first change then finds the dataset, the
    // trajectories and the steering figures made (the filters as the last start left them).
    const reader = await start();
    await openProductFilter(reader.app);
    await reader.app.waitForTimeout(readingMs(n));
    const afterReadingMs = Math.round(await timeFilterChange(reader.app));
    await reader.app.close();
    return {
      ...stored,
      appStartMs: Math.round(again.ms),
      firstOpenMs: Math.round(first.ms),
      workerHeapMb: heap,
      workerHeapAfterFiltersMb: heapAfterFilters,
      costWorkerHeapMb: costHeap,
      filterRuns,
      freshFilterMs,
      longestTaskMs,
      afterReadingMs,
      readingMs: readingMs(n),
    };
  } finally {
    await browser.close();
    server.stop();
  }
}
