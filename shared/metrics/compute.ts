import { ibProducts } from '../model/products';
import { providerGroups } from '../model/providerGroups';
import type { Tariff } from '../model/records';
import { isoDate } from '../periods/days';
import type { PeriodKind } from '../periods/periods';
import { type AgeBands, defaultAgeBands } from './ageBands';
import { yearsByMunicipalityGroup } from './byMunicipality';
import { type CostResult, computeCost } from './cost';
import { type Dataset, NONE, tariffMap } from './dataset';
import { inc } from './distinct';
import { type DrillQuery, type DrillResult, drillDown } from './drill';
import {
  type DurationClass,
  type DurationFigures,
  type DurationStats,
  durationClasses,
  durationsByGroup,
} from './durations';
import { allocationMask, type Filters, trajectoryMask } from './filters';
import { computeFlows, type Flows, type PeriodFlows } from './flows';
import { buildFrame, type Frame, periodTable } from './frame';
import { select } from './select';

export type { DurationFigures };

import { computePresence, type Presence } from './presence';
import { euro, percent, round } from './round';
import { computeStacking } from './stacking';
import { buildTrajectories, type Trajectories } from './trajectories';
import { computeTransitions } from './transitions';
import { computeWaiting } from './waiting';

export const DEFAULT_GAP_DAYS = 31;
export const DEFAULT_GROWTH_THRESHOLD = 100;
export const seriesKinds: readonly PeriodKind[] = ['month', 'quarter', 'year', 'fourWeek'];

export interface MetricsParams {
  /** Day number; default: the latest allocation start or cost-period end. */
  peildatum?: number;
  gapDays?: number;
  rejectedRows?: number;
  filters?: Filters;
  ageBands?: AgeBands;
  /** Providers whose clients grew by at least this many count as growth-concentrated. */
  growthThreshold?: number;
  /**
   * Tariffs to use when the data has no cost lines, instead of the imported ones
   * (the user's tariffs from the settings, already merged with the imported ones).
   */
  tariffs?: readonly Tariff[];
  /** Period kinds for `byPeriod` (years are always in `byYear`). */
  periodKinds?: readonly PeriodKind[];
}

export interface YearFigures {
  clients: number;
  inflow: number;
  outflow: number;
  outflowRatePct: number | null;
  activeAtYearEnd: number;
  reentry: number;
  reentryRatePct: number | null;
  providersActive: number;
  costTotal: number | null;
  costPerClientMonth: number | null;
  meanAgeAtStart: number | null;
  medianDaysKM: number | null;
  meanDaysEnded: number | null;
}

/** Per year: what `yearTotals` counts (the same as `MetricsJson.byYear`'s fields of those names). */
export interface YearTotals {
  peildatum: string;
  gapDays: number;
  years: string[];
  byYear: Record<
    string,
    { clients: number; inflow: number; outflow: number; costTotal: number | null }
  >;
}

export interface PeriodFigures {
  inflow: number;
  outflow: number;
  clients: number;
  cost: number | null;
  /** Split by the trajectory's first allocation (as filters select it); only categories that occur. */
  inflowByProduct: Record<string, number>;
  outflowByProduct: Record<string, number>;
  inflowByGroup: Record<string, number>;
  outflowByGroup: Record<string, number>;
}

export interface ProviderFigures {
  name: string | null;
  group: string;
  clients: Record<string, number>;
  inflow: Record<string, number>;
  outflowRatePct: Record<string, number | null>;
  medianDaysKM: number | null;
  costPerClientMonth: Record<string, number | null>;
  stepDownToIb0Pct: number | null;
}

