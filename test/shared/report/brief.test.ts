import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { dayFromCivil } from '../../../shared/periods/days';
import { buildBrief } from '../../../shared/report/brief';
import { svgChart } from '../../../shared/report/svgChart';
import { trendSentence } from '../../../shared/report/text';
import { forecastYear } from '../../../shared/steer/forecast';
import { steeringInput } from '../../../shared/steer/input';
import expected from '../../fixtures/expected.json' with { type: 'json' };
import { importFixtures, importSample } from '../../helpers';

describe('zinnen in gewoon Nederlands', () => {
  it('stijging, daling, gelijk, meervoud, geheim en onbekend', () => {
    const y = (year: string, value: number | null | undefined) => ({ year, value });
    expect(trendSentence('de instroom', 'count', y('2018', 1005), y('2019', 1210))).toBe(
      'De instroom steeg van 1.005 in 2018 naar 1.210 in 2019 (+20,4%).',
    );
    expect(trendSentence('de uitstroom', 'count', y('2018', 700), y('2019', 630))).toBe(
      'De uitstroom daalde van 700 in 2018 naar 630 in 2019 (−10,0%).',
    );
    expect(
      trendSentence('de kosten', 'euro', y('2018', 1_000_000), y('2019', 1_000_000), true),
    ).toBe('De kosten bleven gelijk: €\u00a01.000.000 in 2018 en in 2019.');
    expect(trendSentence('de kosten', 'euro', y('2018', 900), y('2019', 1000), true)).toBe(
      'De kosten stegen van €\u00a0900 in 2018 naar €\u00a01.000 in 2019 (+11,1%).',
    );
    expect(trendSentence('de instroom', 'count', y('2018', 10), y('2019', null))).toBe(
      'De instroom in 2019 is niet te publiceren (kleine aantallen).',
    );
    expect(trendSentence('de instroom', 'count', y('2018', null), y('2019', 15))).toBe(
      'De instroom was in 2019 15.',
    );
    // A rate changes in procentpunten, never in %: 25,5% → 23,9% is −1,6 procentpunt, not −6,3%.
    expect(
      trendSentence('het uitstroompercentage', 'percent', y('2018', 25.5), y('2019', 23.9)),
    ).toBe(
      'Het uitstroompercentage daalde van 25,5% in 2018 naar 23,9% in 2019 (−1,6 procentpunt).',
    );
    expect(trendSentence('de mediane duur', 'days', y('2018', 500), y('2019', undefined))).toBe(
      'De mediane duur in 2019 is (nog) niet bekend.',
    );
  });
});

describe('de raadsbrief van mini.xlsx', () => {
  let m: MetricsJson;
  beforeAll(async () => {
    const { records, report } = await importFixtures(['mini.xlsx']);
    m = new MetricsEngine(buildDataset(records)).figures({ rejectedRows: report.rejected.length });
  });

  it('intern: de kerncijfers van expected.json, exact', () => {
    const brief = buildBrief(m, { datasetName: 'Mini', mode: 'intern' });
    const kf = Object.fromEntries(
      brief.sections[0]?.keyFigures.map((k) => [k.metric, k.value]) ?? [],
    );
    const y = expected.byYear['2019'];
    expect(kf).toMatchObject({
      clients: y.clients,
      inflow: y.inflow,
      outflow: y.outflow,
      activeAtYearEnd: y.activeAtYearEnd,
      costTotal: y.costTotal,
      costPerClientMonth: y.costPerClientMonth,
    });
    expect(brief.modeNote).toContain('exacte aantallen');
  });

  it('publicatie (standaard): elk aantal van 0 tot en met 7 is geheim, en wat eruit volgt ook', () => {
    const brief = buildBrief(m, { datasetName: 'Mini' });
    expect(brief.mode).toBe('publicatie');
    const kf = brief.sections[0]?.keyFigures ?? [];
    // Every count in mini is 7 or less: hidden, and the money of those clients too.
    for (const k of kf.filter((k) => k.metric !== 'medianDaysKM')) {
      expect(k.value, k.metric).toBeNull();
      expect(k.text, k.metric).toBe('.');
    }
    expect(brief.sections[0]?.sentences[0]).toBe(
      'Het aantal cliënten met individuele begeleiding in 2019 is niet te publiceren (kleine aantallen).',
    );
    const table = brief.sections.find((s) => s.id === 'instroom')?.tables[0];
    expect(table?.rows.find((r) => r[0] === '2019')).toEqual(['2019', '.', '.', '.', '.', '.']);
  });
});

