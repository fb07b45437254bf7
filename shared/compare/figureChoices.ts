import { type FigureUnit, formatFigure } from '../figures/units';
import { type Language, msg, translate } from '../i18n/translate';
import { type ProviderGroup, providerGroupLabels } from '../model/providerGroups';
import type { Publisher } from '../report/publish';
import type { Shown } from '../report/text';
import type { CompareJson, CompareMunicipality } from './compare';
import { REGION } from './compare';

// The figures the Vergelijking sets side by side (issue 20): every figure of
// `compare --json`, and the shares (age band, gender, product, provider group) made
// from them. One list for the screen, the brief and the exports.

/** How a figure reads when it is above or below the region: "hoger/lager", "langer/korter". */
type Words = 'hoger' | 'langer' | 'ouder';

export interface CompareFigure {
  /** Stable id (`outflowRatePct`, `share:age:27-39`, `share:product:IB1`). */
  id: string;
  /** Dutch, marked for translation; `{…}` filled from `labelValues`. */
  label: string;
  labelValues?: Record<string, string>;
  /** The group in the picker: rates per 1,000, figures, shares. */
  group: 'rates' | 'figures' | 'shares';
  unit: FigureUnit;
  words: Words;
  /** Over all years up to the peildatum (a duration): the same in every year, no course. */
  overall?: true;
  /**
   * A municipality's value in a year as the mode allows (`Publisher`): `null`
   * when hidden by the small-number rule, `undefined` when it has none (a
   * published source without this figure).
   */
  value(m: CompareMunicipality, year: string, p: Publisher): Shown;
}

const num = (v: number | null | undefined): number | undefined =>
  v === null || v === undefined ? undefined : v;

/** A rate per 1,000 inhabitants, from the published count in publication mode. */
const per1000 =
  (
    count: 'clients' | 'inflow' | 'outflow',
    exact: 'clientsPer1000' | 'inflowPer1000' | 'outflowPer1000',
  ) =>
  (m: CompareMunicipality, y: string, p: Publisher): Shown => {
    const f = m.byYear[y];
    if (m.kind === 'published') return num(f?.[exact]);
    return p.rate(f?.[count], f?.inhabitants, f?.[exact], {
      scale: 1000,
      decimals: 2,
      denominatorIsCount: false,
    });
  };

/** A share of the year's clients (percent), from published counts in publication mode. */
const shareOf =
  (part: (m: CompareMunicipality, y: string) => number | undefined) =>
  (m: CompareMunicipality, y: string, p: Publisher): Shown => {
    const clients = m.byYear[y]?.clients;
    const n = part(m, y);
    if (n === undefined || !clients) return undefined;
    return p.rate(n, clients, Math.round((1000 * n) / clients) / 10);
  };

/** A municipality's trajectories: its inflow over all years (each trajectory starts once). */
const trajectories = (m: CompareMunicipality): number | undefined =>
  m.duration ? Object.values(m.byYear).reduce((n, f) => n + (f.inflow ?? 0), 0) : undefined;

