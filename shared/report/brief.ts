import { type CompareJson, REGION } from '../compare/compare';
import {
  type CompareFigure,
  compareFigureChoices,
  compareRows,
  differenceText,
  figureLabel,
  standOutSentences,
} from '../compare/figureChoices';
import { definitions, yearFigure } from '../figures/catalogue';
import type { FigureUnit } from '../figures/units';
import { msg } from '../i18n/msg';
import { translate } from '../i18n/translate';
import { followedFor } from '../metrics/durations';
import type { MetricsJson } from '../metrics/metricsJson';
import { type ProviderGroup, providerGroupLabels, providerGroups } from '../model/providerGroups';
import { AS_PLANNED, EARLY, TO_WLZ_OR_ZVW, UNKNOWN_KEY } from '../model/reasons';
import { dutchFromIso } from '../periods/days';
import type { ForecastJson } from '../steer/forecast';
import { growthBetween } from '../steer/growth';
import { driverSentence, namedList, type Part, type Split } from './drivers';
import { type BriefMode, Publisher } from './publish';
import { changeText, formatValue, NO_FIGURE, SECRET_CELL, type Shown, trendSentence } from './text';

export type { BriefMode };

export const sectionIds = [
  'samenvatting',
  'instroom',
  'duur',
  'kosten',
  'prognose',
  'clienten',
  'aanbieders',
  'vergelijking',
  'verantwoording',
] as const;
export type SectionId = (typeof sectionIds)[number];

export const sectionTitles: Record<SectionId, string> = {
  samenvatting: msg('Samenvatting'),
  instroom: msg('Instroom en uitstroom'),
  duur: msg('Trajectduur'),
  kosten: msg('Kosten'),
  prognose: msg('Prognose en begroting'),
  clienten: msg('Cliënten'),
  aanbieders: msg('Aanbieders'),
  vergelijking: msg('Vergelijking'),
  verantwoording: msg('Verantwoording'),
};

/** A key figure of the last year: its cli.md key, the (published) value and its text. */
export interface KeyFigure {
  metric: string;
  label: string;
  year: string;
  /** Null: hidden by the small-number rule; absent: there is no such figure. */
  value?: number | null;
  text: string;
}

export interface BriefTable {
  caption: string;
  /** A table of text (the definitions): every column left-aligned. */
  text?: boolean;
  head: string[];
  /** Formatted cells; the first is the row header. */
  rows: string[][];
  /** Under the table: what its signs mean (`.` geheim, `–` niet van toepassing), filled in by `buildBrief`. */
  notes?: string[];
}

/** A chart as data: drawn by `svgChart` (and from there as PNG) in every output. */
export interface ChartSpec {
  id: string;
  title: string;
  kind: 'bar' | 'line';
  stacked: boolean;
  unit: FigureUnit;
  categories: string[];
  series: { name: string; values: Shown[] }[];
  /** Under the chart: what it leaves out (the unfinished year) and why. */
  note?: string;
  /** Why there can be nothing to draw, said instead of an empty chart. */
  ifEmpty?: string;
}

export interface BriefSection {
  id: SectionId;
  title: string;
  sentences: string[];
  keyFigures: KeyFigure[];
  tables: BriefTable[];
  charts: ChartSpec[];
}

export interface Brief {
  title: string;
  datasetName: string;
  /** `Datum 30-11-2026 · Van: team Wmo` under the title, or null when neither is given. */
  letter: string | null;
  /** The selection, when the figures are of part of the data. */
  scope: string | null;
  /** Dutch date: 31-12-2019. */
  peildatum: string;
  mode: BriefMode;
  /** On every page: how small numbers were treated. */
  modeNote: string;
  years: string[];
  sections: BriefSection[];
}

export interface BriefOptions {
  /** The subject (default: `Individuele begeleiding 2015–2019`). */
  title?: string;
  datasetName: string;
  /** The brief's date, Dutch (`30-11-2026`), and who sends it: on the cover. */
  date?: string;
  sender?: string;
  sections?: readonly SectionId[];
  /** First and last year in the brief (default: all years of the figures). */
  fromYear?: string;
  toYear?: string;
  mode?: BriefMode;
  compare?: CompareJson | null;
  /** The figures (`CompareFigure.id`) the Vergelijking sets beside the region (default: `defaultCompareFigures`). */
  compareFigures?: readonly string[];
  /** Files the figures come from, named in the Verantwoording only when given (the user asks for it). */
  sources?: readonly string[];
  /** The selection the figures are of (`gemeente Dordrecht; product IB1`), on the cover and in the Verantwoording. */
  scope?: string;
  /** The year-end forecast (of all the data); without it the brief has no section Prognose en begroting. */
  forecast?: ForecastJson | null;
}

/** What the brief's Vergelijking shows unless chosen otherwise: prevalence, duration, cost, outflow. */
export const defaultCompareFigures = [
  'clientsPer1000',
  'durationMedian',
  'costPerClientMonth',
  'outflowRatePct',
] as const;

export const modeNotes: Record<BriefMode, string> = {
  publicatie:
    'Publicatieversie: aantallen zijn afgerond op vijftallen, aantallen van 0 tot en met 7 zijn geheim (.), percentages zijn berekend uit de afgeronde aantallen.',
  intern: 'Interne versie: exacte aantallen, niet geschikt voor publicatie.',
};