describe('de raadsbrief van de voorbeelddata (publicatie)', () => {
  let m: MetricsJson;
  beforeAll(async () => {
    const { records } = await importSample();
    m = new MetricsEngine(buildDataset(records)).figures();
  });

  it('rondt af op vijftallen en rekent percentages uit de afgeronde aantallen', () => {
    const brief = buildBrief(m, { datasetName: 'Drechtsteden' });
    // Hand-checked, 2019: 2.720 clients stay 2.720; 438 ended → 440; 440 / 2.720 = 16,176…% →
    // 16,2% (the exact rate 438 / 2.720 = 16,1%); 735 new and 2.340 running stay as they are.
    expect(m.byYear['2019']?.outflow).toBe(438);
    expect(m.byYear['2019']?.outflowRatePct).toBe(16.1);
    const rows = brief.sections.find((s) => s.id === 'instroom')?.tables[0]?.rows;
    expect(rows?.at(-1)).toEqual(['2019', '2.720', '735', '440', '16,2%', '2.340']);
    // 2018: 2.507 → 2.505, 527 → 525, 2.038 → 2.040 (525 / 2.505 = 20,96…% → 21,0%).
    expect(rows?.at(-2)).toEqual(['2018', '2.505', '760', '525', '21,0%', '2.040']);
    expect(brief.sections[0]?.sentences).toContain(
      'De uitstroom daalde van 525 in 2018 naar 440 in 2019 (−16,2%).',
    );
    const intern = buildBrief(m, { datasetName: 'Drechtsteden', mode: 'intern' });
    expect(intern.sections.find((s) => s.id === 'instroom')?.tables[0]?.rows.at(-1)).toEqual([
      '2019',
      '2.720',
      '735',
      '438',
      '16,1%',
      '2.340',
    ]);
  });

  it('verbergt een tweede deel waar een totaal een geheim deel zou verraden', () => {
    const brief = buildBrief(m, { datasetName: 'Drechtsteden' });
    const table = brief.sections.find((s) => s.id === 'clienten')?.tables[0];
    const col = 1; // 2015
    const parts = Object.entries(m.age.clientsByBand).map(([band, perYear]) => ({
      band,
      n: perYear['2015'] ?? 0,
    }));
    const secret = parts.filter((p) => p.n <= 7);
    expect(secret.length).toBe(1); // one primary suppression …
    const nextSmallest = parts.filter((p) => p.n > 7).sort((a, b) => a.n - b.n)[0];
    const hidden = (table?.rows ?? []).filter((r) => r[col] === '.').map((r) => r[0]);
    // … and the smallest shown part goes secret too, so it cannot be found by subtraction.
    expect(hidden.sort()).toEqual([secret[0]?.band, nextSmallest?.band].sort());
    expect(table?.rows.at(-1)?.[col]).toBe('1.570');
  });

  it('een grafiek als SVG toont de gepubliceerde getallen, nooit een geheim als nul', () => {
    const brief = buildBrief(m, { datasetName: 'Drechtsteden', sections: ['kosten'] });
    expect(brief.sections.map((s) => s.id)).toEqual(['kosten']);
    const chart = brief.sections[0]?.charts[0];
    expect(chart?.series.map((s) => s.name)).toEqual(['IB0', 'IB1', 'IB2', 'IB3']);
    const svg = svgChart(chart as NonNullable<typeof chart>);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('Kosten per product per jaar');
    // IB0 had no cost before 2018: no bar is drawn for it in 2015–2017 (two bars and its legend key).
    const ib0 = (svg.match(/fill="#0072B2"\/>/g) ?? []).length;
    expect(ib0).toBe(3);
  });
});

