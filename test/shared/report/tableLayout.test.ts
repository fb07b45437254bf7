import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH, tableLayout } from '../../../shared/report/tableLayout';

describe('kolombreedtes in de .docx', () => {
  const costs = {
    caption: 'Kosten per jaar',
    head: ['Jaar', 'Kosten', 'IB0', 'IB1', 'IB2', 'IB3', 'Per cliënt per maand'],
    rows: [
      ['2018', '€ 14.011.897', '€ 33.413', '€ 4.977.583', '€ 4.833.687', '€ 4.167.214', '€ 607,00'],
      [
        '2019 t/m 30-09',
        '€ 10.650.751',
        '€ 216.763',
        '€ 3.703.346',
        '€ 3.651.809',
        '€ 3.078.833',
        '€ 564,70',
      ],
    ],
  };

  it('elke kolom is zo breed als zijn breedste getal; de bladbreedte wordt niet overschreden', () => {
    const { widths, size } = tableLayout(costs);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
    // Seven columns of amounts do not fit at 9 pt: 8 pt.
    expect(size).toBe(16);
    // "€ 14.011.897" (12 characters) gets more room than "IB0"'s "€ 216.763" (9); the
    // page has no room left for "2019 t/m 30-09" on one line, so the year wraps between words.
    const [year, total, ib0] = widths as [number, number, number];
    expect(total).toBeGreaterThan(ib0);
    expect(year).toBeLessThan(14 * 110 * (16 / 18) + 240);
    // At 8 pt a character of 12 takes 12 × 110 × 16/18 twips plus the padding.
    expect(total).toBeGreaterThanOrEqual(12 * 110 * (16 / 18) + 240);
  });

  it('een korte rijnaam ("2019 t/m 30-06") breekt niet af als er plaats is', () => {
    const { widths, size } = tableLayout({
      caption: '',
      head: ['Jaar', 'Cliënten', 'Instroom'],
      rows: [['2019 t/m 30-06', '2.330', '450']],
    });
    expect(size).toBe(18);
    expect(widths[0]).toBeGreaterThanOrEqual(14 * 110 + 240);
  });

  it('een smalle tabel blijft op 9 pt en vult de breedte; een teksttabel krijgt gelijke kolommen', () => {
    const narrow = tableLayout({
      caption: '',
      head: ['Kerncijfer', '2019'],
      rows: [['Prognose', '€ 14.252.322']],
    });
    expect(narrow.size).toBe(18);
    expect(narrow.widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(TEXT_WIDTH - 3);
    const text = tableLayout({ caption: '', text: true, head: ['Begrip', 'Betekenis'], rows: [] });
    expect(text.widths).toEqual([4513, 4513]);
  });
});
