import { describe, expect, it } from 'vitest';
import { importConsequences } from '../../../shared/import/consequences';
import { importFiles } from '../../../shared/import/importFiles';
import { fixture, testKey } from '../../helpers';

const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

// A providers sheet whose headers the importer does not know, under a title row.
const providers = csv(
  'aanbieders.csv',
  [
    'Aanbieders per 1-1-2019',
    'AGB;Zorgaanbieder;Soort aanbieder',
    '75000001;Thuis BV;GGZ',
    '75000002;Zorg & Co;Autisme',
    '75000004;Buurtkracht;Gehandicaptenzorg',
  ].join('\n'),
);

describe('een blad dat niet herkend wordt, met de hand gekoppeld', () => {
  it('biedt zijn kopregel en voorbeeldwaarden per kolom aan; zonder koppeling wordt niets gelezen', async () => {
    const { data, report } = await importFiles([providers], { pseudonymKey: testKey });
    expect(report.sheets).toHaveLength(1);
    expect(report.sheets[0]).toMatchObject({
      kind: 'unknown',
      headers: ['AGB', 'Zorgaanbieder', 'Soort aanbieder'],
      signature: 'agb|zorgaanbieder|soort aanbieder',
      // AGB codes are eight digits, not a BSN: shown as they are.
      samples: [
        '75000001 · 75000002 · 75000004',
        'Thuis BV · Zorg & Co · Buurtkracht',
        'GGZ · Autisme · Gehandicaptenzorg',
      ],
      rows: 5,
    });
    expect(data.providers).toEqual([]);
    expect(importConsequences(data, report)).toEqual([
      { code: 'unread_sheets', sheets: ['aanbieders.csv · aanbieders'] },
    ]);
  });

  it('met de koppeling van de gebruiker is het een aanbiedersblad', async () => {
    const mappings = {
      'agb|zorgaanbieder|soort aanbieder': {
        columns: { provider: 0, providerName: 1, providerGroup: 2 },
      },
    };
    const { data, report } = await importFiles([providers], { pseudonymKey: testKey, mappings });
    expect(report.sheets[0]).toMatchObject({ kind: 'providers', headerRow: 2, accepted: 3 });
    expect(data.providers.map((p) => [p.provider, p.name, p.group])).toEqual([
      ['75000001', 'Thuis BV', 'ggz'],
      ['75000002', 'Zorg & Co', 'autisme'],
      ['75000004', 'Buurtkracht', 'gehandicaptenzorg'],
    ]);
  });
});

describe('wat de cijfers missen, vóór het opslaan gezegd', () => {
  it('mini heeft alles: geen waarschuwing', async () => {
    const { data, report } = await importFiles(
      [{ name: 'mini.xlsx', bytes: fixture('mini.xlsx') }],
      {
        pseudonymKey: testKey,
      },
    );
    expect(importConsequences(data, report)).toEqual([]);
  });

  it('alleen toewijzingen zonder einde, gemeente of geboortedatum: elk gevolg apart', async () => {
    const only = csv(
      't.csv',
      'Cliëntnummer;Product;Ingangsdatum\nK1;IB1;01-01-2019\nK2;IB2;01-02-2019',
    );
    const { data, report } = await importFiles([only], { pseudonymKey: testKey });
    expect(importConsequences(data, report).map((c) => c.code)).toEqual([
      'no_provider_groups',
      'no_birth',
      'no_costs',
      'no_end_dates',
      'no_municipality',
    ]);
  });

  it('een bestand met alleen inwonertallen mist niets (het vult een gegevensset aan)', async () => {
    const { data, report } = await importFiles(
      [{ name: 'statline.csv', bytes: fixture('statline-86050NED.csv') }],
      { pseudonymKey: testKey },
    );
    expect(data.population.length + data.references.length).toBeGreaterThan(0);
    expect(importConsequences(data, report)).toEqual([]);
  });
});
