import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  iwmoProductCodes,
  messagesFromRecords,
  providersCsv,
  stufEnvelope,
  tariffsCsv,
  wmo301,
  wmo305,
  wmo307,
  wmo323,
} from '../../../data-samples/iwmo';
import { importFiles } from '../../../shared/import/importFiles';
import { parseXml, XmlError } from '../../../shared/import/iwmo/xml';
import { buildDataset, datasetFromColumns } from '../../../shared/metrics/dataset';
import { computeMetrics } from '../../../shared/metrics/engine';
import { fromColumnar } from '../../../shared/model/columnar';
import type { ProductCode } from '../../../shared/model/products';
import { endReasons, parseEndReason } from '../../../shared/model/reasons';
import { dayFromIso } from '../../../shared/periods/days';
import { pseudonymiser } from '../../../shared/privacy/pseudonymise';
import { importFixtures, testKey } from '../../helpers';

const enc = new TextEncoder();
const file = (name: string, text: string) => ({ name, bytes: enc.encode(text) });
const d = dayFromIso;
const IB0 = { '02A05': 'IB0' } as Record<string, ProductCode>;
const client = { bsn: '123456782', born: '1980-03-15', gender: 'v' as const };
/** One toewijzing IB1 (02A06) from 1-1-2019, decided on 20-12-2018, still running. */
const runningFrom2019 = {
  nummer: '1',
  product: '02A06',
  start: d('2019-01-01'),
  end: null,
  decided: '2018-12-20',
};

describe('de XML-lezer', () => {
  it('lost voorvoegsels op naar namespaces, leest tekst, CDATA en entiteiten', () => {
    const root = parseXml(
      '<?xml version="1.0"?><a:x xmlns:a="urn:a" xmlns="urn:d"><!-- c --><y q=">">1 &amp; 2</y><a:z><![CDATA[<3>]]></a:z><w/></a:x>',
    );
    expect([root.ns, root.name]).toEqual(['urn:a', 'x']);
    expect(root.children.map((c) => [c.ns, c.name, c.text])).toEqual([
      ['urn:d', 'y', '1 & 2'],
      ['urn:a', 'z', '<3>'],
      ['urn:d', 'w', ''],
    ]);
  });

  it('weigert een DOCTYPE (geen entiteiten van buiten), onbekende entiteiten en kapotte XML', () => {
    for (const bad of [
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
      '<x>&e;</x>',
      '<x><y></x>',
      '<x>',
      '<p:x/>',
      'geen xml',
    ])
      expect(() => parseXml(bad), bad).toThrow(XmlError);
  });
});