const base: CompareFigure[] = [
  {
    id: 'clientsPer1000',
    label: msg('Cliënten per 1.000 inwoners'),
    group: 'rates',
    unit: 'perThousand',
    words: 'hoger',
    value: per1000('clients', 'clientsPer1000'),
  },
  {
    id: 'inflowPer1000',
    label: msg('Instroom per 1.000 inwoners'),
    group: 'rates',
    unit: 'perThousand',
    words: 'hoger',
    value: per1000('inflow', 'inflowPer1000'),
  },
  {
    id: 'outflowPer1000',
    label: msg('Uitstroom per 1.000 inwoners'),
    group: 'rates',
    unit: 'perThousand',
    words: 'hoger',
    value: per1000('outflow', 'outflowPer1000'),
  },
  {
    id: 'costPerInhabitant',
    label: msg('Kosten per inwoner'),
    group: 'rates',
    unit: 'euroCents',
    words: 'hoger',
    value: (m, y, p) => {
      const f = m.byYear[y];
      return m.kind === 'published'
        ? num(f?.costPerInhabitant)
        : p.derived(f?.costPerInhabitant, f?.clients);
    },
  },
  {
    id: 'outflowRatePct',
    label: msg('Uitstroompercentage'),
    group: 'figures',
    unit: 'percent',
    words: 'hoger',
    value: (m, y, p) => {
      const f = m.byYear[y];
      return p.rate(f?.outflow, f?.clients, f?.outflowRatePct);
    },
  },
  {
    id: 'activeAtYearEnd',
    label: msg('Lopend op 31-12'),
    group: 'figures',
    unit: 'count',
    words: 'hoger',
    value: (m, y, p) => p.count(m.byYear[y]?.activeAtYearEnd),
  },
  {
    id: 'reentryRatePct',
    label: msg('Heraanmeldingspercentage'),
    group: 'figures',
    unit: 'percent',
    words: 'hoger',
    value: (m, y, p) => {
      const f = m.byYear[y];
      return p.rate(f?.reentry, f?.inflow, f?.reentryRatePct);
    },
  },
  {
    id: 'providersActive',
    label: msg('Actieve aanbieders'),
    group: 'figures',
    unit: 'count',
    words: 'hoger',
    // Providers are organisations, not people: no small-number rule.
    value: (m, y) => num(m.byYear[y]?.providersActive),
  },
  {
    id: 'costPerClientMonth',
    label: msg('Kosten per cliënt per maand'),
    group: 'figures',
    unit: 'euroCents',
    words: 'hoger',
    value: (m, y, p) => p.derived(m.byYear[y]?.costPerClientMonth, m.byYear[y]?.clients),
  },
  {
    id: 'meanAgeAtStart',
    label: msg('Gemiddelde leeftijd bij start'),
    group: 'figures',
    unit: 'years',
    words: 'ouder',
    value: (m, y, p) => p.derived(m.byYear[y]?.meanAgeAtStart, m.byYear[y]?.inflow),
  },
  {
    id: 'durationMedian',
    label: msg('Mediane trajectduur, alle trajecten (dagen)'),
    group: 'figures',
    unit: 'days',
    words: 'langer',
    overall: true,
    // Over every trajectory up to the peildatum (Kaplan–Meier), the same in every year.
    value: (m, _y, p) => p.derived(m.duration?.medianDaysKM, trajectories(m)),
  },
  {
    id: 'ongoingAfter365Pct',
    label: msg('Na een jaar nog lopend (%)'),
    group: 'figures',
    unit: 'percent',
    words: 'hoger',
    overall: true,
    value: (m, _y, p) => p.derived(m.duration?.ongoingAfter365Pct, trajectories(m)),
  },
  {
    id: 'medianDaysKM',
    label: msg('Mediane trajectduur per startjaar (dagen)'),
    group: 'figures',
    unit: 'days',
    words: 'langer',
    // Per start year, as `metrics --json` has it.
    value: (m, y, p) => p.derived(m.byYear[y]?.medianDaysKM, m.byYear[y]?.inflow),
  },
  {
    id: 'meanDaysEnded',
    label: msg('Gemiddelde duur beëindigde trajecten (dagen)'),
    group: 'figures',
    unit: 'meanDays',
    words: 'langer',
    value: (m, y, p) => p.derived(m.byYear[y]?.meanDaysEnded, m.byYear[y]?.outflow),
  },
];

/**
 * Every figure the comparison offers for these data: the fixed ones, then the
 * shares of age bands, gender, products and provider groups that occur.
 */
export function compareFigureChoices(data: CompareJson): CompareFigure[] {
  const entries = Object.values(data.municipalities);
  const keys = (pick: (m: CompareMunicipality) => Record<string, unknown> | undefined) => [
    ...new Set(entries.flatMap((m) => Object.keys(pick(m) ?? {}))),
  ];
  const share = (
    id: string,
    label: string,
    labelValues: Record<string, string>,
    part: (m: CompareMunicipality, y: string) => number | undefined,
  ): CompareFigure => ({
    id,
    label,
    labelValues,
    group: 'shares',
    unit: 'percent',
    words: 'hoger',
    value: shareOf(part),
  });
  const bands = entries.find((m) => m.age)?.age?.bands ?? [];
  return [
    ...base,
    ...bands.map((b) =>
      share(
        `share:age:${b}`,
        msg('Aandeel leeftijd {band}'),
        { band: b },
        (m, y) => m.age?.clientsByBand[b]?.[y],
      ),
    ),
    share('share:gender:v', msg('Aandeel vrouwen'), {}, (m, y) => m.gender?.[y]?.v),
    ...keys((m) => m.products).map((p) =>
      share(
        `share:product:${p}`,
        msg('Aandeel {product}'),
        { product: p },
        (m, y) => m.products?.[p]?.clients[y],
      ),
    ),
    ...keys((m) => m.providerGroups).map((g) =>
      share(
        `share:group:${g}`,
        msg('Aandeel type aanbieder {group}'),
        { group: providerGroupLabels[g as ProviderGroup] ?? g },
        (m, y) => m.providerGroups?.[g]?.[y],
      ),
    ),
  ];
}

/** A figure's name in a language ("Aandeel type aanbieder GGZ"). */
export function figureLabel(figure: CompareFigure, language: Language): string {
  const values = Object.fromEntries(
    Object.entries(figure.labelValues ?? {}).map(([k, v]) => [k, translate(language, v)]),
  );
  return translate(language, figure.label, values);
}

/** One row of the comparison table of a figure. */
export interface CompareRow {
  code: string;
  value: Shown;
  /** The difference from the region: procentpunten for a percentage, % otherwise; null without one. */
  difference: number | null;
  /** Among the registrations (1 = highest); null for published rows, the region and hidden values. */
  rank: number | null;
}

