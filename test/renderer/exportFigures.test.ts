import { describe, expect, it } from 'vitest';
import { safeCell } from '../../renderer/src/exportFigures';

describe('export zonder formule-injectie', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+31 6 1234', "'+31 6 1234"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Dordrecht', 'Dordrecht'],
  ])('%s → %s', (value, expected) => {
    expect(safeCell(value)).toBe(expected);
  });

  it('getallen blijven getallen', () => {
    expect(safeCell(-800)).toBe(-800);
    expect(safeCell(null)).toBeNull();
  });
});

describe('de publicatieversie van een export', () => {
  it('rondt aantallen af op vijftallen, maakt 0–7 geheim en laat andere kolommen weg', async () => {
    const { publishedTable } = await import('../../renderer/src/publishExport');
    const head = ['Jaar', 'Instroom', 'Uitstroom %', 'Cliënten'];
    const rows = [
      ['2018', 918, 25.6, 2507],
      ['2019', 7, 23.8, 12],
    ];
    expect(publishedTable(head, rows, [1, 3])).toEqual({
      head: ['Jaar', 'Instroom', 'Cliënten'],
      rows: [
        ['2018', 920, 2505],
        ['2019', '.', 10],
      ],
    });
  });

  it('een grafiek van aantallen tekent de afgeronde getallen en niets voor een geheim', async () => {
    const { publishedChartOption } = await import('../../renderer/src/publishExport');
    const option = { xAxis: { data: ['2018', '2019'] }, series: [{ name: 'IB0', data: [4, 33] }] };
    expect(publishedChartOption(option).series).toEqual([{ name: 'IB0', data: [null, 35] }]);
    // The option on screen is left as it was.
    expect(option.series[0]?.data).toEqual([4, 33]);
  });
});

describe('de gegevens van een grafiek', () => {
  it('dragen de eenheid van de waarde-as in elke kolomkop: een cel is een kaal getal', async () => {
    const { chartTable } = await import('../../renderer/src/charts/chartTable');
    const option = {
      xAxis: { name: 'Jaar', data: ['2018', '2019'] },
      yAxis: { name: '%' },
      series: [{ name: 'Uitstroompercentage', data: [25.6, 23.8] }],
    };
    expect(chartTable(option)).toEqual({
      head: ['Jaar', 'Uitstroompercentage (%)'],
      rows: [
        ['2018', 25.6],
        ['2019', 23.8],
      ],
    });
    expect(chartTable({ ...option, yAxis: {} }).head).toEqual(['Jaar', 'Uitstroompercentage']);
  });
});
