import { describe, expect, it } from 'vitest';
import { compareMunicipalities, withReferenceDataset } from '../../../shared/compare/compare';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import { parseMunicipality } from '../../../shared/model/municipalities';
import { importFixtures } from '../../helpers';

const files = [
  'vergelijking-toewijzingen.csv',
  'vergelijking-inwoners.csv',
  'statline-86050NED.csv',
];

async function compare() {
  const { records } = await importFixtures(files);
  return compareMunicipalities(
    new MetricsEngine(buildDataset(records)),
    records.population,
    records.references,
  );
}

// Hand check (peildatum 15-05-2019, the latest start):
// Dordrecht 2018: A1, A2 → 2 clients / 800 = 2,50 ‰; inflow 2 → 2,50; outflow A1 → 1,25.
//           2019: A2, A3 → 2 / 1.000 = 2,00 ‰ (index 80); inflow A3 → 1,00; outflow A3 → 1,00.
// Zwijndrecht 2018: B1 → 1 / 400 = 2,50; 2019: B1, B2 → 2 / 500 = 4,00 (index 160), inflow B2 → 2,00.
// Molenlanden (Giessenlanden merged into it) 2018: C1 → 1 / 300 = 3,33, in and out 3,33; 2019: 0.
describe('vergelijking per 1.000 inwoners', () => {
  it('geeft de met de hand berekende cijfers per gemeente en jaar', async () => {
    const c = await compare();
    expect(c.meta).toEqual({
      peildatum: '2019-05-15',
      gapDays: 31,
      baseYear: '2018',
      years: ['2018', '2019'],
    });
    const row = (code: string, year: string) => {
      const f = c.municipalities[code]?.byYear[year];
      return [
        f?.clients,
        f?.clientsPer1000,
        f?.inflowPer1000,
        f?.outflowPer1000,
        f?.clientsPer1000Index,
        f?.rank,
      ];
    };
    expect(row('GM0505', '2018')).toEqual([2, 2.5, 2.5, 1.25, 100, 2]);
    expect(row('GM0505', '2019')).toEqual([2, 2, 1, 1, 80, 2]);
    expect(row('GM0642', '2018')).toEqual([1, 2.5, 2.5, 0, 100, 2]);
    expect(row('GM0642', '2019')).toEqual([2, 4, 2, 0, 160, 1]);
    expect(row('GM1978', '2018')).toEqual([1, 3.33, 3.33, 3.33, 100, 1]);
    expect(row('GM1978', '2019')).toEqual([0, 0, 0, 0, 0, 3]);
    expect(c.municipalities.GM1978?.name).toBe('Molenlanden');
    // The region: A1, A2, B1, C1 in 2018 over 800 + 400 + 300; A2, A3, B1, B2 in 2019 over 1.800.
    expect(row('REGIO', '2018')).toEqual([4, 2.67, 2.67, 1.33, 100, null]);
    expect(row('REGIO', '2019')).toEqual([4, 2.22, 1.11, 0.56, 83.3, null]); // index from exact rates: (4/1.800)/(4/1.500)
    expect(c.municipalities.GM0505).toMatchObject({
      kind: 'registrations',
      source: 'zelfde definities',
    });
  });

  it('zet gepubliceerde cijfers ernaast met bron, zonder ze te mengen', async () => {
    const c = await compare();
    const published = c.municipalities['GM0505@statline-86050NED.csv'];
    expect(published).toMatchObject({
      name: 'Dordrecht',
      kind: 'published',
      source: 'statline-86050NED.csv',
    });
    expect(published?.byYear['2018']).toMatchObject({
      clients: 1500,
      inhabitants: 118000,
      clientsPer1000: 12.71,
    });
    expect(c.municipalities['NL01@statline-86050NED.csv']?.byYear['2019']).toMatchObject({
      clients: 1_200_000,
      clientsPer1000: 69.36,
    });
    expect(c.municipalities.GM0505?.byYear['2018']?.clients).toBe(2); // computed, untouched by the published 1.500
  });
});

