import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../shared/import/importFiles';
import { datasetFromColumns } from '../../shared/metrics/dataset';
import { MetricsEngine } from '../../shared/metrics/engine';
import expected from '../fixtures/expected.json' with { type: 'json' };
import { sampleFile, testKey } from '../helpers';
import { launchChromium, root, screenshots, serveWebBuild } from './browser';

let browser: Browser;
let server: { url: string; stop: () => void };
let page: Page;

const figure = async (metric: string, year: string) =>
  Number(
    await page.locator(`[data-metric="${metric}"][data-year="${year}"]`).getAttribute('data-value'),
  );

/** The dedicated workers running in the browser (the DevTools protocol lists nested ones too). */
async function workerCount(b: Browser): Promise<number> {
  const cdp = await b.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { type: string }[];
  };
  await cdp.detach();
  return targetInfos.filter((t) => t.type === 'worker').length;
}

/** An engine on the sample the app shows first, read as the app reads it. */
async function sampleEngine(): Promise<MetricsEngine> {
  const { data } = await importFiles([sampleFile()], { pseudonymKey: testKey });
  return new MetricsEngine(datasetFromColumns(data));
}

describe('de app in Chromium (dist/web)', () => {
  beforeAll(async () => {
    server = await serveWebBuild();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      locale: 'nl-NL',
    });
    // Nothing may leave the machine: every request outside the local server fails the test.
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
    );
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  it('toont bij de eerste start het dashboard van de voorbeelddata', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page
      .locator('.figure-value[data-metric="clients"][data-year="2019"]')
      .waitFor({ timeout: 30_000 });
    expect(await figure('clients', '2019')).toBe(2720);
    expect(await figure('clients', '2018')).toBe(2507);
    expect(await figure('costPerClientMonth', '2019')).toBeCloseTo(561, 0);
    expect(
      await page.locator('td[data-group="ggz"][data-year="2015"]').getAttribute('data-value'),
    ).toBe('89');
    await expect
      .poll(() =>
        page.locator('.figure-value[data-metric="clients"][data-year="2019"]').textContent(),
      )
      .toBe('2.720');
    await page.screenshot({ path: `${screenshots}/overzicht-voorbeeld.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('elk scherm toont de voorbeelddata zonder fouten (met schermafdruk)', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // At 1366 pixels a wide table fits its box: no last column cut off at the edge.
    const cutOff: string[] = [];
    const screens: [string, string][] = [
      ['Instroom & uitstroom', 'instroom-uitstroom'],
      ['Trajectduur', 'trajectduur'],
      ['Kosten', 'kosten'],
      ['Cliënten', 'clienten'],
      ['Aanbieders', 'aanbieders'],
      ['Producten', 'producten'],
      ['Vergelijking', 'vergelijking-voorbeeld'],
      ['Overzicht', 'overzicht'],
    ];
    for (const [tab, file] of screens) {
      await page
        .getByRole('navigation', { name: 'Schermen' })
        .getByRole('button', { name: tab, exact: true })
        .click();
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.screenshot({ path: `${screenshots}/${file}.png`, fullPage: true });
      const wider = await page
        .locator('.table-wide')
        .evaluateAll((boxes) =>
          boxes
            .filter((box) => box.scrollWidth > box.clientWidth + 1)
            .map(
              (box) => `${box.scrollWidth} > ${box.clientWidth}: ${box.textContent?.slice(0, 40)}`,
            ),
        );
      cutOff.push(...wider.map((caption) => `${tab}: ${caption}`));
    }
    expect(cutOff).toEqual([]);
    await page.getByRole('button', { name: 'Aanbieders', exact: true }).click();
    expect(
      await page.locator('[data-testid="providers-table"] tbody tr').count(),
    ).toBeGreaterThanOrEqual(51);
    await page.getByRole('button', { name: 'Producten', exact: true }).click();
    expect(await page.locator('[data-testid="transitions"] tbody tr').count()).toBe(4);
    await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
    expect(errors).toEqual([]);
  });

  it('filters: type aanbieder GGZ geeft de 700 cliënten van Tabel 1 in 2019; wissen geeft weer 2.720', async () => {
    await page.locator('summary', { hasText: 'Type aanbieder' }).click();
    await page.getByRole('checkbox', { name: 'GGZ', exact: true }).check();
    await expect.poll(() => figure('clients', '2019')).toBe(700);
    expect(await figure('clients', '2018')).toBe(534);
    // The cost under a filter comes from the cost worker beside the analysis worker (issue 22),
    // and is the engine's on this thread.
    expect(await workerCount(browser)).toBe(2);
    const ggz = (await sampleEngine()).figures({ filters: { providerGroups: ['ggz'] } });
    expect(await figure('costPerClientMonth', '2019')).toBeCloseTo(
      ggz.byYear['2019']?.costPerClientMonth as number,
      6,
    );
    expect(await page.locator('.caption').first().textContent()).toContain(
      'Filter: type aanbieder GGZ',
    );
    await page.screenshot({ path: `${screenshots}/filter-ggz.png` });
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => figure('clients', '2019')).toBe(2720);
  });

  it('Instellingen: een andere trajectgrens rekent alle cijfers opnieuw uit en blijft bewaard', async () => {
    const before = await figure('inflow', '2019');
    await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
    await page.getByLabel('Trajectgrens (dagen)').fill('3');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
    await expect
      .poll(() => page.locator('.caption').first().textContent())
      .toContain('trajectgrens 3 dagen');
    expect(await figure('inflow', '2019')).toBeGreaterThan(before); // shorter gaps split trajectories
    await page.screenshot({ path: `${screenshots}/instellingen-gap3.png` });
    // Back to the default, so the figures below follow metrics.md's defaults.
    await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
    await page.getByLabel('Trajectgrens (dagen)').fill('31');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
    await expect.poll(() => figure('inflow', '2019')).toBe(before);
  });

  it('Instellingen gelden vanzelf, de peildatum in Nederlandse notatie, ongedaan maken houdt stand', async () => {
    await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
    const peildatum = page.getByLabel('Peildatum');
    // Empty: the date in use is shown, Dutch whatever the browser's locale.
    expect(await peildatum.getAttribute('placeholder')).toBe('31-12-2019');
    expect(await page.locator('#peildatum-uitleg').textContent()).toContain(
      'In gebruik: 31-12-2019.',
    );
    await page.getByLabel('Trajectgrens (dagen)').fill('3');
    // No button: a moment later the figures follow, and "Hoe berekend?" says the gap in force.
    const undo = page.getByRole('button', { name: 'Laatste wijziging ongedaan maken' });
    await undo.waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
    await expect
      .poll(() => page.locator('.caption').first().textContent())
      .toContain('trajectgrens 3 dagen');
    await page.locator('header').getByRole('button', { name: 'Hoe berekend?' }).click();
    expect(await page.locator('[data-term="traject"] dd').textContent()).toContain(
      'hooguit 3 dagen',
    );
    await page.keyboard.press('Escape');
    // Undo puts 31 back in the field and keeps it (nothing applies the 3 again).
    await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
    await undo.click();
    await expect.poll(() => page.getByLabel('Trajectgrens (dagen)').inputValue()).toBe('31');
    await page.waitForTimeout(1_500);
    expect(await page.getByLabel('Trajectgrens (dagen)').inputValue()).toBe('31');
    await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
    await expect
      .poll(() => page.locator('.caption').first().textContent())
      .toContain('trajectgrens 31 dagen');
    // A date the calendar does not have is said, and nothing changes.
    await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
    await peildatum.fill('31-02-2019');
    expect(await page.locator('.settings .error').first().textContent()).toBe(
      'Geef een datum als 31-12-2019.',
    );
    // A date outside the data is said with the dates that can be, and nothing changes.
    await peildatum.fill('31-12-2109');
    expect(await page.locator('.settings .error').first().textContent()).toBe(
      'Kies een peildatum van 01-01-2015 tot en met 31-12-2020: van de eerste startdatum tot een jaar na de laatste datum in de gegevens.',
    );
    expect(await peildatum.getAttribute('aria-invalid')).toBe('true');
    await page.waitForTimeout(1_500);
    await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
    expect(await page.locator('.caption').first().textContent()).toContain('31-12-2019');
    await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
    // Mid-year: Vergelijking opens on the last whole year and names the partial one so.
    await peildatum.fill('30-06-2019');
    await page.getByRole('button', { name: 'Vergelijking', exact: true }).click();
    const year = page.locator('[data-testid="compare-year"]');
    await expect.poll(() => year.inputValue()).toBe('2018');
    expect(await year.locator('option[value="2019"]').textContent()).toBe('2019 t/m 30-06-2019');
    expect(await page.locator('main').textContent()).toContain(
      'telt maar een deel van het jaar en staat daarom niet in de grafieken',
    );
    // The Overzicht's Tabel 1 names the half year so, and its development runs over whole years.
    await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
    const groups = page.locator('table', { hasText: 'per type aanbieder' }).locator('thead th');
    await expect.poll(() => groups.allTextContents()).toContain('2019 t/m 30-06-2019');
    expect(await groups.allTextContents()).toContain('Ontwikkeling 2015–2018');
    await page.getByRole('button', { name: 'Instellingen', exact: true }).click();
    await peildatum.fill('');
    await page.getByRole('button', { name: 'Overzicht', exact: true }).click();
    await expect
      .poll(() => page.locator('.caption').first().textContent())
      .toContain('Peildatum 31-12-2019');
  });

  it('exporteert de kerncijfers als .xlsx (alleen waarden) en legt uit hoe ze berekend zijn', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporteren…' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('kerncijfers.xlsx');
    const { read, utils } = await import('xlsx');
    const { readFileSync } = await import('node:fs');
    const wb = read(readFileSync((await download.path()) as string), { cellFormula: true });
    const sheet = wb.Sheets.Kerncijfers;
    const rows = utils.sheet_to_json<(string | number)[]>(sheet as never, { header: 1 });
    expect(rows.find((r) => r[0] === 'Cliënten')).toEqual([
      'Cliënten',
      1572,
      1868,
      2147,
      2507,
      2720,
    ]);
    expect(
      Object.values(sheet ?? {}).some((c) => typeof c === 'object' && c !== null && 'f' in c),
    ).toBe(false);

    await page.getByRole('banner').getByRole('button', { name: 'Hoe berekend?' }).click();
    const dialog = page.getByRole('dialog', { name: 'Hoe berekend?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Kaplan–Meier');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    // A caption's link opens the definition of its own figure.
    await page.locator('.caption').getByRole('button', { name: 'Hoe berekend?' }).first().click();
    await dialog.waitFor();
    expect(await page.locator('.definitions .current dt').textContent()).toBe('Traject');
    await page.screenshot({ path: `${screenshots}/hoe-berekend.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('importeert mini.xlsx via het scherm: geweigerde regels met reden, daarna de cijfers van expected.json', async () => {
    await page
      .locator('[data-testid="import-input"]')
      .setInputFiles(`${root}test/fixtures/mini.xlsx`);
    const rejected = page.locator('.preview [data-testid="rejected-rows"] tbody tr');
    await rejected.first().waitFor();
    expect(await rejected.count()).toBe(2);
    expect(await rejected.nth(0).textContent()).toContain('Einddatum ligt vóór de startdatum');
    expect(await rejected.nth(1).textContent()).toContain('Onbekend product');
    await page.screenshot({ path: `${screenshots}/import-voorbeeld.png`, fullPage: true });
    await page.locator('[data-testid="import-commit"]').click();
    await page.locator('[data-testid="batches"]').waitFor();
    const y2019 = expected.byYear['2019'];
    for (const key of [
      'clients',
      'inflow',
      'outflow',
      'outflowRatePct',
      'activeAtYearEnd',
      'costTotal',
      'costPerClientMonth',
      'medianDaysKM',
      'meanAgeAtStart',
      'providersActive',
    ] as const) {
      expect(await figure(key, '2019'), key).toBe(y2019[key]);
    }
    await page.screenshot({ path: `${screenshots}/overzicht-mini.png`, fullPage: true });
  });

  it('na herladen staan de geïmporteerde gegevens er nog; ongedaan maken haalt de import weg', async () => {
    await page.reload();
    await page.locator('[data-testid="batches"]').waitFor({ timeout: 30_000 });
    expect(await figure('clients', '2019')).toBe(expected.byYear['2019'].clients);
    expect(await figure('inflow', '2019')).toBe(expected.byYear['2019'].inflow);
    expect(await page.locator('[data-testid="batches"] tbody tr').count()).toBe(1);
    await page.screenshot({ path: `${screenshots}/na-herladen.png`, fullPage: true });
    // The app opened on the figures it kept; the data itself loads behind them, so a filter
    // change right away is computed from it (and clearing the filter gives the same figures).
    await page.locator('summary', { hasText: 'Type aanbieder' }).click();
    await page.getByRole('checkbox', { name: 'GGZ', exact: true }).check();
    await expect.poll(() => figure('clients', '2019')).toBe(expected.providerGroups.ggz['2019']);
    expect(await figure('clients', '2018')).toBe(expected.providerGroups.ggz['2018']);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => figure('clients', '2019')).toBe(expected.byYear['2019'].clients);
    // Undo asks first, saying what it removes; then says what it undid.
    await page.getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
    expect(await page.getByRole('alertdialog').textContent()).toContain(
      'De import van mini.xlsx ongedaan maken? Dit verwijdert 11 toewijzingen, en daarmee de gegevensset',
    );
    await page.getByRole('button', { name: 'Ja, ongedaan maken' }).click();
    await page.locator('[data-testid="batches"]').waitFor({ state: 'detached' });
    expect(await page.locator('.notice').textContent()).toMatch(
      /^Ongedaan gemaakt: de import van mini\.xlsx \(11 toewijzingen\) uit “/,
    );
    // The only import is gone, so the app shows the sample again.
    await expect.poll(() => figure('clients', '2019')).toBe(2720);
  });

  it('een kolom die niet herkend werd, koppelt de gebruiker zelf; de koppeling wordt onthouden', async () => {
    await page
      .locator('[data-testid="import-input"]')
      .setInputFiles(`${root}test/fixtures/onbekende-kolom.csv`);
    await page.locator('.preview').waitFor();
    expect(await page.locator('[data-testid="import-commit"]').isDisabled()).toBe(true); // no start date: nothing usable
    // Not recognised (no start date): its mapping is open at once.
    const mapping = page.locator('.preview details.mapping', { hasText: 'Kolommen koppelen' });
    expect(await mapping.getAttribute('open')).not.toBeNull();
    await page.locator('.preview [data-testid="mapping-2"]').selectOption('startDate');
    // Usable now; what it lacks (providers, ages, costs, municipality) needs the explicit choice.
    await page.locator('[data-testid="import-accept-consequences"]').check();
    await expect.poll(() => page.locator('[data-testid="import-commit"]').isDisabled()).toBe(false);
    await page.screenshot({ path: `${screenshots}/kolom-koppelen.png`, fullPage: true });
    await page.locator('[data-testid="import-commit"]').click();
    await page.locator('[data-testid="batches"]').waitFor();
    expect(await figure('clients', '2019')).toBe(2);
    // A next export with the same headers is read with the correction at once.
    await page
      .locator('[data-testid="import-input"]')
      .setInputFiles(`${root}test/fixtures/onbekende-kolom-vervolg.csv`);
    await page.locator('.preview').waitFor();
    await page.locator('[data-testid="import-accept-consequences"]').check();
    // No municipality to match on: the user chooses the dataset it belongs to.
    await page
      .getByRole('combobox', { name: 'Opslaan in' })
      .selectOption({ label: 'onbekende-kolom' });
    await page.locator('[data-testid="import-commit"]').click();
    await expect.poll(() => figure('clients', '2019')).toBe(3);
  });

  it('een onbekende productcode koppelt de gebruiker aan een product; geweigerde regels worden gelezen', async () => {
    await page
      .locator('[data-testid="import-input"]')
      .setInputFiles(`${root}test/fixtures/mini.xlsx`);
    await page.locator('.preview [data-testid="product-XYZ"]').waitFor();
    expect(await page.locator('.preview [data-testid="rejected-rows"] tbody tr').count()).toBe(2);
    await page.locator('.preview [data-testid="product-XYZ"]').selectOption('IB1');
    // Now only the row with its end before its start is refused.
    await expect
      .poll(() => page.locator('.preview [data-testid="rejected-rows"] tbody tr').count())
      .toBe(1);
    await page.screenshot({ path: `${screenshots}/product-koppelen.png`, fullPage: true });
    await page.getByRole('button', { name: 'Annuleren' }).click();
  });
});

describe('Vergelijking in Chromium', () => {
  let browser2: Browser;
  let server2: { url: string; stop: () => void };
  afterAll(async () => {
    await browser2?.close();
    server2?.stop();
  });

  it('zet de zeven Drechtsteden-gemeenten van de voorbeelddata naast elkaar per 1.000 inwoners', async () => {
    server2 = await serveWebBuild();
    browser2 = await launchChromium();
    const p = await (
      await browser2.newContext({ viewport: { width: 1280, height: 720 }, locale: 'nl-NL' })
    ).newPage();
    await p.goto(server2.url);
    await p.getByRole('button', { name: 'Vergelijking' }).click();
    const rows = p.locator('[data-testid="compare-table"] tbody tr[data-kind="registrations"]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(7);
    const codes = await rows.evaluateAll((trs) =>
      trs.map((tr) => tr.getAttribute('data-municipality')),
    );
    expect(codes.sort()).toEqual([
      'GM0482',
      'GM0505',
      'GM0523',
      'GM0531',
      'GM0590',
      'GM0610',
      'GM0642',
    ]);
    const rates = await p
      .locator('[data-testid="compare-table"] td[data-figure="clientsPer1000"]')
      .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
    for (const r of rates) expect(r).toBeGreaterThan(5); // about 9 clients per 1.000 inhabitants in 2019
    expect(
      await p.locator('[data-testid="compare-table"] tbody tr[data-kind="region"]').count(),
    ).toBe(1);
    expect(await p.locator('canvas').count()).toBeGreaterThan(0);
    await p.screenshot({ path: `${screenshots}/vergelijking.png`, fullPage: true });
  });
});