/**
 * The council brief: per section plain-Dutch sentences, key figures, tables
 * and chart data, all from the same figures as the app — in publication mode
 * (the default) by the CBS rule for small numbers.
 */
export function buildBrief(m: MetricsJson, options: BriefOptions): Brief {
  const p = new Publisher(options.mode ?? 'publicatie');
  const years = m.years.filter(
    (y) => (!options.fromYear || y >= options.fromYear) && (!options.toYear || y <= options.toYear),
  );
  // The peildatum's year when it is not over: shown "2019 t/m 30-09", never compared with a whole year.
  const partial = m.meta.peildatum.endsWith('-12-31') ? null : m.meta.peildatum.slice(0, 4);
  const whole = years.filter((y) => y !== partial);
  const end = years[years.length - 1] ?? (m.years[m.years.length - 1] as string);
  const last = whole[whole.length - 1] ?? end;
  const previous = whole.length > 1 ? (whole[whole.length - 2] as string) : null;
  const first = years[0] ?? last;
  const through = dutchFromIso(m.meta.peildatum).slice(0, 5);
  const label = (y: string) => (y === partial ? `${y} t/m ${through}` : y);
  const chosen = new Set(options.sections ?? sectionIds);
  const ctx: Context = { m, p, years, last, previous, first, label, partial, options };
  const sections = sayOnce(
    sectionIds
      .filter((id) => chosen.has(id))
      .map((id) => builders[id](ctx))
      .filter((s): s is BriefSection => s !== null)
      .map(withoutEmptyCharts)
      .map((s) => ({ ...s, tables: s.tables.map(withLegend) })),
  );
  return {
    title: options.title?.trim() || `Individuele begeleiding ${first}–${end}`,
    datasetName: options.datasetName,
    letter: letterLine(options.date, options.sender),
    scope: options.scope || null,
    peildatum: dutchFromIso(m.meta.peildatum),
    mode: p.mode,
    modeNote: modeNotes[p.mode],
    years,
    sections,
  };
}

/** Each sentence once: a chapter does not repeat what the summary (or an earlier chapter) said. */
function sayOnce(sections: BriefSection[]): BriefSection[] {
  const said = new Set<string>();
  return sections.map((s) => ({
    ...s,
    sentences: s.sentences.filter((line) => {
      if (said.has(line)) return false;
      said.add(line);
      return true;
    }),
  }));
}

/** A chart with nothing to draw is left out, with a sentence saying why. */
function withoutEmptyCharts(s: BriefSection): BriefSection {
  const drawable = (c: ChartSpec) =>
    c.series.some((x) => x.values.some((v) => typeof v === 'number'));
  const empty = s.charts.filter((c) => !drawable(c));
  if (empty.length === 0) return s;
  return {
    ...s,
    charts: s.charts.filter(drawable),
    sentences: [
      ...s.sentences,
      ...empty.map(
        (c) =>
          `De grafiek “${c.title}” ontbreekt: ${c.ifEmpty ?? 'er is (nog) geen cijfer om te tekenen'}.`,
      ),
    ],
  };
}

/** What a table's signs mean, under the table: `.` is a hidden figure, `–` one that does not apply. */
export const signNotes = {
  [SECRET_CELL]: '. = geheim (kleine aantallen, zie de verantwoording)',
  [NO_FIGURE]: '– = niet van toepassing',
} as const;

function withLegend(t: BriefTable): BriefTable {
  if (t.text) return t;
  const cells = new Set(t.rows.flatMap((r) => r.slice(1)));
  const signs = Object.entries(signNotes)
    .filter(([sign]) => cells.has(sign))
    .map(([, note]) => note);
  return signs.length > 0 ? { ...t, notes: [...(t.notes ?? []), signs.join(' · ')] } : t;
}

