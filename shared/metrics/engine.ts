import { isoDate } from '../periods/days';
import type { PeriodKind } from '../periods/periods';
import { type AgeBands, defaultAgeBands } from './ageBands';
import { partsByMunicipality, yearsByMunicipalityGroup } from './byMunicipality';
import { type CostResult, computeCost } from './cost';
import { costLineMask } from './costLineMask';
import type { CostHelper, CostMade } from './costThread';
import type { Dataset } from './dataset';
import { type DrillQuery, type DrillResult, drillDown } from './drill';
import {
  allocationMask,
  type Filters,
  type Selection,
  selectionOf,
  trajectoryMask,
} from './filters';
import { computeFlows, type Flows } from './flows';
import { buildFrame, type Frame } from './frame';
import type { ComparableFigures, MetricsJson, PeriodFigures, YearTotals } from './metricsJson';
import {
  DEFAULT_GAP_DAYS,
  DEFAULT_GROWTH_THRESHOLD,
  type MetricsParams,
  seriesKinds,
  tariffsFor,
} from './params';
import { computePresence, type Presence } from './presence';
import { euro, percent } from './round';
import { runningProfile } from './runningProfile';
import { fresh, type Lender, Scratch } from './scratch';
import { ageFigures, genderFigures } from './shape/clients';
import { costByGroup, costFirstYear, costPerTrajectory, costTotal } from './shape/cost';
import { durationFigures, durationGroups } from './shape/duration';
import { groupFigures, productFigures } from './shape/groups';
import { periodFigures } from './shape/periods';
import { concentration, providerFigures } from './shape/providers';
import { endingsByGroup, labelsOf, reasonFigures, withEndings, withReasons } from './shape/reasons';
import { stackingFigures } from './shape/stacking';
import { timeToCareFigures, waitingFigures } from './shape/waiting';
import { yearFigures } from './shape/years';
import { startAges } from './startAges';
import { tariffCost } from './tariffCost';
import { buildTrajectories, type Trajectories } from './trajectories';
import { computeTransitions } from './transitions';

/**
 * Told the name of each pass of `figures` as it ends, in order (`masks`, `selection`,
 * `presence`, …): the bench times a filter change pass by pass with it (`--only passes`).
 */
export type PassClock = (pass: string) => void;

/**
 * Computes every figure for a dataset. Trajectories are built once per
 * (peildatum, gap days) and reused across filter changes.
 */
export class MetricsEngine {
  private cache: Trajectories | null = null;
  private frameCache: Frame | null = null;
  private clientCount: number | null = null;
  /** The last unfiltered cost pass with cost per day: `figures` makes it, the steering figures read it. */
  private costCache: { key: string; cost: CostResult } | null = null;
  /** The arrays a call's passes use and drop (masks, durations, cost per trajectory), lent again next call. */
  private readonly scratch = new Scratch();
  /**
   * Whether a call holds the lent memory while it waits for its cost (`figuresAlongside`):
   * a call that comes in meanwhile gets memory of its own, so neither overwrites the other's.
   */
  private lentOut = false;

  constructor(
    readonly ds: Dataset,
    private readonly clock: PassClock | null = null,
  ) {}

  trajectories(peildatum: number, gapDays: number): Trajectories {
    if (!this.cache || this.cache.peildatum !== peildatum || this.cache.gapDays !== gapDays) {
      this.cache = buildTrajectories(this.ds, peildatum, gapDays);
    }
    return this.cache;
  }

  /**
   * Makes ahead of the first call what every figures call under these parameters starts from
   * and keeps: the trajectories, the calendar frame, each trajectory's referrer and ending
   * reason and its client's age at its start, the distinct clients. The app does it while the
   * user reads.
   */
  prepare(params: MetricsParams = {}): void {
    const peildatum = params.peildatum ?? this.ds.dataEnd;
    const tr = this.trajectories(peildatum, params.gapDays ?? DEFAULT_GAP_DAYS);
    labelsOf(this.ds, tr);
    startAges(this.ds, this.frame(peildatum), tr);
    this.distinctClients();
  }

