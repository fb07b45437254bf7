import type { Dataset } from '../dataset';
import {
  type DurationStats,
  durationClasses,
  durationsByGroup,
  type SurvivalCurve,
} from '../durations';
import type { Flows } from '../flows';
import type { Frame } from '../frame';
import type { MetricsJson } from '../metricsJson';
import { round } from '../round';
import { fresh, type Lender } from '../scratch';
import { perYear } from './perYear';

/** Duration statistics of the selected trajectories, per start year (and all) and per first provider. */
export interface DurationGroups {
  /** `[year]`, and at `nYears` all years together. */
  byYear: DurationStats[];
  /** `[provider + 1]`; 0 is "no provider". Empty when not asked for. */
  byProvider: DurationStats[];
}

export function durationGroups(
  ds: Dataset,
  frame: Frame,
  flows: Flows,
  /** Per first provider too (what `figures` shows per provider; a comparison does not). */
  withProviders = true,
  lend: Lender = fresh,
): DurationGroups {
  const { duration, ended } = flows;
  return {
    // Figures per group, a curve for all years together only (what `durationFigures` shows).
    byYear: durationsByGroup(duration, ended, flows.startYear, frame.nYears, true, lend, false),
    byProvider: withProviders
      ? durationsByGroup(
          duration,
          ended,
          flows.firstProvider,
          ds.providerIds.length + 1,
          false,
          lend,
          false,
        )
      : [],
  };
}

/** `duration`: Kaplan–Meier median and mean of ended trajectories, per start year, curve and classes. */
export function durationFigures(
  frame: Frame,
  flows: Flows,
  groups: DurationGroups,
): MetricsJson['duration'] {
  const all = groups.byYear[frame.nYears] as DurationStats;
  // The total always has its curve.
  const curve = all.curve as SurvivalCurve;
  return {
    ...all.figures,
    byStartYear: perYear(frame, (y) => (groups.byYear[y] as DurationStats).figures),
    curve: { days: curve.times, survival: curve.survival.map((s) => round(s, 4)) },
    classes: durationClasses(flows.duration, flows.ended),
  };
}