/** The figure's rows in a year for the chosen municipalities, with the region's value. */
export function compareRows(
  data: CompareJson,
  figure: CompareFigure,
  year: string,
  codes: readonly string[],
  p: Publisher,
): { rows: CompareRow[]; region: Shown } {
  const region = data.municipalities[REGION];
  const regionValue = region ? figure.value(region, year, p) : undefined;
  const shownOf = (code: string) => {
    const m = data.municipalities[code];
    return m ? figure.value(m, year, p) : undefined;
  };
  const ranked = codes
    .filter((c) => data.municipalities[c]?.kind === 'registrations')
    .map((c) => ({ c, v: shownOf(c) }))
    .filter((x): x is { c: string; v: number } => typeof x.v === 'number');
  const rows = codes.map((code): CompareRow => {
    const value = shownOf(code);
    const own = ranked.find((x) => x.c === code);
    return {
      code,
      value,
      difference: code === REGION ? null : differenceFromRegion(figure.unit, value, regionValue),
      rank: own ? 1 + ranked.filter((x) => x.v > own.v).length : null,
    };
  });
  return { rows, region: regionValue };
}

/** Whether a figure's difference is in its own unit (procentpunten, years) rather than in %. */
const absolute = (unit: FigureUnit) => unit === 'percent' || unit === 'years';

/**
 * Procentpunten for a percentage, years for an age (an age is not 10% younger),
 * % for every other figure; null without both values.
 */
export function differenceFromRegion(unit: FigureUnit, value: Shown, region: Shown): number | null {
  if (typeof value !== 'number' || typeof region !== 'number') return null;
  if (absolute(unit)) return Math.round((value - region) * 10) / 10;
  return region === 0 ? null : Math.round(((value - region) / region) * 1000) / 10;
}

/** A difference as it reads: `+2,4 procentpunt`, `−4,2 jaar`, `+24,0%`. */
export function differenceText(
  unit: FigureUnit,
  difference: number | null,
  language: Language,
): string {
  if (difference === null) return '–';
  const sign = difference > 0 ? '+' : difference < 0 ? '−' : '';
  const n = formatFigure(Math.abs(difference), 'years', language);
  if (unit === 'percent') return `${sign}${n} ${translate(language, msg('procentpunt'))}`;
  if (unit === 'years') return translate(language, msg('{n} jaar'), { n: `${sign}${n}` });
  return `${sign}${n}%`;
}

/** "Mediane trajectduur" → "mediane trajectduur"; "IB1" stays. */
const lowerFirst = (text: string) =>
  /^[A-Z][a-zë]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/** Below this much a municipality does not stand out: 10% of the region, 2 procentpunten, 2 years. */
const STANDS_OUT = { percent: 2, years: 2, other: 10 } as const;

const wordsFor: Record<Words, [string, string]> = {
  hoger: [msg('hoger'), msg('lager')],
  langer: [msg('langer'), msg('korter')],
  ouder: [msg('ouder'), msg('jonger')],
};

/**
 * Sentences naming where municipalities stand out from the region on a figure:
 * the one furthest above and the one furthest below, each when it differs by at
 * least 10% (2 procentpunten for a percentage). "Papendrecht: mediane
 * trajectduur 410 dagen, 24,0% langer dan de regio (331)."
 */
export function standOutSentences(
  data: CompareJson,
  figure: CompareFigure,
  year: string,
  codes: readonly string[],
  p: Publisher,
  language: Language = 'nl',
): string[] {
  const { rows, region } = compareRows(data, figure, year, codes, p);
  if (typeof region !== 'number') return [];
  const threshold =
    figure.unit === 'percent'
      ? STANDS_OUT.percent
      : figure.unit === 'years'
        ? STANDS_OUT.years
        : STANDS_OUT.other;
  const own = rows.filter(
    (r) =>
      data.municipalities[r.code]?.kind === 'registrations' &&
      r.difference !== null &&
      Math.abs(r.difference) >= threshold,
  );
  const above = own
    .filter((r) => (r.difference as number) > 0)
    .sort((a, b) => (b.difference as number) - (a.difference as number))[0];
  const below = own
    .filter((r) => (r.difference as number) < 0)
    .sort((a, b) => (a.difference as number) - (b.difference as number))[0];
  const [more, less] = wordsFor[figure.words];
  return [above, below].flatMap((r) => {
    if (!r) return [];
    const m = data.municipalities[r.code] as CompareMunicipality;
    const difference = differenceText(
      figure.unit,
      Math.abs(r.difference as number),
      language,
    ).replace(/^\+/, '');
    return [
      translate(
        language,
        msg('{name} — {figure}: {value}, {difference} {direction} dan de regio ({region}).'),
        {
          name: m.name,
          figure: lowerFirst(figureLabel(figure, language)),
          value: formatFigure(r.value as number, figure.unit, language),
          difference,
          direction: translate(language, (r.difference as number) > 0 ? more : less),
          region: formatFigure(region, figure.unit, language),
        },
      ),
    ];
  });
}