/** The figures of metrics.md; the keys of cli.md first, more after them. */
export interface MetricsJson {
  meta: {
    peildatum: string;
    gapDays: number;
    costSource: 'lines' | 'tariffs' | 'none';
    counts: {
      allocations: number;
      clients: number;
      providers: number;
      costLines: number;
      trajectories: number;
      rejectedRows: number;
    };
    filters: Filters;
    ageBands: string[];
  };
  years: string[];
  byYear: Record<string, YearFigures>;
  providerGroups: Record<string, Record<string, number>>;
  products: Record<string, { clients: Record<string, number>; cost?: Record<string, number> }>;
  duration: DurationFigures & {
    byStartYear: Record<string, DurationFigures>;
    curve: { days: number[]; survival: number[] };
    /** Trajectories per duration class (days), ended and ongoing apart. */
    classes: DurationClass[];
  };
  transitions: Record<string, number>;
  transitionsByYear: Record<string, Record<string, number>>;
  stepDownSharePct: number | null;
  byPeriod: Partial<Record<PeriodKind, Record<string, PeriodFigures>>>;
  providerGroupGrowthPct: Record<string, number | null>;
  growthConcentration: {
    from: string;
    to: string;
    threshold: number;
    providers: {
      provider: string;
      name: string | null;
      from: number;
      to: number;
      growth: number;
    }[];
    totalGrowth: number;
    sharePct: number | null;
  };
  providers: Record<string, ProviderFigures>;
  /** Cost (euro) per provider group per year; lines without a provider under `zonder_aanbieder`. */
  costByGroup: Record<string, Record<string, number>>;
  costPerTrajectory: Record<string, { n: number; mean: number | null; median: number | null }>;
  age: {
    bands: string[];
    inflowByBand: Record<string, Record<string, number>>;
    clientsByBand: Record<string, Record<string, number>>;
  };
  gender: Record<
    string,
    {
      m: number;
      v: number;
      x: number;
      unknown: number;
      mPct: number | null;
      vPct: number | null;
      xPct: number | null;
    }
  >;
  waiting: {
    byYear: Record<string, { n: number; medianDays: number; p90Days: number } | null>;
    byGroup: Record<
      string,
      Record<string, { n: number; medianDays: number; p90Days: number } | null>
    >;
  } | null;
  stacking: {
    byYear: Record<
      string,
      { clients: number; sharePct: number | null; byProduct: Record<string, number> }
    >;
  } | null;
}

/**
 * Computes every figure for a dataset. Trajectories are built once per
 * (peildatum, gap days) and reused across filter changes.
 */
export class MetricsEngine {
  private cache: Trajectories | null = null;
  private frameCache: Frame | null = null;
  private clientCount: number | null = null;

  constructor(readonly ds: Dataset) {}

  trajectories(peildatum: number, gapDays: number): Trajectories {
    if (!this.cache || this.cache.peildatum !== peildatum || this.cache.gapDays !== gapDays) {
      this.cache = buildTrajectories(this.ds, peildatum, gapDays);
    }
    return this.cache;
  }

  /** The calendar frame (and its period tables) per peildatum, reused across filter changes. */
  private frame(peildatum: number): Frame {
    if (this.frameCache?.peildatum !== peildatum)
      this.frameCache = buildFrame(this.ds.dataStart, peildatum);
    return this.frameCache;
  }

  /** Distinct clients with an IB allocation: the same under every filter, so counted once. */
  private distinctClients(): number {
    this.clientCount ??= distinctClients(this.ds);
    return this.clientCount;
  }

  /** The trajectories behind one figure, under the same parameters as `figures`. */
  drill(params: MetricsParams, query: DrillQuery, limit?: number): DrillResult {
    const peildatum = params.peildatum ?? this.ds.dataEnd;
    const tr = this.trajectories(peildatum, params.gapDays ?? DEFAULT_GAP_DAYS);
    const frame = this.frame(peildatum);
    const aMask = allocationMask(this.ds, params.filters ?? {}, params.ageBands ?? defaultAgeBands);
    return drillDown(this.ds, frame, tr, aMask, trajectoryMask(tr, aMask), query, limit);
  }

