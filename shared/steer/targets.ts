import type { MetricsEngine } from '../metrics/engine';
import type { Filters } from '../metrics/filters';
import type { MetricsJson, PeriodFigures } from '../metrics/metricsJson';
import type { MetricsParams } from '../metrics/params';
import { percent } from '../metrics/round';
import type { Target } from '../model/records';
import { nextPeriod, type Period, periodKey, periodOf, periodRange } from '../periods/periods';

/** One target in one period (`targets` in `metrics --json`, cli.md). */
export interface TargetStatus {
  figure: Target['figure'];
  periodKind: Target['periodKind'];
  period: string;
  value: number;
  direction: Target['direction'];
  filter: Filters;
  /** The figure in that period, or null where it has none (or is undefined). */
  actual: number | null;
  /** `open` while the period has not ended by the peildatum. */
  status: 'met' | 'missed' | 'open';
  /** Where the trend of the last 6 complete periods reaches the target; null when it does not. */
  trendReachedIn: string | null;
}

/** Periods the trend is drawn through, and how far ahead it is followed (ten years of months). */
const TREND_PERIODS = 6;
const TREND_HORIZON = 130;

/**
 * Each target per period, from its start (default: the data's first period) to
 * its deadline or the peildatum: the figure in that period under the target's
 * filter, met, missed or open, and where the trend through the last six complete
 * periods reaches the value (metrics.md, "Targets").
 */
export function evaluateTargets(
  engine: MetricsEngine,
  params: MetricsParams,
  targets: readonly Target[],
): TargetStatus[] {
  return targets.flatMap((target) => evaluate(engine, params, target));
}

function evaluate(engine: MetricsEngine, params: MetricsParams, target: Target): TargetStatus[] {
  const filter: Filters = {
    ...(target.product ? { products: [target.product] } : {}),
    ...(target.group ? { providerGroups: [target.group] } : {}),
    ...(target.municipality ? { municipalities: [target.municipality] } : {}),
  };
  const filtered = { ...params, filters: filter };
  // A figure per year of the whole figures (cost per client-month, median duration)
  // needs their passes; the others come from the period passes alone.
  const byYear = perYearOnly.has(target.figure)
    ? engine.figures({ ...filtered, periodKinds: [target.periodKind] }).byYear
    : null;
  const periods = engine.periodTotals(filtered, target.periodKind);
  const peildatum = params.peildatum ?? engine.ds.dataEnd;
  const keys = Object.keys(periods);
  const first = target.from === null ? 0 : Math.max(0, keys.indexOf(key(target, target.from)));
  const lastDay = target.deadline === null ? peildatum : Math.min(target.deadline, peildatum);
  const last = keys.indexOf(key(target, lastDay));
  const out: TargetStatus[] = [];
  const actuals: (number | null)[] = [];
  for (let k = first; k <= last && k >= 0; k++) {
    const period = keys[k] as string;
    const actual = actualOf(target, byYear, period, periods[period] as PeriodFigures);
    const ended = periodRange(periodOfKey(target, period)).end <= peildatum;
    const status: TargetStatus['status'] =
      !ended || actual === null
        ? 'open'
        : (target.direction === 'max' ? actual <= target.value : actual >= target.value)
          ? 'met'
          : 'missed';
    if (ended) actuals.push(actual);
    out.push({
      figure: target.figure,
      periodKind: target.periodKind,
      period,
      value: target.value,
      direction: target.direction,
      filter,
      actual,
      status,
      trendReachedIn: trend(target, actuals, ended ? period : (keys[k - 1] ?? period)),
    });
  }
  return out;
}

const key = (target: Target, day: number) => periodKey(periodOf(target.periodKind, day));

function periodOfKey(target: Target, period: string): Period {
  const [year, rest] = [Number(period.slice(0, 4)), period.slice(5)];
  const index = rest === '' ? 1 : Number(rest.replace(/^[QWP]/, ''));
  return { kind: target.periodKind, year, index };
}

/** Figures a period table does not have: read per year from the whole figures. */
const perYearOnly = new Set<Target['figure']>(['costPerClientMonth', 'medianDaysKM']);

/** The target's figure in one period; rates and money per client only where `figures` has them. */
function actualOf(
  target: Target,
  byYear: MetricsJson['byYear'] | null,
  period: string,
  p: PeriodFigures,
): number | null {
  switch (target.figure) {
    case 'inflow':
      return p.inflow;
    case 'outflow':
      return p.outflow;
    case 'clients':
      return p.clients;
    case 'costTotal':
      return p.cost;
    case 'outflowRatePct':
      return percent(p.outflow, p.clients);
    case 'costPerClientMonth':
      return target.periodKind === 'year' ? (byYear?.[period]?.costPerClientMonth ?? null) : null;
    case 'medianDaysKM':
      return target.periodKind === 'year' ? (byYear?.[period]?.medianDaysKM ?? null) : null;
  }
}

/**
 * Where the target is reached on the current course: `latest` (the last complete
 * period) when it was met there; else the first period after it where a
 * least-squares line through the last six complete periods reaches the value
 * (within ten years of months), or null.
 */
function trend(target: Target, actuals: readonly (number | null)[], latest: string): string | null {
  const points = actuals.slice(-TREND_PERIODS);
  const reached = (v: number) =>
    target.direction === 'max' ? v <= target.value : v >= target.value;
  const now = points.at(-1);
  // Met in the latest complete period: reached there. Else the line is followed onwards.
  if (now !== undefined && now !== null && reached(now)) return latest;
  if (points.length < 2 || points.some((v) => v === null)) return null;
  const ys = points as number[];
  const n = ys.length;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  ys.forEach((y, x) => {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  });
  const slope = sxy / sxx;
  const at = (x: number) => meanY + slope * (x - meanX);
  let period = periodOfKey(target, latest);
  for (let x = n; x < n + TREND_HORIZON; x++) {
    period = nextPeriod(period);
    if (reached(at(x))) return periodKey(period);
  }
  return null;
}
