import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../shared/import/importFiles';
import { day, testKey } from '../../helpers';

const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const read = (name: string, text: string) =>
  importFiles([csv(name, text)], { pseudonymKey: testKey });

describe('stuurbladen: begroting, plafonds, streefwaarden, maatregelen', () => {
  it('begroting per jaar, ook per product of type aanbieder', async () => {
    const { data, report } = await read(
      'begroting.csv',
      'Jaar;Begroting;Product;Type aanbieder\n2019;€ 14.000.000;;\n2019;5.000.000,50;IB1;\n2019;2.000.000;;GGZ\n2020;veel;;\n',
    );
    expect(report.sheets[0]?.kind).toBe('budgets');
    expect(data.budgets).toEqual([
      { year: 2019, amount: 1_400_000_000, product: null, group: null },
      { year: 2019, amount: 500_000_050, product: 'IB1', group: null },
      { year: 2019, amount: 200_000_000, product: null, group: 'ggz' },
    ]);
    expect(report.rejected).toMatchObject([{ row: 5, column: 'Begroting', code: 'bad_amount' }]);
  });

  it('plafonds per aanbieder en jaar (niet te verwarren met een aanbiedersblad)', async () => {
    const { data, report } = await read(
      'plafonds.csv',
      'AGB-code;Naam;Jaar;Omzetplafond\n75102001;Zorggroep;2019;1.250.000\n;Leeg;2019;10\n',
    );
    expect(report.sheets[0]?.kind).toBe('ceilings');
    expect(data.ceilings).toEqual([{ provider: '75102001', year: 2019, amount: 125_000_000 }]);
    expect(report.rejected).toMatchObject([{ row: 3, code: 'missing_provider' }]);
  });

  it('streefwaarden: kengetal, periode, waarde, richting, filter, vanaf en uiterlijk', async () => {
    const { data, report } = await read(
      'streefwaarden.csv',
      [
        'Kengetal;Periode;Streefwaarde;Richting;Product;Gemeente;Vanaf;Uiterlijk',
        'Instroom;maand;240;hoogstens;;;01-01-2019;31-12-2020',
        'uitstroompercentage;jaar;25;minstens;IB2;Dordrecht;;',
        'wachtlijst;maand;10;max;;;;',
        'instroom;week;10;max;;;;',
        'instroom;maand;10;omhoog;;;;',
      ].join('\n'),
    );
    expect(report.sheets[0]?.kind).toBe('targets');
    expect(data.targets).toEqual([
      {
        figure: 'inflow',
        periodKind: 'month',
        value: 240,
        direction: 'max',
        product: null,
        group: null,
        municipality: null,
        from: day('2019-01-01'),
        deadline: day('2020-12-31'),
      },
      {
        figure: 'outflowRatePct',
        periodKind: 'year',
        value: 25,
        direction: 'min',
        product: 'IB2',
        group: null,
        municipality: 'GM0505',
        from: null,
        deadline: null,
      },
    ]);
    expect(report.rejected.map((r) => [r.row, r.code])).toEqual([
      [4, 'unknown_figure'],
      [5, 'bad_period'],
      [6, 'bad_direction'],
    ]);
  });

  it('maatregelen: datum en omschrijving', async () => {
    const { data, report } = await read(
      'maatregelen.csv',
      'Datum;Maatregel;Product\n01-08-2018;IB0 ingevoerd;IB0\n;Zonder datum;\n01-01-2016;;\n',
    );
    expect(report.sheets[0]?.kind).toBe('measures');
    expect(data.measures).toEqual([
      { date: day('2018-08-01'), label: 'IB0 ingevoerd', product: 'IB0', group: null },
    ]);
    expect(report.rejected.map((r) => [r.row, r.code])).toEqual([
      [3, 'bad_date'],
      [4, 'missing_label'],
    ]);
  });

  it('"datum" herkent alleen een kolom die zo heet, niet elke kolom met datum erin', async () => {
    const { report } = await read(
      'toewijzingen.csv',
      'Cliëntnummer;Product;Startdatum;Besluitdatum\nC1;IB1;01-01-2019;01-12-2018\n',
    );
    expect(report.sheets[0]?.kind).toBe('allocations');
    expect(report.sheets[0]?.unused).toEqual(['Besluitdatum']);
  });
});
