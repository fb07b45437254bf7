import { NONE } from '../metrics/dataset';
import type { MetricsEngine } from '../metrics/engine';
import type { ComparableFigures, YearTotals } from '../metrics/metricsJson';
import type { MetricsParams } from '../metrics/params';
import { currentMunicipality } from '../model/municipalities';
import type { Population, ReferenceFigure } from '../model/records';
import {
  type CompareJson,
  type CompareMunicipality,
  compareMunicipalities,
  REGION,
} from './compare';

/** What a municipality carries in `compare --json` beside its rates (cli.md). */
export type MunicipalityFigures = ComparableFigures;

/**
 * Every figure per municipality of the registrations (merged municipalities with
 * their successor), and for the region: the engine's passes under a
 * municipality filter, on trajectories built once, for years only. The same
 * peildatum and gap for all.
 */
export function figuresByMunicipality(
  engine: MetricsEngine,
  params: MetricsParams = {},
): Map<string, MunicipalityFigures> {
  const groups = new Map<string, string[]>();
  for (const code of engine.ds.municipalities) {
    const now = currentMunicipality(code);
    groups.set(now, [...(groups.get(now) ?? []), code]);
  }
  const out = new Map<string, MunicipalityFigures>();
  const sorted = [...groups].sort(([a], [b]) => a.localeCompare(b));
  // One split of the selection and a pass per municipality over its own part; with cost lines,
  // a filtered pass per municipality.
  const split = engine.comparableFiguresByMunicipality(
    params,
    sorted.map(([, codes]) => codes),
  );
  sorted.forEach(([code, codes], g) => {
    out.set(
      code,
      split?.[g] ??
        engine.comparableFigures({
          ...params,
          filters: { ...params.filters, municipalities: codes },
        }),
    );
  });
  // The region: the municipalities of the registrations together (not what has no municipality);
  // when every allocation has one, that is all of them, without a mask to build.
  const everyOneHas = engine.ds.municipality.every((m) => m !== NONE);
  const all = everyOneHas ? [] : [...engine.ds.municipalities];
  out.set(
    REGION,
    engine.comparableFigures({ ...params, filters: { ...params.filters, municipalities: all } }),
  );
  return out;
}

/**
 * The comparison with every figure beside the rates: each municipality of the
 * registrations (and the region) gets its `metrics --json` figures merged into
 * its years, and its provider groups, products, duration, age and gender next to
 * them. Published entries keep only what their source has.
 */
export function withAllFigures(
  compare: CompareJson,
  figures: ReadonlyMap<string, MunicipalityFigures>,
): CompareJson {
  const municipalities: Record<string, CompareMunicipality> = {};
  for (const [key, entry] of Object.entries(compare.municipalities)) {
    const f = entry.kind === 'published' ? undefined : figures.get(key);
    municipalities[key] = f
      ? {
          ...entry,
          byYear: Object.fromEntries(
            Object.entries(entry.byYear).map(([y, rates]) => [
              y,
              { ...(f.byYear[y] ?? {}), ...rates },
            ]),
          ),
          providerGroups: f.providerGroups,
          products: f.products,
          duration: f.duration,
          age: f.age,
          gender: f.gender,
        }
      : entry;
  }
  return { ...compare, municipalities };
}

/** `compare --json`: the rates, index and rank, and every figure per municipality (cli.md). */
export function compareEveryFigure(
  engine: MetricsEngine,
  population: readonly Population[],
  references: readonly ReferenceFigure[],
  params: MetricsParams = {},
): CompareJson {
  const figures = figuresByMunicipality(engine, params);
  // The rates come from the same figures: no pass of their own.
  const span = engine.span(params);
  const totals = (f: MunicipalityFigures | undefined): YearTotals => ({
    ...span,
    byYear: Object.fromEntries(
      span.years.map((y) => {
        const v = f?.byYear[y];
        return [
          y,
          {
            clients: v?.clients ?? 0,
            inflow: v?.inflow ?? 0,
            outflow: v?.outflow ?? 0,
            costTotal: v?.costTotal ?? null,
          },
        ];
      }),
    ),
  });
  const known = (codeLists: readonly string[][]) => [
    ...codeLists.map((codes) => totals(figures.get(currentMunicipality(codes[0] as string)))),
    totals(figures.get(REGION)),
  ];
  return withAllFigures(
    compareMunicipalities(engine, population, references, params, known),
    figures,
  );
}
