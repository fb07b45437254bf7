import { describe, expect, it } from 'vitest';
import type { Field } from '../../../shared/import/fields';
import { matchHeader, normaliseHeader } from '../../../shared/import/fields';
import { findHeaderRow } from '../../../shared/import/headerRow';
import { recogniseSheet } from '../../../shared/import/sheetKind';
import { isoDate } from '../../../shared/periods/days';
import { importFixtures } from '../../helpers';

describe('kolomnamen', () => {
  it('normaliseert hoofdletters, accenten, spaties en leestekens', () => {
    expect(normaliseHeader(' Cliënt-nummer (BSN) ')).toBe('clientnummerbsn');
    expect(normaliseHeader('Geb. datum')).toBe('gebdatum');
  });

  it.each<[string, Field | null]>([
    ['Cliëntnummer', 'client'],
    ['CLIENTNUMMER', 'client'],
    ['BSN', 'client'],
    ['Zorgaanbieder (AGB)', 'provider'],
    ['AGB-code aanbieder', 'provider'],
    ['Naam aanbieder', 'providerName'],
    ['Referentiegroep', 'providerGroup'],
    ['Productcategorie+productcode', 'product'],
    ['Datum ingang', 'startDate'],
    ['Van', 'startDate'],
    ['Tot', 'endDate'],
    ['Beëindigingsdatum', 'endDate'],
    ['Geb.datum', 'birthDate'],
    ['BSN-nummer', 'client'],
    ['BSN nummer', 'client'],
    ['Geboortejaar', 'birthYear'],
    ['Woongemeente cliënt', 'municipality'],
    ['Reden beëindiging', 'reasonEnd'],
    ['Declaratieperiode', 'period'],
    ['Totaal', 'amount'],
    ['Totaalbedrag', 'amount'],
    ['Aantal cliënten', 'clientCount'],
    ['Aantal inwoners', 'inhabitants'],
    ['Opmerking', null],
    ['Totem', null],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });
});

describe('kopregel', () => {
  it('vindt de kopregel onder titelregels en lege regels', () => {
    const header = findHeaderRow([
      ['Export Wmo'],
      [null],
      ['Gemaakt op 31-12-2019', null],
      ['Klantnummer', 'Product', 'Ingangsdatum', 'Opmerking'],
      ['K1', 'IB1', '01-01-2019', null],
    ]);
    expect(header?.index).toBe(3);
    expect(header?.columns).toEqual({ client: 0, product: 1, startDate: 2 });
    expect(header?.unused).toEqual(['Opmerking']);
  });

  it('geeft op als de eerste 20 regels geen kopregel hebben', () => {
    const rows = Array.from({ length: 25 }, (_, i) => [`regel ${i}`]);
    rows.push(['Klantnummer', 'Product', 'Startdatum']);
    expect(findHeaderRow(rows)).toBeNull();
  });
});

describe('bladsoort', () => {
  const kind = (...f: Field[]) => recogniseSheet(new Set(f));
  it.each([
    [['client', 'product', 'startDate'], 'allocations'],
    [['client', 'birthDate'], 'clients'],
    [['client', 'gender', 'municipality'], 'clients'],
    [['provider', 'providerName'], 'providers'],
    [['provider', 'providerGroup'], 'providers'],
    [['client', 'period', 'amount'], 'costs'],
    [['municipality', 'year', 'inhabitants'], 'population'],
    [['municipality', 'year', 'clientCount', 'inhabitants'], 'reference'],
    [['municipality', 'year', 'amount'], 'reference'],
    [['product', 'year', 'tariff'], 'tariffs'],
    [['product', 'year', 'amount'], 'tariffs'],
    [['client', 'provider'], 'unknown'],
  ] as [Field[], string][])('%j → %s', (fields, expected) => {
    expect(kind(...fields)).toBe(expected);
  });
});