describe('iWmo-berichten als bron', () => {
  it('een toewijzing in zijn nieuwste versie, welke volgorde de bestanden ook hebben; een verwijderde telt niet', async () => {
    const first = runningFrom2019;
    const later = { ...first, end: d('2019-06-30'), decided: '2019-06-01' };
    const gone = {
      nummer: '2',
      product: '02A07',
      start: d('2019-02-01'),
      end: null,
      decided: '2019-01-20',
    };
    const deleted = { ...gone, end: d('2019-02-01'), decided: '2019-01-25', reason: '13' };
    const files = [
      file('b.xml', wmo301('2', '2019-06-01', 'GM0505', '12345678', client, [later, deleted])),
      file('a.xml', wmo301('1', '2018-12-20', 'GM0505', '12345678', client, [first, gone])),
    ];
    for (const order of [files, [...files].reverse()]) {
      const { data, report } = await importFiles(order, { pseudonymKey: testKey });
      const records = fromColumnar(data);
      expect(records.allocations.map((a) => [a.product, a.start, a.end, a.municipality])).toEqual([
        ['IB1', d('2019-01-01'), d('2019-06-30'), 'GM0505'],
      ]);
      expect(records.allocations[0]?.provider).toBe('12345678');
      expect(report.iwmo).toMatchObject({
        byKind: { wmo301: { read: 2, refused: 0, duplicates: 0 } },
        changed: 2,
        deleted: 1,
      });
      // The BSN is pseudonymised like a spreadsheet's; of the birth date only year and month.
      expect(records.allocations[0]?.client).toBe(pseudonymiser(testKey)(client.bsn));
      expect(records.clients[0]).toMatchObject({ birthMonth: 198003, gender: 'v' });
    }
  });

  it('305 en 307 geven de echte start en stop en de reden van beëindiging; status 3 trekt een melding in', async () => {
    const t = {
      nummer: '7',
      product: '02A06',
      start: d('2019-03-01'),
      end: d('2019-08-31'),
      decided: '2019-02-20',
    };
    const start = { nummer: '7', product: '02A06', allocated: t.start, begin: d('2019-03-11') };
    const stop = { ...start, end: d('2019-08-15'), reason: '02' };
    const { data, report } = await importFiles(
      [
        file('301.xml', wmo301('1', '2019-02-20', '0505', '12345678', client, [t])),
        file('305.xml', wmo305('2', '2019-03-12', '12345678', 'GM0505', client, [start])),
        file('307.xml', wmo307('3', '2019-08-16', '12345678', 'GM0505', client, [stop])),
        file(
          '307b.xml',
          wmo307('4', '2019-08-20', '12345678', 'GM0505', client, [{ ...stop, reason: '09' }]),
        ),
        file(
          '307c.xml',
          wmo307('5', '2019-08-21', '12345678', 'GM0505', client, [
            { ...stop, reason: '09', status: '3' },
          ]),
        ),
      ],
      { pseudonymKey: testKey },
    );
    const [a] = fromColumnar(data).allocations;
    expect(a).toMatchObject({
      start: d('2019-03-01'),
      end: d('2019-08-31'),
      deliveryStart: d('2019-03-11'),
      // The last stop (09) was withdrawn (status 3): none is left.
      deliveryEnd: null,
      reasonEnd: null,
    });
    expect(report.iwmo?.byKind).toMatchObject({
      wmo305: { read: 1 },
      wmo307: { read: 3 },
    });
  });

  it('323: een kostenregel per prestatie in de maand van de ProductPeriode, credit negatief', async () => {
    const lines = [
      {
        bsn: client.bsn,
        nummer: '1',
        product: '02A06',
        from: d('2019-01-01'),
        to: d('2019-01-31'),
        cents: 50_000,
      },
      // A correction of January in the March declaration keeps its own month.
      {
        bsn: client.bsn,
        nummer: '1',
        product: '02A06',
        from: d('2019-01-01'),
        to: d('2019-01-31'),
        cents: -10_000,
      },
    ];
    const { data } = await importFiles(
      [
        file(
          '323.xml',
          wmo323(
            '9',
            '2019-04-05',
            '12345678',
            'GM0505',
            { from: d('2019-03-01'), to: d('2019-03-31') },
            lines,
          ),
        ),
      ],
      { pseudonymKey: testKey },
    );
    expect(
      fromColumnar(data).costLines.map((l) => [l.provider, l.product, l.periodStart, l.amount]),
    ).toEqual([
      ['12345678', 'IB1', d('2019-01-01'), 50_000],
      ['12345678', 'IB1', d('2019-01-01'), -10_000],
    ]);
  });

  it('hetzelfde bericht twee keer telt één keer; een StUF-envelop wordt geopend; iWmo 2.x en vreemde XML met een reden geweigerd', async () => {
    const t = runningFrom2019;
    const message = wmo301('1', '2018-12-20', '0505', '12345678', client, [t]);
    const old = message.replaceAll('iwmo/3_2/', 'iwmo/2_4/');
    const { data, report } = await importFiles(
      [
        file('a.xml', message),
        file('b.xml', message),
        file(
          'envelop.xml',
          stufEnvelope(message.replace('<iwmo:Identificatie>1<', '<iwmo:Identificatie>8<')),
        ),
        file('oud.xml', old),
        file('vreemd.xml', '<?xml version="1.0"?><rss><channel/></rss>'),
        file('kapot.xml', '<?xml version="1.0"?><wmo301:Bericht'),
      ],
      { pseudonymKey: testKey },
    );
    expect(fromColumnar(data).allocations).toHaveLength(1);
    expect(report.iwmo?.byKind.wmo301).toEqual({ read: 2, refused: 0, duplicates: 1 });
    expect(report.iwmo?.refused.map((r) => [r.file, r.reason])).toEqual([
      ['oud.xml', 'iwmo_old_release'],
      ['vreemd.xml', 'not_iwmo'],
      ['kapot.xml', 'not_xml'],
    ]);
  });

  it('een ZIP met mappen, berichten naast een aanbiedersblad', async () => {
    const t = runningFrom2019;
    const zip = zipSync({
      'export/301/1.xml': enc.encode(wmo301('1', '2018-12-20', '0505', '12345678', client, [t])),
      'export/leesmij.txt': enc.encode('geen bericht'),
    });
    const providers = file(
      'aanbieders.csv',
      'AGB-code;Naam;Referentiegroep\n12345678;Thuis BV;GGZ',
    );
    const { data, report } = await importFiles([{ name: 'berichten.zip', bytes: zip }, providers], {
      pseudonymKey: testKey,
    });
    expect(report.iwmo?.byKind.wmo301.read).toBe(1);
    expect(data.allocations.length).toBe(1);
    expect(data.providers).toEqual([{ provider: '12345678', name: 'Thuis BV', group: 'ggz' }]);
  });

  it('een ZIP die meer uitpakt dan hij opgeeft, of kapot is: een bestandsfout, en niets van die ZIP', async () => {
    const t = runningFrom2019;
    const message = enc.encode(wmo301('1', '2018-12-20', '0505', '12345678', client, [t]));
    const zip = zipSync({ 'a/1.xml': message, 'a/2.xml': message }, { level: 9 });
    // Declare the first entry 100 bytes uncompressed, in its local header (offset 22) and in
    // the central directory (offset 24 of its record): it inflates to far more.
    const lying = zip.slice();
    const view = new DataView(lying.buffer);
    view.setUint32(22, 100, true);
    const central = lying.findIndex(
      (_, k) => view.getUint32(k, true) === 0x02014b50 && k + 46 < lying.length,
    );
    view.setUint32(central + 24, 100, true);
    const broken = zip.slice();
    broken.fill(0xff, 60, 90); // inside the first entry's deflate stream
    const other = zipSync({
      'b/1.xml': enc.encode(
        wmo301('9', '2018-12-20', '0505', '12345678', client, [{ ...t, nummer: '9' }]),
      ),
    });
    const { data, report } = await importFiles(
      [
        { name: 'liegt.zip', bytes: lying },
        { name: 'kapot.zip', bytes: broken },
        { name: 'goed.zip', bytes: other },
      ],
      { pseudonymKey: testKey },
    );
    expect(report.fileErrors).toEqual([
      { file: 'liegt.zip', code: 'zip_bomb' },
      { file: 'kapot.zip', code: 'unreadable' },
    ]);
    // Only the good archive's toewijzing: nothing of the others, not even what came before the fault.
    expect(data.allocations.length).toBe(1);
    expect(report.iwmo?.byKind.wmo301.read).toBe(1);
  });

  it('elk cijfer van mini als berichtenverkeer (met aanbiedersblad) is gelijk aan dat van de spreadsheet', async () => {
    const { records } = await importFixtures(['mini.xlsx']);
    // Messages always carry a reason for a stop: give the spreadsheet the same.
    for (const a of records.allocations) if (a.end !== null) a.reasonEnd ??= '19';
    const bsns = new Map<string, string>();
    const bsnOf = (c: string) => {
      if (!bsns.has(c)) bsns.set(c, String(100_000_000 + bsns.size * 11 + 1).padStart(9, '0'));
      return bsns.get(c) as string;
    };
    const messages = messagesFromRecords(records, bsnOf);
    const providers = providersCsv(records);
    const zip = zipSync(Object.fromEntries(messages.map((m) => [m.name, enc.encode(m.text)])));
    const { data, report } = await importFiles(
      [{ name: 'verkeer.zip', bytes: zip }, file('aanbieders.csv', providers)],
      { pseudonymKey: testKey, productMap: IB0 },
    );
    expect(report.rejected).toEqual([]);
    const params = { peildatum: d('2019-12-31') };
    const { timeToCare, ...fromMessages } = computeMetrics(datasetFromColumns(data), params);
    const { timeToCare: none, ...fromSheet } = computeMetrics(buildDataset(records), params);
    expect(fromMessages).toEqual(fromSheet);
    // What only the messages know: every 305 came three days after the allocation's start.
    expect(none).toBeNull();
    expect(timeToCare?.byYear).toEqual({
      '2018': { n: 6, medianDays: 3, p90Days: 3 },
      '2019': { n: 5, medianDays: 3, p90Days: 3 },
    });
    expect(Object.keys(iwmoProductCodes)).toEqual(['IB0', 'IB1', 'IB2', 'IB3']);
  });

  it('de voorbeelddata als 26.000 berichten (met aanbieders- en tarievenblad): elk cijfer gelijk', async () => {
    const { records } = await importFixtures(['../../data-samples/drechtsteden-2015-2019.xlsx']);
    // What messages do not carry stays out of both; a stop always has a reason, a WMO588 code
    // (the sheet's free texts without a code are "volgens plan" here).
    for (const a of records.allocations) {
      if (a.end !== null) {
        const code = a.reasonEnd === null ? '19' : parseEndReason(a.reasonEnd);
        a.reasonEnd = code in endReasons ? code : '19';
      }
      a.referrer = null;
      a.registration = null;
      a.volume = null;
    }
    const steering = { budgets: [], ceilings: [], targets: [], measures: [] };
    const bsnOf = (c: string) => String(200_000_000 + Number(c.replace(/\D/g, '')) * 11);
    const messages = messagesFromRecords(records, bsnOf);
    const providers = providersCsv(records);
    const tariffs = tariffsCsv(records);
    const { data, report } = await importFiles(
      [
        ...messages.map((m) => file(m.name, m.text)),
        file('aanbieders.csv', providers),
        file('tarieven.csv', tariffs),
      ],
      { pseudonymKey: testKey, productMap: IB0 },
    );
    const sent = messages.filter((m) => m.name.startsWith('301/')).length;
    expect(sent).toBeGreaterThan(4_000);
    expect(report.iwmo?.byKind.wmo301.read).toBe(sent);
    const { timeToCare: _, ...fromMessages } = computeMetrics(datasetFromColumns(data), {});
    const { timeToCare: __, ...fromSheet } = computeMetrics(
      buildDataset({ ...records, ...steering }),
      {},
    );
    expect(fromMessages).toEqual(fromSheet);
  }, 60_000);
});
