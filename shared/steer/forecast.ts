import type { Dataset } from '../metrics/dataset';
import type { MetricsEngine } from '../metrics/engine';
import { NO_PROVIDER } from '../metrics/keys';
import { memberColumns } from '../metrics/memberColumns';
import { DEFAULT_GAP_DAYS, type MetricsParams, tariffsFor } from '../metrics/params';
import { euro, round } from '../metrics/round';
import { IB_PRODUCT_COUNT, ibProducts } from '../model/products';
import { providerGroups } from '../model/providerGroups';
import { civilFromDay, dayFromCivil, daysInMonth, isoDate } from '../periods/days';
import { bookedPerDay } from './booked';
import { type Expected, type ExpectedAt, expectedCosts } from './expected';
import { type KnownOn, knownOn } from './knownOn';
import { dayRates } from './rates';
import { survivalByFirstProduct } from './survival';

/** A forecast's parts for the whole, a product, a provider group or a provider (euro). */
export interface ForecastParts {
  realised: number;
  obligation: number;
  expectedContinuing: number;
  expectedNew: number;
  forecast: number;
  low: number | null;
  high: number | null;
  runRate: number;
  lastYearGrowth?: number | null;
  budget?: number | null;
}

export interface ProviderForecast extends ForecastParts {
  name: string | null;
  group: string;
  ceiling: number | null;
  /** The day the ceiling is expected to be crossed (ISO), or null. */
  exceedsOn: string | null;
}

export interface YearToDate {
  from: string;
  to: string;
  clients: number;
  inflow: number;
  outflow: number;
  cost: number | null;
}

export interface BacktestYear {
  peildatum: string;
  forecast: number;
  actual: number;
  errorPct: number | null;
  runRateErrorPct: number | null;
  lastYearGrowthErrorPct: number | null;
}

/** `forecast --json` (cli.md). */
export interface ForecastJson {
  peildatum: string;
  year: string;
  costSource: 'lines' | 'tariffs' | 'none';
  /** "afgeleid tarief" per product (euro per client-day) when cost lines stand in for tariffs. */
  derivedTariffPerDay: Record<string, number> | null;
  total: ForecastParts & {
    lastYearGrowth: number | null;
    budget: number | null;
    /** The factor on the expected parts learnt from the backtest (1 without earlier years). */
    calibration: number;
  };
  byProduct: Record<string, ForecastParts>;
  byProviderGroup: Record<string, ForecastParts>;
  byProvider: Record<string, ProviderForecast>;
  yearToDate: { current: YearToDate; previous: YearToDate };
  /** Realised per month of the year up to the peildatum (its own month in part), euro. */
  realisedByMonth: Record<string, number>;
  backtest: BacktestYear[];
}