describe('StatLine-export (86050NED-stijl)', () => {
  it('leest opgevulde regiocodes, perioden als 2018JJ00, en laat een onderdrukte cel (.) leeg, nooit 0', async () => {
    const { records, report } = await importFixtures(['statline-86050NED.csv']);
    expect(report.sheets[0]?.kind).toBe('reference');
    expect(report.rejected).toEqual([]);
    expect(
      records.references.map((r) => [r.municipality, r.year, r.clients, r.inhabitants]),
    ).toEqual([
      ['GM0505', 2018, 1500, 118000],
      ['GM0505', 2019, null, 119000],
      ['NL01', 2019, 1_200_000, 17_300_000],
    ]);
  });

  it('Nederland en NL01 zijn het landelijke cijfer', () => {
    expect(parseMunicipality('NL01  ')).toBe('NL01');
    expect(parseMunicipality('Nederland')).toBe('NL01');
  });
});

describe('een andere gegevensset ernaast', () => {
  it('staat onder eigen sleutels, met zijn naam, tussen de registraties gerangschikt', async () => {
    const base = await compare();
    // "Another dataset": only Dordrecht's clients, with the same inhabitants.
    const { records } = await importFixtures(files);
    const dordrecht = {
      ...records,
      allocations: records.allocations.filter((a) => a.municipality === 'GM0505'),
    };
    const other = compareMunicipalities(
      new MetricsEngine(buildDataset(dordrecht)),
      records.population,
      [],
      { peildatum: 18031 }, // 15-05-2019, the base's peildatum
    );
    const both = withReferenceDataset(base, other, 'Dordrecht 2019');
    expect(both.meta).toEqual(base.meta);
    const added = both.municipalities['GM0505#Dordrecht 2019'];
    expect(added).toMatchObject({
      name: 'Dordrecht (Dordrecht 2019)',
      kind: 'registrations',
      source: 'gegevensset “Dordrecht 2019”',
    });
    // The same clients, the same rates: 2,50 ‰ in 2018, 2,00 ‰ in 2019.
    expect(added?.byYear['2018']?.clientsPer1000).toBe(2.5);
    expect(added?.byYear['2019']?.clientsPer1000).toBe(2);
    // Ranked among all registrations of 2019: Zwijndrecht 4,00 first; Dordrecht twice 2,00 (shared rank).
    expect(both.municipalities.GM0642?.byYear['2019']?.rank).toBe(1);
    expect(added?.byYear['2019']?.rank).toBe(both.municipalities.GM0505?.byYear['2019']?.rank);
    // Its index counts from the comparison's base year (2018 = 100): 2,00 / 2,50 = 80.
    expect(added?.byYear['2019']?.clientsPer1000Index).toBe(80);
    // The base is left as it was.
    expect(base.municipalities['GM0505#Dordrecht 2019']).toBeUndefined();
  });
});

describe('elk cijfer per gemeente (compare --json)', () => {
  // Hand check, peildatum 15-05-2019. Dordrecht: A1 1-3 t/m 31-8-2018 = 184 days (ended), A2 from
  // 1-6-2018 running (349 days so far), A3 1-2 t/m 30-4-2019 = 89 days. Kaplan–Meier: S(89) = 2/3,
  // S(184) = 1/3 → median 184; mean of the ended (184 + 89) / 2 = 136,5. Zwijndrecht: B1 and B2
  // run on, nothing ended: no median. The region adds C1 (181 days, ended), B1 (500 so far) and
  // B2 (1): S(89) = 4/5, S(181) = 3/5, S(184) = 2/5 → median 184.
  it('geeft de met de hand berekende duur, uitstroom en producten per gemeente en voor de regio', async () => {
    const { records } = await importFixtures(files);
    const { compareEveryFigure } = await import('../../../shared/compare/figuresByMunicipality');
    const c = compareEveryFigure(
      new MetricsEngine(buildDataset(records)),
      records.population,
      records.references,
    );
    const dordrecht = c.municipalities.GM0505;
    expect(dordrecht?.duration?.medianDaysKM).toBe(184);
    expect(dordrecht?.duration?.meanDaysEnded).toBe(136.5);
    expect(c.municipalities.GM0642?.duration?.medianDaysKM).toBeNull();
    expect(c.municipalities.REGIO?.duration?.medianDaysKM).toBe(184);
    // Outflow rate: Dordrecht 1 of 2 in 2018 and in 2019; the region 2 of 4, then 1 of 4.
    const rate = (code: string, y: string) => c.municipalities[code]?.byYear[y]?.outflowRatePct;
    expect([rate('GM0505', '2018'), rate('GM0505', '2019')]).toEqual([50, 50]);
    expect([rate('REGIO', '2018'), rate('REGIO', '2019')]).toEqual([50, 25]);
    expect(c.municipalities.GM0642?.byYear['2019']?.activeAtYearEnd).toBe(2);
    expect(dordrecht?.products?.IB2?.clients).toEqual({ '2018': 1, '2019': 1 });
    // Every trajectory counts in one municipality: their inflow adds up to the region's.
    for (const y of ['2018', '2019']) {
      const own = ['GM0505', 'GM0642', 'GM1978'].reduce(
        (sum, code) => sum + (c.municipalities[code]?.byYear[y]?.inflow ?? 0),
        0,
      );
      expect(own).toBe(c.municipalities.REGIO?.byYear[y]?.inflow);
    }
    // Published figures keep only what their source has.
    const published = Object.values(c.municipalities).find((m) => m.kind === 'published');
    expect(published?.duration).toBeUndefined();
  });
});

