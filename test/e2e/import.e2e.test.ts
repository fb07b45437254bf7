import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import officeCrypto from 'officecrypto-tool';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, utils } from 'xlsx';
import { messagesFromRecords, providersCsv } from '../../data-samples/iwmo';
import { importRecords, testKey } from '../helpers';
import { openApp, root, screenshots } from './browser';

let page: Page;

const tab = (name: string) =>
  page.getByRole('navigation').getByRole('button', { name, exact: true }).click();
const idle = () => page.locator('.status').waitFor({ state: 'detached', timeout: 30_000 });

describe('importeren zoals gemeenten aanleveren (Chromium)', () => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await openApp());
  });
  afterAll(() => close?.());

  it('een StatLine-bestand wordt aan de voorbeelddata toegevoegd: de gepubliceerde cijfers staan in Vergelijking', async () => {
    await tab('Vergelijking');
    const published = page.getByLabel(/gepubliceerd: statline-86050NED\.csv/);
    await page.locator('[data-testid="compare-table"]').waitFor();
    expect(await published.count()).toBe(0);

    await page
      .locator('[data-testid="import-input"]')
      .setInputFiles(`${root}test/fixtures/statline-86050NED.csv`);
    const add = page.getByRole('button', { name: 'Toevoegen aan de voorbeelddata' });
    await add.waitFor();
    expect(await page.locator('.preview').textContent()).toContain(
      'ze worden toegevoegd aan de voorbeelddata',
    );
    await add.click();
    await idle();
    await page.locator('[data-testid="batches"]').waitFor();
    await tab('Vergelijking');
    // Dordrecht and Nederland as published, to set beside the registrations.
    await expect.poll(() => published.count()).toBe(2);
    await published.first().check();
    await expect
      .poll(() =>
        page.locator('[data-testid="compare-table"] tbody tr[data-kind="published"]').count(),
      )
      .toBe(1);
    // The sample's own seven municipalities are still there beside them.
    expect(
      await page
        .locator('[data-testid="compare-table"] tbody tr[data-kind="registrations"]')
        .count(),
    ).toBe(7);
    // The published Dordrecht row stands right under Dordrecht's own.
    const rows = await page
      .locator('[data-testid="compare-table"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-municipality')));
    expect(rows[rows.indexOf('GM0505') + 1]).toMatch(/^GM0505@/);
    // With a filter, the screen names it and warns that published figures do not share it.
    await page.locator('summary', { hasText: 'Product' }).click();
    await page.getByRole('checkbox', { name: 'IB3', exact: true }).check();
    await idle();
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.locator('[data-testid="compare-filters"]').textContent())
      .toContain('Filter: product IB3.');
    expect(await page.locator('[data-testid="compare-filters"]').textContent()).toContain(
      'delen dit filter niet',
    );
    await page.screenshot({ path: `${screenshots}/statline-toegevoegd.png`, fullPage: true });
    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await idle();
  });

  it('een referentiebestand met veel gemeenten: de meest gelijkende worden voorgesteld en naast de eigen gezet', async () => {
    await page
      .locator('[data-testid="import-input"]')
      .setInputFiles(`${root}test/fixtures/referentie-gemeenten.csv`);
    const add = page.getByRole('button', { name: /^Toevoegen aan/ });
    await add.waitFor();
    await add.click();
    await idle();
    await tab('Vergelijking');
    const similar = page.getByTestId('compare-similar');
    await similar.waitFor();
    // Zoetermeer (125.000 inwoners) is nearest to Dordrecht (119.000 in the sample's population).
    expect(await similar.textContent()).toContain(
      'Zoetermeer (125.000 inwoners, lijkt op Dordrecht)',
    );
    const published = page.locator('[data-testid="compare-table"] tbody tr[data-kind="published"]');
    const before = await published.count();
    await similar.getByRole('button', { name: 'Zet ze ernaast' }).click();
    await expect.poll(() => published.count()).toBe(before + 5);
    // Beside every figure only where the source has it: clients per 1.000 yes, the duration not.
    const figures = page.getByTestId('compare-figure-table');
    await figures.waitFor({ timeout: 30_000 });
    const publishedRows = figures.locator('tbody [data-kind="published"]');
    expect(await publishedRows.count()).toBe(0);
    await page.getByTestId('compare-figure').selectOption('clientsPer1000');
    await expect.poll(() => publishedRows.count()).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: `${screenshots}/referentiegemeenten.png`, fullPage: true });
  });

  it('een aanbiedersblad met onbekende koppen: de gevolgen staan er, bevestigen vraagt een keuze, met de hand gekoppeld telt het mee', async () => {
    const allocations = `${root}test-results/toewijzingen-zonder-aanbieders.csv`;
    const providers = `${root}test-results/aanbieders-onbekende-koppen.csv`;
    writeFileSync(
      allocations,
      [
        'Cliëntnummer;Zorgaanbieder (AGB);Product;Datum ingang;Datum einde;Woongemeente;Geboortejaar',
        'K1;75000001;IB1;01-03-2019;31-08-2019;Dordrecht;1980',
        'K2;75000002;IB2;01-04-2019;;Zwijndrecht;1975',
        'K3;75000001;IB3;01-05-2019;30-11-2019;Dordrecht;1990',
      ].join('\n'),
    );
    writeFileSync(
      providers,
      [
        'AGB;Zorgaanbieder;Soort aanbieder',
        '75000001;Thuis BV;GGZ',
        '75000002;Zorg & Co;Autisme',
      ].join('\n'),
    );
    await page.locator('[data-testid="import-input"]').setInputFiles([allocations, providers]);
    const consequences = page.locator('[data-testid="import-consequences"]');
    await consequences.waitFor();
    const said = await consequences.textContent();
    expect(said).toContain('Niet gelezen: aanbieders-onbekende-koppen.csv');
    expect(said).toContain('tellen alle aanbieders als Overig');
    // Confirming needs the explicit choice.
    const commit = page.locator('[data-testid="import-commit"]');
    expect(await commit.isDisabled()).toBe(true);
    await page.locator('[data-testid="import-accept-consequences"]').check();
    expect(await commit.isDisabled()).toBe(false);

    // The unread sheet's mapping is open, with sample values beside each column.
    const mapping = page.locator('details.mapping', { hasText: 'aanbieders-onbekende-koppen' });
    expect(await mapping.getAttribute('open')).not.toBeNull();
    expect(await mapping.textContent()).toContain('Thuis BV · Zorg & Co');
    await page.screenshot({ path: `${screenshots}/koppelen-met-de-hand.png`, fullPage: true });
    await mapping.locator('[data-testid="mapping-1"]').selectOption('providerName');
    await idle();
    await mapping.locator('[data-testid="mapping-2"]').selectOption('providerGroup');
    await idle();
    // Now a providers sheet: those two warnings are gone; costs are still missing, and a
    // changed list of warnings asks for the choice again.
    await expect.poll(() => consequences.textContent()).not.toContain('Niet gelezen');
    const left = await consequences.textContent();
    expect(left).not.toContain('Overig');
    expect(left).toContain('Zonder kostenregels of tarieven');
    expect(await commit.isDisabled()).toBe(true);
    await page.locator('[data-testid="import-accept-consequences"]').check();
    await commit.click();
    await idle();
    await page.locator('[data-testid="batches"]').waitFor();
    await tab('Aanbieders');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Thuis BV');
    expect(text).toContain('Zorg & Co');
  });

  it('twee gegevenssets: een import in een nieuwe, wisselen in de kopregel, hernoemen en verwijderen (na bevestigen)', async () => {
    const clients = () =>
      page
        .locator('.figure-value[data-metric="clients"][data-year="2019"]')
        .getAttribute('data-value');
    await tab('Overzicht');
    const sampleClients = await clients();
    await page
      .locator('[data-testid="import-input"]')
      .setInputFiles(`${root}test/fixtures/mini.xlsx`);
    // Mini shares Dordrecht with the stored sample: that is suggested; the user chooses a new one.
    const into = page.getByRole('combobox', { name: 'Opslaan in' });
    await into.waitFor();
    expect(await into.locator('option:checked').textContent()).toBe(
      'Voorbeeld: Drechtsteden 2015–2019',
    );
    await into.selectOption('');
    await page.getByRole('textbox', { name: 'Naam' }).fill('Mini');
    await page.locator('[data-testid="import-commit"]').click();
    await idle();
    const switcher = page.getByRole('combobox', { name: 'Gegevensset' });
    await expect.poll(() => switcher.locator('option:checked').textContent()).toBe('Mini');
    await expect.poll(clients).toBe('5');

    await switcher.selectOption({ label: 'Voorbeeld: Drechtsteden 2015–2019' });
    await idle();
    await expect.poll(clients).toBe(sampleClients);
    await switcher.selectOption({ label: 'Mini' });
    await idle();
    await expect.poll(clients).toBe('5');

    await tab('Instellingen');
    const list = page.locator('[data-testid="datasets"]');
    await list
      .getByRole('row', { name: /Mini/ })
      .getByRole('button', { name: 'Naam wijzigen' })
      .click();
    await page.getByRole('textbox', { name: 'Nieuwe naam' }).fill('Mini 2019');
    await page.getByRole('button', { name: 'Naam opslaan' }).click();
    await idle();
    await expect.poll(() => switcher.locator('option:checked').textContent()).toBe('Mini 2019');
    await page.screenshot({ path: `${screenshots}/gegevenssets.png` });

    await list
      .getByRole('row', { name: /Mini 2019/ })
      .getByRole('button', { name: 'Verwijderen…' })
      .click();
    expect(await page.getByRole('alertdialog').textContent()).toContain(
      'Gegevensset “Mini 2019” verwijderen, met al zijn imports?',
    );
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await idle();
    expect(await page.locator('.notice').textContent()).toBe(
      'Gegevensset “Mini 2019” is verwijderd.',
    );
    expect(await switcher.locator('option').allTextContents()).toEqual([
      'Voorbeelddata (niet opgeslagen)',
      'Voorbeeld: Drechtsteden 2015–2019',
    ]);
  });

  it('een ZIP met iWmo-berichten (mappen per bericht) en een aanbiedersblad: per berichtsoort gelezen, de cijfers van de spreadsheet', async () => {
    const mini = new Uint8Array(readFileSync(`${root}test/fixtures/mini.xlsx`));
    const { records } = await importRecords([{ name: 'mini.xlsx', bytes: mini }], {
      pseudonymKey: testKey,
    });
    const bsnOf = (c: string) => String(300_000_000 + Number(c.replace(/\D/g, '')) * 11);
    const enc = new TextEncoder();
    const zip = `${root}test-results/berichten.zip`;
    writeFileSync(
      zip,
      zipSync(
        Object.fromEntries(
          messagesFromRecords(records, bsnOf).map((m) => [`export/${m.name}`, enc.encode(m.text)]),
        ),
      ),
    );
    const providers = `${root}test-results/aanbieders.csv`;
    writeFileSync(providers, providersCsv(records));
    await tab('Overzicht');
    await page.locator('[data-testid="import-input"]').setInputFiles([zip, providers]);
    const report = page.locator('[data-testid="iwmo-report"]');
    await report.waitFor();
    // One 301 per client and provider: C6 has two.
    expect(await report.locator('tr[data-kind="wmo301"] td').first().textContent()).toBe('8');
    // IB0 is the municipality's own code 02A05: mapped once, like a spreadsheet's product.
    await page.locator('.preview [data-testid="product-02A05"]').selectOption('IB0');
    await idle();
    await page.screenshot({ path: `${screenshots}/iwmo-import.png`, fullPage: true });
    await page.getByRole('combobox', { name: 'Opslaan in' }).selectOption('');
    await page.getByRole('textbox', { name: 'Naam' }).fill('Mini uit berichten');
    const accept = page.locator('[data-testid="import-accept-consequences"]');
    if ((await accept.count()) > 0) await accept.check();
    await page.locator('[data-testid="import-commit"]').click();
    await idle();
    await expect
      .poll(() =>
        page
          .locator('.figure-value[data-metric="clients"][data-year="2019"]')
          .getAttribute('data-value'),
      )
      .toBe('5');
    expect(
      await page
        .locator('.figure-value[data-metric="inflow"][data-year="2019"]')
        .getAttribute('data-value'),
    ).toBe('3');
    await tab('Trajectduur');
    const care = page.locator('[data-testid="time-to-care"]');
    await care.waitFor();
    expect(await care.locator('tbody tr').first().textContent()).toContain('3');

    // Vergelijking of the stored sample with this dataset beside it, computed the same way.
    await page
      .getByRole('combobox', { name: 'Gegevensset' })
      .selectOption({ label: 'Voorbeeld: Drechtsteden 2015–2019' });
    await idle();
    await tab('Vergelijking');
    await page
      .locator('[data-testid="reference-datasets"]')
      .getByRole('checkbox', { name: 'Mini uit berichten' })
      .click();
    await idle();
    const beside = page.locator('[data-testid="compare-table"] tbody tr', {
      hasText: '(Mini uit berichten)',
    });
    await expect.poll(() => beside.count()).toBeGreaterThan(0);
    expect(await beside.first().getAttribute('data-kind')).toBe('registrations');
    await page.screenshot({ path: `${screenshots}/vergelijking-gegevenssets.png`, fullPage: true });
  });

  it('een map met berichten (submappen per soort) en een aanbiedersblad: dezelfde lezing als de ZIP', async () => {
    const mini = new Uint8Array(readFileSync(`${root}test/fixtures/mini.xlsx`));
    const { records } = await importRecords([{ name: 'mini.xlsx', bytes: mini }], {
      pseudonymKey: testKey,
    });
    const folder = `${root}test-results/berichtenmap`;
    rmSync(folder, { recursive: true, force: true });
    for (const m of messagesFromRecords(records, (c) =>
      String(300_000_000 + Number(c.replace(/\D/g, '')) * 11),
    )) {
      mkdirSync(`${folder}/${m.name.split('/')[0]}`, { recursive: true });
      writeFileSync(`${folder}/${m.name}`, m.text);
    }
    await tab('Overzicht');
    await page.locator('[data-testid="import-folder"]').setInputFiles(folder);
    const report = page.locator('[data-testid="iwmo-report"]');
    await report.waitFor();
    expect(await report.locator('tr[data-kind="wmo301"] td').first().textContent()).toBe('8');
    expect(await report.locator('tr[data-kind="wmo323"] td').first().textContent()).toBe('53');
    await page.locator('.preview').getByRole('button', { name: 'Annuleren' }).click();
    await page.locator('.preview').waitFor({ state: 'detached' });
  });

  it('een werkmap met een wachtwoord: de app vraagt erom, een verkeerd wordt gemeld, daarna het voorbeeld', async () => {
    // Saved with a password by another implementation than ours (agile encryption, as Excel 2010+).
    const locked = `${root}test-results/beveiligd.xlsx`;
    writeFileSync(
      locked,
      officeCrypto.encrypt(readFileSync(`${root}test/fixtures/mini.xlsx`), {
        password: 'Wmo 2019!',
      }),
    );
    await page.locator('[data-testid="import-input"]').setInputFiles(locked);
    const dialog = page.getByTestId('password-dialog');
    await dialog.getByLabel('Wachtwoord').waitFor();
    expect(await dialog.textContent()).toContain('beveiligd.xlsx is beveiligd met een wachtwoord');
    await dialog.getByLabel('Wachtwoord').fill('wmo 2019!');
    await dialog.getByRole('button', { name: 'Openen' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe('Dit wachtwoord opent het bestand niet. Probeer het opnieuw.');
    await page.screenshot({ path: `${screenshots}/wachtwoord-vraag.png` });
    // The field is empty again: the password is not kept, not even a wrong one.
    expect(await dialog.getByLabel('Wachtwoord').inputValue()).toBe('');
    await dialog.getByLabel('Wachtwoord').fill('Wmo 2019!');
    await dialog.getByRole('button', { name: 'Openen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const preview = page.locator('.preview');
    await expect.poll(() => preview.locator('[role="alert"]').count()).toBe(0);
    // The preview of the opened workbook: each sheet read as the same file without a password.
    const plain = await importRecords(
      [
        {
          name: 'mini.xlsx',
          bytes: new Uint8Array(readFileSync(`${root}test/fixtures/mini.xlsx`)),
        },
      ],
      { pseudonymKey: testKey },
    );
    for (const sheet of plain.report.sheets) {
      const row = preview.locator('tr', { hasText: `beveiligd.xlsx · ${sheet.sheet}` });
      expect(await row.locator('td.num').allTextContents()).toContain(
        sheet.accepted.toLocaleString('nl-NL'),
      );
    }
    await page.screenshot({ path: `${screenshots}/wachtwoord-voorbeeld.png` });
    await preview.getByRole('button', { name: 'Annuleren' }).click();
    await preview.waitFor({ state: 'detached' });
  });
});

describe('redenen en verwijzers (Chromium)', () => {
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ page, close } = await openApp());
  });
  afterAll(() => close?.());

  it('uitstroom naar reden, met de woorden van de code, en het Overzicht noemt wie naar de Wlz/Zvw ging', async () => {
    await page
      .locator('[data-testid="import-input"]')
      .setInputFiles(`${root}test/fixtures/redenen-verwijzers.csv`);
    const into = page.getByRole('combobox', { name: 'Opslaan in' });
    await into.waitFor();
    await into.selectOption('');
    await page.getByRole('textbox', { name: 'Naam' }).fill('Redenen');
    // Without a providers sheet the preview says what the figures lack; the user accepts it.
    const accept = page.locator('[data-testid="import-accept-consequences"]');
    if ((await accept.count()) > 0) await accept.check();
    await page.locator('[data-testid="import-commit"]').click();
    await idle();
    // The import report says how many ended allocations have no reason (R5).
    await page.locator('summary', { hasText: 'Hoe zijn de gegevens gelezen?' }).first().click();
    await expect
      .poll(() => page.getByTestId('ended-without-reason').first().textContent())
      .toContain('beëindigde toewijzingen zonder reden einde: 1');
    await tab('Overzicht');
    // Hand check: R3 ("39 Uitstroom naar ander domein") and R4 ("naar Wlz") left for the Wlz in
    // 2019; in 2018 nobody (R1 volgens plan, R2 overleden).
    await expect
      .poll(() => page.getByTestId('left-for-wlz').textContent())
      .toBe('Naar de Wlz of Zvw uitgestroomd: 2 in 2019 (2018: 0).');
    await tab('Instroom & uitstroom');
    await page.getByRole('radio', { name: 'Jaar' }).check();
    await page.getByRole('radio', { name: 'Reden einde (uitstroom)' }).check();
    const menu = page
      .locator('details.export-menu', {
        has: page.locator('summary', { hasText: 'Gegevens als .xlsx' }),
      })
      .first();
    await menu.locator('summary').click();
    const [data] = await Promise.all([
      page.waitForEvent('download'),
      menu.getByRole('button', { name: 'Intern: exacte aantallen' }).click(),
    ]);
    const wb = read(readFileSync((await data.path()) as string));
    const rows = utils.sheet_to_json<(string | number)[]>(
      wb.Sheets[wb.SheetNames[0] as string] as never,
      { header: 1 },
    );
    const head = rows.find((r) => r[0] === 'Jaar') as string[];
    expect(head.slice(1)).toEqual([
      '02 Overlijden',
      '19 Levering volgens plan beëindigd',
      '39 Uitstroom naar ander domein (Wlz/Zvw)',
      'onbekend',
    ]);
    expect(rows.find((r) => r[0] === '2019')?.slice(1)).toEqual([0, 0, 2, 1]);
  });
});
