import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import type { Cents } from '../../shared/brand';
import {
  compareFigureChoices,
  compareRows,
  standOutSentences,
} from '../../shared/compare/figureChoices';
import { compareEveryFigure } from '../../shared/compare/figuresByMunicipality';
import { buildDataset } from '../../shared/metrics/dataset';
import { MetricsEngine } from '../../shared/metrics/engine';
import type { Records, Tariff } from '../../shared/model/records';
import { dayFromCivil, dutchFromIso } from '../../shared/periods/days';
import { Publisher } from '../../shared/report/publish';
import { measureEffect } from '../../shared/steer/effect';
import { forecastYear } from '../../shared/steer/forecast';
import { growthBetween } from '../../shared/steer/growth';
import { steeringInput } from '../../shared/steer/input';
import { importRecords, testKey } from '../helpers';
import { launchChromium, root, screenshots, serveWebBuild } from './browser';

let browser: Browser;
let server: { url: string; stop: () => void };
let page: Page;

const SAMPLE = `${root}data-samples/drechtsteden-2015-2019.xlsx`;
const figure = async (metric: string, year: string) =>
  Number(
    await page
      .locator(`main [data-metric="${metric}"][data-year="${year}"]`)
      .first()
      .getAttribute('data-value'),
  );
const tab = (name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
const idle = () => page.locator('.status').waitFor({ state: 'detached', timeout: 30_000 });
/** Opens an export menu by its label and picks a version. */
const exportAs = async (label: string, version: string, within = page.locator('body')) => {
  const menu = within
    .locator('details.export-menu', { has: page.locator('summary', { hasText: label }) })
    .first();
  await menu.locator('summary').click();
  await menu.getByRole('button', { name: version }).click();
};
const sheetRows = (bytes: Buffer) => {
  const wb = read(bytes);
  return utils.sheet_to_json<(string | number | null)[]>(
    wb.Sheets[wb.SheetNames[0] as string] as never,
    { header: 1 },
  );
};

describe('inzoomen, uitsplitsen, exporteren, instellingen en reservekopie (Chromium)', () => {
  // The sample's figures computed here, in Node, by the same engine.
  let engine: MetricsEngine;
  let records: Records;
  beforeAll(async () => {
    ({ records } = await importRecords(
      [{ name: 'sample.xlsx', bytes: new Uint8Array(readFileSync(SAMPLE)) }],
      { pseudonymKey: testKey },
    ));
    engine = new MetricsEngine(buildDataset(records));
    server = await serveWebBuild();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    const origin = new URL(server.url).origin;
    await context.route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient'),
    );
    page = await context.newPage();
    await page.goto(server.url);
    await page.locator('.figure-value[data-metric="clients"][data-year="2019"]').waitFor({
      timeout: 30_000,
    });
  });

  afterAll(async () => {
    await browser?.close();
    server?.stop();
  });

  it('een klik op een kerncijfer toont precies de trajecten erachter, als lange lijst die alleen toont wat in beeld is', async () => {
    const inflow = await figure('inflow', '2019');
    await page.getByRole('button', { name: 'Trajecten achter Instroom 2019' }).click();
    const dialog = page.getByRole('dialog', { name: 'Instroom 2019' });
    await dialog.waitFor();
    const summary = await dialog.locator('[data-testid="drill-summary"]').textContent();
    expect(summary).toContain(`${inflow.toLocaleString('nl-NL')} trajecten`);
    // More than 200 rows: only those in view (and a margin) are in the DOM.
    const rendered = await dialog
      .locator('[data-testid="drill-table"] tbody tr:not(.spacer)')
      .count();
    expect(inflow).toBeGreaterThan(200);
    expect(rendered).toBeLessThan(60);
    expect(await dialog.locator('[data-testid="drill-table"]').getAttribute('aria-rowcount')).toBe(
      String(inflow + 1),
    );
    // Every start lies in 2019; sorted by duration, the longest comes first.
    // A numeric column sorts from high to low on the first click.
    await dialog.getByRole('button', { name: 'Dagen' }).click();
    const first = await dialog.locator('[data-testid="drill-table"] tbody tr:not(.spacer)').first();
    expect(await first.locator('td').nth(0).textContent()).toMatch(/-2019$/);
    const longest = engine
      .drill({}, { metric: 'inflow', kind: 'year', period: '2019' })
      .rows.reduce((m, r) => Math.max(m, r.days), 0);
    expect(await first.locator('td').nth(2).textContent()).toBe(longest.toLocaleString('nl-NL'));
    // Scrolling to the end renders the last rows.
    await dialog.locator('.table-scroll').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await expect
      .poll(() => dialog.locator('tbody tr:not(.spacer)').last().getAttribute('aria-rowindex'))
      .toBe(String(inflow + 1));
    await page.screenshot({ path: `${screenshots}/inzoomen.png` });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('Instroom & uitstroom gestapeld naar product; grafiek als PNG en gegevens als .xlsx', async () => {
    await tab('Instroom & uitstroom');
    await page.getByRole('radio', { name: 'Jaar' }).check();
    await page.getByRole('radio', { name: 'Product' }).check();
    await page.getByRole('radio', { name: 'Uitstroom', exact: true }).check();
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      exportAs('Grafiek als PNG', 'Intern: exacte aantallen'),
    ]);
    expect(png.suggestedFilename()).toBe('instroom-uitstroom-year.png');
    const bytes = readFileSync((await png.path()) as string);
    expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    // 1600×900 (the IHDR's width and height), with title, peildatum, filters and source drawn in.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1600, 900]);
    writeFileSync(`${screenshots}/grafiek-export.png`, bytes);
    const [data] = await Promise.all([
      page.waitForEvent('download'),
      exportAs('Gegevens als .xlsx', 'Intern: exacte aantallen'),
    ]);
    const rows = sheetRows(readFileSync((await data.path()) as string));
    // Title, then what the export says about itself, a blank row, then the table.
    expect(rows.slice(1, 6).map((r) => r[0])).toEqual([
      'Gegevensset: Voorbeeld: Drechtsteden 2015–2019',
      'Peildatum 31-12-2019 · trajectgrens 31 dagen',
      'Geen filter: alle gegevens.',
      'Bron: Begeleidingsmonitor, uit de eigen registratie (zelfde definities als het scherm).',
      'Intern: exacte aantallen, niet afgerond voor publicatie.',
    ]);
    const head = rows[rows.findIndex((r, k) => k > 0 && r.length === 0) + 1] as string[];
    const y2019 = rows.find((r) => r[0] === '2019') as (string | number)[];
    const expected = engine.figures().byPeriod.year?.['2019']?.outflowByProduct ?? {};
    for (const [product, n] of Object.entries(expected))
      expect(y2019[head.indexOf(product)], product).toBe(n);
    // The publication version, chosen per export: counts to fives, 0–7 secret, and it says so.
    const [published] = await Promise.all([
      page.waitForEvent('download'),
      exportAs('Gegevens als .xlsx', 'Publicatie: afgerond op vijftallen, 0 tot en met 7 geheim'),
    ]);
    expect(published.suggestedFilename()).toBe('instroom-uitstroom-year-publicatie.xlsx');
    const pub = sheetRows(readFileSync((await published.path()) as string));
    expect(String(pub[5]?.[0])).toMatch(/^Publicatie: aantallen afgerond op vijftallen/);
    const p2019 = pub.find((r) => r[0] === '2019') as (string | number | null)[];
    // Each count rounded to a multiple of five; a count of 0–7 is secret (.).
    for (const [product, n] of Object.entries(expected))
      expect(p2019[head.indexOf(product)], product).toBe(n <= 7 ? '.' : Math.round(n / 5) * 5);
    await page.screenshot({ path: `${screenshots}/instroom-per-product.png`, fullPage: true });
  });

  it('wat nog niet te weten is, blijft leeg met een voetnoot: eerste-jaarskosten van 2019', async () => {
    await tab('Kosten');
    const table = page.locator('.figure-table', { hasText: 'Eerste jaar per traject' });
    const head = await table.locator('thead th').allTextContents();
    const column = head.indexOf('Eerste jaar per traject (gem.)');
    const cell = (year: string) =>
      table
        .locator('tbody tr', { has: page.locator('th', { hasText: year }) })
        .locator('td')
        .nth(column - 1);
    // Start year 2018 has had its year by 31-12-2019 (hand-checked in figures.test.ts's rule).
    const mean = engine.figures().costFirstYear['2018']?.mean as number;
    expect(await cell('2018').textContent()).toBe(
      `€\u00a0${Math.round(mean).toLocaleString('nl-NL')}`,
    );
    expect(await cell('2019').textContent()).toBe('¹nog niet te weten');
    expect(await table.locator('.footnote').textContent()).toContain(
      'Nog niet te weten: niet elk traject van dat startjaar loopt al een jaar.',
    );
  });

  it('ook de kosten per periode kiezen van–tot: de grafiek en haar gegevens beginnen daar', async () => {
    await tab('Kosten');
    await page.getByRole('radio', { name: 'Maand' }).check();
    await page.getByTestId('cost-range-from').selectOption('2019-01');
    await page.getByTestId('cost-range-to').selectOption('2019-06');
    const [data] = await Promise.all([
      page.waitForEvent('download'),
      exportAs(
        'Gegevens als .xlsx',
        'Intern: exacte aantallen',
        page.locator('figure.chart').nth(1),
      ),
    ]);
    expect(data.suggestedFilename()).toBe('kosten-per-month.xlsx');
    const rows = sheetRows(readFileSync((await data.path()) as string));
    const months = rows.filter((r) => /^\d{4}-\d{2}$/.test(String(r[0]))).map((r) => r[0]);
    expect(months).toEqual(['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06']);
    const cost = engine.figures().byPeriod.month?.['2019-03']?.cost;
    expect(rows.find((r) => r[0] === '2019-03')?.[1]).toBe(cost);
  });

  it('Vergelijking: elk cijfer naast de regio, met verschil, rang en wie eruit springt', async () => {
    await tab('Vergelijking');
    const section = page.getByTestId('compare-figures');
    await section.waitFor({ timeout: 30_000 });
    // The same comparison computed here, in Node.
    const c = compareEveryFigure(engine, records.population, records.references);
    const figures = compareFigureChoices(c);
    const row = (code: string) =>
      page
        .getByTestId('compare-figure-table')
        .locator('tbody tr', { has: page.locator(`[data-municipality="${code}"]`) })
        .locator('td');
    // The default: the median duration over all trajectories.
    const zwijndrecht = c.municipalities.GM0642?.duration?.medianDaysKM as number;
    expect(await row('GM0642').first().textContent()).toBe(zwijndrecht.toLocaleString('nl-NL'));
    // A figure up to the peildatum has no course over the years: no column for it.
    const heads = () =>
      page.getByTestId('compare-figure-table').locator('thead th').allTextContents();
    expect((await heads()).some((h) => h.startsWith('Verloop'))).toBe(false);
    await page.getByTestId('compare-figure').selectOption('share:group:ggz');
    expect(await heads()).toContain('Verloop 2015–2019');
    expect(
      await page.getByTestId('compare-figure-table').locator('tbody svg[role="img"]').count(),
    ).toBe(8);
    const ggz = figures.find((f) => f.id === 'share:group:ggz') as (typeof figures)[number];
    const codes = await page
      .getByTestId('compare-figure-table')
      .locator('tbody [data-municipality]')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-municipality') as string));
    const expected = standOutSentences(c, ggz, '2019', codes, new Publisher('intern'));
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.getByTestId('compare-standout').locator('li').allTextContents()).toEqual(
      expected,
    );
    const { rows } = compareRows(c, ggz, '2019', codes, new Publisher('intern'));
    const first = rows.find((r) => r.rank === 1) as (typeof rows)[number];
    expect(await row(first.code).nth(3).textContent()).toBe('1');
    // The export takes the chosen figure; its publication version follows the brief's rule.
    const [data] = await Promise.all([
      page.waitForEvent('download'),
      exportAs(
        'Tabel als .xlsx',
        'Publicatie: afgerond op vijftallen, 0 tot en met 7 geheim',
        section,
      ),
    ]);
    expect(data.suggestedFilename()).toBe('vergelijking-share-group-ggz-publicatie.xlsx');
    const sheet = sheetRows(readFileSync((await data.path()) as string));
    const published = compareRows(c, ggz, '2019', codes, new Publisher('publicatie'));
    const alblasserdam = sheet.find((r) => r[0] === 'Alblasserdam');
    expect(alblasserdam?.slice(1, 3)).toEqual([
      published.rows.find((r) => r.code === 'GM0482')?.value,
      published.region,
    ]);
    await section.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${screenshots}/vergelijking-elk-cijfer.png` });
  });

  it('Instroom & uitstroom naar verwijzer en reden (ook in groepen); inzoomen vanaf "naar Wlz/Zvw"', async () => {
    const m = engine.figures();
    const dialog = page.getByRole('dialog');
    const cell = (reason: string, year: string) =>
      page.getByTestId('reason-table').locator(`[data-reason="${reason}"][data-year="${year}"]`);
    await tab('Instroom & uitstroom');
    // Referrers: every count per start year as the engine's, and no note that they are missing.
    await page.getByRole('radio', { name: 'Verwijzer (instroom)' }).check();
    expect(await page.getByTestId('no-reasons').count()).toBe(0);
    const wijkteam = m.inflowByReferrer['2019']?.wijkteam as number;
    expect(wijkteam).toBeGreaterThan(100);
    expect(await cell('wijkteam', '2019').textContent()).toBe(wijkteam.toLocaleString('nl-NL'));
    // Reasons by code, with their words.
    await page.getByRole('radio', { name: 'Reden einde (uitstroom)', exact: true }).check();
    const rows = page.getByTestId('reason-table').locator('tbody th');
    expect(await rows.allTextContents()).toContain('19 Levering volgens plan beëindigd');
    expect(await cell('19', '2019').textContent()).toBe(String(m.outflowByReason['2019']?.['19']));
    // In groups: "naar Wlz/Zvw" is 39 with the older 33 and 34; its count opens its trajectories.
    await page.getByRole('radio', { name: 'Reden einde in groepen' }).check();
    const toWlz = ['39', '33', '34'].reduce((n, c) => n + (m.outflowByReason['2019']?.[c] ?? 0), 0);
    expect(toWlz).toBeGreaterThan(0);
    expect(await cell('wlz_zvw', '2019').textContent()).toBe(String(toWlz));
    await cell('wlz_zvw', '2019').click();
    await expect.poll(() => dialog.locator('h2').textContent()).toContain('naar Wlz/Zvw');
    expect(await dialog.getByTestId('drill-summary').textContent()).toContain(`${toWlz} trajecten`);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('radio', { name: 'Geen' }).check();
    // The Overzicht's line opens the same trajectories.
    await tab('Overzicht');
    expect(await page.getByTestId('left-for-wlz-count').textContent()).toBe(String(toWlz));
    await page.getByTestId('left-for-wlz-count').click();
    await expect.poll(() => dialog.locator('h2').textContent()).toContain('Uitstroom 2019');
    expect(await dialog.getByTestId('drill-summary').textContent()).toContain(`${toWlz} trajecten`);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
  });

  it('Cliënten: wie op de peildatum nog een traject had, per startjaar: de leeftijd daalt van 57 naar 43', async () => {
    await tab('Cliënten');
    const table = page.getByTestId('running-profile-table');
    const row = (year: string) =>
      table.locator('tbody tr', { has: page.locator('th', { hasText: year }) }).locator('td');
    expect(await row('2016').nth(1).textContent()).toBe('57,0');
    expect(await row('2019').nth(1).textContent()).toBe('43,0');
    // Another day: the profile of who ran then, as the engine counts it; the setting is kept.
    await page.getByTestId('running-on').fill('30-06-2018');
    await page.getByTestId('running-on').press('Enter');
    await idle();
    const then = engine.figures({ runningOn: dayFromCivil(2018, 6, 30) }).runningProfile;
    await expect.poll(() => page.locator('#lopend-titel').textContent()).toContain('30-06-2018');
    expect(await table.locator('tbody tr').count()).toBe(4);
    const p2017 = then.byStartYear['2017'];
    expect(await row('2017').nth(0).textContent()).toBe(p2017?.n.toLocaleString('nl-NL'));
    expect(await row('2017').nth(2).textContent()).toBe(String(p2017?.under26));
    // A day after the peildatum is refused with a reason; empty is the peildatum again.
    await page.getByTestId('running-on').fill('01-01-2020');
    await page.getByTestId('running-on').press('Enter');
    expect(await page.getByTestId('running-on-error').textContent()).toBe(
      'Kies een datum op of vóór de peildatum (31-12-2019).',
    );
    await page.getByTestId('running-on').fill('');
    await page.getByTestId('running-on').press('Enter');
    await idle();
    await expect.poll(() => page.locator('#lopend-titel').textContent()).toContain('31-12-2019');
  });

  it('Aanbieders: volgens plan en voortijdig per aanbieder, zoals de motor ze telt', async () => {
    await tab('Aanbieders');
    const table = page.getByTestId('providers-table');
    const head = await table.locator('thead th').allTextContents();
    const planned = head.indexOf('Volgens plan %');
    const early = head.indexOf('Voortijdig %');
    expect([planned, early].every((i) => i > 0)).toBe(true);
    // The largest provider (the table opens sorted by clients) against the engine's figures.
    const m = engine.figures();
    const [id, p] = Object.entries(m.providers).sort(
      ([, a], [, b]) => (b.clients['2019'] ?? 0) - (a.clients['2019'] ?? 0),
    )[0] as [string, (typeof m.providers)[string]];
    const row = table.locator('tbody tr').first();
    expect(await row.locator('th').textContent()).toBe(p.name ?? id);
    const pct = (v: number | null | undefined) => `${(v as number).toFixed(1).replace('.', ',')}%`;
    expect(
      await row
        .locator('td')
        .nth(planned - 1)
        .textContent(),
    ).toBe(pct(p.endedAsPlannedPct?.['2019']));
    expect(
      await row
        .locator('td')
        .nth(early - 1)
        .textContent(),
    ).toBe(pct(p.endedEarlyPct?.['2019']));
  });

  it('een grafiek zonder aantallen heeft geen publicatieversie, en zegt waarom', async () => {
    await tab('Trajectduur');
    const menu = page.locator('details.export-menu').first();
    await menu.locator('summary').click();
    const publish = menu.getByRole('button', { name: /^Publicatie/ });
    expect(await publish.isDisabled()).toBe(true);
    expect(await menu.locator('.caption').textContent()).toContain('dit zijn geen aantallen');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('open')).toBeNull();
  });

  it('een staaf aanwijzen toont zijn tooltip: jaar, per product naam en aantal apart, zonder CSP-fouten', async () => {
    const blocked: string[] = [];
    const listen = (m: { type(): string; text(): string }) => {
      if (/Content Security Policy|inline style/i.test(m.text())) blocked.push(m.text());
    };
    page.on('console', listen);
    await tab('Instroom & uitstroom');
    await page.getByRole('radio', { name: 'Jaar' }).check();
    await page.getByRole('radio', { name: 'Product' }).check();
    await page.getByRole('radio', { name: 'Instroom', exact: true }).check();
    const canvas = page.locator('.chart canvas').first();
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox()) as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    // The last year's bar: the right end of the plot, halfway up.
    await page.mouse.move(box.x + box.width - 60, box.y + box.height / 2 - 20);
    await page.mouse.move(box.x + box.width - 50, box.y + box.height / 2);
    await page.screenshot({ path: '/tmp/hover.png' });
    const tooltip = page.locator('.chart-tooltip').first();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.locator('.chart-tooltip-head').textContent()).toBe('2019');
    const names = await tooltip.locator('.chart-tooltip-row .name').allTextContents();
    const values = await tooltip.locator('.chart-tooltip-row .value').allTextContents();
    const expected = engine.figures().byPeriod.year?.['2019']?.inflowByProduct ?? {};
    expect(names).toEqual(Object.keys(expected));
    expect(values).toEqual(Object.values(expected).map((n) => n.toLocaleString('nl-NL')));
    await page.screenshot({ path: `${screenshots}/tooltip.png` });
    page.off('console', listen);
    expect(blocked).toEqual([]);
  });

  it('het begin van de gegevens is gemarkeerd, en van–tot kiest een latere start', async () => {
    await tab('Instroom & uitstroom');
    await page.getByRole('radio', { name: 'Maand' }).check();
    await page.getByRole('radio', { name: 'Geen' }).check();
    const firstRow = page.locator('main table tbody tr').first().locator('th, td').first();
    expect(await firstRow.textContent()).toBe('2015-01 (begin gegevens)');
    expect(await page.locator('main').textContent()).toContain(
      'telt toewijzingen die toen al liepen',
    );
    await page.locator('[data-testid="range-from"]').selectOption('2015-04');
    await expect.poll(() => firstRow.textContent()).toBe('2015-04');
    expect(await page.locator('main').textContent()).not.toContain(
      'telt toewijzingen die toen al liepen',
    );
    await page.locator('[data-testid="range-to"]').selectOption('2015-12');
    expect(await page.locator('main table tbody tr').count()).toBe(9);
    await page.locator('[data-testid="range-from"]').selectOption('');
    await page.locator('[data-testid="range-to"]').selectOption('');
  });

  it('toetsenbord: de eerste Tab is "Naar de cijfers", Escape sluit een filter', async () => {
    await page.reload();
    await page.locator('.figure-value[data-metric="clients"][data-year="2019"]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de cijfers');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
    // A filter's pop-over: opened with the keyboard, closed with Escape, the focus on its button.
    const filter = page.locator('details.filter').first();
    await filter.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await filter.getAttribute('open')).not.toBeNull();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await filter.getAttribute('open')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
  });

  it('filter op één aanbieder (met zoeken): de cliënten zijn die van de aanbiederstabel', async () => {
    await tab('Aanbieders');
    const top = page.locator('[data-testid="providers-table"] tbody tr').first();
    const name = (await top.locator('th').textContent()) as string;
    const clients = Number(
      ((await top.locator('td').first().textContent()) as string).replace('.', ''),
    );
    await page.locator('summary', { hasText: /^Aanbieder:/ }).click();
    await page.getByRole('searchbox', { name: 'Aanbieder zoeken' }).fill(name.slice(0, 8));
    await page.getByRole('checkbox', { name, exact: true }).check();
    await idle();
    await tab('Overzicht');
    await expect.poll(() => figure('clients', '2019')).toBe(clients);
    expect(await page.locator('.caption').first().textContent()).toContain(`aanbieder ${name}`);
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await expect.poll(() => figure('clients', '2019')).toBe(2720);
  });

  it('Instellingen: eigen leeftijdsklassen en een eigen tarief rekenen alles opnieuw uit', async () => {
    await tab('Instellingen');
    await page.getByRole('textbox', { name: 'Leeftijdsgrenzen' }).fill('18, 65');
    const ib1 = page.getByRole('textbox', { name: 'Tarief IB1 2019' });
    expect(await ib1.inputValue()).toMatch(/^\d+,\d\d$/);
    await ib1.fill('500,00');
    await page.screenshot({ path: `${screenshots}/instellingen.png`, fullPage: true });
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await idle();
    await tab('Cliënten');
    const bands = await page.locator('table').first().locator('tbody th').allTextContents();
    expect(bands).toEqual(['<18', '18-64', '65+', 'onbekend']);
    await tab('Overzicht');
    const m = engine.figures({
      tariffs: withTariff(records.tariffs, {
        product: 'IB1',
        year: 2019,
        perMonth: 50_000 as Cents,
      }),
    });
    await expect.poll(() => figure('costTotal', '2019')).toBe(m.byYear['2019']?.costTotal);
    expect(await figure('costTotal', '2018')).toBe(engine.figures().byYear['2018']?.costTotal);
    // Back to the defaults: the imported tariff again, the standard bands.
    await tab('Instellingen');
    await page.getByRole('textbox', { name: 'Leeftijdsgrenzen' }).fill('18, 27, 40, 55, 65, 75');
    await page.getByRole('textbox', { name: 'Tarief IB1 2019' }).fill('');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await idle();
    await tab('Overzicht');
    await expect
      .poll(() => figure('costTotal', '2019'))
      .toBe(engine.figures().byYear['2019']?.costTotal);
  });

  it('English: the whole interface and its number formats switch, and the choice is kept', async () => {
    await tab('Instellingen');
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('navigation', { name: 'Screens' }).waitFor();
    await tab('Overview');
    await expect
      .poll(() =>
        page.locator('.figure-value[data-metric="clients"][data-year="2019"]').textContent(),
      )
      .toBe('2,720');
    expect(await page.locator('main h2').first().textContent()).toBe('Overview 2019');
    expect(await page.locator('.dataset').textContent()).toBe('Sample: Drechtsteden 2015–2019');
    await page.screenshot({ path: `${screenshots}/overview-english.png`, fullPage: true });
    // The region and the report's chapters follow the language too.
    await tab('Comparison');
    expect(await page.locator('[data-municipality="REGIO"] th').textContent()).toBe(
      'Region (all municipalities together)',
    );
    await tab('Report');
    expect(await page.locator('main').textContent()).toContain('Accountability');
    expect(await page.getByTestId('brief-language').textContent()).toBe(
      'The council brief is written in Dutch: it is meant for the municipal council.',
    );
    // No screen but the brief's preview has a Dutch sentence left (provider names such as
    // "De Noord" aside): words that occur in any Dutch sentence and in no English one.
    const dutchWords = /\b(het|een|niet|voor|wordt|zijn|geen|naar|ook|bij)\b/i;
    for (const name of [
      'Overview',
      'Steering',
      'Inflow & outflow',
      'Trajectory duration',
      'Cost',
      'Clients',
      'Providers',
      'Products',
      'Comparison',
      'Settings',
    ]) {
      await tab(name);
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered lines are what a reader sees
      const lines = (await page.locator('main').innerText()).split('\n');
      expect(
        lines.filter((line) => dutchWords.test(line)),
        name,
      ).toEqual([]);
    }
    await tab('Overview');
    await page.reload();
    await page.getByRole('navigation', { name: 'Screens' }).waitFor({ timeout: 30_000 });
    await tab('Settings');
    await page.getByRole('radio', { name: 'Nederlands' }).check();
    await page.getByRole('navigation', { name: 'Schermen' }).waitFor();
    await tab('Overzicht');
    // The sample loaded in English is named in Dutch again.
    expect(await page.locator('.dataset').textContent()).toBe('Voorbeeld: Drechtsteden 2015–2019');
  });

  it('Rapport: de raadsbrief met de cijfers van het scherm, als .docx en .pptx', async () => {
    await tab('Overzicht');
    const app = {
      clients: await figure('clients', '2019'),
      inflow: await figure('inflow', '2019'),
      outflow: await figure('outflow', '2019'),
    };
    await tab('Rapport');
    const preview = page.locator('[data-testid="brief-preview"]');
    const shown = (metric: string) =>
      preview.locator(`[data-brief-metric="${metric}"]`).first().textContent();
    // Publication mode by default: 438 ended trajectories are published as 440.
    expect(app.outflow).toBe(438);
    expect(await shown('outflow')).toBe('440');
    await page.getByRole('radio', { name: 'Intern (exact)' }).check();
    expect(await shown('outflow')).toBe('438');
    // Printed, the brief is a document: no top bar, no controls above its cover.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.topbar').isVisible()).toBe(false);
    expect(await page.locator('.report-controls').isVisible()).toBe(false);
    expect(await page.locator('.brief-cover').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    // Subject, date and sender on the cover, from the Rapport screen.
    const letter = page.locator('[data-testid="brief-letter"]');
    await letter.getByLabel('Onderwerp').fill('Begeleiding in de Drechtsteden');
    await letter.getByLabel('Datum').fill('30-11-2026');
    await letter.getByLabel('Afzender').fill('team Wmo');
    expect(await preview.locator('.brief-cover').textContent()).toContain(
      'Datum 30-11-2026 · Van: team Wmo',
    );
    await page.screenshot({ path: `${screenshots}/rapport.png`, fullPage: true });
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Word (.docx)' }).click(),
    ]);
    expect(docx.suggestedFilename()).toBe('raadsbrief-2015-2019-intern.docx');
    const files = unzipSync(new Uint8Array(readFileSync((await docx.path()) as string)));
    const text = strFromU8(files['word/document.xml'] as Uint8Array)
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '');
    expect(text).toContain('Begeleiding in de Drechtsteden');
    expect(text).toContain('Datum 30-11-2026 · Van: team Wmo');
    for (const [label, value] of [
      ['Cliënten', app.clients],
      ['Instroom', app.inflow],
      ['Uitstroom', app.outflow],
    ] as const)
      expect(text).toContain(`${label}\n${value.toLocaleString('nl-NL')}\n`);
    expect(Object.keys(files).some((f) => f.startsWith('word/media/') && f.endsWith('.png'))).toBe(
      true,
    );
    await page.getByRole('radio', { name: /^Publicatie/ }).check();
    const [pptx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PowerPoint (.pptx)' }).click(),
    ]);
    const slides = Object.keys(
      unzipSync(new Uint8Array(readFileSync((await pptx.path()) as string))),
    ).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    // The title slide and a slide per section, Prognose en begroting among them.
    expect(slides).toHaveLength(10);
    expect(text).toContain('Prognose en begroting');
    // A raadsbrief: what drives a change is named, each sentence once, the signs explained.
    expect(text).toContain('De toename van het aantal cliënten tussen 2018 en 2019');
    expect(text).toContain('– = niet van toepassing');
    const sentences = (await preview.locator('section > p').allTextContents()).filter(
      (line) => line.length > 40,
    );
    expect(new Set(sentences).size).toBe(sentences.length);
    // The Vergelijking sets the chosen figures beside the region.
    expect(text).toContain('Mediane trajectduur, alle trajecten (dagen), tot de peildatum');
    await tab('Overzicht');
  });

  it('een kapot of verkeerd bestand: een duidelijke Nederlandse melding, niets te bevestigen', async () => {
    const png = `${root}test-results/export.xlsx`;
    writeFileSync(png, Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    await page.locator('[data-testid="import-input"]').setInputFiles(png);
    const alert = page.locator('.preview [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('export.xlsx: Dit is geen spreadsheet of CSV-bestand.');
    expect(await page.locator('[data-testid="import-commit"]').isDisabled()).toBe(true);
    await page.screenshot({ path: `${screenshots}/kapot-bestand.png` });
    await page.locator('.preview').getByRole('button', { name: 'Annuleren' }).click();
    await page.locator('.preview').waitFor({ state: 'detached' });
  });

  it('bestanden naar het venster slepen opent het importvoorbeeld', async () => {
    const bytes = [...readFileSync(`${root}test/fixtures/mini.xlsx`)];
    await page.evaluate((data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], 'mini.xlsx'));
      const app = document.querySelector('.app') as HTMLElement;
      for (const type of ['dragover', 'drop'])
        app.dispatchEvent(
          new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
        );
    }, bytes);
    await page.getByRole('heading', { name: 'Voorbeeld van de import: mini.xlsx' }).waitFor();
    expect(await page.locator('.preview [data-testid="rejected-rows"] tbody tr').count()).toBe(2);
    await page.locator('.preview').getByRole('button', { name: 'Annuleren' }).click();
    await page.locator('.preview').waitFor({ state: 'detached' });
  });

  it('Aanbieders: wie de groei draagt tussen twee gekozen jaren, met hun namen en hun aandeel', async () => {
    await tab('Aanbieders');
    const sentence = page.locator('[data-testid="growth-sentence"]');
    const all = growthBetween(engine.figures(), '2015', '2019', 100);
    await expect
      .poll(() => sentence.textContent())
      .toContain(
        `${all.concentrated.length} aanbieders groeiden tussen 2015 en 2019 met minstens 100 cliënten — samen ${String(all.concentratedSharePct).replace('.', ',')}% van de groei`,
      );
    for (const d of all.concentrated)
      expect(await sentence.textContent()).toContain(d.name as string);
    await page.locator('.growth select').first().selectOption('2017');
    await page.getByLabel('Groei van minstens (cliënten)').fill('50');
    const later = growthBetween(engine.figures(), '2017', '2019', 50);
    await expect
      .poll(() => sentence.textContent())
      .toContain(
        `${later.concentrated.length} aanbieders groeiden tussen 2017 en 2019 met minstens 50 cliënten`,
      );
    await tab('Overzicht');
  });

  it('Sturen: prognose tegen begroting en plafonds, streefwaarde en IB0 voor en na, zoals de CLI ze rekent', async () => {
    const input = steeringInput(records.budgets, records.ceilings);
    const atYearEnd = forecastYear(engine, {}, input);
    await tab('Overzicht');
    // The year is complete: the forecast is what it cost, beside the budget, and the target's status.
    expect(await figure('forecast', '2019')).toBe(atYearEnd.total.forecast);
    expect(await figure('budget', '2019')).toBe(16_500_000);
    expect(
      await page.locator('main [data-target-status]').first().getAttribute('data-target-status'),
    ).toBe('met');

    // On 30 September the forecast looks ahead.
    await tab('Instellingen');
    await page.getByLabel('Peildatum').fill('2019-09-30');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await idle();
    await tab('Sturen');
    const september = forecastYear(engine, { peildatum: dayFromCivil(2019, 9, 30) }, input);
    await expect.poll(() => figure('forecast', '2019')).toBe(september.total.forecast);
    expect(september.total.forecast).toBeGreaterThan(september.total.realised);
    const providers = page.locator('[data-testid="forecast-providers"] tbody tr');
    // Sorted by forecast, largest first: the provider over its ceiling, with the day it passes it.
    const passes = Object.values(september.byProvider).find((p) => p.exceedsOn !== null)?.exceedsOn;
    await expect
      .poll(() => providers.first().textContent())
      .toContain(dutchFromIso(passes as string));
    // From a provider's row to the trajectories of its clients that year.
    const [largest] =
      Object.entries(september.byProvider).sort(([, a], [, b]) => b.forecast - a.forecast)[0] ?? [];
    await providers.first().getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.locator('h2').textContent()).toContain(`2019 · ${largest}`);
    const clients = engine.figures({ peildatum: dayFromCivil(2019, 9, 30) }).providers[
      largest as string
    ]?.clients['2019'] as number;
    expect(await dialog.textContent()).toContain(`van ${clients.toLocaleString('nl-NL')} cliënten`);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect
      .poll(() => page.getByText(/zat deze prognose op dit moment van het jaar gemiddeld/).count())
      .toBe(1);
    const effect = measureEffect(engine, {}, dayFromCivil(2018, 8, 1));
    const measure = page.locator('[data-testid="measure"]');
    expect(await measure.textContent()).toContain('IB0 ingevoerd (01-08-2018)');
    expect(await measure.textContent()).toContain(
      `${effect.after.inflow.IB0} (${String(effect.after.inflowSharePct.IB0).replace('.', ',')}%)`,
    );
    await page.screenshot({ path: `${screenshots}/sturen.png`, fullPage: true });
    // A partial year stands beside the same days of the year before, never beside a whole year.
    await tab('Overzicht');
    const toDate = page.locator('[data-testid="year-to-date"]');
    expect(await toDate.locator('thead').textContent()).toContain('2019 t/m 30-09-2019');
    expect(await toDate.locator('thead').textContent()).toContain('2018 t/m 30-09-2018');
    expect(await toDate.locator('tbody tr').first().textContent()).toContain(
      september.yearToDate.current.clients.toLocaleString('nl-NL'),
    );
    for (const screen of ['Instroom & uitstroom', 'Kosten']) {
      await tab(screen);
      expect(await toDate.locator('thead').textContent()).toContain('2018 t/m 30-09-2018');
    }

    // The steering figures are for all allocations: beside filtered figures they would read as
    // the filtered ones. Under a filter the Overzicht leaves them out and says where they are;
    // Sturen keeps them and says the filter does not apply there.
    await tab('Overzicht');
    await page.locator('summary', { hasText: 'Product' }).click();
    await page.getByRole('checkbox', { name: 'IB1', exact: true }).check();
    await expect.poll(() => page.locator('[data-testid="steering-elsewhere"]').count()).toBe(1);
    expect(await page.locator('[data-metric="forecast"]').count()).toBe(0);
    expect(await toDate.count()).toBe(0);
    expect(await page.locator('[data-testid="steering-elsewhere"]').textContent()).toContain(
      'Dit jaar tot de peildatum naast vorig jaar ziet u zonder filter.',
    );
    await page.screenshot({ path: `${screenshots}/overzicht-filter-ib1.png` });
    await tab('Sturen');
    expect(await page.locator('[data-testid="steering-unfiltered"]').textContent()).toContain(
      'het filter (product IB1) geldt hier niet',
    );
    expect(await figure('forecast', '2019')).toBe(september.total.forecast);
    await page.screenshot({ path: `${screenshots}/sturen-filter-ib1.png` });
    // The brief follows the screens: no forecast of all allocations in a brief about IB1.
    await tab('Rapport');
    const prognose = page.getByRole('checkbox', { name: /Prognose en begroting/ });
    expect(await prognose.isDisabled()).toBe(true);
    expect(await prognose.isChecked()).toBe(false);
    expect(await page.locator('label', { has: prognose }).textContent()).toContain(
      'alleen zonder filter',
    );
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await idle();
    await tab('Overzicht');
    await expect.poll(() => toDate.count()).toBe(1);
    expect(await page.locator('[data-testid="steering-elsewhere"]').count()).toBe(0);

    await tab('Instellingen');
    await page.getByLabel('Peildatum').fill('');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await idle();
    await tab('Overzicht');
    await expect.poll(() => figure('forecast', '2019')).toBe(atYearEnd.total.forecast);
  });

  it('Sturen instellen in de app: begroting, plafond, streefwaarde en maatregel; herladen en reservekopie houden ze, ongedaan maken werkt', async () => {
    await tab('Instellingen');
    await page.getByLabel('Bedrag (euro)').fill('15.000.000');
    await page.getByRole('button', { name: 'Begroting opslaan' }).click();
    await idle();
    await page.getByLabel('Plafond (euro)').fill('1.000');
    await page.getByRole('button', { name: 'Plafond opslaan' }).click();
    await idle();
    await page.getByLabel('Streefwaarde voor').selectOption('outflow');
    await page.getByLabel('Waarde', { exact: true }).fill('60');
    await page.getByRole('button', { name: 'Streefwaarde toevoegen' }).click();
    await idle();
    await page.getByLabel('Maatregel op').fill('2017-01-01');
    await page.getByLabel('Omschrijving').fill('Wijkteams anders ingericht');
    await page.getByRole('button', { name: 'Maatregel toevoegen' }).click();
    await idle();
    expect(await page.locator('[data-testid="steering-entered"] li').count()).toBe(4);

    const shows = async () => {
      await tab('Overzicht');
      await expect.poll(() => figure('budget', '2019')).toBe(15_000_000);
      // Two targets now: the sample's inflow target and the outflow one entered here.
      expect(await page.locator('.steering-line [data-target-status]').count()).toBe(2);
      await tab('Sturen');
      await expect.poll(() => page.locator('[data-testid="measure"]').count()).toBe(2);
      expect(await page.locator('main').textContent()).toContain(
        'Wijkteams anders ingericht (01-01-2017)',
      );
    };
    await shows();
    await page.reload();
    await page.locator('.figure-value[data-metric="clients"][data-year="2019"]').waitFor();
    await shows();

    // The backup carries them: remove the budget, restore, and it is back.
    await tab('Instellingen');
    const backup = `${root}test-results/sturen.bmbackup`;
    await makeBackup(backup);
    await page.locator('[data-testid="steering-entered"] li').first().getByRole('button').click();
    await idle();
    await tab('Overzicht');
    await expect.poll(() => figure('budget', '2019')).toBe(16_500_000);
    // Undo puts the budget back; the restore of the backup too.
    await tab('Instellingen');
    await page.getByRole('button', { name: 'Laatste wijziging ongedaan maken' }).click();
    await idle();
    await tab('Overzicht');
    await expect.poll(() => figure('budget', '2019')).toBe(15_000_000);
    await tab('Instellingen');
    await page.locator('[data-testid="steering-entered"] li').first().getByRole('button').click();
    await idle();
    await restoreBackup(backup, PASSPHRASE);
    await idle();
    await tab('Overzicht');
    await expect.poll(() => figure('budget', '2019')).toBe(15_000_000);

    // Clean up for the tests after this one.
    await tab('Instellingen');
    const entered = page.locator('[data-testid="steering-entered"] li');
    while ((await entered.count()) > 0) {
      await entered.first().getByRole('button').click();
      await idle();
    }
    await tab('Overzicht');
    await expect.poll(() => figure('budget', '2019')).toBe(16_500_000);
  });

  it('reservekopie: maken, een import ongedaan maken, terugzetten geeft dezelfde cijfers; terugzetten is zelf ongedaan te maken', async () => {
    await page
      .locator('[data-testid="import-input"]')
      .setInputFiles(`${root}test/fixtures/mini.xlsx`);
    await page.locator('[data-testid="import-commit"]').click();
    await page.locator('[data-testid="batches"]').waitFor();
    const clients = await figure('clients', '2019');
    await tab('Instellingen');
    // A passphrase too short, or not repeated alike, is said at once; nothing is saved.
    await page.getByRole('button', { name: 'Reservekopie maken…' }).click();
    await page.getByLabel('Wachtwoord', { exact: true }).fill('kort');
    await page.getByLabel('Herhaal het wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Versleuteld opslaan' }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      'Kies een wachtwoord van minstens 12 tekens.',
    );
    await page.getByLabel('Wachtwoord', { exact: true }).press('Escape');
    const backup = `${root}test-results/werkruimte.bmbackup`;
    const download = await makeBackup(backup);
    expect(download.suggestedFilename()).toMatch(/^begeleidingsmonitor-\d{4}-\d\d-\d\d\.bmbackup$/);
    // The file shows what it is, not what it holds.
    const bytes = readFileSync(backup);
    expect(JSON.parse(bytes.subarray(0, bytes.indexOf(10)).toString('utf8'))).toMatchObject({
      format: 'begeleidingsmonitor-werkruimte',
      kdf: { name: 'PBKDF2', iterations: 600_000 },
      cipher: { name: 'AES-GCM' },
    });
    expect(bytes.includes('mini.xlsx')).toBe(false);

    // A wrong passphrase: one clear line, and nothing changes.
    await restoreBackup(backup, 'niet het goede wachtwoord');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toBe(
        'Reservekopie terugzetten mislukt: Het wachtwoord klopt niet (of het bestand is beschadigd). Er is niets veranderd.',
      );
    await tab('Overzicht');
    expect(await figure('clients', '2019')).toBe(clients);
    expect(await page.getByRole('button', { name: 'Terugzetten ongedaan maken' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Ongedaan maken', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, ongedaan maken' }).click();
    await page.locator('[data-testid="batches"]').waitFor({ state: 'detached' });
    await tab('Instellingen');
    await restoreBackup(backup, PASSPHRASE);
    await page.locator('[data-testid="batches"]').waitFor({ timeout: 30_000 });
    await tab('Overzicht');
    expect(await figure('clients', '2019')).toBe(clients);
    expect(await page.locator('.notice').textContent()).toContain('teruggezet');

    // Stopping a run ends the worker; the restore can still be undone after it.
    await page.locator('[data-testid="import-input"]').setInputFiles(bigCsv());
    await page.locator('[data-testid="busy-done"]').waitFor();
    await page.getByRole('button', { name: 'Stoppen' }).click();
    await expect.poll(() => page.locator('.notice').textContent()).toContain('Geannuleerd');
    await tab('Instellingen');
    await page.getByRole('button', { name: 'Terugzetten ongedaan maken' }).click();
    await page.locator('[data-testid="batches"]').waitFor({ state: 'detached', timeout: 30_000 });
    await tab('Overzicht');
    await expect.poll(() => figure('clients', '2019')).toBe(2720);
  });

  it('een lange import toont hoe ver hij is en is te stoppen: er wordt niets opgeslagen en de app toont weer wat er was', async () => {
    await page.locator('[data-testid="import-input"]').setInputFiles(bigCsv());
    // While it reads, the status says how far it is.
    const done = page.locator('[data-testid="busy-done"]');
    await done.waitFor();
    expect(await done.textContent()).toMatch(/^ \d{1,3}%$/);
    await page.screenshot({ path: `${screenshots}/import-voortgang.png` });
    await page.getByRole('button', { name: 'Stoppen' }).click();
    await page.locator('.notice').waitFor();
    expect(await page.locator('.notice').textContent()).toBe('Geannuleerd: er is niets veranderd.');
    await expect.poll(() => figure('clients', '2019')).toBe(2720);
    expect(await page.locator('.preview').count()).toBe(0);
  });
});

const PASSPHRASE = 'lang genoeg voor een test';

/** Instellingen → Reservekopie maken…, with `PASSPHRASE` twice; the file saved at `path`. */
async function makeBackup(path: string) {
  await tab('Instellingen');
  await page.getByRole('button', { name: 'Reservekopie maken…' }).click();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Herhaal het wachtwoord').fill(PASSPHRASE);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Versleuteld opslaan' }).click(),
  ]);
  writeFileSync(path, readFileSync((await download.path()) as string));
  return download;
}

/** Instellingen → Reservekopie terugzetten… with `passphrase`, confirmed. */
async function restoreBackup(path: string, passphrase: string) {
  await tab('Instellingen');
  await page.locator('[data-testid="restore-input"]').setInputFiles(path);
  await page.getByRole('alertdialog').waitFor();
  await page.getByLabel('Wachtwoord van de reservekopie').fill(passphrase);
  await page.getByRole('button', { name: 'Terugzetten', exact: true }).click();
}

/** A CSV of 400.000 allocations, long enough to read that a test can stop it. */
function bigCsv(): string {
  const big = `${root}test-results/groot.csv`;
  if (existsSync(big)) return big;
  const lines = ['clientnummer;aanbieder;product;startdatum;einddatum'];
  for (let i = 0; i < 400_000; i++)
    lines.push(`C${i};P${i % 40};IB${1 + (i % 3)};0${1 + (i % 9)}-0${1 + (i % 9)}-2018;`);
  writeFileSync(big, lines.join('\n'));
  return big;
}

/** Imported tariffs with one replaced, as the worker merges the user's own. */
const withTariff = (tariffs: readonly Tariff[], own: Tariff): Tariff[] => [
  ...tariffs.filter((t) => !(t.product === own.product && t.year === own.year)),
  own,
];