describe('de vergelijkbare cijfers zijn die van figures', () => {
  it('dezelfde jaren, groepen, producten, duur, leeftijd en geslacht, met en zonder gemeentefilter', async () => {
    const { records } = await importFixtures(files);
    const engine = new MetricsEngine(buildDataset(records));
    for (const filters of [{}, { municipalities: ['GM0505'] }, { products: ['IB1' as const] }]) {
      const all = engine.figures({ filters });
      const { byYear, providerGroups, products, duration, age, gender } = all;
      expect(engine.comparableFigures({ filters })).toEqual({
        byYear,
        providerGroups,
        products,
        duration,
        age,
        gender,
      });
    }
  });
});

describe('referentiegemeenten buiten de gegevens', () => {
  // Own: Dordrecht (119.000, stedelijkheid 2) and Zwijndrecht (44.500, 2), sizes from the reference
  // file. Distance = |log2 of the inhabitants' ratio| + the difference in stedelijkheid, to the
  // nearest own municipality: Zoetermeer 0,07 (Dordrecht), Gouda 0,71 (Dordrecht), Barendrecht
  // 0,11 + 1 = 1,11 (Zwijndrecht), Arnhem 0,42 + 1, Nijmegen 0,56 + 1, Utrecht 1,56 + 1, Rotterdam
  // 2,45 + 1. The country (NL01) and the own municipalities are never proposed.
  it('stelt de gemeenten voor die qua inwoners en stedelijkheid het meest lijken', async () => {
    const { records } = await importFixtures([
      'vergelijking-toewijzingen.csv',
      'referentie-gemeenten.csv',
    ]);
    expect(records.references.find((r) => r.municipality === 'GM0489')?.urbanity).toBe(3);
    const c = compareMunicipalities(
      new MetricsEngine(buildDataset(records)),
      [],
      records.references,
    );
    const { similarMunicipalities } = await import('../../../shared/compare/similar');
    const similar = similarMunicipalities(c, '2019', 5);
    expect(similar.map((s) => [s.name, s.like])).toEqual([
      ['Zoetermeer', 'Dordrecht'],
      ['Gouda', 'Dordrecht'],
      ['Barendrecht', 'Zwijndrecht'],
      ['Arnhem', 'Dordrecht'],
      ['Nijmegen', 'Dordrecht'],
    ]);
    expect(similar[0]).toMatchObject({ inhabitants: 125000, urbanity: 2 });
  });
});

describe('referentiegemeenten met twee bronnen', () => {
  it('neemt de stedelijkheid van de eigen gemeente uit de bron die haar heeft', async () => {
    const { records } = await importFixtures([
      'vergelijking-toewijzingen.csv',
      'statline-86050NED.csv',
      'referentie-gemeenten.csv',
    ]);
    const c = compareMunicipalities(
      new MetricsEngine(buildDataset(records)),
      [],
      records.references,
    );
    const { similarMunicipalities } = await import('../../../shared/compare/similar');
    // StatLine names Dordrecht first, without stedelijkheid; the reference file has it (2):
    // Arnhem (1) stays behind Gouda (2) as without StatLine.
    expect(similarMunicipalities(c, '2019', 5).map((s) => s.name)).toEqual([
      'Zoetermeer',
      'Gouda',
      'Barendrecht',
      'Arnhem',
      'Nijmegen',
    ]);
  });
});

