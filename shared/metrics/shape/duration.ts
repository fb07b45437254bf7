import type { Dataset } from '../dataset';
import { type DurationStats, durationClasses, durationsByGroup } from '../durations';
import type { Flows } from '../flows';
import type { Frame } from '../frame';
import type { MetricsJson } from '../metricsJson';
import { round } from '../round';
import { fresh, type Lender } from '../scratch';
import type { Trajectories } from '../trajectories';
import { perYear } from './perYear';

/** Duration statistics of the selected trajectories, per start year (and all) and per first provider. */
export interface DurationGroups {
  /** `[year]`, and at `nYears` all years together. */
  byYear: DurationStats[];
  /** `[provider + 1]`; 0 is "no provider". Empty when not asked for. */
  byProvider: DurationStats[];
  /** Per selected trajectory: 1 when it ended by the peildatum. */
  ended: Uint8Array;
}

export function durationGroups(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  flows: Flows,
  /** Per first provider too (what `figures` shows per provider; a comparison does not). */
  withProviders = true,
  lend: Lender = fresh,
): DurationGroups {
  const nY = frame.nYears;
  const nSelected = flows.selected.length;
  const ended = lend.uint8('durations.ended', nSelected);
  const startYear = lend.int32('durations.startYear', nSelected);
  const firstProvider = lend.int32('durations.firstProvider', nSelected);
  for (let k = 0; k < nSelected; k++) {
    const t = flows.selected[k] as number;
    ended[k] = tr.ongoing[t] ? 0 : 1;
    startYear[k] = frame.yearIndex[(tr.start[t] as number) - frame.firstDay] as number;
    firstProvider[k] = (ds.provider[tr.first[t] as number] as number) + 1;
  }
  return {
    byYear: durationsByGroup(flows.duration, ended, startYear, nY, true, lend),
    byProvider: withProviders
      ? durationsByGroup(
          flows.duration,
          ended,
          firstProvider,
          ds.providerIds.length + 1,
          false,
          lend,
        )
      : [],
    ended,
  };
}

/** `duration`: Kaplan–Meier median and mean of ended trajectories, per start year, curve and classes. */
export function durationFigures(
  frame: Frame,
  flows: Flows,
  groups: DurationGroups,
): MetricsJson['duration'] {
  const all = groups.byYear[frame.nYears] as DurationStats;
  return {
    ...all.figures,
    byStartYear: perYear(frame, (y) => (groups.byYear[y] as DurationStats).figures),
    curve: { days: all.curve.times, survival: all.curve.survival.map((s) => round(s, 4)) },
    classes: durationClasses(flows.duration, groups.ended),
  };
}