describe('een brief over een deel van de gegevens', () => {
  it('noemt de selectie op de omslag en in de verantwoording', async () => {
    const { records } = await importFixtures(['mini.xlsx']);
    const m = new MetricsEngine(buildDataset(records)).figures();
    const brief = buildBrief(m, { datasetName: 'Mini', scope: 'gemeente Dordrecht; product IB1' });
    expect(brief.scope).toBe('gemeente Dordrecht; product IB1');
    expect(brief.sections.at(-1)?.sentences).toContain(
      'De cijfers gaan over een deel van de gegevens: gemeente Dordrecht; product IB1.',
    );
    expect(buildBrief(m, { datasetName: 'Mini' }).scope).toBeNull();
  });

  it('draagt onderwerp, datum en afzender op de omslag; zonder die gegevens niets', async () => {
    const { records } = await importFixtures(['mini.xlsx']);
    const m = new MetricsEngine(buildDataset(records)).figures();
    const brief = buildBrief(m, {
      datasetName: 'Dordrecht',
      title: 'Begeleiding in 2018 en 2019',
      date: '30-11-2026',
      sender: 'team Wmo',
    });
    expect([brief.title, brief.letter]).toEqual([
      'Begeleiding in 2018 en 2019',
      'Datum 30-11-2026 · Van: team Wmo',
    ]);
    const plain = buildBrief(m, { datasetName: 'Dordrecht', title: ' ' });
    expect([plain.title, plain.letter]).toEqual(['Individuele begeleiding 2018–2019', null]);
  });
});

describe('een peildatum in het jaar: nooit een deel van een jaar naast een heel jaar', () => {
  it('vergelijkt hele jaren, zet het lopende jaar naast dezelfde dagen vorig jaar en noemt het zo', async () => {
    const { records } = await importSample();
    const engine = new MetricsEngine(buildDataset(records));
    const peildatum = dayFromCivil(2019, 9, 30);
    const forecast = forecastYear(engine, { peildatum });
    const m = engine.figures({ peildatum });
    const brief = buildBrief(m, { datasetName: 'Voorbeeld', forecast });
    expect(brief.title).toBe('Individuele begeleiding 2015–2019');
    const summary = brief.sections.find((s) => s.id === 'samenvatting');
    // The key figures and the trends are of the last whole year, 2018 beside 2017.
    expect(summary?.keyFigures.every((k) => k.year === '2018')).toBe(true);
    const { current, previous } = forecast.yearToDate;
    expect([current.to, previous.to]).toEqual(['2019-09-30', '2018-09-30']);
    // Publication mode: counts to a multiple of five (2.619 → 2.620, 2.344 → 2.345); the change
    // from the rounded counts: 275 / 2.345 = 11,72…% → +11,7%.
    expect([current.clients, previous.clients]).toEqual([2619, 2344]);
    expect(summary?.sentences).toContain(
      'Het aantal cliënten tot de peildatum steeg van 2.345 in 2018 t/m 30-09 naar 2.620 in 2019 t/m 30-09 (+11,7%).',
    );
    expect(summary?.sentences.join(' ')).not.toMatch(/in 2019 \(/);
    // A year before the data's first year end: its inflow is the opening stock, not compared.
    const early = dayFromCivil(2016, 3, 31);
    const first = buildBrief(engine.figures({ peildatum: early }), {
      datasetName: 'Voorbeeld',
      forecast: forecastYear(engine, { peildatum: early }),
    });
    const firstSummary = first.sections.find((s) => s.id === 'samenvatting')?.sentences ?? [];
    expect(
      firstSummary.some((line) => line.startsWith('Het aantal cliënten tot de peildatum')),
    ).toBe(true);
    expect(firstSummary.some((line) => line.startsWith('De instroom tot de peildatum'))).toBe(
      false,
    );
    // Tables and charts name the unfinished year as such.
    const costs = brief.sections.find((s) => s.id === 'kosten');
    expect(costs?.tables[0]?.rows.map((r) => r[0])).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019 t/m 30-09',
    ]);
    // Charts draw whole years only and say where the unfinished one is.
    expect(costs?.charts[0]?.categories).toEqual(['2015', '2016', '2017', '2018']);
    expect(costs?.charts[0]?.note).toBe(
      '2019 t/m 30-09 staat niet in de grafiek, wel in de tabel: een deel van een jaar naast hele jaren zou misleiden.',
    );
    expect(costs?.charts[0]?.series[0]?.values).toHaveLength(4);
    // Nobody who started in 2019 can have run a year by 30 September.
    const duration = brief.sections.find((s) => s.id === 'duur');
    expect(duration?.tables[0]?.rows.at(-1)?.at(-1)).toBe('nog niet bekend');
  });
});

