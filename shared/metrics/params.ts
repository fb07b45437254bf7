import type { Tariff } from '../model/records';
import type { PeriodKind } from '../periods/periods';
import type { AgeBands } from './ageBands';
import { type Dataset, tariffMap } from './dataset';
import type { Filters } from './filters';

/** Days between two allocations of a client that still make one trajectory (metrics.md). */
export const DEFAULT_GAP_DAYS = 31;
/** Providers whose clients grew by at least this many count as growth-concentrated. */
export const DEFAULT_GROWTH_THRESHOLD = 100;
/** The period kinds of `byPeriod` unless asked otherwise. */
export const seriesKinds: readonly PeriodKind[] = ['month', 'quarter', 'year', 'fourWeek'];

/** What a user (or the CLI) can set for the figures; every field has a default. */
export interface MetricsParams {
  /** Day number; default: the latest allocation start or cost-period end. */
  peildatum?: number;
  gapDays?: number;
  /** Day number for `runningProfile`: trajectories still running on it; default and at most the peildatum. */
  runningOn?: number;
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

/** The user's tariffs (merged with the imported ones) stand in when there are no cost lines. */
export function tariffsFor(ds: Dataset, params: MetricsParams): Map<string, number> | null {
  if (!params.tariffs || ds.costs) return ds.tariffs;
  return params.tariffs.length > 0 ? tariffMap(params.tariffs) : null;
}