  /**
   * The passes every figure starts from: selection, presence, flows and cost,
   * for the period kinds asked for (years always).
   */
  private passes(params: MetricsParams, kinds: readonly PeriodKind[]) {
    const ds = this.ds;
    const peildatum = params.peildatum ?? ds.dataEnd;
    const gapDays = params.gapDays ?? DEFAULT_GAP_DAYS;
    const bands = params.ageBands ?? defaultAgeBands;
    const filters = params.filters ?? {};
    const tr = this.trajectories(peildatum, gapDays);
    const frame = this.frame(peildatum);
    const aMask = allocationMask(ds, filters, bands);
    const tMask = trajectoryMask(tr, aMask);
    // Clients per year are counted anyway: no period table for them.
    const presence = computePresence(
      ds,
      frame,
      tr,
      aMask,
      bands,
      kinds.filter((k) => k !== 'year'),
    );
    const flows = computeFlows(ds, frame, tr, tMask, bands, kinds);
    const daily = kinds.some((k) => k !== 'month' && k !== 'quarter' && k !== 'year');
    const tariffs = tariffsFor(ds, params);
    const cost = computeCost(
      ds,
      frame,
      tr,
      aMask,
      aMask ? costLineMask(ds, aMask, filters) : null,
      daily,
      tariffs,
    );
    return { peildatum, gapDays, bands, filters, tr, frame, aMask, tMask, presence, flows, cost };
  }

  /** The peildatum, gap and calendar years the figures for these parameters cover. */
  span(params: MetricsParams = {}): Pick<YearTotals, 'peildatum' | 'gapDays' | 'years'> {
    const peildatum = params.peildatum ?? this.ds.dataEnd;
    return {
      peildatum: isoDate(peildatum),
      gapDays: params.gapDays ?? DEFAULT_GAP_DAYS,
      years: this.frame(peildatum).years,
    };
  }

  /**
   * Clients, inflow, outflow and cost per year, from the same passes as `figures`
   * without the rest (what a comparison of municipalities needs).
   */
  yearTotals(params: MetricsParams = {}): YearTotals {
    const { frame, presence, flows, cost } = this.passes(params, []);
    return {
      ...this.span(params),
      byYear: Object.fromEntries(
        frame.years.map((key, y) => [
          key,
          {
            clients: presence.clientsPerYear[y] as number,
            inflow: flows.inflowPerYear[y] as number,
            outflow: flows.outflowPerYear[y] as number,
            costTotal: costTotal(cost, y),
          },
        ]),
      ),
    };
  }

  /**
   * `yearTotals` for each group of municipality codes (as if filtered to it),
   * then for all groups together, in one pass; null with cost lines, whose
   * selection per municipality needs the filtered passes (`yearTotals`).
   */
  yearTotalsByMunicipality(
    params: MetricsParams,
    groups: readonly (readonly string[])[],
  ): YearTotals[] | null {
    const ds = this.ds;
    if (ds.costs) return null;
    const peildatum = params.peildatum ?? ds.dataEnd;
    const tr = this.trajectories(peildatum, params.gapDays ?? DEFAULT_GAP_DAYS);
    const frame = this.frame(peildatum);
    const mask = allocationMask(
      ds,
      { ...params.filters, municipalities: [] },
      params.ageBands ?? defaultAgeBands,
    );
    const groupOf = new Int32Array(ds.municipalities.length).fill(-1);
    groups.forEach((codes, g) => {
      for (const code of codes) {
        const m = ds.municipalities.indexOf(code);
        if (m >= 0) groupOf[m] = g;
      }
    });
    const counts = yearsByMunicipalityGroup(
      ds,
      frame,
      tr,
      mask,
      groupOf,
      groups.length,
      tariffsFor(ds, params),
    );
    const nY = frame.nYears;
    const span = this.span(params);
    return Array.from({ length: groups.length + 1 }, (_, g) => ({
      ...span,
      byYear: Object.fromEntries(
        frame.years.map((key, y) => [
          key,
          {
            clients: counts.clients[g * nY + y] as number,
            inflow: counts.inflow[g * nY + y] as number,
            outflow: counts.outflow[g * nY + y] as number,
            costTotal: counts.cents ? euro(counts.cents[g * nY + y] as number) : null,
          },
        ]),
      ),
    }));
  }

