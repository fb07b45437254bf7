import { msg } from '../i18n/msg';
import type { MetricsEngine } from '../metrics/engine';
import type { MetricsJson, YearFigures, YearTotals } from '../metrics/metricsJson';
import type { MetricsParams } from '../metrics/params';
import { round } from '../metrics/round';
import { currentMunicipality, municipalityName } from '../model/municipalities';
import type { Population, ReferenceFigure } from '../model/records';

/**
 * One municipality's figures in one year; `null` where a figure is unknown. With
 * every figure (`withAllFigures`), also the rest of `metrics --json`'s year.
 */
export interface CompareYear extends Partial<Omit<YearFigures, 'clients' | 'inflow' | 'outflow'>> {
  inhabitants: number | null;
  inhabitants18: number | null;
  clients: number | null;
  clientsPer1000: number | null;
  clientsPer1000Adults: number | null;
  inflow: number | null;
  inflowPer1000: number | null;
  outflow: number | null;
  outflowPer1000: number | null;
  cost: number | null;
  costPerInhabitant: number | null;
  /** Clients per 1,000 relative to the base year (= 100). */
  clientsPer1000Index: number | null;
  /** Rank by clients per 1,000 among the compared municipalities (1 = highest). */
  rank: number | null;
}

export interface CompareMunicipality {
  name: string;
  /**
   * `registrations`: one municipality computed from registrations (zelfde definities);
   * `region`: all of them together (a client counts once); `published`: an aggregate source.
   */
  kind: 'registrations' | 'region' | 'published';
  source: string;
  byYear: Record<string, CompareYear>;
  /** CBS mate van stedelijkheid (1–5), where a published source has it. */
  urbanity?: number;
  /** With every figure (`withAllFigures`): as in `metrics --json`, for this municipality. */
  providerGroups?: MetricsJson['providerGroups'];
  products?: MetricsJson['products'];
  duration?: MetricsJson['duration'];
  age?: MetricsJson['age'];
  gender?: MetricsJson['gender'];
}

export interface CompareJson {
  meta: { peildatum: string; gapDays: number; baseYear: string | null; years: string[] };
  municipalities: Record<string, CompareMunicipality>;
}

/** Key of the region (all municipalities of the registrations together). */
export const REGION = 'REGIO';

const per1000 = (count: number | null, inhabitants: number | null): number | null =>
  count === null || !inhabitants ? null : round((1000 * count) / inhabitants, 2);

/**
 * Per municipality and year: clients, inflow and outflow per 1,000 inhabitants,
 * cost per inhabitant, an index against the base year and a rank. Registrations
 * count by the allocation's municipality, else the client's, with the dataset's
 * one peildatum; merged municipalities count with their successor. Published
 * aggregate figures are added beside them, never mixed in.
 */
export function compareMunicipalities(
  engine: MetricsEngine,
  population: readonly Population[],
  references: readonly ReferenceFigure[],
  params: MetricsParams = {},
  /** Per municipality group (codes in order) and then the region, when already computed. */
  known?: (codes: readonly string[][]) => YearTotals[],
): CompareJson {
  const ds = engine.ds;
  const span = engine.span(params);
  const years = span.years;
  const inhabitants = new Map<string, { all: number; adults: number | null }>();
  for (const p of population) {
    const key = `${currentMunicipality(p.municipality)}|${p.year}`;
    const known = inhabitants.get(key);
    inhabitants.set(key, {
      all: (known?.all ?? 0) + p.inhabitants,
      adults:
        p.inhabitants18 === null ? (known?.adults ?? null) : (known?.adults ?? 0) + p.inhabitants18,
    });
  }

  // Registrations: every municipality the data hold, grouped by its current successor.
  const groups = new Map<string, string[]>();
  for (const code of ds.municipalities) {
    const now = currentMunicipality(code);
    groups.set(now, [...(groups.get(now) ?? []), code]);
  }
  type Inhabitants = { all: number; adults: number | null };
  const sorted = [...groups].sort(([a], [b]) => a.localeCompare(b));
  // Every group and then all of them together: in one pass where it can, else filtered one by one.
  const codeLists = sorted.map(([, codes]) => codes);
  const totals =
    known?.(codeLists) ??
    engine.yearTotalsByMunicipality(params, codeLists) ??
    [...codeLists, codeLists.flat()].map((codes) =>
      engine.yearTotals({ ...params, filters: { ...params.filters, municipalities: codes } }),
    );
  /** The registrations of group g (the region after the last), with the inhabitants a year has. */
  const registered = (g: number, inhabitantsIn: (year: string) => Inhabitants | null) => {
    const m = totals[g] as YearTotals;
    return Object.fromEntries(
      years.map((y) => {
        const f = m.byYear[y];
        return [
          y,
          yearFigures(
            inhabitantsIn(y),
            f?.clients ?? 0,
            f?.inflow ?? 0,
            f?.outflow ?? 0,
            f?.costTotal ?? null,
          ),
        ];
      }),
    );
  };

  const out: Record<string, CompareMunicipality> = {};
  sorted.forEach(([code], g) => {
    out[code] = {
      name: municipalityName(code) ?? code,
      kind: 'registrations',
      source: 'zelfde definities',
      byYear: registered(g, (y) => inhabitants.get(`${code}|${y}`) ?? null),
    };
  });

  // The region: every municipality in the registrations together, each client once;
  // its inhabitants only where every member has them.
  if (groups.size > 1) {
    const members = [...groups.keys()];
    out[REGION] = {
      name: msg('Regio (alle gemeenten samen)'),
      kind: 'region',
      source: 'zelfde definities',
      byYear: registered(sorted.length, (y) => {
        const pops = members.map((code) => inhabitants.get(`${code}|${y}`));
        if (pops.some((p) => p === undefined)) return null;
        const adults = pops.every((p) => p?.adults !== null)
          ? pops.reduce((a, p) => a + (p?.adults ?? 0), 0)
          : null;
        return { all: pops.reduce((a, p) => a + (p?.all ?? 0), 0), adults };
      }),
    };
  }

  // Published figures, under their own key so they never overwrite computed ones.
  for (const r of references) {
    const code = currentMunicipality(r.municipality);
    const key = `${code}@${r.source}`;
    out[key] ??= {
      name: municipalityName(code) ?? code,
      kind: 'published',
      source: r.source,
      byYear: {},
    };
    const entry = out[key];
    if (r.urbanity) entry.urbanity = r.urbanity;
    const pop =
      r.inhabitants !== null
        ? { all: r.inhabitants, adults: null }
        : (inhabitants.get(`${code}|${r.year}`) ?? null);
    entry.byYear[String(r.year)] = yearFigures(
      pop,
      r.clients,
      r.inflow,
      r.outflow,
      r.cost === null ? null : r.cost / 100,
    );
  }

  const baseYear = years[0] ?? null;
  // The index uses the exact rates, not the rounded ones shown.
  for (const entry of Object.values(out)) {
    const base = baseYear ? exactRate(entry.byYear[baseYear]) : null;
    for (const y of Object.values(entry.byYear)) {
      const rate = exactRate(y);
      y.clientsPer1000Index = base && rate !== null ? round((100 * rate) / base, 1) : null;
    }
  }
  rankAll(out);
  return {
    meta: { peildatum: span.peildatum, gapDays: span.gapDays, baseYear, years },
    municipalities: out,
  };
}

