import type { Cents, DayNumber } from '../shared/brand';
import { buildDataset } from '../shared/metrics/dataset';
import { computeMetrics, MetricsEngine } from '../shared/metrics/engine';
import type { IbProduct } from '../shared/model/products';
import type { ProviderGroup } from '../shared/model/providerGroups';
import { endReasons } from '../shared/model/reasons';
import type { Allocation, Client, Provider, Records, Tariff } from '../shared/model/records';
import { emptyRecords } from '../shared/model/records';
import { dayFromCivil, yearMonthOf, yearOf } from '../shared/periods/days';
import { forecastYear } from '../shared/steer/forecast';
import { between, seededRandom, weighted } from './random';

// A synthetic Drechtsteden-like IB dataset, 2015–2019, that reproduces the
// figures of seed 003 (Trimbos for the SDD): Tabel 1 exactly, 1,572 and 2,720
// clients, 38 and 51 active providers, no IB2 before 2016, no IB0 before
// August 2018, cost per client per month of about €607 (2018) and €561 (2019).

export const YEARS = [2015, 2016, 2017, 2018, 2019] as const;

/** Clients per provider group per year: seed 003 Tabel 1, plus the unclassified rest. */
export const TABEL_1: Record<ProviderGroup, readonly number[]> = {
  gehandicaptenzorg: [584, 593, 677, 754, 765],
  ggz: [89, 236, 338, 534, 700],
  psychische_kwetsbaarheid: [9, 20, 42, 92, 132],
  autisme: [109, 174, 249, 332, 402],
  thuiszorg_maatschappelijk: [266, 407, 459, 484, 491],
  ouderenzorg: [88, 78, 92, 101, 109],
  // 1,572 − 1,145 in 2015 and 2,720 − 2,599 in 2019; the years between are ours.
  overig: [427, 360, 290, 210, 121],
};

/**
 * Target cost per client per month (euro) per year; 2018 and 2019 from seed 003, 2015
 * and 2017 ours. 2016's follows from the spending, which grows 44 % from 2016 to 2017
 * (seed 003 §3.3).
 */
const COST_PER_CLIENT_MONTH: Record<number, number> = {
  2015: 500,
  2017: 589,
  2018: 607,
  2019: 561,
};
const SPENDING_GROWTH_2016_2017 = 1.44;

/**
 * The share of a year's clients whose trajectory ends in it (a shrinking group ends
 * more): with the trajectories that end in a pause and start again, the outflow rate
 * is 18 % in 2017 and 21 % in 2018 (seed 003 §3.3, note 17).
 */
export const LEAVING: Record<number, number> = {
  2015: 0.2,
  2016: 0.16,
  2017: 0.124,
  2018: 0.153,
  2019: 0.14,
};

/**
 * When in the year trajectories start and end, per year: a lean from −1 to 1 tilts the
 * draw within the year linearly, positive towards its start, negative towards its end (0:
 * evenly; never a peak, never an empty month). Spending follows the client-months, so
 * this, with the outflow, sets its growth: +9 % from 2018 to 2019 while the cost per client
 * per month falls (seed 003 §3.3): 2018's leavers go a little early, 2019's newcomers come
 * early and its leavers late.
 */
export const TIMING: Record<number, { starts: number; ends: number }> = {
  2018: { starts: 0, ends: 0.3 },
  2019: { starts: 0.5, ends: -0.6 },
};

/** A fraction of a year, drawn with density 1 + lean × (1 − 2x) (the inverse of its distribution). */
function within(random: () => number, year: number, what: 'starts' | 'ends'): number {
  const a = TIMING[year]?.[what] ?? 0;
  const u = random();
  return a === 0 ? u : (1 + a - Math.sqrt((1 + a) ** 2 - 4 * a * u)) / (2 * a);
}

/**
 * Product weights [IB0, IB1, IB2, IB3] of an allocation by its start year: IB2 (middel)
 * new in 2016 and the largest product until it falls in 2019, IB1 (licht) rising from
 * 2017, IB0 from August 2018 as a step down (seed 003 §3.4, Figuur 1).
 */