  figures(params: MetricsParams = {}): MetricsJson {
    const ds = this.ds;
    const kinds = params.periodKinds ?? seriesKinds;
    const { peildatum, gapDays, bands, filters, tr, frame, aMask, tMask, presence, flows, cost } =
      this.passes(params, kinds);
    const transitions = computeTransitions(ds, frame, tr, tMask);
    const years = frame.years;
    const nY = frame.nYears;
    const perYear = <T>(f: (y: number) => T): Record<string, T> =>
      Object.fromEntries(years.map((key, y) => [key, f(y)]));

    const nSelected = flows.selected.length;
    const ended = new Uint8Array(nSelected);
    const startYear = new Int32Array(nSelected);
    const firstProvider = new Int32Array(nSelected);
    for (let k = 0; k < nSelected; k++) {
      const t = flows.selected[k] as number;
      ended[k] = tr.ongoing[t] ? 0 : 1;
      startYear[k] = frame.yearIndex[(tr.start[t] as number) - frame.firstDay] as number;
      firstProvider[k] = (ds.provider[tr.first[t] as number] as number) + 1;
    }
    // Per start year, and (one entry more) all years together.
    const durationByYear = durationsByGroup(flows.duration, ended, startYear, nY, true);
    const all = durationByYear[nY] as DurationStats;
    const byProvider = durationsByGroup(
      flows.duration,
      ended,
      firstProvider,
      ds.providerIds.length + 1,
    );
    const providersActive = new Int32Array(nY);
    for (let p = 0; p < ds.providerIds.length; p++) {
      for (let y = 0; y < nY; y++)
        if ((presence.providerYear[p * nY + y] as number) > 0)
          providersActive[y] = (providersActive[y] as number) + 1;
    }

    const byYear = perYear((y): YearFigures => {
      const d = durationByYear[y] as DurationStats;
      const clients = presence.clientsPerYear[y] as number;
      return {
        clients,
        inflow: flows.inflowPerYear[y] as number,
        outflow: flows.outflowPerYear[y] as number,
        outflowRatePct: percent(flows.outflowPerYear[y] as number, clients),
        activeAtYearEnd: presence.activeAtYearEnd[y] as number,
        reentry: flows.reentryPerYear[y] as number,
        reentryRatePct: percent(
          flows.reentryPerYear[y] as number,
          flows.inflowPerYear[y] as number,
        ),
        providersActive: providersActive[y] as number,
        costTotal: costTotal(cost, y),
        costPerClientMonth: costPerClientMonth(
          cost,
          cost.perYear[y] as number,
          cost.clientMonthsPerYear[y] as number,
        ),
        meanAgeAtStart: flows.ageCount[y]
          ? round((flows.ageSum[y] as number) / (flows.ageCount[y] as number), 1)
          : null,
        medianDaysKM: d.figures.medianDaysKM,
        meanDaysEnded: d.figures.meanDaysEnded,
      };
    });

    const groupsOut: MetricsJson['providerGroups'] = {};
    const growth: MetricsJson['providerGroupGrowthPct'] = {};
    providerGroups.forEach((group, g) => {
      const counts = perYear((y) => presence.groupYear[g * nY + y] as number);
      if (Object.values(counts).some((n) => n > 0)) {
        groupsOut[group] = counts;
        growth[group] = growthPct(
          counts[years[0] as string] ?? 0,
          counts[years[nY - 1] as string] ?? 0,
        );
      }
    });

    const productsOut: MetricsJson['products'] = {};
    ibProducts.forEach((product, p) => {
      const clients = perYear((y) => presence.productYear[p * nY + y] as number);
      if (!Object.values(clients).some((n) => n > 0)) return;
      productsOut[product] =
        cost.source === 'none'
          ? { clients }
          : { clients, cost: perYear((y) => euro(cost.perProductYear[p * nY + y] as number)) };
    });

    return {
      meta: {
        peildatum: isoDate(peildatum),
        gapDays,
        costSource: cost.source,
        counts: {
          allocations: ds.allAllocations,
          clients: this.distinctClients(),
          providers: ds.providerIds.length,
          costLines: ds.costs?.n ?? 0,
          trajectories: tr.count,
          rejectedRows: params.rejectedRows ?? 0,
        },
        filters,
        ageBands: [...bands.labels],
      },
      years,
      byYear,
      providerGroups: groupsOut,
      products: productsOut,
      duration: {
        ...all.figures,
        byStartYear: perYear((y) => (durationByYear[y] as DurationStats).figures),
        curve: { days: all.curve.times, survival: all.curve.survival.map((s) => round(s, 4)) },
        classes: durationClasses(flows.duration, ended),
      },
      transitions: transitions.all,
      transitionsByYear: perYear((y) => transitions.byYear[y] as Record<string, number>),
      stepDownSharePct: percent(transitions.stepDowns, transitions.changes),
      byPeriod: periodFigures(frame, kinds, presence, flows, cost),
      providerGroupGrowthPct: growth,
      growthConcentration: concentration(
        ds,
        frame,
        presence,
        params.growthThreshold ?? DEFAULT_GROWTH_THRESHOLD,
      ),
      providers: providerFigures(ds, frame, presence, flows, cost, transitions, byProvider),
      costByGroup: costByGroup(ds, frame, cost),
      costPerTrajectory: costPerTrajectory(frame, tr, flows, cost),
      age: ageFigures(frame, bands, presence, flows),
      gender: perYear((y) => {
        const [m, v, x, unknown] = [0, 1, 2, 3].map(
          (g) => presence.genderYear[g * nY + y] as number,
        ) as [number, number, number, number];
        const known = m + v + x;
        return {
          m,
          v,
          x,
          unknown,
          mPct: percent(m, known),
          vPct: percent(v, known),
          xPct: percent(x, known),
        };
      }),
      waiting: waitingFigures(ds, frame, aMask),
      stacking: stackingFigures(ds, frame, tr, aMask, presence),
    };
  }
}