  /**
   * Hands `helper` what it reads of the data under these parameters (`figuresAlongside`), so
   * the first filter change does not wait for the copy.
   */
  holdAlongside(params: MetricsParams, helper: CostHelper): void {
    // Only where `costElsewhere` would ask: tariffs, no cost lines.
    if (this.ds.costs || !tariffsFor(this.ds, params)) return;
    const peildatum = params.peildatum ?? this.ds.dataEnd;
    helper.hold(this.ds, this.trajectories(peildatum, params.gapDays ?? DEFAULT_GAP_DAYS));
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
    const filters = query.provider ? { providers: [query.provider] } : (params.filters ?? {});
    const aMask = allocationMask(this.ds, filters, params.ageBands ?? defaultAgeBands);
    return drillDown(this.ds, frame, tr, aMask, trajectoryMask(tr, aMask), query, limit);
  }

  /**
   * What every pass of a call starts from: its parameters, the trajectories and frame, the
   * masks of a filter and the selection behind them.
   */
  private begin(params: MetricsParams, kinds: readonly PeriodKind[]): Run {
    const ds = this.ds;
    const lend = this.lender();
    const peildatum = params.peildatum ?? ds.dataEnd;
    const gapDays = params.gapDays ?? DEFAULT_GAP_DAYS;
    const bands = params.ageBands ?? defaultAgeBands;
    const filters = params.filters ?? {};
    const tr = this.trajectories(peildatum, gapDays);
    const frame = this.frame(peildatum);
    const aMask = allocationMask(ds, filters, bands, lend);
    const tMask = trajectoryMask(tr, aMask, lend);
    this.clock?.('masks');
    // Under a filter the first passes go over the selected allocations and trajectories only.
    const chosen = aMask && tMask ? selectionOf(tr, aMask, tMask, lend) : null;
    this.clock?.('selection');
    const tariffs = tariffsFor(ds, params);
    const costKeyOf = costKey(peildatum, gapDays, params);
    const keptCost = !aMask && this.costCache?.key === costKeyOf ? this.costCache.cost : null;
    return {
      params,
      kinds,
      lend,
      peildatum,
      gapDays,
      bands,
      filters,
      tr,
      frame,
      aMask,
      chosen,
      tariffs,
      costKey: costKeyOf,
      keptCost,
    };
  }

  /** Presence and flows for the period kinds of the call (years always). */
  private counts(run: Run): { presence: Presence; flows: Flows } {
    const { frame, tr, bands, kinds, chosen } = run;
    // Clients per year are counted anyway: no period table for them.
    const presence = computePresence(
      this.ds,
      frame,
      tr,
      bands,
      kinds.filter((k) => k !== 'year'),
      chosen?.allocations ?? null,
    );
    this.clock?.('presence');
    const flows = computeFlows(
      this.ds,
      frame,
      tr,
      bands,
      kinds,
      chosen?.trajectories ?? null,
      run.lend,
    );
    this.clock?.('flows');
    return { presence, flows };
  }

  /** The call's cost, made here (or the unfiltered one kept from an earlier call). */
  private cost(run: Run, withTrajectories = true): CostResult {
    const ds = this.ds;
    const { frame, tr, aMask, filters, kinds, chosen } = run;
    const daily = kinds.some((k) => k !== 'month' && k !== 'quarter' && k !== 'year');
    const cost =
      run.keptCost ??
      computeCost(
        ds,
        frame,
        tr,
        aMask,
        aMask ? costLineMask(ds, aMask, filters) : null,
        daily,
        run.tariffs,
        true,
        withTrajectories,
        // An unfiltered cost is kept for the next call: not in lent memory.
        aMask ? run.lend : fresh,
        chosen?.allocations ?? null,
      );
    // Per day with tariffs always; with cost lines when asked for; per trajectory always.
    if (withTrajectories && (daily || !ds.costs)) this.keep(run, cost);
    this.clock?.('cost');
    return cost;
  }

