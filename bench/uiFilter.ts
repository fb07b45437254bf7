// A filter change in the app on 100k allocations, in Debian's Chromium: from the click to the
// redrawn screen (chart and table), with the longest main-thread task meanwhile. The peer is the
// same filter change in Node (engine only), measured in the same run.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { syntheticRecords } from '../data-samples/synthetic';
import { buildDataset } from '../shared/metrics/dataset';
import { MetricsEngine } from '../shared/metrics/engine';
import { isoDate } from '../shared/periods/days';
import { launchChromium, serveWebBuild } from '../test/e2e/browser';
import { tempFile } from './tempFile';

export interface UiFilterResult {
  allocations: number;
  /** Median click → redrawn screen, after a few changes to warm up. */
  ms: number;
  /** Median of the same filter change in Node, engine only. */
  engineMs: number;
  /** Longest main-thread task (PerformanceObserver longtask) over all changes; 0 if none over 50 ms. */
  longestTaskMs: number;
  runs: number[];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export async function uiFilterBench(n: number, runs = 16, warmup = 4): Promise<UiFilterResult> {
  const records = syntheticRecords(n);
  const lines = ['Klantnummer;Aanbieder;Product;Startdatum;Einddatum'];
  for (const a of records.allocations)
    lines.push(
      `${a.client};${a.provider};${a.product};${isoDate(a.start)};${a.end === null ? '' : isoDate(a.end)}`,
    );
  const file = tempFile('bm-bench-', 'toewijzingen.csv');
  writeFileSync(file, lines.join('\n'));

  // The peer: the same two filter states computed by the engine alone.
  const engine = new MetricsEngine(buildDataset(records));
  engine.figures();
  const engineRuns: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    engine.figures({ filters: r % 2 === 0 ? { products: ['IB1'] } : {} });
    engineRuns.push(performance.now() - t);
  }

  const server = await serveWebBuild();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    // tsx names functions with a helper the page does not have.
    await page.addInitScript('window.__name = (f) => f');
    page.on('crash', () => process.stderr.write('pagina gecrasht\n'));
    page.on('pageerror', (e) => process.stderr.write(`paginafout: ${e.message}\n`));
    await page.goto(server.url);
    await page.locator('.figure-value[data-metric="clients"]').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="import-input"]').setInputFiles(file);
    // The file has no provider, client or cost sheet: the preview asks to confirm what is missing.
    await page.locator('[data-testid="import-accept-consequences"]').check({ timeout: 120_000 });
    await page.locator('[data-testid="import-commit"]').click({ timeout: 120_000 });
    await page.locator('[data-testid="batches"]').waitFor({ timeout: 120_000 });
    await openProductFilter(page);
    await watchLongTasks(page);
    const times: number[] = [];
    for (let r = 0; r < warmup + runs; r++) {
      if (r === warmup) await watchLongTasks(page);
      times.push(await timeFilterChange(page));
    }
    times.splice(0, warmup);
    const longest = await longestTask(page);
    return {
      allocations: n,
      ms: Math.round(median(times)),
      engineMs: Math.round(median(engineRuns)),
      longestTaskMs: Math.round(longest),
      runs: times.map(Math.round),
    };
  } finally {
    await browser.close();
    server.stop();
  }
}

/** Instroom & uitstroom with the product filter open: where a filter change is timed. */
export async function openProductFilter(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: 'Instroom & uitstroom' }).click();
  await page.locator('summary', { hasText: /^Product:/ }).click();
}

/** From now on, the longest main-thread task (PerformanceObserver longtask: over 50 ms). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number; observing?: boolean };
    w.longest = 0;
    if (w.observing) return;
    w.observing = true;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The longest main-thread task since `watchLongTasks`; 0 when none took over 50 ms. */
export const longestTask = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { longest: number }).longest);

/** A product (IB1 unless told) on or off in the product filter: ms from the click to the redrawn table and chart. */
export function timeFilterChange(page: Page, product = 'IB1'): Promise<number> {
  return page.evaluate(async (product) => {
    const box = [...document.querySelectorAll('.filter-options label')]
      .find((l) => l.textContent?.trim() === product)
      ?.querySelector('input') as HTMLInputElement;
    // The whole period table: with and without the filter it differs somewhere.
    const cell = () => document.querySelector('main .figure-table table tbody')?.textContent ?? '';
    const before = cell();
    const t0 = performance.now();
    const changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (cell() !== before) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.querySelector('main') as Node, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    box.click();
    await changed;
    // The chart draws in a task after the commit (EChart's setTimeout): two frames later it is on screen.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - t0;
  }, product);
}
