import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, root, screenshots } from './browser';

/** Nine digits that pass the elfproef, from eight: the ninth makes the weighted sum a multiple of 11. */
function bsn(eight: string): string {
  const sum = [...eight].reduce((s, d, i) => s + Number(d) * (9 - i), 0);
  for (let last = 0; last <= 9; last++) if ((sum - last) % 11 === 0) return eight + last;
  return bsn(String(Number(eight) + 1).padStart(8, '0'));
}

// One client per written form; the typo is a valid number with its last digit changed.
const valid = ['12345678', '23456789', '34567891', '45678912', '56789123', '67891234', '78912345']
  .map(bsn)
  .concat(bsn('01234567'));
const typo = (() => {
  const good = bsn('89123456');
  return good.slice(0, 8) + ((Number(good[8]) + 1) % 10);
})();
const dotted = (d: string) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`;
const written = [
  valid[0],
  dotted(valid[1] as string),
  `${valid[2]?.slice(0, 3)} ${valid[2]?.slice(3, 6)} ${valid[2]?.slice(6)}`,
  `${valid[3]?.slice(0, 3)}-${valid[3]?.slice(3, 6)}-${valid[3]?.slice(6)}`,
  `BSN ${valid[4]}`,
  `bsn: ${dotted(valid[5] as string)}`,
  `\u00a0${valid[6]}\u00a0`,
  (valid[7] as string).replace(/^0/, ''), // a numeric cell that lost its leading zero
  typo,
  `BSN ${dotted(typo)}`,
] as string[];
/** What must never be seen or stored: each number's digits, also as a Dutch-formatted number. */
const needles = [...valid, typo].flatMap((d) => [
  d,
  d.replace(/^0/, ''),
  Number(d).toLocaleString('nl-NL'),
]);

let page: Page;

/** Every string and number the app's IndexedDB databases hold, searched in the page for `needles`. */
const storedMatches = () =>
  page.evaluate(async (needles: string[]) => {
    const found: string[] = [];
    const numbers = new Set(needles.filter((n) => /^\d+$/.test(n)).map(Number));
    const visit = (value: unknown, where: string): void => {
      if (typeof value === 'string') {
        for (const n of needles) if (value.includes(n)) found.push(`${where}: "${value}"`);
      } else if (typeof value === 'number') {
        if (numbers.has(value)) found.push(`${where}: ${value}`);
      } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        for (const x of Array.from(value as unknown as ArrayLike<number>))
          if (numbers.has(x)) found.push(`${where}: ${x} in an array`);
      } else if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) visit(v, `${where}[${i}]`);
      } else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) visit(v, `${where}.${k}`);
    };
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const get = db.transaction(store).objectStore(store).getAll();
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        });
        visit(rows, `${name}.${store}`);
      }
      db.close();
    }
    return found;
  }, needles);

/** Rows per object store of the workspace database; for settings, the pseudonymisation key as hex. */
const storedCounts = () =>
  page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('begeleidingsmonitor');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, unknown> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      out[store] = await new Promise((resolve) => {
        const tx = db.transaction(store).objectStore(store);
        const request = store === 'settings' ? tx.get('pseudonymKey') : tx.count();
        request.onsuccess = () =>
          resolve(
            store === 'settings'
              ? Array.from((request.result?.value as Uint8Array | undefined) ?? [], (b) =>
                  b.toString(16).padStart(2, '0'),
                ).join('')
              : request.result,
          );
      });
    }
    db.close();
    return out;
  });

describe('privacy in de app (Chromium): geen BSN op het scherm of in IndexedDB, wissen', () => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await openApp());
  });
  afterAll(() => close?.());

  it('een BSN in elke schrijfwijze, ook met een tikfout, verschijnt nergens en wordt niet opgeslagen', async () => {
    const lines = written.map(
      (id, i) => `${id};IB${i % 4};01-0${1 + (i % 6)}-2019;31-12-2019;15-0${1 + (i % 9)}-1980`,
    );
    const file = `${root}test-results/bsn-schrijfwijzen.csv`;
    writeFileSync(file, `BSN;Product;Ingangsdatum;Einddatum;Geboortedatum\n${lines.join('\n')}\n`);
    await page.locator('[data-testid="import-input"]').setInputFiles(file);
    await page.locator('[data-testid="import-commit"]').waitFor();
    // The preview says what was pseudonymised, and warns about the numbers failing the elfproef.
    const preview = (await page.locator('main').textContent())?.replace(/\s+/g, ' ');
    for (const n of needles) expect(preview).not.toContain(n);
    expect(preview).toContain('elfproef');
    await page.locator('[data-testid="import-accept-consequences"]').check();
    await page.locator('[data-testid="import-commit"]').click();
    await page.locator('[data-testid="batches"]').waitFor();
    expect(
      await page
        .locator('.figure-value[data-metric="inflow"][data-year="2019"]')
        .getAttribute('data-value'),
    ).toBe(String(written.length - 1));

    // The trajectories behind a figure: pseudonyms only.
    await page.getByRole('button', { name: 'Trajecten achter Instroom 2019' }).click();
    const dialog = page.getByRole('dialog', { name: 'Instroom 2019' });
    await dialog.waitFor();
    const shown = await dialog.textContent();
    expect(shown).toMatch(/ps_[0-9a-f]{8}/);
    for (const n of needles) expect(shown).not.toContain(n);
    await page.screenshot({ path: `${screenshots}/bsn-pseudoniemen.png` });
    await page.keyboard.press('Escape');

    const body = await page.locator('body').textContent();
    for (const n of needles) expect(body).not.toContain(n);
    expect(await storedMatches()).toEqual([]);
    // Of a birth date only year and month are stored (15-0m-1980 → 19800m).
    const births = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('begeleidingsmonitor');
        open.onsuccess = () => resolve(open.result);
      });
      const chunks = await new Promise<{ table: string; field: string; values: Int32Array }[]>(
        (resolve) => {
          const get = db.transaction('chunks').objectStore('chunks').getAll();
          get.onsuccess = () => resolve(get.result);
        },
      );
      db.close();
      return chunks
        .filter((c) => c.table === 'clients' && c.field.startsWith('birth'))
        .map((c) => [c.field, Array.from(c.values)]);
    });
    expect(births.map(([field]) => field).sort()).toEqual(['birthMonth', 'birthYear']);
    const months = births.find(([field]) => field === 'birthMonth')?.[1] as number[];
    expect(new Set(months)).toEqual(
      new Set([198001, 198002, 198003, 198004, 198005, 198006, 198007, 198008, 198009]),
    );
  });

  it('werkruimte wissen: na bevestigen is IndexedDB leeg, ook de sleutel; de app toont de voorbeelddata', async () => {
    const key = (await storedCounts()).settings;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    await page
      .getByRole('navigation')
      .getByRole('button', { name: 'Instellingen', exact: true })
      .click();
    await page.getByRole('button', { name: 'Werkruimte wissen…' }).click();
    // Escape keeps everything.
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Ja, alles wissen' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Werkruimte wissen…' }).click();
    await page.getByRole('button', { name: 'Ja, alles wissen' }).click();
    await expect
      .poll(() => page.locator('.notice').textContent(), { timeout: 30_000 })
      .toContain('De werkruimte is gewist');
    const counts = await storedCounts();
    expect(counts).toMatchObject({ datasets: 0, batches: 0, chunks: 0, rows: 0 });
    // The sample the app shows next is read with a new key: the old one is gone.
    expect(counts.settings).not.toBe(key);
    expect(await page.locator('[data-testid="batches"]').count()).toBe(0);
    await page
      .getByRole('navigation')
      .getByRole('button', { name: 'Overzicht', exact: true })
      .click();
    await expect
      .poll(() =>
        page
          .locator('.figure-value[data-metric="clients"][data-year="2019"]')
          .getAttribute('data-value'),
      )
      .toBe('2720');
  });
});
