import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../shared/periods/days';
import { importRecords, testKey } from '../../helpers';

const csv = (rows: string[]) =>
  new TextEncoder().encode(
    ['Klantnummer;Aanbieder;Product;Startdatum;Einddatum', ...rows].join('\n'),
  );

describe('opeenvolgende exports', () => {
  it('een nieuwere batch vervangt dezelfde toewijzing (cliënt, aanbieder, product, start) en meldt dat', async () => {
    const { records, report } = await importRecords(
      [
        // The older export cut the allocation off at its own period end.
        {
          name: 'export-2019-06.csv',
          bytes: csv(['K1;P1;IB1;01-01-2019;30-06-2019', 'K2;P1;IB2;01-02-2019;31-05-2019']),
        },
        {
          name: 'export-2019-12.csv',
          bytes: csv(['K1;P1;IB1;01-01-2019;30-09-2019', 'K3;P2;IB1;01-10-2019;']),
        },
      ],
      { pseudonymKey: testKey },
    );
    expect(report.updated).toBe(1);
    // In file order of what remains: the older K1 row made way for the newer.
    expect(
      records.allocations.map((a) => [
        a.client,
        isoDate(a.start),
        a.end === null ? null : isoDate(a.end),
      ]),
    ).toEqual([
      ['K2', '2019-02-01', '2019-05-31'],
      ['K1', '2019-01-01', '2019-09-30'],
      ['K3', '2019-10-01', null],
    ]);
  });

  it('identieke regels in twee bestanden tellen één keer en zijn geen wijziging', async () => {
    const rows = ['K1;P1;IB1;01-01-2019;30-06-2019'];
    const { records, report } = await importRecords(
      [
        { name: 'a.csv', bytes: csv(rows) },
        { name: 'b.csv', bytes: csv(rows) },
      ],
      { pseudonymKey: testKey },
    );
    expect(records.allocations).toHaveLength(1);
    expect(report.updated).toBe(0);
  });
});

describe('grote bestanden', () => {
  it('een CSV van 200.000 regels wordt helemaal gelezen (geen grens aan het aantal argumenten)', async () => {
    const lines = ['Klantnummer;Aanbieder;Product;Startdatum;Einddatum'];
    for (let i = 0; i < 200_000; i++)
      lines.push(`K${i};P${i % 50};IB${1 + (i % 3)};01-01-2019;31-12-2019`);
    const { records, report } = await importRecords(
      [{ name: 'groot.csv', bytes: new TextEncoder().encode(lines.join('\n')) }],
      {
        pseudonymKey: testKey,
      },
    );
    expect(report.fileErrors).toEqual([]);
    expect(records.allocations).toHaveLength(200_000);
  }, 60_000);
});

describe('dubbele regels', () => {
  it('ook bij één cliënt met heel veel regels blijft ontdubbelen lineair en juist', async () => {
    const lines = ['Klantnummer;Aanbieder;Product;Startdatum;Einddatum'];
    for (let i = 0; i < 20_000; i++)
      lines.push(`X;P1;IB1;${String((i % 28) + 1).padStart(2, '0')}-01-2019;31-12-2019`);
    const started = Date.now();
    const { records, report } = await importRecords(
      [{ name: 'een-client.csv', bytes: new TextEncoder().encode(lines.join('\n')) }],
      {
        pseudonymKey: testKey,
      },
    );
    expect(records.allocations).toHaveLength(28);
    expect(report.duplicates).toBe(20_000 - 28);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