/** Ranks compare like with like: registrations among registrations, published among published. */
function rankAll(out: Record<string, CompareMunicipality>): void {
  const allYears = new Set(Object.values(out).flatMap((e) => Object.keys(e.byYear)));
  for (const [y, kind] of [...allYears].flatMap((y) =>
    (['registrations', 'published'] as const).map((k) => [y, k] as const),
  )) {
    const ranked = Object.values(out)
      .filter((e) => e.kind === kind)
      .map((e) => e.byYear[y])
      .filter(
        (f): f is CompareYear => f?.clientsPer1000 !== null && f?.clientsPer1000 !== undefined,
      )
      .sort((a, b) => (b.clientsPer1000 as number) - (a.clientsPer1000 as number));
    // Competition ranking: equal rates share a rank (1, 2, 2, 4).
    for (const f of ranked)
      f.rank =
        1 +
        ranked.filter((g) => (g.clientsPer1000 as number) > (f.clientsPer1000 as number)).length;
  }
}

/**
 * Another dataset's municipalities (computed with the same definitions, peildatum
 * and trajectory gap) set beside these as like-for-like references: under their
 * own keys (`GM0505#Dordrecht 2024`), named with their dataset, ranked together
 * with these registrations. Its years outside these are left out.
 */
export function withReferenceDataset(
  base: CompareJson,
  other: CompareJson,
  dataset: string,
): CompareJson {
  const out: Record<string, CompareMunicipality> = structuredClone(base.municipalities);
  for (const [code, m] of Object.entries(other.municipalities)) {
    if (m.kind === 'published') continue;
    out[`${code}#${dataset}`] = {
      ...structuredClone(m),
      name: `${m.name} (${dataset})`,
      kind: 'registrations',
      source: `gegevensset “${dataset}”`,
      byYear: Object.fromEntries(
        Object.entries(structuredClone(m.byYear)).filter(([y]) => base.meta.years.includes(y)),
      ),
    };
  }
  // The index against this comparison's base year: none where the other dataset lacks it.
  const baseYear = base.meta.baseYear;
  for (const [key, entry] of Object.entries(out)) {
    if (!key.endsWith(`#${dataset}`)) continue;
    const from = baseYear ? exactRate(entry.byYear[baseYear]) : null;
    for (const y of Object.values(entry.byYear)) {
      const rate = exactRate(y);
      y.clientsPer1000Index = from && rate !== null ? round((100 * rate) / from, 1) : null;
    }
  }
  rankAll(out);
  return { meta: base.meta, municipalities: out };
}

/** Clients per inhabitant, unrounded (the index uses it, not the rounded rate shown). */
const exactRate = (f: CompareYear | undefined) =>
  f?.clients === null || f?.clients === undefined || !f.inhabitants
    ? null
    : f.clients / f.inhabitants;

function yearFigures(
  pop: { all: number; adults: number | null } | null,
  clients: number | null,
  inflow: number | null,
  outflow: number | null,
  cost: number | null,
): CompareYear {
  const all = pop?.all ?? null;
  return {
    inhabitants: all,
    inhabitants18: pop?.adults ?? null,
    clients,
    clientsPer1000: per1000(clients, all),
    clientsPer1000Adults: per1000(clients, pop?.adults ?? null),
    inflow,
    inflowPer1000: per1000(inflow, all),
    outflow,
    outflowPer1000: per1000(outflow, all),
    cost,
    costPerInhabitant: cost === null || !all ? null : round(cost / all, 2),
    clientsPer1000Index: null,
    rank: null,
  };
}