describe('de regio is de gemeenten samen', () => {
  it('telt geen toewijzing zonder gemeente mee, ook niet bij elk cijfer', async () => {
    const { records } = await importFixtures(files);
    const first = records.allocations[0] as (typeof records.allocations)[number];
    records.allocations.push({ ...first, client: 'Z1', municipality: null });
    records.clients.push({
      client: 'Z1',
      birthMonth: null,
      birthYear: null,
      gender: null,
      municipality: null,
    });
    const { compareEveryFigure } = await import('../../../shared/compare/figuresByMunicipality');
    const c = compareEveryFigure(new MetricsEngine(buildDataset(records)), records.population, []);
    // Hand check as above: A1, A2, B1, C1 start in 2018; Z1 (no municipality) is not the region's.
    expect(c.municipalities.REGIO?.byYear['2018']?.inflow).toBe(4);
    expect(c.municipalities.REGIO?.byYear['2018']?.clients).toBe(4);
  });
});

describe('per gemeente in één splitsing', () => {
  it('geeft voor elke gemeente precies de cijfers van een gemeentefilter, ook met een ander filter en een peildatum in het jaar', async () => {
    const { importSample } = await import('../../helpers');
    const { dayFromCivil } = await import('../../../shared/periods/days');
    const { records } = await importSample();
    const engine = new MetricsEngine(buildDataset(records));
    const groups = engine.ds.municipalities.map((code) => [code]);
    for (const params of [
      {},
      { filters: { products: ['IB1' as const] } },
      { peildatum: dayFromCivil(2019, 6, 30), filters: { ageBands: ['27-39'] } },
    ]) {
      const split = engine.comparableFiguresByMunicipality(params, groups);
      expect(split).not.toBeNull();
      groups.forEach((codes, g) => {
        expect(split?.[g]).toEqual(
          engine.comparableFigures({
            ...params,
            filters: { ...params.filters, municipalities: codes },
          }),
        );
      });
    }
  });
});

describe("elk cijfer per gemeente is metrics op die gemeente's eigen registraties", () => {
  it('per gemeente en voor de regio: jaren, groepen, producten, duur, leeftijd en geslacht', async () => {
    const { importSample } = await import('../../helpers');
    const { compareEveryFigure } = await import('../../../shared/compare/figuresByMunicipality');
    const { computeMetrics } = await import('../../../shared/metrics/engine');
    const { records } = await importSample();
    const ds = buildDataset(records);
    const c = compareEveryFigure(new MetricsEngine(ds), records.population, []);
    // Each municipality alone: only its allocations and their clients, at the whole data's peildatum.
    const alone = (municipality: string | null) => {
      const allocations = records.allocations.filter(
        (a) => municipality === null || a.municipality === municipality,
      );
      const clients = new Set(allocations.map((a) => a.client));
      return computeMetrics(
        buildDataset({
          ...records,
          allocations,
          clients: records.clients.filter((k) => clients.has(k.client)),
        }),
        { peildatum: ds.dataEnd, periodKinds: [] },
      );
    };
    expect(ds.municipalities).toHaveLength(7);
    for (const code of [...ds.municipalities, 'REGIO']) {
      const own = alone(code === 'REGIO' ? null : code);
      const entry = c.municipalities[code];
      for (const [year, figures] of Object.entries(own.byYear))
        expect(entry?.byYear[year], `${code} ${year}`).toMatchObject({ ...figures });
      expect(entry?.providerGroups).toEqual(own.providerGroups);
      expect(entry?.products).toEqual(own.products);
      expect(entry?.duration).toEqual(own.duration);
      expect(entry?.age).toEqual(own.age);
      expect(entry?.gender).toEqual(own.gender);
    }
  });
});
