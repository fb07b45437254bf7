import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareJson } from '../../../shared/compare/compare';
import {
  compareFigureChoices,
  compareRows,
  figureLabel,
  standOutSentences,
} from '../../../shared/compare/figureChoices';
import { compareEveryFigure } from '../../../shared/compare/figuresByMunicipality';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import { Publisher } from '../../../shared/report/publish';
import { importFixtures } from '../../helpers';

const intern = new Publisher('intern');

describe('elk cijfer naast de regio (Vergelijking)', () => {
  let c: CompareJson;
  beforeAll(async () => {
    const { records } = await importFixtures([
      'vergelijking-toewijzingen.csv',
      'vergelijking-inwoners.csv',
    ]);
    c = compareEveryFigure(new MetricsEngine(buildDataset(records)), records.population, []);
  });
  const figure = (id: string) => {
    const f = compareFigureChoices(c).find((x) => x.id === id);
    if (!f) throw new Error(id);
    return f;
  };
  const codes = ['GM0505', 'GM0642', 'GM1978', 'REGIO'];

  it('biedt de vaste cijfers en de aandelen die in de gegevens voorkomen', () => {
    const ids = compareFigureChoices(c).map((f) => f.id);
    expect(ids).toContain('medianDaysKM');
    expect(ids).toContain('share:product:IB3');
    expect(ids).toContain('share:age:18-26');
    expect(figureLabel(figure('share:product:IB3'), 'nl')).toBe('Aandeel IB3');
    expect(figureLabel(figure('share:product:IB3'), 'en')).toBe('Share of IB3');
  });

  // 2018: Dordrecht A1 ended of A1, A2 → 50%; Zwijndrecht B1 runs on → 0%; Molenlanden C1
  // ended → 100%; the region 2 of 4 → 50%. Differences in procentpunten; rank by value.
  it('uitstroompercentage 2018: waarde, verschil met de regio in procentpunten en rang', () => {
    const { rows, region } = compareRows(c, figure('outflowRatePct'), '2018', codes, intern);
    expect(region).toBe(50);
    expect(rows.map((r) => [r.code, r.value, r.difference, r.rank])).toEqual([
      ['GM0505', 50, 0, 2],
      ['GM0642', 0, -50, 3],
      ['GM1978', 100, 50, 1],
      ['REGIO', 50, null, null],
    ]);
    expect(standOutSentences(c, figure('outflowRatePct'), '2018', codes, intern)).toEqual([
      'Molenlanden — uitstroompercentage: 100,0%, 50,0 procentpunt hoger dan de regio (50,0%).',
      'Zwijndrecht — uitstroompercentage: 0,0%, 50,0 procentpunt lager dan de regio (50,0%).',
    ]);
  });

  // Clients per 1.000 in 2019: Dordrecht 2,00, Zwijndrecht 4,00, Molenlanden 0,00, the region
  // 2,22 (4 / 1.800): Zwijndrecht (4,00 − 2,22) / 2,22 = 80,2% above, Molenlanden 100% below.
  it('een aantal per 1.000 verschilt in %, met de woorden die bij het cijfer horen', () => {
    expect(standOutSentences(c, figure('clientsPer1000'), '2019', codes, intern)).toEqual([
      'Zwijndrecht — cliënten per 1.000 inwoners: 4,00, 80,2% hoger dan de regio (2,22).',
      'Molenlanden — cliënten per 1.000 inwoners: 0,00, 100,0% lager dan de regio (2,22).',
    ]);
  });

  it('in de publicatieversie is een cijfer van 0–7 cliënten geheim: geen zin over wat niet te zien is', () => {
    const publicatie = new Publisher('publicatie');
    const { rows } = compareRows(c, figure('outflowRatePct'), '2018', codes, publicatie);
    expect(rows.every((r) => r.value === null)).toBe(true);
    expect(standOutSentences(c, figure('outflowRatePct'), '2018', codes, publicatie)).toEqual([]);
  });
});

describe('een verschil zoals het cijfer het leest', () => {
  it('procentpunten bij een percentage, jaren bij een leeftijd, anders %', async () => {
    const { differenceFromRegion, differenceText } = await import(
      '../../../shared/compare/figureChoices'
    );
    expect(differenceText('percent', differenceFromRegion('percent', 27.5, 23.9), 'nl')).toBe(
      '+3,6 procentpunt',
    );
    expect(differenceText('years', differenceFromRegion('years', 35.2, 39.4), 'nl')).toBe(
      '−4,2 jaar',
    );
    expect(differenceText('days', differenceFromRegion('days', 677, 767), 'nl')).toBe('−11,7%');
    expect(differenceText('years', differenceFromRegion('years', 35.2, 39.4), 'en')).toBe(
      '−4.2 years',
    );
    expect(differenceFromRegion('euroCents', 10, 0)).toBeNull();
  });
});