/** Every figure for a dataset (a one-off engine). */
export function computeMetrics(ds: Dataset, params: MetricsParams = {}): MetricsJson {
  return new MetricsEngine(ds).figures(params);
}

/** The user's tariffs (merged with the imported ones) stand in when there are no cost lines. */
function tariffsFor(ds: Dataset, params: MetricsParams): Map<string, number> | null {
  if (!params.tariffs || ds.costs) return ds.tariffs;
  return params.tariffs.length > 0 ? tariffMap(params.tariffs) : null;
}

/** Cost (euro) of year y, or null without a cost source. */
function costTotal(cost: CostResult, y: number): number | null {
  return cost.source === 'none' ? null : euro(cost.perYear[y] as number);
}

function costPerClientMonth(cost: CostResult, cents: number, clientMonths: number): number | null {
  return cost.source === 'none' || clientMonths === 0 ? null : round(cents / clientMonths / 100, 2);
}

const growthPct = (from: number, to: number): number | null =>
  from === 0 ? null : round((100 * (to - from)) / from, 1);

function distinctClients(ds: Dataset): number {
  const seen = new Uint8Array(ds.clientIds.length);
  let n = 0;
  for (let i = 0; i < ds.n; i++) {
    const c = ds.client[i] as number;
    if (!seen[c]) {
      seen[c] = 1;
      n++;
    }
  }
  return n;
}