export const PRODUCT_WEIGHTS: Record<number, readonly [number, number, number, number]> = {
  2015: [0, 45, 0, 55],
  2016: [0, 30, 45, 25],
  2017: [0, 30, 48, 22],
  2018: [14, 38, 40, 22],
  2019: [14, 47, 24, 13],
};

/** Target mean age at start of the trajectories still running at the end of 2019, by start year (seed 003 §3.4). */
const RUNNING_MEAN_AGE: Record<number, number> = { 2016: 57, 2017: 52, 2018: 47, 2019: 43 };

/** Years added to the ages of the groups for the old by start year: their new clients grow older. */
export const OLD_SHIFT: Record<number, number> = { 2015: 0, 2016: -8, 2017: -4, 2018: 5, 2019: 8 };

/** Groups whose clients' ages stay as drawn: the calibration moves the others. */
const OLD_AGE_GROUPS: ReadonlySet<ProviderGroup> = new Set([
  'ouderenzorg',
  'thuiszorg_maatschappelijk',
]);

/** The share of women among new clients by start year: it swings, with more women lately (seed 003 §3.4). */
const WOMEN: Record<number, number> = { 2015: 0.5, 2016: 0.48, 2017: 0.51, 2018: 0.55, 2019: 0.56 };

/** The seven Drechtsteden municipalities with approximate populations (weights for clients). */
export const MUNICIPALITIES = [
  { code: 'GM0482', name: 'Alblasserdam', inhabitants: 20_000 },
  { code: 'GM0505', name: 'Dordrecht', inhabitants: 118_900 },
  { code: 'GM0523', name: 'Hardinxveld-Giessendam', inhabitants: 18_000 },
  { code: 'GM0531', name: 'Hendrik-Ido-Ambacht', inhabitants: 30_200 },
  { code: 'GM0590', name: 'Papendrecht', inhabitants: 32_200 },
  { code: 'GM0610', name: 'Sliedrecht', inhabitants: 25_000 },
  { code: 'GM0642', name: 'Zwijndrecht', inhabitants: 44_600 },
] as const;

/** Provider plan per group: providers active all years, leaving after 2016, entering in a year. */
const PROVIDER_PLAN: Record<ProviderGroup, { core: number; leavers: number; entrants: number[] }> =
  {
    gehandicaptenzorg: { core: 7, leavers: 0, entrants: [2017, 2019] },
    ggz: { core: 6, leavers: 0, entrants: [2016, 2017, 2018, 2019] },
    psychische_kwetsbaarheid: { core: 3, leavers: 0, entrants: [2016, 2018, 2019] },
    autisme: { core: 4, leavers: 0, entrants: [2016, 2017, 2018] },
    thuiszorg_maatschappelijk: { core: 5, leavers: 1, entrants: [2018] },
    ouderenzorg: { core: 3, leavers: 0, entrants: [] },
    overig: { core: 8, leavers: 1, entrants: [2016, 2017] },
  };

const AGE_RANGE: Record<ProviderGroup, [number, number]> = {
  gehandicaptenzorg: [18, 70],
  ggz: [19, 62],
  psychische_kwetsbaarheid: [18, 60],
  autisme: [17, 45],
  thuiszorg_maatschappelijk: [35, 88],
  ouderenzorg: [66, 94],
  overig: [18, 85],
};

/** How the sample's export labels each group (numbered, as in seed 003). */
export const GROUP_LABEL: Record<ProviderGroup, string> = {
  gehandicaptenzorg: '1. Gehandicaptenzorg',
  ggz: '2. GGZ',
  psychische_kwetsbaarheid: '3. Psychische kwetsbaarheid / psychosociaal',
  autisme: '4. Autisme',
  thuiszorg_maatschappelijk: '5. Thuiszorg en maatschappelijke dienstverlening',
  ouderenzorg: '6. Ouderenzorg',
  overig: '',
};