describe('Prognose en begroting in de raadsbrief', () => {
  it('de prognose in woorden, met begroting, terugblik en overschreden plafond; zonder prognose geen hoofdstuk', async () => {
    const { records } = await importSample();
    const engine = new MetricsEngine(buildDataset(records));
    const peildatum = dayFromCivil(2019, 9, 30);
    const forecast = forecastYear(
      engine,
      { peildatum },
      steeringInput(records.budgets, records.ceilings),
    );
    const m = engine.figures({ peildatum });
    const brief = buildBrief(m, { datasetName: 'Voorbeeld', forecast });
    const section = brief.sections.find((s) => s.id === 'prognose');
    expect(section?.title).toBe('Prognose en begroting');
    const text = section?.sentences.join(' ') ?? '';
    const euro = (v: number) => `€\u00a0${Math.round(v).toLocaleString('nl-NL')}`;
    expect(text).toContain(`Tot en met 30-09-2019 is ${euro(forecast.total.realised)} uitgegeven.`);
    expect(text).toContain(`uit op ${euro(forecast.total.forecast)}`);
    expect(text).toContain(`onder de begroting van ${euro(16_500_000)}`);
    expect(text).toContain('In 2016–2018 zat dezelfde prognose');
    expect(text).toContain('Eén aanbieder komt boven het plafond');
    expect(section?.keyFigures.map((k) => k.label)).toEqual([
      'Gerealiseerd',
      'Prognose',
      'Begroting',
    ]);
    expect(section?.tables[0]?.rows.map((r) => r[0])).toEqual(['IB0', 'IB1', 'IB2', 'IB3']);
    // The Verantwoording explains the forecast only when the brief has it.
    const definitions = (b: typeof brief) =>
      b.sections
        .find((s) => s.id === 'verantwoording')
        ?.tables.flatMap((t) => t.rows.map((r) => r[0]));
    expect(definitions(brief)).toContain('Prognose');
    const without = buildBrief(m, { datasetName: 'Voorbeeld' });
    expect(without.sections.some((s) => s.id === 'prognose')).toBe(false);
    expect(definitions(without)).not.toContain('Prognose');
  });
});

describe('een verandering zoals de eenheid haar leest', () => {
  it('een percentage in procentpunten, een aantal in %, een leeftijd of duur in jaren of dagen', async () => {
    const { formatChangeOf } = await import('../../../shared/figures/units');
    expect(formatChangeOf(25.6, 23.8, 'percent', 'nl')).toBe('−1,8 procentpunt');
    expect(formatChangeOf(918, 884, 'count', 'nl')).toBe('−3,7%');
    expect(formatChangeOf(44.5, 39.6, 'years', 'nl')).toBe('−4,9 jaar');
    expect(formatChangeOf(706, 767, 'days', 'nl')).toBe('+61 dagen');
    expect(formatChangeOf(706, 707, 'days', 'nl')).toBe('+1 dag');
    expect(formatChangeOf(44.5, 39.6, 'years', 'en')).toBe('−4.9 years');
    expect(formatChangeOf(null, 39.6, 'years', 'nl')).toBeNull();
  });
});

