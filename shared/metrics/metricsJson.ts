import type { PeriodKind } from '../periods/periods';
import type { DurationClass, DurationFigures } from './durations';
import type { Filters } from './filters';

export type { DurationFigures };

// The output contract of the figures: cli.md's `metrics --json`, and what the screens,
// the brief and the comparison read. Shaped from the passes by `shape/`, one file per topic.

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

/** Per year: what `MetricsEngine.yearTotals` counts (the same as `MetricsJson.byYear`'s fields of those names). */
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
  /** By the first allocation's referrer and by the reason for ending, keys that occur (`onbekend`: none). */
  inflowByReferrer?: Record<string, number>;
  outflowByReason?: Record<string, number>;
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
  /**
   * Per end year, of the trajectories (by their first allocation) ended with a known reason:
   * the share ended according to plan (19) and early (21, 22, 23); null without any.
   */
  endedAsPlannedPct?: Record<string, number | null>;
  endedEarlyPct?: Record<string, number | null>;
}

/** One start year of `runningProfile`: shares of those whose age or gender is known. */
export interface RunningProfileYear {
  n: number;
  meanAgeAtStart: number | null;
  under26: number;
  over75: number;
  under26Pct: number | null;
  over75Pct: number | null;
  m: number;
  v: number;
  x: number;
  unknownGender: number;
  mPct: number | null;
  vPct: number | null;
}

/** What a municipality carries in `compare --json` beside its rates (cli.md): `MetricsJson`'s figures of it. */
export type ComparableFigures = Pick<
  MetricsJson,
  'byYear' | 'providerGroups' | 'products' | 'duration' | 'age' | 'gender'
>;

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
  /** Ended trajectories per end year by WMO588 reason (or the text as written); none: `onbekend`. */
  outflowByReason: Record<string, Record<string, number>>;
  /**
   * Per provider group (of the first allocation; none: `overig`) and end year: ended
   * trajectories with a known reason, and of them ended according to plan (19) and early
   * (21, 22, 23). Groups with any.
   */
  endingsByGroup: Record<
    string,
    Record<string, { known: number; asPlanned: number; early: number }>
  >;
  /** New trajectories per start year by the first allocation's referrer (trimmed, lower case). */
  inflowByReferrer: Record<string, Record<string, number>>;
  /** Cost (euro) per provider group per year; lines without a provider under `zonder_aanbieder`. */
  costByGroup: Record<string, Record<string, number>>;
  /** Cost of ended trajectories per start year (metrics.md); a recent start year holds only the short ones. */
  costPerTrajectory: Record<string, { n: number; mean: number | null; median: number | null }>;
  /**
   * Cost of a trajectory's first 365 days per start year, ended or not: what the screens show.
   * Null mean and median for a start year not every trajectory of which has had a year.
   */
  costFirstYear: MetricsJson['costPerTrajectory'];
  /**
   * The trajectories still running on `on` (default the peildatum), by start year: how
   * many, mean age at start, under 26 and over 75, gender (seed 003 §3.4's selection).
   */
  runningProfile: { on: string; byStartYear: Record<string, RunningProfileYear> };
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
  /** Days from allocation start to the provider's start of care (iWmo 305); null without 305s. */
  timeToCare: MetricsJson['waiting'];
  stacking: {
    byYear: Record<
      string,
      { clients: number; sharePct: number | null; byProduct: Record<string, number> }
    >;
  } | null;
}