const NAME_PARTS = {
  gehandicaptenzorg: ['Stichting', 'Zorggroep', 'De'],
  ggz: ['GGZ', 'Ambulant', 'Praktijk'],
  psychische_kwetsbaarheid: ['Herstelhuis', 'Stichting', 'Kompas'],
  autisme: ['Autisme', 'Prisma', 'Stichting'],
  thuiszorg_maatschappelijk: ['Thuiszorg', 'Buurtzorg', 'Welzijn'],
  ouderenzorg: ['Ouderenzorg', 'Zorgcentrum', 'Huis'],
  overig: ['Begeleiding', 'Coaching', 'Zorgbureau'],
} as const;
const PLACES = [
  'Merwede',
  'Drechtoever',
  'Wantij',
  'Oude Maas',
  'Noord',
  'Biesbosch',
  'Lek',
  'Alblas',
  'Giessen',
  'Waal',
];

const day = (y: number, m: number, d: number) => dayFromCivil(y, m, d) as number;
const IB2_FROM = day(2016, 1, 1);
const IB0_FROM = day(2018, 8, 1);
const PEILDATUM = day(2019, 12, 31);

interface PlannedProvider {
  id: string;
  group: ProviderGroup;
  from: number;
  to: number;
  weight: number;
}

interface PlannedClient {
  id: string;
  group: ProviderGroup;
  firstYear: number;
  lastYear: number;
  /** Ends in lastYear; otherwise still ongoing at the end of 2019. */
  ends: boolean;
}

/** The sample's records, plus rows that an export of this kind typically gets wrong. */
export interface Sample {
  records: Records;
  /** Rows the importer must refuse: [client, product, start text, end text]. */
  badRows: { client: string; product: string; start: string | number; end: string | number }[];
  /** Allocation rows repeated verbatim, as exports do. */
  duplicateRows: Allocation[];
  /** Per client, the full birth date the export shows (the records keep year and month only). */
  birthDates: Map<string, DayNumber>;
}

/**
 * Generates the sample deterministically from `seed`. The ages are calibrated: the
 * same draws again with each start year's ages shifted until the trajectories still
 * running at the end of 2019 have the study's mean age at start.
 */
export function generateSample(seed = 3): Sample {
  const shift: Record<number, number> = {};
  let sample = drawSample(seed, shift);
  // The clamped ages move less than the shift: step past the gap, until every year is within 0,05.
  for (let round = 0; round < 12; round++) {
    const running = computeMetrics(buildDataset(sample.records), { periodKinds: [] }).runningProfile
      .byStartYear;
    const gaps = Object.entries(RUNNING_MEAN_AGE).map(
      ([year, target]) =>
        [Number(year), target - (running[year]?.meanAgeAtStart ?? target)] as const,
    );
    if (gaps.every(([, gap]) => Math.abs(gap) < 0.05)) break;
    for (const [year, gap] of gaps) shift[year] = (shift[year] ?? 0) + 1.6 * gap;
    sample = drawSample(seed, shift);
  }
  const { records } = sample;
  records.tariffs = calibratedTariffs(records);
  Object.assign(records, steering(records));
  return sample;
}

