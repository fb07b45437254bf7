import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/protocol';
import { launchChromium, root, screenshots, serveWebBuild } from './browser';

const web = join(root, 'dist/web');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) =>
    statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)],
  );

describe('de webversie (dist/web) draait zonder netwerk', () => {
  it('index.html draagt een strikte Content-Security-Policy', () => {
    const html = readFileSync(join(web, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('verwijst nergens naar een externe bron (geen CDN, geen webfonts)', () => {
    for (const file of files(web)) {
      if (/\.(html|css|webmanifest|svg|js)$/.test(file) === false) continue;
      const text = readFileSync(file, 'utf8');
      if (/\.(html|css|webmanifest)$/.test(file) || file.endsWith('sw.js')) {
        expect(text, file).not.toMatch(/https?:\/\//);
      } else {
        // Scripts may contain URL-shaped identifiers (XML namespaces in SheetJS), never loads of them.
        expect(text, file).not.toMatch(
          /(?:fetch|import|importScripts)\(\s*["'`]https?:|src\s*=\s*["'`]https?:|url\(\s*["']?https?:/,
        );
      }
    }
  });

  describe('in Chromium', () => {
    let browser: Browser;
    let server: { url: string; stop: () => void };
    beforeAll(async () => {
      server = await serveWebBuild();
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      server?.stop();
    });

    it('de lokale server verbiedt inlijsten en stuurt dezelfde strikte CSP als Electron', async () => {
      const response = await fetch(server.url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    });

    it('een nieuwe versie wacht tot geen venster van de oude meer open is: een open tab laadt zijn eigen onderdelen nog', async () => {
      // The old build, served from a copy that is then "updated" in place.
      const folder = join(root, 'test-results/web-update');
      rmSync(folder, { recursive: true, force: true });
      cpSync(web, folder, { recursive: true });
      const served = await serveWebBuild('test-results/web-update');
      const context = await browser.newContext({ serviceWorkers: 'allow' });
      const page = await context.newPage();
      await page.goto(served.url);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await page.reload();
      await page.locator('[data-metric="clients"][data-year="2019"]').first().waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      // The update: a lazy chunk of the old build is gone, the service worker has a new cache.
      const html = readFileSync(join(folder, 'index.html'), 'utf8');
      const lazy = readdirSync(join(folder, 'assets')).find(
        (f) => f.endsWith('.js') && !html.includes(f) && !f.includes('worker'),
      ) as string;
      rmSync(join(folder, 'assets', lazy));
      const sw = readFileSync(join(folder, 'sw.js'), 'utf8')
        .replace(/const CACHE = 'bm-[0-9a-f]+'/, "const CACHE = 'bm-nieuw'")
        .replace(`"./assets/${lazy}",`, '');
      writeFileSync(join(folder, 'sw.js'), sw);
      expect((await fetch(`${served.url}assets/${lazy}`)).status).toBe(404);

      const states = await page.evaluate(async () => {
        const registration =
          (await navigator.serviceWorker.getRegistration()) as ServiceWorkerRegistration;
        await registration.update();
        const installing = registration.installing ?? registration.waiting;
        if (installing && installing.state !== 'installed')
          await new Promise((resolve) => installing.addEventListener('statechange', resolve));
        // Time for a worker that does not wait to activate and take the page over.
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return {
          waiting: registration.waiting !== null,
          activeOld: registration.active !== installing,
        };
      });
      expect(states).toEqual({ waiting: true, activeOld: true });
      // The open tab still gets the old build's chunk, from the old cache.
      const status = await page.evaluate(
        async (url) => (await fetch(url)).status,
        `./assets/${lazy}`,
      );
      expect(status).toBe(200);
      await context.close();
      served.stop();
    });

    it('vraagt niets buiten de eigen server op, en werkt daarna offline (service worker)', async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 720 },
        locale: 'nl-NL',
        serviceWorkers: 'allow',
      });
      const outside: string[] = [];
      const origin = new URL(server.url).origin;
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:'))
          return route.continue();
        outside.push(url);
        return route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.goto(server.url);
      await page
        .locator('[data-metric="clients"][data-year="2019"]')
        .first()
        .waitFor({ timeout: 30_000 });
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      expect(outside).toEqual([]);

      await context.setOffline(true);
      server.stop();
      await page.reload();
      await page
        .locator('[data-metric="clients"][data-year="2019"]')
        .first()
        .waitFor({ timeout: 30_000 });
      expect(
        await page
          .locator('.figure-value[data-metric="clients"][data-year="2019"]')
          .getAttribute('data-value'),
      ).toBe('2720');
      await page.screenshot({ path: `${screenshots}/offline.png` });
      await context.close();
    });
  });
});