describe('een raadsbrief die zegt waar een verandering vandaan komt', () => {
  let m: MetricsJson;
  beforeAll(async () => {
    const { records } = await importSample();
    m = new MetricsEngine(buildDataset(records)).figures();
  });

  it('noemt de producten, typen aanbieders en leeftijden met het grootste deel van de verandering', () => {
    const brief = buildBrief(m, { datasetName: 'Drechtsteden', mode: 'intern' });
    const said = (id: string) => brief.sections.find((s) => s.id === id)?.sentences ?? [];
    // Hand-checked from metrics --json: inflow 2018 → 2019 per product IB0 5 → 11, IB1 297 → 400,
    // IB2 288 → 204, IB3 170 → 120; the total fell 760 → 735 (−25). IB2 (−84) alone carries more
    // than the fall; IB1 rose by 103, more than half of 25, and is named as going against it.
    // Gehandicaptenzorg 183 → 147 (−36); GGZ 253 → 258 (+5) is less than half of 25: not named.
    const inflow = (y: string, p: string) => m.byPeriod.year?.[y]?.inflowByProduct[p] ?? 0;
    expect(['IB0', 'IB1', 'IB2', 'IB3'].map((p) => inflow('2019', p) - inflow('2018', p))).toEqual([
      6, 103, -84, -50,
    ]);
    expect(said('instroom')).toContain(
      'De afname van de instroom tussen 2018 en 2019 (−\u206025) zat vooral bij IB2 (−\u206084) en bij aanbieders van het type Gehandicaptenzorg (−\u206036); IB1 (+\u2060103) ging de andere kant op.',
    );
    expect(
      said('kosten').some((line) =>
        /^De toename van de kosten tussen 2018 en 2019 \(\+\u2060€/.test(line),
      ),
    ).toBe(true);
    expect(said('clienten').some((line) => line.includes('zat vooral bij cliënten van'))).toBe(
      true,
    );
    expect(said('aanbieders').some((line) => line.includes('bij aanbieders van het type'))).toBe(
      true,
    );
    expect(said('aanbieders').some((line) => line.includes('GGZ Oude Maas (+\u2060230)'))).toBe(
      true,
    );
  });

  it('zegt niets twee keer: een hoofdstuk herhaalt de samenvatting niet', () => {
    const brief = buildBrief(m, { datasetName: 'Drechtsteden' });
    const all = brief.sections.flatMap((s) => s.sentences);
    expect(new Set(all).size).toBe(all.length);
    // Without the summary the chapter says it itself.
    const alone = buildBrief(m, { datasetName: 'Drechtsteden', sections: ['instroom'] });
    expect(alone.sections[0]?.sentences[0]).toBe(
      'De instroom daalde van 760 in 2018 naar 735 in 2019 (−3,3%).',
    );
    const withSummary = brief.sections.find((s) => s.id === 'instroom')?.sentences ?? [];
    expect(withSummary[0]?.startsWith('De afname van de instroom')).toBe(true);
  });

  it('"–" voor wat niet bestond, "." voor geheim, allebei uitgelegd onder de tabel', () => {
    const brief = buildBrief(m, { datasetName: 'Drechtsteden' });
    const costs = brief.sections.find((s) => s.id === 'kosten')?.tables[0];
    // IB0 and IB2 had no clients before 2018 and 2016: they did not exist, nothing is secret.
    expect(costs?.head.slice(2, 6)).toEqual(['IB0', 'IB1', 'IB2', 'IB3']);
    expect(costs?.rows[0]?.slice(2, 6).map((c) => (c === '–' || c === '.' ? c : 'getal'))).toEqual([
      '–',
      'getal',
      '–',
      'getal',
    ]);
    expect(costs?.notes).toEqual(['– = niet van toepassing']);
    const ages = brief.sections.find((s) => s.id === 'clienten')?.tables[0];
    expect(ages?.notes).toEqual(['. = geheim (kleine aantallen, zie de verantwoording)']);
  });

  it('laat een grafiek zonder cijfers weg, met een zin waarom', () => {
    // A brief of 2018–2019 at 31-12-2019: neither start year has half its trajectories ended.
    const brief = buildBrief(m, { datasetName: 'Drechtsteden', fromYear: '2018' });
    const duration = brief.sections.find((s) => s.id === 'duur');
    expect(duration?.charts).toEqual([]);
    expect(duration?.sentences).toContain(
      'De grafiek “Mediane trajectduur per startjaar (dagen)” ontbreekt: van geen van deze startjaren is al de helft van de trajecten beëindigd.',
    );
    // Its text is about 2018–2019, not about all trajectories since 2015.
    expect(duration?.sentences[0]).toBe(
      'Van de trajecten die in 2018–2019 begonnen, is nog niet de helft beëindigd: hoe lang de helft duurt, is nog niet bekend.',
    );
    expect(duration?.sentences.join(' ')).not.toContain('sinds 2015');
    const whole = buildBrief(m, { datasetName: 'Drechtsteden' }).sections.find(
      (s) => s.id === 'duur',
    );
    expect(whole?.sentences.at(-1)).toMatch(
      /^Over alle trajecten sinds 2015 duurt de helft korter dan/,
    );
  });
});

describe('wat een verandering drijft', () => {
  it('de delen die meebewogen, grootste eerst, tot ze de helft dekken (hooguit drie)', async () => {
    const { driversOf, driverSentence } = await import('../../../shared/report/drivers');
    const parts = [
      { name: 'A', from: 100, to: 160 },
      { name: 'B', from: 50, to: 90 },
      { name: 'C', from: 80, to: 70 },
      { name: 'D', from: 10, to: null },
    ];
    // Total +90: A (+60) covers half on its own.
    expect(driversOf(parts, 90)).toEqual([{ name: 'A', change: 60 }]);
    // Total +150: A and B (+100) are needed; C moved the other way, D is hidden.
    expect(driversOf(parts, 150).map((d) => d.name)).toEqual(['A', 'B']);
    expect(driversOf(parts, -10)).toEqual([{ name: 'C', change: -10 }]);
    expect(driversOf(parts, 0)).toEqual([]);
    expect(driverSentence([{ parts }], { from: 240, to: 390 }, 'count', 'de instroom')).toBe(
      'De toename van de instroom (+\u2060150) zat vooral bij A (+\u206060) en B (+\u206040).',
    );
    expect(driverSentence([{ parts }], { from: 240, to: null }, 'count', 'x')).toBeNull();
  });
});

describe('de Vergelijking in de raadsbrief', () => {
  it('zet de gekozen cijfers naast de regio, met wie eruit springt', async () => {
    const { records } = await importSample();
    const engine = new MetricsEngine(buildDataset(records));
    const { compareEveryFigure } = await import('../../../shared/compare/figuresByMunicipality');
    const compare = compareEveryFigure(engine, records.population, records.references);
    const m = engine.figures();
    const section = (compareFigures?: string[]) =>
      buildBrief(m, {
        datasetName: 'Drechtsteden',
        mode: 'intern',
        compare,
        ...(compareFigures ? { compareFigures } : {}),
      }).sections.find((s) => s.id === 'vergelijking');
    expect(section()?.tables.map((t) => t.caption)).toEqual([
      'Cliënten per 1.000 inwoners in 2019',
      'Mediane trajectduur, alle trajecten (dagen), tot de peildatum',
      'Kosten per cliënt per maand in 2019',
      'Uitstroompercentage in 2019',
    ]);
    const ggz = section(['share:group:ggz']);
    const table = ggz?.tables[0];
    expect(table?.head).toEqual(['Gemeente', 'Waarde', 'Regio', 'Verschil', 'Rang']);
    // Hand-checked from compare --json: Hendrik-Ido-Ambacht 80 of 283 clients with a GGZ provider
    // in 2019 = 28,3%; the region 700 of 2.720 = 25,7%; 28,3 − 25,7 = 2,6 procentpunt (the
    // difference of the values shown). Hardinxveld-Giessendam 39 of 183 = 21,3%: 4,4 lower.
    const hia = table?.rows.find((r) => r[0] === 'Hendrik-Ido-Ambacht');
    expect(hia).toEqual(['Hendrik-Ido-Ambacht', '28,3%', '25,7%', '+2,6 procentpunt', '1']);
    expect(ggz?.sentences).toContain(
      'Hendrik-Ido-Ambacht — aandeel type aanbieder GGZ: 28,3%, 2,6 procentpunt hoger dan de regio (25,7%).',
    );
    expect(ggz?.sentences).toContain(
      'Hardinxveld-Giessendam — aandeel type aanbieder GGZ: 21,3%, 4,4 procentpunt lager dan de regio (25,7%).',
    );
  });
});

describe('hoe trajecten eindigden, in de raadsbrief', () => {
  it('volgens plan, voortijdig en naar de Wlz/Zvw, van de trajecten met een bekende reden', async () => {
    const { records } = await importSample();
    const m = new MetricsEngine(buildDataset(records)).figures();
    // Hand-checked from metrics --json, 2019: 438 ended, 26 without a reason → 412 with one
    // (a free text counts as a reason); 19 × 195 → 195 / 412 = 47,3% volgens plan; 21 × 14,
    // 22 × 8, 23 × 31 → 53 / 412 = 12,9% voortijdig; 39 × 34 to the Wlz/Zvw.
    expect(m.outflowByReason['2019']).toMatchObject({
      '19': 195,
      '21': 14,
      '22': 8,
      '23': 31,
      '39': 34,
      'doelen behaald, afgeschaald': 3,
      onbekend: 26,
    });
    const intern = buildBrief(m, { datasetName: 'D', mode: 'intern' });
    expect(intern.sections.find((s) => s.id === 'instroom')?.sentences).toContain(
      'Van de trajecten die in 2019 eindigden met een bekende reden, eindigde 47,3% volgens plan en 12,9% voortijdig (eenzijdig of in overleg); naar de Wlz of Zvw: 34.',
    );
    // Per provider group (hand-checked from endingsByGroup 2019): GGZ 97 known, 45 as planned
    // (46,4%), 17 early (17,5%); all groups 412, 195 (47,3%), 53 (12,9%).
    const table = intern.sections
      .find((s) => s.id === 'aanbieders')
      ?.tables.find((t) => t.caption.startsWith('Hoe trajecten in 2019 eindigden'));
    expect(table?.head).toEqual([
      'Type aanbieder',
      'Met bekende reden',
      'Volgens plan',
      'Voortijdig',
    ]);
    expect(table?.rows.find((r) => r[0] === 'GGZ')).toEqual(['GGZ', '97', '46,4%', '17,5%']);
    expect(table?.rows.at(-1)).toEqual(['Totaal', '412', '47,3%', '12,9%']);
    // Published: 97 → 95, 45 stays (47,4%), 17 → 15 (15,8%); 0 early is secret.
    const publishedTable = buildBrief(m, { datasetName: 'D' })
      .sections.find((s) => s.id === 'aanbieders')
      ?.tables.find((t) => t.caption.startsWith('Hoe trajecten in 2019 eindigden'));
    expect(publishedTable?.rows.find((r) => r[0] === 'GGZ')).toEqual([
      'GGZ',
      '95',
      '47,4%',
      '15,8%',
    ]);
    expect(publishedTable?.rows.find((r) => r[0] === 'Psychische kwetsbaarheid')?.[3]).toBe('.');
    // Publication: from the rounded counts (195 / 410 = 47,6%; 55 / 410 = 13,4%; 34 → 35).
    const published = buildBrief(m, { datasetName: 'D' });
    expect(published.sections.find((s) => s.id === 'instroom')?.sentences).toContain(
      'Van de trajecten die in 2019 eindigden met een bekende reden, eindigde 47,6% volgens plan en 13,4% voortijdig (eenzijdig of in overleg); naar de Wlz of Zvw: 35.',
    );
  });
});