/** The sample from `seed`, with each start year's ages shifted by `ageShift` years. */
function drawSample(seed: number, ageShift: Record<number, number>): Sample {
  const random = seededRandom(seed);
  const providers = planProviders();
  const clients = planClients(random);
  const records = emptyRecords();
  records.providers = providers.map(
    (p, i): Provider => ({ provider: p.id, name: providerName(p.group, i), group: p.group }),
  );

  const byGroup = new Map<ProviderGroup, PlannedProvider[]>();
  for (const p of providers) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p]);
  // Every provider must see clients in each of its active years: anchor clients to cover them.
  const anchors = new Map<string, PlannedProvider>();
  for (const p of providers) {
    const covered = new Set<number>();
    for (let year = p.from; year <= p.to; year++) {
      if (covered.has(year)) continue;
      const anchor = clients.find(
        (c) =>
          c.group === p.group &&
          !anchors.has(c.id) &&
          c.firstYear <= year &&
          c.lastYear >= year &&
          c.firstYear >= p.from &&
          c.lastYear <= p.to,
      );
      if (!anchor) throw new Error(`geen ankercliënt voor ${p.id} in ${year}`);
      anchors.set(anchor.id, p);
      for (let y = anchor.firstYear; y <= anchor.lastYear; y++) covered.add(y);
    }
  }

  let lastStarter: Allocation[] | null = null;
  const birthDates = new Map<string, DayNumber>();
  for (const c of clients) {
    // Each client draws from a stream of its own: a change to one year's plan leaves the others be.
    const own = seededRandom(seed * 1_000_003 + Number(c.id));
    const eligible = (byGroup.get(c.group) ?? []).filter(
      (p) => p.from <= c.firstYear && p.to >= c.lastYear,
    );
    const provider =
      anchors.get(c.id) ??
      (eligible[
        weighted(
          own,
          eligible.map((p) => p.weight),
        )
      ] as PlannedProvider);
    const allocations = trajectory(own, c, provider, anchors.has(c.id) ? [] : eligible);
    records.allocations.push(...allocations);
    if (c.firstYear === 2019 && !c.ends) lastStarter = allocations;
    const { record, birthDate } = client(own, c, allocations[0]?.start ?? PEILDATUM, ageShift);
    records.clients.push(record);
    if (birthDate !== null) birthDates.set(record.client, birthDate);
  }
  // The data's peildatum is its latest start: let one new trajectory begin on 31 December 2019.
  if (lastStarter?.[0]) {
    const a = lastStarter[0];
    lastStarter.splice(0, lastStarter.length, { ...a, start: PEILDATUM as DayNumber, end: null });
  }

  const duplicateRows = [records.allocations[10], records.allocations[500]].filter(
    (a): a is Allocation => a !== undefined,
  );
  return {
    records,
    badRows: [
      { client: '', product: 'IB1', start: '03-06-2019', end: '31-12-2019' },
      { client: '104417', product: 'IB2', start: '31-02-2019', end: '' },
      { client: '104418', product: 'HH1', start: '01-04-2019', end: '' },
    ],
    duplicateRows,
    birthDates,
  };
}

function planProviders(): PlannedProvider[] {
  const out: PlannedProvider[] = [];
  let n = 0;
  const agb = () => `75${String(102_001 + n++ * 37).padStart(6, '0')}`;
  for (const [group, plan] of Object.entries(PROVIDER_PLAN) as [
    ProviderGroup,
    (typeof PROVIDER_PLAN)[ProviderGroup],
  ][]) {
    // A few large providers take most clients, as in the seed ("five providers took over 60 % of the growth").
    for (let i = 0; i < plan.core; i++)
      out.push({ id: agb(), group, from: 2015, to: 2019, weight: 1 / (i + 1) ** 1.3 });
    for (let i = 0; i < plan.leavers; i++)
      out.push({ id: agb(), group, from: 2015, to: 2016, weight: 0.15 });
    for (const year of plan.entrants)
      out.push({ id: agb(), group, from: year, to: 2019, weight: 0.12 });
  }
  return out;
}

function providerName(group: ProviderGroup, i: number): string {
  const parts = NAME_PARTS[group];
  return `${parts[i % parts.length]} ${PLACES[(i * 7) % PLACES.length]}${i >= 30 ? ` ${i}` : ''}`;
}