  /**
   * A filtered call's tariff cost with its figures per trajectory, asked of `helper` (another
   * thread) to make while this one makes the rest; null where it is made here: unfiltered
   * (kept for the next call), from cost lines, or without a cost source.
   */
  private costElsewhere(run: Run, helper: CostHelper): Promise<CostMade> | null {
    if (!run.chosen || this.ds.costs || !run.tariffs) return null;
    return helper.filteredCost({
      ds: this.ds,
      tr: run.tr,
      tariffs: run.tariffs,
      allocations: run.chosen.allocations,
      trajectories: run.chosen.trajectories,
    });
  }

  /** Keeps an unfiltered cost for the next call (`figures`, the steering figures). */
  private keep(run: Run, cost: CostResult): void {
    if (!run.aMask) this.costCache = { key: run.costKey, cost };
  }

  /** The passes the figures of one topic start from: selection, presence, flows and cost. */
  private passes(params: MetricsParams, kinds: readonly PeriodKind[], withTrajectories = true) {
    const run = this.begin(params, kinds);
    const { presence, flows } = this.counts(run);
    return { ...run, presence, flows, cost: this.cost(run, withTrajectories) };
  }

  /**
   * The cost pass alone, per day too, with the trajectories and frame it used:
   * what the steering figures (shared/steer/) read. The same cost as `figures`;
   * with tariffs without client-months (its `clientMonthsPerYear` are zeros).
   */
  costPass(params: MetricsParams = {}): { frame: Frame; tr: Trajectories; cost: CostResult } {
    const ds = this.ds;
    const peildatum = params.peildatum ?? ds.dataEnd;
    const filters = params.filters ?? {};
    const tr = this.trajectories(peildatum, params.gapDays ?? DEFAULT_GAP_DAYS);
    const frame = this.frame(peildatum);
    const aMask = allocationMask(ds, filters, params.ageBands ?? defaultAgeBands);
    const key = costKey(peildatum, tr.gapDays, params);
    if (!aMask && this.costCache?.key === key) return { frame, tr, cost: this.costCache.cost };
    const lines = aMask ? costLineMask(ds, aMask, filters) : null;
    const cost = computeCost(ds, frame, tr, aMask, lines, true, tariffsFor(ds, params), false);
    return { frame, tr, cost };
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
    const groupOf = municipalityGroups(ds, groups);
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

  /**
   * Inflow, outflow, clients and cost per period of one kind, from the same
   * passes as `figures` without the rest (what a target on those figures needs).
   */
  periodTotals(params: MetricsParams, kind: PeriodKind): Record<string, PeriodFigures> {
    const { frame, presence, flows, cost } = this.passes(params, [kind]);
    return periodFigures(frame, [kind], presence, flows, cost)[kind] ?? {};
  }

  /**
   * The figures a comparison of municipalities sets side by side (`ComparableFigures`),
   * from the passes for years only: the same values as `figures`, without the per-period,
   * per-provider, transition, waiting and stacking figures it does not compare.
   */
  comparableFigures(params: MetricsParams = {}): ComparableFigures {
    const { bands, frame, presence, flows, cost, lend } = this.passes(params, [], false);
    return this.comparable(frame, bands, presence, flows, cost, lend);
  }

  /**
   * `comparableFigures` for each group of municipality codes (as if filtered to it), from
   * one split of the selection: each group's passes go over its own allocations and
   * trajectories only, not over all of them through a mask. Null with cost lines, whose
   * selection per municipality needs the filtered passes.
   */
  comparableFiguresByMunicipality(
    params: MetricsParams,
    groups: readonly (readonly string[])[],
  ): ComparableFigures[] | null {
    const ds = this.ds;
    if (ds.costs) return null;
    const peildatum = params.peildatum ?? ds.dataEnd;
    const bands = params.ageBands ?? defaultAgeBands;
    const tr = this.trajectories(peildatum, params.gapDays ?? DEFAULT_GAP_DAYS);
    const frame = this.frame(peildatum);
    const mask = allocationMask(ds, { ...params.filters, municipalities: [] }, bands);
    const groupOf = municipalityGroups(ds, groups);
    const parts = partsByMunicipality(ds, tr, mask, groupOf, groups.length);
    const tariffs = tariffsFor(ds, params);
    const lend = this.lender();
    return groups.map((_, g) => {
      const allocations = parts.allocations.subarray(
        parts.allocationOffsets[g] as number,
        parts.allocationOffsets[g + 1] as number,
      );
      const trajectories = parts.trajectories.subarray(
        parts.trajectoryOffsets[g] as number,
        parts.trajectoryOffsets[g + 1] as number,
      );
      const presence = computePresence(ds, frame, tr, bands, [], allocations);
      const flows = computeFlows(ds, frame, tr, bands, [], trajectories, lend);
      const cost = tariffs
        ? tariffCost(ds, tariffs, frame, tr, null, true, false, allocations)
        : computeCost(ds, frame, tr, null, null, false, null, true, false);
      return this.comparable(frame, bands, presence, flows, cost, lend);
    });
  }

  /** The comparable figures from the passes. */
  private comparable(
    frame: Frame,
    bands: AgeBands,
    presence: Presence,
    flows: Flows,
    cost: CostResult,
    lend: Lender,
  ): ComparableFigures {
    const ds = this.ds;
    const durations = durationGroups(ds, frame, flows, false, lend);
    return {
      byYear: yearFigures(frame, ds.providerIds.length, presence, flows, cost, durations.byYear),
      providerGroups: groupFigures(frame, presence).providerGroups,
      products: productFigures(frame, presence, cost),
      duration: durationFigures(frame, flows, durations),
      age: ageFigures(frame, bands, presence, flows),
      gender: genderFigures(frame, presence),
    };
  }

  /** Every figure of metrics.md (`MetricsJson`): the passes, then the JSON shaped per topic. */
  figures(params: MetricsParams = {}): MetricsJson {
    const run = this.begin(params, params.periodKinds ?? seriesKinds);
    const rest = this.rest(run);
    return this.shaped(run, rest, this.cost(run));
  }

  /**
   * `figures`, with the tariff cost made by `helper` on another thread while this one makes
   * the rest (issue 22: a machine has two cores). The same figures: where the helper cannot
   * make the cost, or fails, it is made here.
   */
  async figuresAlongside(params: MetricsParams, helper: CostHelper): Promise<MetricsJson> {
    const run = this.begin(params, params.periodKinds ?? seriesKinds);
    const holds = run.lend === this.scratch;
    if (holds) this.lentOut = true;
    try {
      const elsewhere = this.costElsewhere(run, helper);
      const rest = this.rest(run);
      const made = elsewhere === null ? null : await elsewhere.catch(() => null);
      if (!made) return this.shaped(run, rest, this.cost(run));
      this.clock?.('cost'); // what was left to wait for
      return this.shaped(run, rest, made.cost, made);
    } finally {
      if (holds) this.lentOut = false;
    }
  }

  /** The engine's lent memory, or new memory while a waiting call holds it. */
  private lender(): Lender {
    return this.lentOut ? new Scratch() : this.scratch;
  }

  /** Every pass of `figures` that does not read the cost. */
  private rest(run: Run) {
    const ds = this.ds;
    const { params, kinds, peildatum, tr, frame, aMask, chosen } = run;
    const clock = this.clock;
    const { presence, flows } = this.counts(run);
    const transitions = computeTransitions(ds, frame, tr, chosen?.trajectories ?? null);
    clock?.('transitions');
    const durations = durationGroups(ds, frame, flows, true, run.lend);
    clock?.('durations');
    const groups = groupFigures(frame, presence);
    const reasons = reasonFigures(ds, frame, tr, flows, kinds);
    clock?.('reasons');
    const running = runningProfile(
      ds,
      frame,
      tr,
      flows.selected,
      Math.max(frame.firstDay, Math.min(params.runningOn ?? peildatum, peildatum)),
    );
    clock?.('runningProfile');
    const waiting = waitingFigures(ds, frame, chosen?.allocations ?? null);
    const timeToCare = timeToCareFigures(ds, frame, chosen?.allocations ?? null);
    clock?.('waiting');
    const stacking = stackingFigures(ds, frame, tr, aMask, presence);
    clock?.('stacking');
    return {
      presence,
      flows,
      transitions,
      durations,
      groups,
      reasons,
      running,
      waiting,
      timeToCare,
      stacking,
    };
  }

  /** The figures as JSON, from the passes and the cost. */
  private shaped(
    run: Run,
    rest: ReturnType<MetricsEngine['rest']>,
    cost: CostResult,
    /** The figures per trajectory made with the cost elsewhere; else made here. */
    made: CostMade | null = null,
  ): MetricsJson {
    const ds = this.ds;
    const { params, kinds, peildatum, gapDays, bands, filters, tr, frame } = run;
    const { presence, flows, transitions, durations, groups, reasons } = rest;
    const { running, waiting, timeToCare, stacking } = rest;
    const perTrajectory = made?.perTrajectory ?? costPerTrajectory(frame, flows, cost, run.lend);
    const firstYear = made?.firstYear ?? costFirstYear(ds, frame, tr, flows, cost, run.lend);
    this.clock?.('costPerTrajectory');
    const figures: MetricsJson = {
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
      years: frame.years,
      byYear: yearFigures(frame, ds.providerIds.length, presence, flows, cost, durations.byYear),
      providerGroups: groups.providerGroups,
      products: productFigures(frame, presence, cost),
      duration: durationFigures(frame, flows, durations),
      transitions: transitions.all,
      transitionsByYear: Object.fromEntries(
        frame.years.map((key, y) => [key, transitions.byYear[y] as Record<string, number>]),
      ),
      stepDownSharePct: percent(transitions.stepDowns, transitions.changes),
      byPeriod: withReasons(periodFigures(frame, kinds, presence, flows, cost), reasons.byPeriod),
      providerGroupGrowthPct: groups.providerGroupGrowthPct,
      growthConcentration: concentration(
        ds,
        frame,
        presence,
        params.growthThreshold ?? DEFAULT_GROWTH_THRESHOLD,
      ),
      providers: withEndings(
        providerFigures(ds, frame, presence, flows, cost, transitions, durations.byProvider),
        ds,
        frame,
        reasons.endings,
      ),
      outflowByReason: reasons.outflowByReason,
      endingsByGroup: endingsByGroup(frame, reasons.endings),
      inflowByReferrer: reasons.inflowByReferrer,
      costByGroup: costByGroup(ds, frame, cost),
      costPerTrajectory: perTrajectory,
      costFirstYear: firstYear,
      runningProfile: running,
      age: ageFigures(frame, bands, presence, flows),
      gender: genderFigures(frame, presence),
      waiting,
      timeToCare,
      stacking,
    };
    this.clock?.('shapes');
    return figures;
  }
}

/** Per municipality of the dataset (index into `ds.municipalities`): its group, or −1. */
function municipalityGroups(ds: Dataset, groups: readonly (readonly string[])[]): Int32Array {
  const groupOf = new Int32Array(ds.municipalities.length).fill(-1);
  groups.forEach((codes, g) => {
    for (const code of codes) {
      const m = ds.municipalities.indexOf(code);
      if (m >= 0) groupOf[m] = g;
    }
  });
  return groupOf;
}

/** Every figure for a dataset (a one-off engine). */
export function computeMetrics(ds: Dataset, params: MetricsParams = {}): MetricsJson {
  return new MetricsEngine(ds).figures(params);
}

/** Distinct clients with an allocation in the dataset. */
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

/** What every pass of one call starts from (`MetricsEngine.begin`). */
interface Run {
  params: MetricsParams;
  kinds: readonly PeriodKind[];
  /** Where the call's passes borrow their arrays (`MetricsEngine.lender`). */
  lend: Lender;
  peildatum: number;
  gapDays: number;
  bands: AgeBands;
  filters: Filters;
  tr: Trajectories;
  frame: Frame;
  aMask: Uint8Array | null;
  chosen: Selection | null;
  tariffs: Map<string, number> | null;
  /** What the call's cost depends on besides the dataset (`costKey`). */
  costKey: string;
  /** The unfiltered cost kept from an earlier call under the same key, if any. */
  keptCost: CostResult | null;
}

/** What an unfiltered cost pass depends on besides the dataset. */
const costKey = (peildatum: number, gapDays: number, params: MetricsParams): string =>
  JSON.stringify([peildatum, gapDays, params.tariffs ?? null]);