/** `Datum 30-11-2026 · Van: team Wmo`, of what is given. */
function letterLine(date: string | undefined, sender: string | undefined): string | null {
  const parts = [
    date?.trim() ? `Datum ${date.trim()}` : '',
    sender?.trim() ? `Van: ${sender.trim()}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}

interface Context {
  m: MetricsJson;
  p: Publisher;
  years: string[];
  /** The last whole year (the peildatum's when it is 31 December) and the one before: what is compared. */
  last: string;
  previous: string | null;
  first: string;
  /** A year as a table or chart shows it: "2019 t/m 30-09" for the peildatum's unfinished year. */
  label: (year: string) => string;
  /** The peildatum's year when it is not over. */
  partial: string | null;
  options: BriefOptions;
}

const section = (id: SectionId, parts: Partial<BriefSection>): BriefSection => ({
  id,
  title: sectionTitles[id],
  sentences: [],
  keyFigures: [],
  tables: [],
  charts: [],
  ...parts,
});

/** The published yearly figures the brief uses. */
function year(ctx: Context, y: string) {
  const f = ctx.m.byYear[y];
  const { p } = ctx;
  const clients = p.count(f?.clients);
  const inflow = p.count(f?.inflow);
  return {
    clients,
    inflow,
    outflow: p.count(f?.outflow),
    activeAtYearEnd: p.count(f?.activeAtYearEnd),
    outflowRatePct: p.rate(f?.outflow, f?.clients, f?.outflowRatePct),
    costTotal: p.derived(f?.costTotal, f?.clients),
    costPerClientMonth: p.derived(f?.costPerClientMonth, f?.clients),
    // A duration of a hidden number of trajectories is hidden too.
    medianDaysKM: p.derived(f?.medianDaysKM, f?.inflow),
    meanAgeAtStart: p.derived(f?.meanAgeAtStart, f?.inflow),
    providersActive: f?.providersActive as Shown,
  };
}
type YearValues = ReturnType<typeof year>;

const trend = (
  ctx: Context,
  subject: string,
  key: keyof YearValues,
  unit: FigureUnit,
  plural = false,
) =>
  ctx.previous
    ? trendSentence(
        subject,
        unit,
        { year: ctx.previous, value: year(ctx, ctx.previous)[key] },
        { year: ctx.last, value: year(ctx, ctx.last)[key] },
        plural,
      )
    : `${subject.charAt(0).toUpperCase()}${subject.slice(1)} in ${ctx.last}: ${formatValue(year(ctx, ctx.last)[key], unit)}.`;

/**
 * The unfinished year beside the same days of the year before ("2019 t/m
 * 30-09" beside "2018 t/m 30-09"), from the forecast's year-to-date figures.
 */
function yearToDateTrends(
  ctx: Context,
  which: readonly ('clients' | 'inflow' | 'cost')[] = ['clients', 'inflow', 'cost'],
): string[] {
  const ytd = ctx.options.forecast?.yearToDate;
  if (!ctx.partial || !ytd) return [];
  const { current, previous } = ytd;
  const through = ` t/m ${dutchFromIso(current.to).slice(0, 5)}`;
  const at = (w: typeof current, value: Shown) => ({
    year: `${w.from.slice(0, 4)}${through}`,
    value,
  });
  const { p } = ctx;
  const sentence = (subject: string, key: 'clients' | 'inflow' | 'outflow') =>
    trendSentence(
      subject,
      'count',
      at(previous, p.count(previous[key])),
      at(current, p.count(current[key])),
    );
  // In the data's first year every trajectory running at its start counts as inflow (the
  // opening stock): no inflow to compare with there.
  const stock = previous.from.slice(0, 4) === ctx.m.years[0];
  return [
    ...(which.includes('clients')
      ? [sentence('het aantal cliënten tot de peildatum', 'clients')]
      : []),
    ...(stock || !which.includes('inflow')
      ? []
      : [sentence('de instroom tot de peildatum', 'inflow')]),
    ...(current.cost === null || previous.cost === null || !which.includes('cost')
      ? []
      : [
          trendSentence(
            'de kosten tot de peildatum',
            'euro',
            at(previous, p.derived(previous.cost, previous.clients)),
            at(current, p.derived(current.cost, current.clients)),
            true,
          ),
        ]),
  ];
}

/** A key figure of the last year, named and written as the figure catalogue says. */
const keyFigure = (ctx: Context, metric: keyof YearValues): KeyFigure => {
  const { label, unit } = yearFigure(metric);
  const value = year(ctx, ctx.last)[metric];
  return {
    metric,
    label: label.nl,
    year: ctx.last,
    ...(value === undefined ? {} : { value }),
    text: value === undefined ? 'nog niet bekend' : formatValue(value, unit),
  };
};

/**
 * A chart's years: the whole ones. The unfinished year stays in the tables and in the
 * sentences beside the same days of the year before; as a bar beside whole years it misleads.
 */
const chartYears = (ctx: Context) => {
  const years = ctx.years.filter((y) => y !== ctx.partial);
  const note =
    ctx.partial && ctx.years.includes(ctx.partial)
      ? `${ctx.label(ctx.partial)} staat niet in de grafiek, wel in de tabel: een deel van een jaar naast hele jaren zou misleiden.`
      : undefined;
  return { categories: years.map(ctx.label), years, ...(note ? { note } : {}) };
};

const perYearChart = (
  ctx: Context,
  id: string,
  title: string,
  series: { name: string; key: keyof YearValues }[],
  unit: FigureUnit,
  extra: Partial<ChartSpec> = {},
): ChartSpec => {
  const { years, ...shown } = chartYears(ctx);
  return {
    id,
    title,
    kind: 'bar',
    stacked: false,
    unit,
    ...shown,
    series: series.map((s) => ({
      name: s.name,
      values: years.map((y) => year(ctx, y)[s.key]),
    })),
    ...extra,
  };
};

/**
 * The parts of a total in the previous and the last whole year, as the brief
 * publishes them: for `driverSentence`.
 */
function partsOf(
  ctx: Context,
  names: readonly string[],
  value: (name: string, year: string) => Shown,
  label: (name: string) => string = (name) => name,
): Part[] {
  const { previous, last } = ctx;
  if (!previous) return [];
  return names.map((name) => ({
    name: label(name),
    from: value(name, previous),
    to: value(name, last),
  }));
}

/** "De toename van de instroom tussen 2017 en 2018 (+170) zat vooral bij IB1 (+95) en bij aanbieders van het type GGZ (+115)." */
function drivers(
  ctx: Context,
  subject: string,
  key: keyof YearValues,
  splits: Split[],
  unit: FigureUnit,
): string[] {
  if (!ctx.previous) return [];
  const sentence = driverSentence(
    splits,
    { from: year(ctx, ctx.previous)[key], to: year(ctx, ctx.last)[key] },
    unit,
    `${subject} tussen ${ctx.previous} en ${ctx.last}`,
  );
  return sentence ? [sentence] : [];
}

const BY_GROUP = 'bij aanbieders van het type';

/**
 * How the last whole year's trajectories ended, when the data carry reasons: the share
 * according to plan (19) and early (21, 22, 23) of those with a known reason, and how many
 * went on to the Wlz or Zvw (39; 2.x: 33, 34) — counts and shares as the mode publishes them.
 */
function endingSentence(ctx: Context): string[] {
  const reasons = ctx.m.outflowByReason?.[ctx.last];
  if (!reasons) return [];
  const sum = (codes: readonly string[]) => codes.reduce((n, c) => n + (reasons[c] ?? 0), 0);
  const known = Object.entries(reasons)
    .filter(([key]) => key !== UNKNOWN_KEY)
    .reduce((n, [, v]) => n + v, 0);
  if (known === 0) return [];
  const planned = ctx.p.rate(sum(AS_PLANNED), known, (100 * sum(AS_PLANNED)) / known);
  const early = ctx.p.rate(sum(EARLY), known, (100 * sum(EARLY)) / known);
  const wlz = ctx.p.count(sum(TO_WLZ_OR_ZVW));
  return [
    `Van de trajecten die in ${ctx.last} eindigden met een bekende reden, eindigde ${formatValue(planned, 'percent')} volgens plan en ${formatValue(early, 'percent')} voortijdig (eenzijdig of in overleg); naar de Wlz of Zvw: ${wlz === null ? 'geheim (kleine aantallen)' : formatValue(wlz, 'count')}.`,
  ];
}

/**
 * How the trajectories of each provider group ended in the last whole year: of those with
 * a known reason, the share according to plan and early (a quality signal), as the mode
 * publishes them (the shares from the rounded counts). None without reasons.
 */
function endingsTable(ctx: Context): BriefTable[] {
  const groups = providerGroups.filter(
    (g) => (ctx.m.endingsByGroup?.[g]?.[ctx.last]?.known ?? 0) > 0,
  );
  if (groups.length === 0) return [];
  const row = (label: string, e: { known: number; asPlanned: number; early: number }) => [
    label,
    formatValue(ctx.p.count(e.known), 'count'),
    formatValue(ctx.p.rate(e.asPlanned, e.known, (100 * e.asPlanned) / e.known), 'percent'),
    formatValue(ctx.p.rate(e.early, e.known, (100 * e.early) / e.known), 'percent'),
  ];
  const all = groups.reduce(
    (sum, g) => {
      const e = ctx.m.endingsByGroup[g]?.[ctx.last];
      return {
        known: sum.known + (e?.known ?? 0),
        asPlanned: sum.asPlanned + (e?.asPlanned ?? 0),
        early: sum.early + (e?.early ?? 0),
      };
    },
    { known: 0, asPlanned: 0, early: 0 },
  );
  return [
    {
      caption: `Hoe trajecten in ${ctx.last} eindigden, per type aanbieder (van de trajecten met een bekende reden)`,
      head: ['Type aanbieder', 'Met bekende reden', 'Volgens plan', 'Voortijdig'],
      rows: [
        ...groups.map((g) =>
          row(
            providerGroupLabels[g as ProviderGroup],
            ctx.m.endingsByGroup[g]?.[ctx.last] as {
              known: number;
              asPlanned: number;
              early: number;
            },
          ),
        ),
        row('Totaal', all),
      ],
    },
  ];
}

/** What drove the number of clients, split one way (age band, provider group), as published. */
const clientDrivers = (
  ctx: Context,
  names: readonly string[],
  clients: (name: string, year: string) => number | undefined,
  label: (name: string) => string,
  where: string,
) =>
  drivers(
    ctx,
    'het aantal cliënten',
    'clients',
    [{ parts: partsOf(ctx, names, (n, y) => ctx.p.count(clients(n, y) ?? 0), label), where }],
    'count',
  );

/** Clients per product, as published: the parts of the number of clients. */
const productParts = (ctx: Context) =>
  partsOf(ctx, Object.keys(ctx.m.products), (p, y) =>
    ctx.p.count(ctx.m.products[p]?.clients[y] ?? 0),
  );

const groupLabel = (g: string) =>
  providerGroupLabels[g as ProviderGroup] ?? (g === 'zonder_aanbieder' ? 'zonder aanbieder' : g);

const builders: Record<SectionId, (ctx: Context) => BriefSection | null> = {
  samenvatting: (ctx) =>
    section('samenvatting', {
      sentences: [
        trend(ctx, 'het aantal cliënten met individuele begeleiding', 'clients', 'count'),
        ...drivers(ctx, 'het aantal cliënten', 'clients', [{ parts: productParts(ctx) }], 'count'),
        trend(ctx, 'de instroom', 'inflow', 'count'),
        trend(ctx, 'de uitstroom', 'outflow', 'count'),
        ...(ctx.m.meta.costSource === 'none'
          ? []
          : [trend(ctx, 'de kosten', 'costTotal', 'euro', true)]),
        ...yearToDateTrends(ctx),
      ],
      keyFigures: [
        keyFigure(ctx, 'clients'),
        keyFigure(ctx, 'inflow'),
        keyFigure(ctx, 'outflow'),
        keyFigure(ctx, 'activeAtYearEnd'),
        ...(ctx.m.meta.costSource === 'none'
          ? []
          : [keyFigure(ctx, 'costTotal'), keyFigure(ctx, 'costPerClientMonth')]),
        keyFigure(ctx, 'medianDaysKM'),
      ],
    }),

  instroom: (ctx) => {
    const inflowOf = (split: 'inflowByProduct' | 'inflowByGroup') => (name: string, y: string) =>
      ctx.p.count(ctx.m.byPeriod.year?.[y]?.[split][name] ?? 0);
    const products = Object.keys(ctx.m.products);
    const groups = providerGroups.filter((g) => ctx.m.providerGroups[g]);
    return section('instroom', {
      sentences: [
        trend(ctx, 'de instroom', 'inflow', 'count'),
        ...drivers(
          ctx,
          'de instroom',
          'inflow',
          [
            { parts: partsOf(ctx, products, inflowOf('inflowByProduct')) },
            { parts: partsOf(ctx, groups, inflowOf('inflowByGroup'), groupLabel), where: BY_GROUP },
          ],
          'count',
        ),
        trend(ctx, 'de uitstroom', 'outflow', 'count'),
        trend(ctx, 'het uitstroompercentage', 'outflowRatePct', 'percent'),
        ...endingSentence(ctx),
        ...yearToDateTrends(ctx, ['clients', 'inflow']),
      ],
      charts: [
        perYearChart(
          ctx,
          'instroom-uitstroom',
          'Instroom en uitstroom per jaar',
          [
            { name: 'Instroom', key: 'inflow' },
            { name: 'Uitstroom', key: 'outflow' },
          ],
          'count',
        ),
      ],
      tables: [
        {
          caption: 'Instroom, uitstroom en lopende cliënten per jaar',
          head: ['Jaar', 'Cliënten', 'Instroom', 'Uitstroom', 'Uitstroom %', 'Lopend op 31-12'],
          rows: ctx.years.map((y) => {
            const v = year(ctx, y);
            return [
              ctx.label(y),
              formatValue(v.clients, 'count'),
              formatValue(v.inflow, 'count'),
              formatValue(v.outflow, 'count'),
              formatValue(v.outflowRatePct, 'percent'),
              formatValue(v.activeAtYearEnd, 'count'),
            ];
          }),
        },
      ],
    });
  },

  duur: (ctx) => {
    const d = ctx.m.duration;
    const peildatum = ctx.m.meta.peildatum;
    const byStart = (y: string) => d.byStartYear[y];
    const published = (y: string, value: number | null | undefined) =>
      ctx.p.derived(value, ctx.m.byYear[y]?.inflow);
    // The brief's own start years: the last whose median is known, the last followed a year and two.
    const known = ctx.years.filter(
      (y) => typeof published(y, byStart(y)?.medianDaysKM) === 'number',
    );
    const medianYear = known.at(-1);
    const after = (days: number) => ctx.years.filter((y) => followedFor(y, days, peildatum)).at(-1);
    const oneYear = after(365);
    const twoYears = after(730);
    const overall = ctx.p.derived(d.medianDaysKM, ctx.m.meta.counts.trajectories);
    const since = ctx.m.years[0];
    return section('duur', {
      sentences: [
        medianYear
          ? `Van de trajecten die in ${medianYear} begonnen, was de helft na ${formatValue(published(medianYear, byStart(medianYear)?.medianDaysKM), 'days')} dagen beëindigd.`
          : `Van de trajecten die in ${ctx.years.length > 1 ? `${ctx.first}–${ctx.label(ctx.years.at(-1) as string)}` : ctx.first} begonnen, is nog niet de helft beëindigd: hoe lang de helft duurt, is nog niet bekend.`,
        ...(oneYear
          ? [
              `Van de trajecten die in ${oneYear} begonnen, liep na een jaar nog ${formatValue(published(oneYear, byStart(oneYear)?.ongoingAfter365Pct), 'percent')}${
                twoYears
                  ? `; van die uit ${twoYears} na twee jaar nog ${formatValue(published(twoYears, byStart(twoYears)?.ongoingAfter730Pct), 'percent')}`
                  : ''
              }.`,
            ]
          : []),
        // All trajectories since the data's start, said as such: only when the brief starts there too.
        ...(ctx.first === since && typeof overall === 'number'
          ? [
              `Over alle trajecten sinds ${since} duurt de helft korter dan ${formatValue(overall, 'days')} dagen; wie nog in zorg is, telt mee met de duur tot de peildatum.`,
            ]
          : []),
      ],
      charts: [
        perYearChart(
          ctx,
          'duur-per-startjaar',
          'Mediane trajectduur per startjaar (dagen)',
          [{ name: 'Mediane duur', key: 'medianDaysKM' }],
          'days',
          {
            ifEmpty: 'van geen van deze startjaren is al de helft van de trajecten beëindigd',
          },
        ),
      ],
      tables: [
        {
          caption: 'Trajectduur per startjaar',
          head: ['Startjaar', 'Instroom', 'Mediane duur (dagen)', 'Lopend na 1 jaar'],
          rows: ctx.years.map((y) => {
            const v = year(ctx, y);
            const f = byStart(y);
            return [
              ctx.label(y),
              formatValue(v.inflow, 'count'),
              f?.medianDaysKM === null ? 'nog niet bekend' : formatValue(v.medianDaysKM, 'days'),
              followedFor(y, 365, peildatum)
                ? formatValue(published(y, f?.ongoingAfter365Pct), 'percent')
                : 'nog niet bekend',
            ];
          }),
        },
      ],
    });
  },

  kosten: (ctx) => {
    if (ctx.m.meta.costSource === 'none')
      return section('kosten', {
        sentences: ['Deze gegevens bevatten geen declaraties en geen tarieven.'],
      });
    const products = Object.keys(ctx.m.products).filter((p) => ctx.m.products[p]?.cost);
    // Before a product's first client it did not exist: "–", not a secret ".".
    const firstYear = (p: string) =>
      ctx.m.years.find((y) => (ctx.m.products[p]?.clients[y] ?? 0) > 0);
    const productCost = (p: string, y: string): Shown => {
      const since = firstYear(p);
      if (since === undefined || y < since) return undefined;
      return ctx.p.derived(ctx.m.products[p]?.cost?.[y] ?? 0, ctx.m.products[p]?.clients[y]);
    };
    const groups = Object.keys(ctx.m.costByGroup);
    const groupCost = (g: string, y: string): Shown =>
      ctx.p.derived(ctx.m.costByGroup[g]?.[y] ?? 0, ctx.m.providerGroups[g]?.[y]);
    const { categories, years, note } = chartYears(ctx);
    return section('kosten', {
      sentences: [
        trend(ctx, 'de kosten', 'costTotal', 'euro', true),
        ...drivers(
          ctx,
          'de kosten',
          'costTotal',
          [
            { parts: partsOf(ctx, products, productCost) },
            { parts: partsOf(ctx, groups, groupCost, groupLabel), where: BY_GROUP },
          ],
          'euro',
        ),
        trend(ctx, 'de kosten per cliënt per maand', 'costPerClientMonth', 'euroCents', true),
        ...yearToDateTrends(ctx, ['cost']),
        ctx.m.meta.costSource === 'lines'
          ? 'De kosten komen uit de declaraties van de aanbieders.'
          : 'De kosten zijn berekend: het tarief van het product maal de dagen dat de toewijzing liep (er zijn geen declaraties ingelezen).',
      ],
      charts: [
        {
          id: 'kosten-per-product',
          title: 'Kosten per product per jaar (euro)',
          kind: 'bar',
          stacked: true,
          unit: 'euro',
          categories,
          ...(note ? { note } : {}),
          series: products.map((p) => ({
            name: p,
            values: years.map((y) => productCost(p, y)),
          })),
        },
      ],
      tables: [
        {
          caption: 'Kosten per jaar',
          head: ['Jaar', 'Kosten', ...products, 'Per cliënt per maand'],
          rows: ctx.years.map((y) => {
            const v = year(ctx, y);
            return [
              ctx.label(y),
              formatValue(v.costTotal, 'euro'),
              ...products.map((p) => formatValue(productCost(p, y), 'euro')),
              formatValue(v.costPerClientMonth, 'euroCents'),
            ];
          }),
        },
      ],
    });
  },

  prognose: (ctx) => {
    const f = ctx.options.forecast;
    if (!f) return null;
    const money = (v: number | null | undefined) => formatValue(v ?? undefined, 'euro');
    const complete = f.peildatum.endsWith('-12-31');
    const budget = f.total.budget;
    const toBudget =
      budget === null
        ? ''
        : f.total.forecast > budget
          ? `, ${money(f.total.forecast - budget)} boven de begroting van ${money(budget)}`
          : `, ${money(budget - f.total.forecast)} onder de begroting van ${money(budget)}`;
    const errors = f.backtest.map((b) => b.errorPct).filter((e): e is number => e !== null);
    const runErrors = f.backtest
      .map((b) => b.runRateErrorPct)
      .filter((e): e is number => e !== null);
    const mean = (xs: number[]) => xs.reduce((a, x) => a + Math.abs(x), 0) / xs.length;
    const backtestYears = f.backtest.map((b) => b.peildatum.slice(0, 4));
    const over = Object.values(f.byProvider).filter((p) => p.exceedsOn !== null);
    // Money of a product with a hidden number of clients is hidden too.
    const clientsOf = (product: string) => ctx.m.products[product]?.clients[f.year];
    return section('prognose', {
      sentences: [
        complete
          ? `De kosten van ${f.year} kwamen uit op ${money(f.total.forecast)}${toBudget}.`
          : `Tot en met ${dutchFromIso(f.peildatum)} is ${money(f.total.realised)} uitgegeven. Naar verwachting komen de kosten van ${f.year} uit op ${money(f.total.forecast)} (tussen ${money(f.total.low)} en ${money(f.total.high)})${toBudget}.`,
        ...(complete
          ? []
          : [
              `Dat is wat gerealiseerd is, plus wat de lopende trajecten naar verwachting nog kosten tot het eind van het jaar (${money(f.total.expectedContinuing)}) en wat nieuwe trajecten naar verwachting kosten (${money(f.total.expectedNew)}).`,
            ]),
        ...(errors.length > 0 && !complete
          ? [
              `In ${backtestYears.length > 1 ? `${backtestYears[0]}–${backtestYears.at(-1)}` : backtestYears[0]} zat dezelfde prognose op dezelfde dag van het jaar gemiddeld ${formatValue(mean(errors), 'percent')} naast de werkelijke kosten; de uitgaven tot dan doortrekken zat er gemiddeld ${formatValue(mean(runErrors), 'percent')} naast.`,
            ]
          : []),
        ...(over.length > 0
          ? [
              `${over.length === 1 ? 'Eén aanbieder komt' : `${over.length} aanbieders komen`} boven het plafond: ${over
                .map((p) => `${p.name ?? 'onbekend'} (op ${dutchFromIso(p.exceedsOn as string)})`)
                .join(', ')}.`,
            ]
          : []),
      ],
      keyFigures: [
        {
          metric: 'realised',
          label: 'Gerealiseerd',
          year: f.year,
          value: f.total.realised,
          text: money(f.total.realised),
        },
        {
          metric: 'forecast',
          label: complete ? 'Kosten' : 'Prognose',
          year: f.year,
          value: f.total.forecast,
          text: money(f.total.forecast),
        },
        ...(budget === null
          ? []
          : [
              {
                metric: 'budget',
                label: 'Begroting',
                year: f.year,
                value: budget,
                text: money(budget),
              },
            ]),
      ],
      tables: [
        {
          caption: `Prognose ${f.year} per product`,
          head: ['Product', 'Gerealiseerd', 'Verwacht lopend', 'Verwacht nieuw', 'Prognose'],
          rows: Object.entries(f.byProduct).map(([product, part]) => {
            const shown = (v: number) => money(ctx.p.derived(v, clientsOf(product)));
            return [
              product,
              shown(part.realised),
              shown(part.expectedContinuing),
              shown(part.expectedNew),
              shown(part.forecast),
            ];
          }),
        },
      ],
    });
  },

  clienten: (ctx) => {
    const bands = Object.keys(ctx.m.age.clientsByBand);
    const published = ctx.years.map((y) =>
      ctx.p.table(
        Object.fromEntries(bands.map((b) => [b, ctx.m.age.clientsByBand[b]?.[y] ?? 0])),
        ctx.m.byYear[y]?.clients ?? 0,
      ),
    );
    const lastValues = year(ctx, ctx.last);
    return section('clienten', {
      sentences: [
        lastValues.meanAgeAtStart === null || lastValues.meanAgeAtStart === undefined
          ? `De gemiddelde leeftijd bij de start van een traject in ${ctx.last} is niet bekend of niet te publiceren.`
          : `Wie in ${ctx.last} met individuele begeleiding begon, was gemiddeld ${formatValue(lastValues.meanAgeAtStart, 'years')} jaar.`,
        ...clientDrivers(
          ctx,
          bands,
          (b, y) => ctx.m.age.clientsByBand[b]?.[y],
          (b) => (b === 'onbekend' ? 'onbekende leeftijd' : `${b} jaar`),
          'bij cliënten van',
        ),
      ],
      tables: [
        {
          caption: 'Cliënten per leeftijdsklasse (leeftijd op 1 juli)',
          head: ['Leeftijd', ...ctx.years.map(ctx.label)],
          rows: [
            ...bands.map((b) => [b, ...published.map((t) => formatValue(t.parts[b], 'count'))]),
            ['Totaal', ...published.map((t) => formatValue(t.total, 'count'))],
          ],
        },
      ],
    });
  },

  aanbieders: (ctx) => {
    const groups = providerGroups.filter((g) => ctx.m.providerGroups[g]);
    const published = ctx.years.map((y) =>
      ctx.p.table(
        Object.fromEntries(groups.map((g) => [g, ctx.m.providerGroups[g]?.[y] ?? 0])),
        ctx.m.byYear[y]?.clients ?? 0,
      ),
    );
    // The development up to the last whole year.
    const lastWhole = published[ctx.years.indexOf(ctx.last)];
    const growth = (g: string) => {
      const a = published[0]?.parts[g];
      const b = lastWhole?.parts[g];
      return changeText(a, b) ?? (a === null || b === null ? '.' : NO_FIGURE);
    };
    const from = year(ctx, ctx.first).providersActive;
    const to = year(ctx, ctx.last).providersActive;
    // Who drove the growth, up to the last whole year.
    const gc = growthBetween(ctx.m, ctx.first, ctx.last, ctx.m.growthConcentration.threshold);
    return section('aanbieders', {
      sentences: [
        `Het aantal aanbieders met cliënten in individuele begeleiding ging van ${formatValue(from, 'count')} in ${ctx.first} naar ${formatValue(to, 'count')} in ${ctx.last}.`,
        ...clientDrivers(ctx, groups, (g, y) => ctx.m.providerGroups[g]?.[y], groupLabel, BY_GROUP),
        ...(gc.concentrated.length > 0 && gc.concentratedSharePct !== null
          ? [
              `${gc.concentrated.length === 1 ? 'Eén aanbieder groeide' : `${gc.concentrated.length} aanbieders groeiden`} tussen ${gc.from} en ${gc.to} met minstens ${gc.threshold} cliënten: ${namedList(
                gc.concentrated.slice(0, 3).map((d) => ({
                  name: d.name ?? 'onbekende aanbieder',
                  change: (ctx.p.count(d.to) ?? 0) - (ctx.p.count(d.from) ?? 0),
                })),
                'count',
              )}${gc.concentrated.length > 3 ? ` en ${gc.concentrated.length - 3} andere` : ''}; samen ${formatValue(gc.concentratedSharePct, 'percent')} van de totale groei.`,
            ]
          : []),
      ],
      tables: [
        {
          caption:
            'Cliënten per type aanbieder (een cliënt met aanbieders in twee groepen telt in beide)',
          head: [
            'Type aanbieder',
            ...ctx.years.map(ctx.label),
            `Ontwikkeling ${ctx.first}–${ctx.last}`,
          ],
          rows: [
            ...groups.map((g) => [
              providerGroupLabels[g as ProviderGroup],
              ...published.map((t) => formatValue(t.parts[g], 'count')),
              growth(g),
            ]),
            [
              'Cliënten totaal',
              ...published.map((t) => formatValue(t.total, 'count')),
              changeText(published[0]?.total, lastWhole?.total) ?? NO_FIGURE,
            ],
          ],
        },
        ...endingsTable(ctx),
      ],
    });
  },

  vergelijking: (ctx) => {
    const c = ctx.options.compare;
    if (!c) return null;
    const y = c.meta.years.includes(ctx.last) ? ctx.last : (c.meta.years.at(-1) as string);
    const choices = compareFigureChoices(c);
    const ids = ctx.options.compareFigures ?? defaultCompareFigures;
    const figures = ids
      .map((id) => choices.find((f) => f.id === id))
      .filter((f): f is CompareFigure => f !== undefined)
      .filter(
        (f) =>
          f.group !== 'rates' ||
          Object.values(c.municipalities).some((m) => m.byYear[y]?.inhabitants),
      )
      .filter((f) => !f.id.startsWith('cost') || ctx.m.meta.costSource !== 'none');
    const codes = Object.keys(c.municipalities);
    const name = (code: string) => {
      const m = c.municipalities[code];
      return `${m?.name ?? code}${m?.kind === 'published' ? ` (gepubliceerd: ${m.source})` : ''}`;
    };
    return section('vergelijking', {
      sentences: [
        `De gemeenten naast de regio (alle gemeenten samen) in ${y}, met dezelfde definities berekend uit de registraties; gepubliceerde cijfers staan er alleen naast, bij de cijfers die hun bron heeft.`,
        ...figures.flatMap((f) => standOutSentences(c, f, y, codes, ctx.p)),
      ],
      tables: figures.map((f) => {
        const label = figureLabel(f, 'nl');
        // A published source only where it has the figure.
        const shown = codes.filter((code) => {
          const m = c.municipalities[code];
          return m?.kind !== 'published' || f.value(m, y, ctx.p) !== undefined;
        });
        const { rows, region } = compareRows(c, f, y, shown, ctx.p);
        return {
          caption: f.overall ? `${label}, tot de peildatum` : `${label} in ${y}`,
          // The figure is named in the caption: short headers keep the numbers on one line.
          head: ['Gemeente', 'Waarde', 'Regio', 'Verschil', 'Rang'],
          rows: rows.map((r) =>
            r.code === REGION
              ? [name(r.code), formatValue(r.value, f.unit), '', '', '']
              : [
                  name(r.code),
                  formatValue(r.value, f.unit),
                  formatValue(region, f.unit),
                  differenceText(f.unit, r.difference, 'nl'),
                  r.rank === null ? NO_FIGURE : String(r.rank),
                ],
          ),
        };
      }),
    });
  },

  verantwoording: (ctx) =>
    section('verantwoording', {
      sentences: [
        `Peildatum ${dutchFromIso(ctx.m.meta.peildatum)}; toewijzingen met hooguit ${ctx.m.meta.gapDays} dagen ertussen vormen één traject.`,
        ...(ctx.options.scope
          ? [`De cijfers gaan over een deel van de gegevens: ${ctx.options.scope}.`]
          : []),
        `Bron: ${ctx.options.sources?.length ? `de bestanden ${ctx.options.sources.join(', ')}` : 'de registratie van toewijzingen Wmo-begeleiding'}; ${formatValue(ctx.m.meta.counts.allocations, 'count')} toewijzingen, ${formatValue(ctx.m.meta.counts.rejectedRows, 'count')} regels geweigerd bij het inlezen.`,
        modeNotes[ctx.p.mode],
      ],
      tables: [
        {
          caption: 'Definities',
          text: true,
          head: ['Begrip', 'Definitie'],
          // The brief explains what it shows: the forecast only when it has its section.
          rows: definitions
            .filter((d) => d.id !== 'prognose' || Boolean(ctx.options.forecast))
            .filter((d) => d.id !== 'dagen-tot-start-zorg' || ctx.m.timeToCare !== null)
            .map((d) => [d.term.nl, translate('nl', d.text.nl, { gapDays: ctx.m.meta.gapDays })]),
        },
      ],
    }),
};