/** Client presence per year: Tabel 1 exactly, about a fifth leaving each year. */
function planClients(random: () => number): PlannedClient[] {
  const clients: PlannedClient[] = [];
  let next = 100_001;
  for (const [group, counts] of Object.entries(TABEL_1) as [ProviderGroup, readonly number[]][]) {
    let active: PlannedClient[] = [];
    YEARS.forEach((year, y) => {
      const target = counts[y] as number;
      const starters = target - active.length;
      if (starters < 0) throw new Error(`te weinig uitstroom in ${group} ${year}`);
      for (let k = 0; k < starters; k++) {
        const c: PlannedClient = {
          id: String(next++),
          group,
          firstYear: year,
          lastYear: 2019,
          ends: false,
        };
        active.push(c);
        clients.push(c);
      }
      const nextTarget = counts[y + 1];
      let leaving = Math.round((LEAVING[year] as number) * target);
      if (nextTarget !== undefined)
        leaving = Math.max(leaving, target - nextTarget + Math.ceil(0.05 * nextTarget));
      shuffle(random, active);
      for (const c of active.slice(0, leaving)) {
        c.lastYear = year;
        c.ends = true;
      }
      active = active.slice(leaving);
    });
  }
  return clients;
}

function shuffle<T>(random: () => number, a: T[]): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
}

function pickProduct(random: () => number, start: number, previous: IbProduct | null): IbProduct {
  const ib2 = start >= IB2_FROM;
  const ib0 = start >= IB0_FROM && previous !== null && previous !== 'IB0';
  const [w0, w1, w2, w3] = PRODUCT_WEIGHTS[yearOf(start)] ?? [0, 1, 1, 1];
  return `IB${weighted(random, [ib0 ? w0 : 0, w1, ib2 ? w2 : 0, w3] as number[])}` as IbProduct;
}

/** How the sample's staff write the referrer (verwijzer); the figures take it trimmed, in lower case. */
const REFERRERS = [
  'Wijkteam',
  'Huisarts',
  'Eigen aanvraag',
  'GGZ-behandelaar',
  'Medisch specialist',
  'Jeugdhulp (18-)',
  null,
] as const;

/** Referrer weights per group, in the order of `REFERRERS`: the wijkteam sends most (seed 003 §3.2). */
function referrerWeights(group: ProviderGroup): number[] {
  if (group === 'ggz' || group === 'psychische_kwetsbaarheid') return [45, 14, 6, 22, 4, 2, 7];
  if (group === 'autisme') return [48, 10, 8, 8, 4, 16, 6];
  if (group === 'ouderenzorg' || group === 'thuiszorg_maatschappelijk')
    return [52, 24, 10, 1, 7, 0, 6];
  return [58, 14, 10, 5, 4, 3, 6];
}

/**
 * The reason on the allocation that ends a trajectory, as staff write it: mostly the
 * WMO588 code, now and then the code with its words, a code without its leading zero,
 * a free text, or nothing. The old leave more often by death and to the Wlz.
 */
function endReason(random: () => number, group: ProviderGroup): string | null {
  const old = group === 'ouderenzorg' || group === 'thuiszorg_maatschappelijk';
  const heavy = group === 'gehandicaptenzorg' || group === 'psychische_kwetsbaarheid';
  const codes = ['19', '23', '21', '22', '31', '02', '39', '38', '36', null, 'text'] as const;
  const weights = [52, 8, 6, 2, 6, old ? 12 : 2, heavy || old ? 10 : 5, 4, 3, 6, 2];
  const code = codes[weighted(random, weights)] ?? null;
  if (code === 'text')
    return (['Cliënt verhuisd', 'Wlz-indicatie afgegeven', 'doelen behaald, afgeschaald'] as const)[
      Math.floor(random() * 3)
    ] as string;
  if (code === null) return null;
  const style = random();
  if (style < 0.15) return `${code} - ${endReasons[code]}`;
  if (style < 0.2 && code === '02') return '2';
  return code;
}

