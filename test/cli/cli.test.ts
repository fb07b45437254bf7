import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { cli, root } from './run';

const fixtures = join(root, 'test/fixtures');

/** mini.xlsx whose zip directory claims a part of nearly 4 GB when unpacked. */
function zipBomb(): Uint8Array {
  const bytes = new Uint8Array(readFileSync(join(fixtures, 'mini.xlsx')));
  const view = new DataView(bytes.buffer);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      view.setUint32(view.getUint32(at + 16, true) + 24, 0xfffffff0, true);
      break;
    }
  }
  return bytes;
}

describe('cli validate', () => {
  it('mini.xlsx: vier bladsoorten, twee geweigerde regels met Excel-rijnummer en reden, één dubbele', async () => {
    const { code, stdout } = await cli('validate', join(fixtures, 'mini.xlsx'), '--json');
    expect(code).toBe(1); // rejected rows
    const report = JSON.parse(stdout);
    expect(report.sheets.map((s: { kind: string }) => s.kind)).toEqual([
      'allocations',
      'clients',
      'providers',
      'costs',
    ]);
    expect(report.rejected).toEqual([
      {
        file: 'mini.xlsx',
        sheet: 'Toewijzingen',
        row: 14,
        column: 'Einddatum',
        value: '2019-04-01',
        code: 'end_before_start',
        message: 'Einddatum ligt vóór de startdatum',
      },
      {
        file: 'mini.xlsx',
        sheet: 'Toewijzingen',
        row: 15,
        column: 'Product',
        value: 'XYZ',
        code: 'unknown_product',
        message: 'Onbekend product',
      },
    ]);
    expect(report.duplicates).toBe(1);
    expect(report.sheets[0].duplicates).toBe(1);
  });

  const tmp = tempDir('bm-cli-');
  const bad: [string, Uint8Array | string][] = [
    ['leeg.xlsx', ''],
    ['kapot.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9])],
    ['plaatje.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['webpagina.xls', '<html><body><table><tr><td>1</td></tr></table></body></html>'],
    ['bom.xlsx', zipBomb()],
    ['breed.csv', `${Array.from({ length: 1001 }, (_, i) => `k${i}`).join(';')}\n`],
  ];
  it.each(bad)('%s: exit 2 met één Nederlandse regel, geen stacktrace', async (name, content) => {
    const path = join(tmp, name);
    writeFileSync(path, content);
    for (const command of ['validate', 'metrics']) {
      const { code, stdout, stderr } = await cli(command, path, '--json');
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/bestand|webpagina|spreadsheet|blad/i);
      expect(stderr).not.toMatch(/\bat\s.+:\d+:\d+/);
    }
  });

  it('een bestand dat niet bestaat: exit 2', async () => {
    const { code, stderr } = await cli('validate', join(tmp, 'bestaat-niet.xlsx'));
    expect(code).toBe(2);
    expect(stderr).toContain('niet gevonden');
  });

  it.each([
    ['kolommen zonder betekenis', 'a;b;c\n1;2;3\n4;5;6\n'],
    ['één regel van 2 MB', 'x'.repeat(2_000_000)],
  ])('niets herkend (%s): exit 2 met één regel, ook met --json', async (_, text) => {
    const file = join(tmp, 'niets.csv');
    writeFileSync(file, text);
    for (const json of [[], ['--json']]) {
      const { code, stdout, stderr } = await cli('validate', file, ...json);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([
        'Geen blad herkend: geen kopregel met bekende kolommen (cliënt, product, startdatum, periode, bedrag, …).',
      ]);
    }
  });
});

describe('cli metrics', () => {
  it('mini.xlsx --json is gelijk aan expected.json', async () => {
    const { code, stdout, stderr } = await cli('metrics', join(fixtures, 'mini.xlsx'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const expected = (await import('../fixtures/expected.json', { with: { type: 'json' } }))
      .default;
    const ours = JSON.parse(stdout);
    expect(ours.meta.counts).toEqual(expected.meta.counts);
    // cli.md: keys may be added, none removed or renamed — every expected figure must be there, equal.
    expect(ours).toMatchObject(expected);
  });

  it('zonder bruikbare toewijzingen: exit 2', async () => {
    const { code, stderr } = await cli(
      'metrics',
      join(fixtures, 'kosten-vierweken-1252.csv'),
      '--json',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('Geen bruikbare toewijzingen');
  });

  it('--table toont een Nederlandse tabel', async () => {
    const { stdout } = await cli('metrics', join(fixtures, 'mini.xlsx'), '--table');
    expect(stdout).toContain('Peildatum 31-12-2019');
    expect(stdout).toMatch(/Kosten\s+€\s25\.100\s+€\s21\.050/);
    expect(stdout).toMatch(/€\s809,68/);
  });

  it('--peildatum en --gap-days gelden en staan in meta', async () => {
    const { stdout } = await cli(
      'metrics',
      join(fixtures, 'mini.xlsx'),
      '--json',
      '--peildatum',
      '2018-12-31',
      '--gap-days',
      '90',
    );
    const m = JSON.parse(stdout);
    expect(m.meta.peildatum).toBe('2018-12-31');
    expect(m.meta.gapDays).toBe(90);
    expect(m.years).toEqual(['2018']);
    // With 90 gap days C4's two allocations are one trajectory: 4 trajectories start in 2018.
    expect(m.byYear['2018'].inflow).toBe(4);
  });

  it('een peildatum buiten de gegevens: exit 2, met de datums die kunnen', async () => {
    // mini.xlsx: the first start 2018-01-01, its own peildatum 2019-12-31.
    const range = 'kies een datum van 2018-01-01 tot en met 2020-12-31';
    for (const day of ['9999-12-31', '2021-01-01', '2017-12-31']) {
      const { code, stdout, stderr } = await cli(
        'metrics',
        join(fixtures, 'mini.xlsx'),
        '--json',
        '--peildatum',
        day,
      );
      expect(code, day).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim()).toBe(
        `De peildatum ${day} valt buiten de gegevens: ${range} (van de eerste startdatum tot een jaar na de laatste datum in de gegevens).`,
      );
    }
    // The edges are inside.
    for (const day of ['2018-01-01', '2020-12-31']) {
      const { code, stdout } = await cli(
        'metrics',
        join(fixtures, 'mini.xlsx'),
        '--json',
        '--peildatum',
        day,
      );
      expect(code, day).toBe(0);
      expect(JSON.parse(stdout).meta.peildatum).toBe(day);
    }
  });
});

describe('cli compare', () => {
  it('geeft per gemeente en jaar cijfers per 1.000 inwoners als JSON', async () => {
    const { code, stdout } = await cli(
      'compare',
      join(fixtures, 'vergelijking-toewijzingen.csv'),
      join(fixtures, 'vergelijking-inwoners.csv'),
      '--json',
    );
    expect(code).toBe(0);
    const c = JSON.parse(stdout);
    expect(c.municipalities.GM0505.name).toBe('Dordrecht');
    expect(c.municipalities.GM0505.byYear['2019']).toMatchObject({
      inhabitants: 1000,
      clients: 2,
      clientsPer1000: 2,
      inflow: 1,
      inflowPer1000: 1,
    });
  });

  it('zonder inwonertallen: exit 2 met uitleg', async () => {
    const { code, stderr } = await cli(
      'compare',
      join(fixtures, 'vergelijking-toewijzingen.csv'),
      '--json',
    );
    expect(code).toBe(2);
    expect(stderr).toContain('inwonertallen');
  });
});