/** Cost lines selected by the same filter: provider, group and product by the line, the rest by the client. */
function costLineMask(ds: Dataset, allocations: Uint8Array, filters: Filters): Uint8Array | null {
  const c = ds.costs;
  if (!c) return null;
  // A client's lines count when the client has a selected allocation with the line's provider (or any, without one).
  const selectedClientProvider = new Set<number>();
  const selectedClient = new Uint8Array(ds.clientIds.length);
  const nP = ds.providerIds.length + 1;
  for (let i = 0; i < ds.n; i++) {
    if (!allocations[i]) continue;
    selectedClient[ds.client[i] as number] = 1;
    selectedClientProvider.add((ds.client[i] as number) * nP + (ds.provider[i] as number) + 1);
  }
  const products = filters.products?.length
    ? new Set(filters.products.map((p) => ibProducts.indexOf(p)))
    : null;
  const mask = new Uint8Array(c.n);
  for (let i = 0; i < c.n; i++) {
    const client = c.client[i] as number;
    const p = c.provider[i] as number;
    if (!selectedClient[client]) continue;
    if (p !== NONE && !selectedClientProvider.has(client * nP + p + 1)) continue;
    if (products && (c.product[i] as number) !== NONE && !products.has(c.product[i] as number))
      continue;
    mask[i] = 1;
  }
  return mask;
}

function periodFigures(
  frame: Frame,
  kinds: readonly PeriodKind[],
  presence: Presence,
  flows: Flows,
  cost: CostResult,
): MetricsJson['byPeriod'] {
  const out: MetricsJson['byPeriod'] = {};
  for (const kind of kinds) {
    const table = periodTable(frame, kind);
    const clients =
      kind === 'year' ? presence.clientsPerYear : (presence.perPeriod.get(kind) as Int32Array);
    const flow = flows.perPeriod.get(kind) as PeriodFlows;
    const nQ = table.keys.length;
    // Categories that occur in any period of this kind, with their counts per period.
    const split = (counts: Int32Array, names: readonly string[]) => {
      const present = names.filter((_, c) =>
        counts.subarray(c * nQ, (c + 1) * nQ).some((v) => v > 0),
      );
      return (q: number) =>
        Object.fromEntries(
          present.map((name) => [name, counts[names.indexOf(name) * nQ + q] as number]),
        );
    };
    const inflowByProduct = split(flow.inflowByProduct, ibProducts);
    const outflowByProduct = split(flow.outflowByProduct, ibProducts);
    const inflowByGroup = split(flow.inflowByGroup, providerGroups);
    const outflowByGroup = split(flow.outflowByGroup, providerGroups);
    const costs = new Float64Array(table.keys.length);
    if (kind === 'month' || kind === 'quarter' || kind === 'year') {
      const perMonthOf = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
      table.periods.forEach((p, q) => {
        const firstMonth =
          (p.year - frame.firstYear) * 12 + (kind === 'year' ? 0 : (p.index - 1) * perMonthOf);
        for (let m = firstMonth; m < firstMonth + perMonthOf; m++)
          costs[q] = (costs[q] as number) + (cost.perMonth[m] ?? 0);
      });
    } else {
      for (let d = 0; d < frame.yearIndex.length; d++) {
        const q = table.index[d] as number;
        costs[q] = (costs[q] as number) + (cost.perDay[d] as number);
      }
    }
    out[kind] = Object.fromEntries(
      table.keys.map((key, q) => [
        key,
        {
          inflow: flow.inflow[q] as number,
          outflow: flow.outflow[q] as number,
          clients: clients[q] as number,
          cost: cost.source === 'none' ? null : euro(costs[q] as number),
          inflowByProduct: inflowByProduct(q),
          outflowByProduct: outflowByProduct(q),
          inflowByGroup: inflowByGroup(q),
          outflowByGroup: outflowByGroup(q),
        },
      ]),
    );
  }
  return out;
}