/** One client's allocations: back-to-back re-indications, sometimes a handover or a re-entry. */
function trajectory(
  random: () => number,
  c: PlannedClient,
  provider: PlannedProvider,
  eligible: PlannedProvider[],
): Allocation[] {
  const yearStart = day(c.firstYear, 1, 1);
  const sameYear = c.ends && c.firstYear === c.lastYear;
  let start: number;
  if (c.firstYear === 2015 && random() < 0.65)
    start = yearStart; // transition from the AWBZ
  else
    start = yearStart + Math.floor(within(random, c.firstYear, 'starts') * (sameYear ? 271 : 365));
  let end: number | null;
  if (c.ends) {
    const lo = Math.max(start + 30, day(c.lastYear, 1, 1));
    end = lo + Math.floor(within(random, c.lastYear, 'ends') * (day(c.lastYear, 12, 31) - lo + 1));
  } else end = null;

  const municipality =
    MUNICIPALITIES[
      weighted(
        random,
        MUNICIPALITIES.map((m) => m.inhabitants),
      )
    ]?.code ?? null;
  const referrer = REFERRERS[weighted(random, referrerWeights(c.group))] ?? null;
  const out: Allocation[] = [];
  let s = start;
  let product: IbProduct | null = null;
  let prov = provider;
  const last = end ?? PEILDATUM;
  while (s <= last) {
    const length = between(random, 150, 520);
    let e = s + length - 1;
    const isLast = e >= last;
    if (isLast) e = last;
    product = pickProduct(random, s, product);
    const open = isLast && end === null;
    out.push({
      client: c.id,
      provider: prov.id,
      product,
      start: s as DayNumber,
      end: open
        ? random() < 0.5
          ? null
          : ((e + between(random, 90, 400)) as DayNumber)
        : (e as DayNumber),
      municipality,
      reasonEnd: isLast && !open ? endReason(random, c.group) : null,
      referrer,
      registration: null,
      volume: null,
    });
    if (isLast) break;
    // A handover within the group now and then; a short pause stays within the 31-day gap.
    if (random() < 0.08) {
      const alternatives = eligible.filter(
        (p) => p.id !== prov.id && p.from === 2015 && p.to === 2019,
      );
      if (alternatives.length) {
        prov = alternatives[Math.floor(random() * alternatives.length)] as PlannedProvider;
        out[out.length - 1] = { ...(out[out.length - 1] as Allocation), reasonEnd: '38' };
      }
    }
    const pause =
      random() < 0.85 ? 0 : random() < 0.7 ? between(random, 1, 25) : between(random, 40, 110);
    // A pause longer than the gap ends the trajectory for a while: "tijdelijk beëindigd".
    if (pause > 31)
      out[out.length - 1] = { ...(out[out.length - 1] as Allocation), reasonEnd: '20' };
    s = e + 1 + pause;
    if (s > last) {
      // The pause ran past the planned end: close the last allocation there instead.
      const prev = out[out.length - 1] as Allocation;
      out[out.length - 1] = { ...prev, end: end === null ? null : (last as DayNumber) };
      break;
    }
  }
  return out;
}

function client(
  random: () => number,
  c: PlannedClient,
  firstStart: number,
  ageShift: Record<number, number>,
): { record: Client; birthDate: DayNumber | null } {
  const [lo, hi] = AGE_RANGE[c.group];
  const startYear = yearOf(firstStart);
  // The shift moves the ages of the groups that are not about old age, within 16 to 75; the
  // young (under 23) and the old stay as drawn, so their numbers grow with the inflow.
  const drawn = between(random, lo, hi);
  const age = OLD_AGE_GROUPS.has(c.group)
    ? Math.min(98, drawn + (OLD_SHIFT[startYear] ?? 0))
    : drawn < 23 || drawn > 75
      ? drawn
      : Math.min(75, Math.max(16, drawn + (ageShift[startYear] ?? 0)));
  const birth = firstStart - age * 365.2425 - between(random, 0, 364);
  const r = random();
  const birthKnown = r < 0.9;
  const yearOnly = r >= 0.9 && r < 0.98;
  const gender = random();
  const women = WOMEN[startYear] ?? 0.53;
  const birthDate = birthKnown ? (Math.floor(birth) as DayNumber) : null;
  return {
    record: {
      client: c.id,
      birthMonth: birthDate === null ? null : yearMonthOf(birthDate),
      birthYear: yearOnly ? Math.floor(birth / 365.2425) + 1970 : null,
      gender: gender < women ? 'v' : gender < 0.98 ? 'm' : 'x',
      municipality: null,
    },
    birthDate,
  };
}

