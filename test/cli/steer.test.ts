import { describe, expect, it } from 'vitest';
import { cli } from './run';

describe('bm forecast', () => {
  it('--json: de prognose met delen, eenvoudige prognoses en terugblik, zoals cli.md ze noemt', async () => {
    const { code, stdout } = await cli(
      ...[
        'forecast',
        'data-samples/drechtsteden-2015-2019.xlsx',
        '--peildatum',
        '2019-09-30',
        '--json',
      ],
    );
    expect(code).toBe(0);
    const f = JSON.parse(stdout);
    expect([f.peildatum, f.year, f.costSource]).toEqual(['2019-09-30', '2019', 'tariffs']);
    for (const key of [
      'realised',
      'obligation',
      'expectedContinuing',
      'expectedNew',
      'forecast',
      'low',
      'high',
      'runRate',
      'lastYearGrowth',
      'budget',
    ])
      expect(f.total, key).toHaveProperty(key);
    expect(f.total.realised + f.total.expectedContinuing + f.total.expectedNew).toBeCloseTo(
      f.total.forecast,
      1,
    );
    expect(Object.keys(f.byProduct)).toEqual(['IB0', 'IB1', 'IB2', 'IB3']);
    expect(f.backtest.map((b: { peildatum: string }) => b.peildatum)).toEqual([
      '2016-09-30',
      '2017-09-30',
      '2018-09-30',
    ]);
    expect(f.yearToDate.previous).toMatchObject({ from: '2018-01-01', to: '2018-09-30' });
  });

  it('--table: een leesbare tabel met de terugblik en zijn afwijkingen', async () => {
    const { code, stdout } = await cli(
      ...[
        'forecast',
        'data-samples/drechtsteden-2015-2019.xlsx',
        '--peildatum',
        '2019-09-30',
        '--table',
      ],
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Prognose 2019 · peildatum 30-09-2019 · kosten uit tarieven');
    expect(stdout).toMatch(/30-09-2018\s+€\s[\d.]+\s+€\s14\.470\.908\s+[+−]?\d+,\d%/);
  });
});

describe('bm effect', () => {
  it('--json: voor en na 1-8-2018 (IB0 ingevoerd), twee periodes van 12 maanden', async () => {
    const { code, stdout } = await cli(
      'effect',
      'data-samples/drechtsteden-2015-2019.xlsx',
      '--date',
      '2018-08-01',
      '--json',
    );
    expect(code).toBe(0);
    const e = JSON.parse(stdout);
    expect([e.date, e.months, e.before.from, e.before.to, e.after.from, e.after.to]).toEqual([
      '2018-08-01',
      12,
      '2017-08-01',
      '2018-07-31',
      '2018-08-01',
      '2019-07-31',
    ]);
    expect(e.before.inflow.IB0).toBeUndefined();
    expect(e.after.inflow.IB0).toBeGreaterThan(0);
  });

  it('zonder --date, of met een datum buiten de gegevens: één regel uitleg, exit 2', async () => {
    const without = await cli('effect', 'data-samples/drechtsteden-2015-2019.xlsx');
    expect(without.code).toBe(2);
    expect(without.stderr.trim()).toBe(
      'Geef met --date de datum van de maatregel: --date 2018-08-01.',
    );
    const outside = await cli(
      'effect',
      'data-samples/drechtsteden-2015-2019.xlsx',
      '--date',
      '2030-01-01',
    );
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('ligt niet binnen de gegevens');
  });
});

describe('bm metrics --targets', () => {
  it('voegt "targets" toe: per streefwaarde en periode de waarde, de status en de trend', async () => {
    const { code, stdout } = await cli(
      'metrics',
      'data-samples/drechtsteden-2015-2019.xlsx',
      '--targets',
      'test/fixtures/streefwaarden.csv',
      '--json',
    );
    expect(code).toBe(0);
    const m = JSON.parse(stdout);
    // The sample's own targets sheet (inflow ≤ 80 a month from 2019) and the file's (the same, and two more).
    const inflow = m.targets.filter((t: { figure: string }) => t.figure === 'inflow');
    expect(inflow).toHaveLength(24);
    expect(inflow[2]).toEqual({
      figure: 'inflow',
      periodKind: 'month',
      period: '2019-03',
      value: 80,
      direction: 'max',
      filter: {},
      actual: m.byPeriod.month['2019-03'].inflow,
      status: 'met',
      trendReachedIn: '2019-03',
    });
    const cost = m.targets.filter((t: { figure: string }) => t.figure === 'costPerClientMonth');
    expect(cost.map((t: { actual: number }) => t.actual)).toEqual(
      m.years.map((y: string) => m.byYear[y].costPerClientMonth),
    );
  });

  it('een bestand zonder streefwaarden: één regel uitleg, exit 2', async () => {
    const { code, stderr } = await cli(
      'metrics',
      'data-samples/drechtsteden-2015-2019.xlsx',
      '--targets',
      'test/fixtures/vergelijking-inwoners.csv',
    );
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      'test/fixtures/vergelijking-inwoners.csv: geen streefwaarden gevonden (kengetal, periode, streefwaarde, richting).',
    );
  });
});