function costByGroup(ds: Dataset, frame: Frame, cost: CostResult): MetricsJson['costByGroup'] {
  if (cost.source === 'none') return {};
  const nY = frame.nYears;
  const cents = new Float64Array((providerGroups.length + 1) * nY);
  const without = providerGroups.length;
  for (let y = 0; y < nY; y++) cents[without * nY + y] = cost.perYear[y] as number;
  for (let p = 0; p < ds.providerIds.length; p++) {
    const g = ds.providerGroup[p] as number;
    for (let y = 0; y < nY; y++) {
      const c = cost.perProviderYear[p * nY + y] as number;
      cents[g * nY + y] = (cents[g * nY + y] as number) + c;
      cents[without * nY + y] = (cents[without * nY + y] as number) - c;
    }
  }
  const out: MetricsJson['costByGroup'] = {};
  [...providerGroups, 'zonder_aanbieder'].forEach((group, g) => {
    const perYear = frame.years.map((_, y) => euro(cents[g * nY + y] as number));
    if (perYear.some((v) => v !== 0))
      out[group] = Object.fromEntries(frame.years.map((key, y) => [key, perYear[y] as number]));
  });
  return out;
}

function concentration(
  ds: Dataset,
  frame: Frame,
  presence: Presence,
  threshold: number,
): MetricsJson['growthConcentration'] {
  const nY = frame.nYears;
  const last = nY - 1;
  const providers: MetricsJson['growthConcentration']['providers'] = [];
  let concentrated = 0;
  for (let p = 0; p < ds.providerIds.length; p++) {
    const from = presence.providerYear[p * nY] as number;
    const to = presence.providerYear[p * nY + last] as number;
    if (to - from >= threshold) {
      providers.push({
        provider: ds.providerIds[p] as string,
        name: ds.providerNames[p] ?? null,
        from,
        to,
        growth: to - from,
      });
      concentrated += to - from;
    }
  }
  // Ties by code, so the order does not depend on the order the data came in.
  providers.sort((a, b) => b.growth - a.growth || (a.provider < b.provider ? -1 : 1));
  const totalGrowth =
    (presence.clientsPerYear[last] as number) - (presence.clientsPerYear[0] as number);
  return {
    from: frame.years[0] as string,
    to: frame.years[last] as string,
    threshold,
    providers,
    totalGrowth,
    sharePct: totalGrowth > 0 ? round((100 * concentrated) / totalGrowth, 1) : null,
  };
}

function providerFigures(
  ds: Dataset,
  frame: Frame,
  presence: Presence,
  flows: Flows,
  cost: CostResult,
  transitions: ReturnType<typeof computeTransitions>,
  byProvider: DurationStats[],
): Record<string, ProviderFigures> {
  const nY = frame.nYears;
  const out: Record<string, ProviderFigures> = {};
  ds.providerIds.forEach((id, p) => {
    const years = frame.years;
    const at = (a: Int32Array, y: number) => a[p * nY + y] as number;
    out[id] = {
      name: ds.providerNames[p] ?? null,
      group: providerGroups[ds.providerGroup[p] as number] as string,
      clients: Object.fromEntries(years.map((key, y) => [key, at(presence.providerYear, y)])),
      inflow: Object.fromEntries(years.map((key, y) => [key, at(flows.providerInflowYear, y)])),
      outflowRatePct: Object.fromEntries(
        years.map((key, y) => [
          key,
          percent(at(flows.providerOutflowYear, y), at(presence.providerYear, y)),
        ]),
      ),
      medianDaysKM: byProvider[p + 1]?.figures.medianDaysKM ?? null,
      costPerClientMonth: Object.fromEntries(
        years.map((key, y) => [
          key,
          costPerClientMonth(
            cost,
            cost.perProviderYear[p * nY + y] as number,
            cost.providerClientMonthsPerYear[p * nY + y] as number,
          ),
        ]),
      ),
      stepDownToIb0Pct: percent(
        transitions.providerToIb0[p] as number,
        transitions.providerChanges[p] as number,
      ),
    };
  });
  return out;
}