/** Tariffs per product and year, scaled so that cost per client per month meets the target. */
function calibratedTariffs(records: Records): Tariff[] {
  const base: Record<IbProduct, number> = { IB0: 185, IB1: 455, IB2: 700, IB3: 930 };
  const tariffs = (scale: (year: number) => number): Tariff[] =>
    YEARS.flatMap((year) =>
      (Object.keys(base) as IbProduct[])
        .filter((p) => p !== 'IB2' || year >= 2016)
        .filter((p) => p !== 'IB0' || year >= 2018)
        .map((product) => ({
          product,
          year,
          perMonth: Math.round(base[product] * 100 * scale(year) * 1.02 ** (year - 2015)) as Cents,
        })),
    );
  // Cost per client per month is linear in the tariffs (the client-months do not change).
  const base1 = computeMetrics(buildDataset({ ...records, tariffs: tariffs(() => 1) }), {
    peildatum: PEILDATUM,
    periodKinds: [],
  });
  const at = (year: number) => base1.byYear[String(year)];
  const scales = new Map<number, number>(
    YEARS.filter((year) => year in COST_PER_CLIENT_MONTH).map((year) => [
      year,
      (COST_PER_CLIENT_MONTH[year] as number) / (at(year)?.costPerClientMonth ?? 1),
    ]),
  );
  const spending2017 = (scales.get(2017) as number) * (at(2017)?.costTotal ?? 0);
  scales.set(2016, spending2017 / SPENDING_GROWTH_2016_2017 / (at(2016)?.costTotal ?? 1));
  return tariffs((year) => scales.get(year) as number);
}

/** A budget that the spending overtook in 2018. */
const BUDGETS: Record<number, number> = {
  2015: 7_500_000,
  2016: 8_750_000,
  2017: 12_500_000,
  2018: 14_250_000,
  2019: 16_500_000,
};

/** Ceilings of the three largest providers as a share of their 2019 cost: the first is exceeded. */
const CEILING_SHARE = [0.92, 1.1, 1.2];

/**
 * What a contract manager steers with: a budget per year, ceilings for the
 * three largest providers of 2019 (the largest exceeds its ceiling), a monthly
 * inflow target from 2019 on, and the measure seed 003 asks about: IB0
 * introduced on 1 August 2018.
 */
function steering(
  records: Records,
): Pick<Records, 'budgets' | 'ceilings' | 'targets' | 'measures'> {
  const cost2019 = forecastYear(new MetricsEngine(buildDataset(records)), { peildatum: PEILDATUM });
  const largest = Object.entries(cost2019.byProvider)
    .sort(([, a], [, b]) => b.realised - a.realised)
    .slice(0, 3);
  const tenThousands = (euro: number) => (Math.round(euro / 10_000) * 1_000_000) as Cents;
  return {
    budgets: YEARS.map((year) => ({
      year,
      amount: ((BUDGETS[year] as number) * 100) as Cents,
      product: null,
      group: null,
    })),
    ceilings: largest.map(([provider, p], k) => ({
      provider,
      year: 2019,
      amount: tenThousands(p.realised * (CEILING_SHARE[k] ?? 1)),
    })),
    targets: [
      {
        figure: 'inflow',
        periodKind: 'month',
        value: 80,
        direction: 'max',
        product: null,
        group: null,
        municipality: null,
        from: day(2019, 1, 1) as DayNumber,
        deadline: null,
      },
    ],
    measures: [
      { date: day(2018, 8, 1) as DayNumber, label: 'IB0 ingevoerd', product: 'IB0', group: null },
    ],
  };
}