export interface SteeringInput {
  /** Budget per year (euro), e.g. `{ '2019': 15_000_000 }`. */
  budgets?: Readonly<Record<string, number>>;
  /** Ceilings per provider code and year (euro). */
  ceilings?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** One forecast at a peildatum, in cents, before it is shaped. */
interface Core {
  year: number;
  peildatum: number;
  costSource: ForecastJson['costSource'];
  derived: Float64Array | null;
  /** Realised by product (one entry more: lines without an IB product), by provider slot, and in all. */
  realisedTotal: number;
  realisedByProduct: Float64Array;
  realisedBySlot: Float64Array;
  expected: Expected;
  /** Realised over 1 Jan Y−1 … P − 1 year, and the whole of Y−1 (as known at P); null without Y−1. */
  previousToDate: number | null;
  previousYear: number | null;
  /** The cost pass at the peildatum the core was made from. */
  pass: ReturnType<MetricsEngine['costPass']>;
}

/** The same day of the year in another year (29 February becomes 28 February). */
export function sameDayIn(day: number, year: number): number {
  const { month, day: d } = civilFromDay(day);
  return dayFromCivil(year, month, Math.min(d, daysInMonth(year, month)));
}

/**
 * The forecast's parts at a peildatum, in cents. `pass` is the cost pass of
 * now: for a backtest at an earlier day the realised part is the cost booked up
 * to that day (for tariffs the same as then); `expected` was worked out from the
 * allocations known then (the trajectories as they stood that day).
 */
function forecastCore(
  engine: MetricsEngine,
  pass: Core['pass'],
  { peildatum, rates }: ExpectedAt,
  expected: Expected,
): Core {
  const ds = engine.ds;
  // Made at an earlier day than the pass's: a backtest.
  const booked = peildatum < pass.frame.peildatum;
  const { frame, cost } = pass;
  const year = civilFromDay(peildatum).year;
  const y = year - frame.firstYear;
  const nY = frame.nYears;
  const bookedUpTo = (from: number, to: number) => {
    let cents = 0;
    for (let d = Math.max(from, frame.firstDay); d <= to; d++)
      cents += cost.perDay[d - frame.firstDay] as number;
    return cents;
  };
  const realisedTotal = booked
    ? bookedUpTo(dayFromCivil(year, 1, 1), peildatum)
    : (cost.perYear[y] as number);
  // Per product and provider for the forecast itself (a backtest needs only the total).
  const realisedByProduct = new Float64Array(IB_PRODUCT_COUNT + 1);
  const slots = ds.providerIds.length + 1;
  const realisedBySlot = new Float64Array(slots);
  if (!booked) {
    let products = 0;
    for (let q = 0; q < IB_PRODUCT_COUNT; q++) {
      realisedByProduct[q] = cost.perProductYear[q * nY + y] as number;
      products += realisedByProduct[q] as number;
    }
    realisedByProduct[IB_PRODUCT_COUNT] = realisedTotal - products;
    let providers = 0;
    for (let p = 0; p < ds.providerIds.length; p++) {
      realisedBySlot[p + 1] = cost.perProviderYear[p * nY + y] as number;
      providers += realisedBySlot[p + 1] as number;
    }
    realisedBySlot[0] = realisedTotal - providers;
  }
  const hasPrevious = y > 0;
  return {
    year,
    peildatum,
    costSource: cost.source,
    derived: rates.derivedPerDay,
    realisedTotal,
    realisedByProduct,
    realisedBySlot,
    expected,
    previousToDate: hasPrevious
      ? bookedUpTo(dayFromCivil(year - 1, 1, 1), sameDayIn(peildatum, year - 1))
      : null,
    previousYear: hasPrevious ? (cost.perYear[y - 1] as number) : null,
    pass,
  };
}

/** The expected parts of a set of cells, in cents. */
interface ExpectedSums {
  obligation: number;
  continuing: number;
  fresh: number;
}

const NOTHING_EXPECTED: ExpectedSums = { obligation: 0, continuing: 0, fresh: 0 };

/** The expected parts per key (`keyOf(cell)`, −1: none), each summed in cell order. */
function sumsBy(core: Core, keyOf: (cell: number) => number, size: number): ExpectedSums[] {
  const out = Array.from({ length: size }, () => ({ ...NOTHING_EXPECTED }));
  const { obligation, continuing, fresh } = core.expected;
  for (let c = 0; c < obligation.length; c++) {
    const sums = out[keyOf(c)];
    if (!sums) continue;
    sums.obligation += obligation[c] as number;
    sums.continuing += continuing[c] as number;
    sums.fresh += fresh[c] as number;
  }
  return out;
}

/** What is expected after the peildatum, in cents: expected continuing + expected new. */
const expectedCents = (core: Core): number => {
  const [all] = sumsBy(core, () => 0, 1) as [ExpectedSums];
  return all.continuing + all.fresh;
};

/**
 * How much of what was expected after the peildatum came in earlier years, on
 * average (1 without earlier years): the forecast's expected parts are scaled by it.
 */
const calibration = (remainders: readonly number[]): number =>
  remainders.length === 0 ? 1 : remainders.reduce((a, b) => a + b, 0) / remainders.length;

const runRateOf = (realised: number, core: Core): number => {
  const start = dayFromCivil(core.year, 1, 1);
  const days = dayFromCivil(core.year, 12, 31) - start + 1;
  return (realised * days) / (core.peildatum - start + 1);
};

const lastYearGrowthOf = (core: Core): number | null =>
  core.previousToDate && core.previousYear !== null
    ? (core.previousYear * core.realisedTotal) / core.previousToDate
    : null;

const errorPct = (estimate: number | null, actual: number): number | null =>
  estimate === null || actual === 0 ? null : round((100 * (estimate - actual)) / actual, 1);

/**
 * The year-end forecast of the peildatum's year (metrics.md, "Steering"), per
 * product, provider group and provider, with the two baselines and a backtest
 * at the same day of every earlier year that has a full year before it. Only
 * what was known at the peildatum counts.
 */
export function forecastYear(
  engine: MetricsEngine,
  params: MetricsParams = {},
  input: SteeringInput = {},
): ForecastJson {
  const ds = engine.ds;
  const peildatum = params.peildatum ?? ds.dataEnd;
  const withGap = { ...params, gapDays: params.gapDays ?? DEFAULT_GAP_DAYS };
  const year = civilFromDay(peildatum).year;
  const ceilings = ceilingsOf(engine, input, year);
  const pass = engine.costPass({ ...withGap, filters: {}, peildatum });
  const firstYear = civilFromDay(ds.dataStart).year;
  // The same day of every earlier year with a full year before it, then the peildatum itself.
  const earlierDays: number[] = [];
  for (let earlier = firstYear + 1; earlier < year; earlier++)
    earlierDays.push(sameDayIn(peildatum, earlier));
  // What each day expected: the peildatum's with the daily paths of the providers with a ceiling.
  const days = [...earlierDays, peildatum];
  const known = knownOn(ds, pass.tr, days);
  const tariffs = tariffsFor(ds, withGap);
  const at: ExpectedAt[] = days.map((day, j) => ({
    peildatum: day,
    rates: dayRates(ds, tariffs, civilFromDay(day).year, day),
    survival: survivalByFirstProduct(known[j] as KnownOn),
    dailySlots: day === peildatum ? new Set(ceilings.keys()) : new Set<number>(),
  }));
  const expected = expectedCosts(ds, pass.tr, at);
  const core = forecastCore(engine, pass, at.at(-1) as ExpectedAt, expected.at(-1) as Expected);
  const toDate = yearToDate(engine, core.pass, peildatum);

  // The backtest: the same day in earlier years, against what those years came to (known now).
  // Each year's forecast is calibrated by the years before it, as this year's is.
  const actuals = core.pass.cost.perYear;
  const backtest: BacktestYear[] = [];
  /** Per earlier year: what remained after its peildatum, against what was expected to. */
  const remainders: number[] = [];
  earlierDays.forEach((day, k) => {
    const past = forecastCore(engine, pass, at[k] as ExpectedAt, expected[k] as Expected);
    const actual = actuals[civilFromDay(day).year - firstYear] as number;
    const forecast = past.realisedTotal + calibration(remainders) * expectedCents(past);
    const remaining = expectedCents(past);
    if (remaining > 0) remainders.push((actual - past.realisedTotal) / remaining);
    backtest.push({
      peildatum: isoDate(day),
      forecast: euro(forecast),
      actual: euro(actual),
      errorPct: errorPct(forecast, actual),
      runRateErrorPct: errorPct(runRateOf(past.realisedTotal, past), actual),
      lastYearGrowthErrorPct: errorPct(lastYearGrowthOf(past), actual),
    });
  });
  const scale = calibration(remainders);
  const errors = backtest.map((b) => b.errorPct).filter((e): e is number => e !== null);
  // The band: as far off as the worst backtest, both ways.
  const spread = errors.length > 0 ? Math.max(...errors.map(Math.abs)) / 100 : null;

  const parts = (realised: number, expected: ExpectedSums = NOTHING_EXPECTED): ForecastParts => {
    const continuing = scale * expected.continuing;
    const fresh = scale * expected.fresh;
    const forecast = realised + continuing + fresh;
    return {
      realised: euro(realised),
      obligation: euro(expected.obligation),
      expectedContinuing: euro(continuing),
      expectedNew: euro(fresh),
      forecast: euro(forecast),
      low: spread === null ? null : euro(forecast * (1 - spread)),
      high: spread === null ? null : euro(forecast * (1 + spread)),
      runRate: euro(runRateOf(realised, core)),
    };
  };

  const slots = core.realisedBySlot.length;
  const slotOf = (cell: number) => Math.floor(cell / IB_PRODUCT_COUNT);
  const groupOfSlot = (slot: number) => (slot === 0 ? -1 : (ds.providerGroup[slot - 1] as number));
  const [all] = sumsBy(core, () => 0, 1);
  const perProduct = sumsBy(core, (cell) => cell % IB_PRODUCT_COUNT, IB_PRODUCT_COUNT);
  const perSlot = sumsBy(core, slotOf, slots);
  const perGroup = sumsBy(core, (cell) => groupOfSlot(slotOf(cell)), providerGroups.length);
  const lastYearGrowth = lastYearGrowthOf(core);
  const budget = input.budgets?.[String(year)] ?? null;
  const total = {
    ...parts(core.realisedTotal, all),
    lastYearGrowth: lastYearGrowth === null ? null : euro(lastYearGrowth),
    budget,
    calibration: round(scale, 4),
  };

  const byProduct: Record<string, ForecastParts> = {};
  ibProducts.forEach((product, q) => {
    const p = parts(core.realisedByProduct[q] as number, perProduct[q]);
    if (p.realised !== 0 || p.forecast !== 0) byProduct[product] = p;
  });
  const unassigned = core.realisedByProduct[IB_PRODUCT_COUNT] as number;
  if (euro(unassigned) !== 0) byProduct.onbekend = parts(unassigned);

  const byProviderGroup: Record<string, ForecastParts> = {};
  providerGroups.forEach((group, g) => {
    let realised = 0;
    for (let slot = 1; slot < slots; slot++)
      if (groupOfSlot(slot) === g) realised += core.realisedBySlot[slot] as number;
    const p = parts(realised, perGroup[g]);
    if (p.realised !== 0 || p.forecast !== 0) byProviderGroup[group] = p;
  });
  const withoutProvider = parts(core.realisedBySlot[0] as number, perSlot[0]);
  if (withoutProvider.realised !== 0 || withoutProvider.forecast !== 0)
    byProviderGroup[NO_PROVIDER] = withoutProvider;

  const byProvider: Record<string, ProviderForecast> = {};
  ds.providerIds.forEach((id, p) => {
    const slot = p + 1;
    const part = parts(core.realisedBySlot[slot] as number, perSlot[slot]);
    if (part.realised === 0 && part.forecast === 0) return;
    const ceiling = ceilings.get(slot) ?? null;
    byProvider[id] = {
      ...part,
      name: ds.providerNames[p] ?? null,
      group: providerGroups[ds.providerGroup[p] as number] as string,
      ceiling,
      exceedsOn: ceiling === null ? null : exceedsOn(engine, core, withGap, slot, ceiling, scale),
    };
  });
  if (withoutProvider.realised !== 0 || withoutProvider.forecast !== 0)
    byProvider[NO_PROVIDER] = {
      ...withoutProvider,
      name: null,
      group: NO_PROVIDER,
      ceiling: null,
      exceedsOn: null,
    };

  return {
    peildatum: isoDate(peildatum),
    year: String(year),
    costSource: core.costSource,
    derivedTariffPerDay: core.derived
      ? Object.fromEntries(ibProducts.map((p, q) => [p, euro(core.derived?.[q] ?? 0)]))
      : null,
    total,
    byProduct,
    byProviderGroup,
    byProvider,
    yearToDate: toDate,
    realisedByMonth: realisedByMonth(core),
    backtest,
  };
}

function realisedByMonth(core: Core): Record<string, number> {
  const { frame, cost } = core.pass;
  const first = (core.year - frame.firstYear) * 12;
  const last = first + civilFromDay(core.peildatum).month - 1;
  const out: Record<string, number> = {};
  for (let m = first; m <= last; m++)
    out[`${core.year}-${String(m - first + 1).padStart(2, '0')}`] = euro(
      cost.perMonth[m] as number,
    );
  return out;
}

/** Ceilings of the year by provider slot, in cents. */
function ceilingsOf(
  engine: MetricsEngine,
  input: SteeringInput,
  year: number,
): Map<number, number> {
  const out = new Map<number, number>();
  for (const [code, perYear] of Object.entries(input.ceilings ?? {})) {
    const p = engine.ds.providerIds.indexOf(code);
    const value = perYear[String(year)];
    if (p >= 0 && value !== undefined) out.set(p + 1, value);
  }
  return out;
}

/**
 * The first day on which a provider's cost passes its ceiling (euro): in the
 * booked cost when it has by the peildatum, else in realised plus the expected
 * cost per day (calibrated as the forecast is); null when it does not this year.
 */
function exceedsOn(
  engine: MetricsEngine,
  core: Core,
  params: MetricsParams,
  slot: number,
  ceiling: number,
  scale: number,
): string | null {
  const limit = ceiling * 100;
  const start = dayFromCivil(core.year, 1, 1);
  const realised = core.realisedBySlot[slot] as number;
  let running = 0;
  if (realised > limit) {
    const { frame, tr } = core.pass;
    const booked = bookedPerDay(engine.ds, tr, frame, slot - 1, tariffsFor(engine.ds, params));
    for (let d = 0; d < booked.length; d++) {
      running += booked[d] as number;
      if (running > limit) return isoDate(start + d);
    }
    return isoDate(core.peildatum);
  }
  const days = core.expected.daily.get(slot);
  if (!days) return null;
  running = realised;
  for (let d = core.peildatum - start + 1; d < days.length; d++) {
    running += scale * (days[d] as number);
    if (running > limit) return isoDate(start + d);
  }
  return null;
}

/** Clients, inflow, outflow and cost of 1 January … P, and of the same days a year before. */
function yearToDate(engine: MetricsEngine, pass: Core['pass'], peildatum: number) {
  const year = civilFromDay(peildatum).year;
  const [current, previous] = windows(engine.ds, pass, [
    dayFromCivil(year, 1, 1),
    peildatum,
    dayFromCivil(year - 1, 1, 1),
    sameDayIn(peildatum, year - 1),
  ]) as [YearToDate, YearToDate];
  return { current, previous };
}

/** Clients, inflow, outflow and cost of each window (`[from0, to0, from1, to1, …]`), in one pass. */
function windows(ds: Dataset, pass: Core['pass'], bounds: readonly number[]): YearToDate[] {
  const { frame, tr, cost } = pass;
  const n = bounds.length / 2;
  const inflow = new Int32Array(n);
  const outflow = new Int32Array(n);
  const clients = new Int32Array(n);
  const counted = new Int32Array(n).fill(-1);
  const { start: starts, end: ends } = memberColumns(ds, tr);
  let earliest = Number.POSITIVE_INFINITY;
  let latest = Number.NEGATIVE_INFINITY;
  for (let w = 0; w < n; w++) {
    earliest = Math.min(earliest, bounds[2 * w] as number);
    latest = Math.max(latest, bounds[2 * w + 1] as number);
  }
  // Only trajectories that reach into a window count there.
  for (let t = 0; t < tr.count; t++) {
    const s = tr.start[t] as number;
    const e = tr.end[t] as number;
    if (e < earliest || s > latest) continue;
    for (let w = 0; w < n; w++) {
      const from = bounds[2 * w] as number;
      const to = bounds[2 * w + 1] as number;
      if (s >= from && s <= to) inflow[w] = (inflow[w] as number) + 1;
      if (!tr.ongoing[t] && e >= from && e <= to) outflow[w] = (outflow[w] as number) + 1;
    }
    // Members come in client order: a client counts once per window, when first seen in it.
    const c = tr.client[t] as number;
    for (let k = tr.offset[t] as number; k < (tr.offset[t + 1] as number); k++) {
      const from = starts[k] as number;
      const to = ends[k] as number;
      for (let w = 0; w < n; w++) {
        if (
          c === counted[w] ||
          from > (bounds[2 * w + 1] as number) ||
          to < (bounds[2 * w] as number)
        )
          continue;
        counted[w] = c;
        clients[w] = (clients[w] as number) + 1;
      }
    }
  }
  return Array.from({ length: n }, (_, w) => {
    const from = bounds[2 * w] as number;
    const to = bounds[2 * w + 1] as number;
    let cents = 0;
    for (let d = Math.max(from, frame.firstDay); d <= to; d++)
      cents += cost.perDay[d - frame.firstDay] as number;
    return {
      from: isoDate(from),
      to: isoDate(to),
      clients: clients[w] as number,
      inflow: inflow[w] as number,
      outflow: outflow[w] as number,
      cost: cost.source === 'none' ? null : euro(cents),
    };
  });
}