function costPerTrajectory(
  frame: Frame,
  tr: Trajectories,
  flows: Flows,
  cost: CostResult,
): MetricsJson['costPerTrajectory'] {
  // Ended, selected trajectories' cost per start year; the median by selection, not sorting.
  const nY = frame.nYears;
  const counts = new Int32Array(nY);
  if (cost.source !== 'none') {
    for (const t of flows.selected) {
      if (!tr.ongoing[t])
        inc(counts, frame.yearIndex[(tr.start[t] as number) - frame.firstDay] as number);
    }
  }
  const offsets = new Int32Array(nY + 1);
  for (let y = 0; y < nY; y++) offsets[y + 1] = (offsets[y] as number) + (counts[y] as number);
  const values = new Float64Array(offsets[nY] as number);
  const fill = Int32Array.from(offsets.subarray(0, nY));
  if (cost.source !== 'none') {
    for (const t of flows.selected) {
      if (tr.ongoing[t]) continue;
      const y = frame.yearIndex[(tr.start[t] as number) - frame.firstDay] as number;
      const cents = cost.perTrajectory[t] as number;
      values[fill[y] as number] = Number.isNaN(cents) ? 0 : cents;
      inc(fill, y);
    }
  }
  const out: MetricsJson['costPerTrajectory'] = {};
  frame.years.forEach((key, y) => {
    const run = values.subarray(offsets[y] as number, offsets[y + 1] as number);
    const m = run.length;
    let sum = 0;
    for (const v of run) sum += v;
    const median =
      m === 0
        ? null
        : m % 2
          ? select(run, (m - 1) / 2)
          : (select(run, m / 2 - 1) + select(run, m / 2)) / 2;
    out[key] = {
      n: m,
      mean: m ? euro(sum / m) : null,
      median: median === null ? null : euro(median),
    };
  });
  return out;
}

function ageFigures(
  frame: Frame,
  bands: AgeBands,
  presence: Presence,
  flows: Flows,
): MetricsJson['age'] {
  const labels = [...bands.labels, 'onbekend'];
  const nY = frame.nYears;
  const table = (a: Int32Array) =>
    Object.fromEntries(
      labels.map((label, b) => [
        label,
        Object.fromEntries(frame.years.map((key, y) => [key, a[b * nY + y] as number])),
      ]),
    );
  return {
    bands: labels,
    inflowByBand: table(flows.inflowBandYear),
    clientsByBand: table(presence.bandYear),
  };
}

function waitingFigures(
  ds: Dataset,
  frame: Frame,
  mask: Uint8Array | null,
): MetricsJson['waiting'] {
  const w = computeWaiting(ds, frame, mask);
  if (!w) return null;
  const perYear = (list: (ReturnType<typeof computeWaiting> & object)['byYear']) =>
    Object.fromEntries(frame.years.map((key, y) => [key, list[y] ?? null]));
  return {
    byYear: perYear(w.byYear),
    byGroup: Object.fromEntries(providerGroups.map((g, i) => [g, perYear(w.byGroupYear[i] ?? [])])),
  };
}

function stackingFigures(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  mask: Uint8Array | null,
  presence: Presence,
): MetricsJson['stacking'] {
  const s = computeStacking(ds, frame, tr, mask);
  if (!s) return null;
  const nY = frame.nYears;
  return {
    byYear: Object.fromEntries(
      frame.years.map((key, y) => [
        key,
        {
          clients: s.clientsPerYear[y] as number,
          sharePct: percent(s.clientsPerYear[y] as number, presence.clientsPerYear[y] as number),
          byProduct: Object.fromEntries(
            s.products.map((code, p) => [code, s.productYear[p * nY + y] as number]),
          ),
        },
      ]),
    ),
  };
}