describe('een werkmap die alles mengt', () => {
  it.each(['gemengd.xlsx', 'gemengd.ods', 'gemengd.xls'])(
    '%s wordt op inhoud herkend, niet op bladnaam',
    async (name) => {
      const { records, report } = await importFixtures([name]);
      expect(report.fileErrors).toEqual([]);
      expect(
        report.sheets.map((s) => [
          s.sheet,
          s.kind,
          s.headerRow,
          s.rows,
          s.accepted,
          s.rejected,
          s.duplicates,
        ]),
      ).toEqual([
        ['Blad1', 'allocations', 3, 10, 6, 4, 1],
        ['export (2)', 'providers', 1, 3, 3, 0, 0],
        ['Sheet3', 'costs', 2, 4, 3, 1, 0],
        ['Toelichting', 'unknown', null, 2, 0, 0, 0],
      ]);
      expect(report.rejected.map((r) => [r.sheet, r.row, r.column, r.value, r.code])).toEqual([
        ['Blad1', 9, 'Relatienummer', '', 'missing_client'],
        ['Blad1', 10, 'Soort begeleiding', 'Huishoudelijke hulp', 'unknown_product'],
        ['Blad1', 11, 'Datum start', 'volgende week', 'bad_date'],
        ['Blad1', 12, 'Datum einde', '01-04-2019', 'end_before_start'],
        ['Sheet3', 6, 'Boekperiode', '2019-13', 'bad_period'],
      ]);
      expect(report.warnings.map((r) => [r.row, r.column, r.code])).toEqual([
        [13, 'Datum einde', 'bad_date'],
        [13, 'Gemeente', 'unknown_municipality'],
      ]);
      expect(report.duplicates).toBe(1);
      expect(report.unknownProducts).toEqual([{ value: 'Huishoudelijke hulp', count: 1 }]);
      expect(
        records.allocations.map((a) => [
          a.client,
          a.product,
          isoDate(a.start),
          a.end === null ? null : isoDate(a.end),
          a.municipality,
        ]),
      ).toEqual([
        ['R1', 'IB1', '2019-01-01', '2019-06-30', 'GM0505'],
        ['R1', 'IB2', '2019-07-01', null, 'GM0505'],
        ['R2', 'IB3', '2019-03-01', null, 'GM0642'],
        ['R3', 'IB0', '2019-08-01', '2019-10-31', 'GM0590'],
        ['R7', 'IB2', '2019-05-01', null, null],
      ]);
      expect(records.providers.map((p) => [p.provider, p.group])).toEqual([
        ['75000001', 'gehandicaptenzorg'],
        ['75000002', 'ggz'],
        ['75000003', 'overig'],
      ]);
      // Client attributes come from the flat allocation sheet.
      expect(records.clients.find((c) => c.client === 'R2')).toEqual({
        client: 'R2',
        birthMonth: null,
        birthYear: 1950,
        gender: 'm',
        municipality: null,
      });
      expect(records.costLines.map((l) => [l.client, l.amount, isoDate(l.periodStart)])).toEqual([
        ['R1', 123456, '2019-01-01'],
        ['R1', -10000, '2019-02-01'],
        ['R2', 95000, '2019-03-01'],
      ]);
    },
  );

  it('een product dat de gebruiker koppelt, wordt gelezen in plaats van geweigerd', async () => {
    const { records, report } = await importFixtures(['gemengd.xlsx'], {
      productMap: { 'Huishoudelijke hulp': 'other:HH' },
    });
    expect(report.rejected.map((r) => r.code)).not.toContain('unknown_product');
    expect(records.allocations.some((a) => a.product === 'other:HH')).toBe(true);
  });

  it('een gecorrigeerde kolomkoppeling geldt voor elk bestand met dezelfde koppen', async () => {
    const { headerSignature } = await import('../../../shared/import/importFiles');
    const signature = headerSignature([
      'Relatienummer',
      'Zorgaanbieder (AGB)',
      'Soort begeleiding',
      'Datum start',
      'Datum einde',
      'Gemeente',
      'Geslacht',
      'Geboortejaar',
      'Opmerking',
    ]);
    const { report } = await importFixtures(['gemengd.xlsx'], {
      mappings: { [signature]: { columns: { municipality: null } } },
    });
    const sheet = report.sheets[0];
    expect(sheet?.columns.municipality).toBeUndefined();
    expect(sheet?.unused).toContain('Gemeente');
    expect(report.warnings.map((w) => w.code)).not.toContain('unknown_municipality');
  });
});
