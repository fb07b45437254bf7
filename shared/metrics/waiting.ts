import { providerGroups } from '../model/providerGroups';
import { type Dataset, NONE } from './dataset';
import type { Frame } from './frame';
import type { Trajectories } from './trajectories';

export interface WaitingFigures {
  n: number;
  medianDays: number;
  p90Days: number;
}

export interface Waiting {
  byYear: (WaitingFigures | null)[];
  /** `[group][year]`. */
  byGroupYear: (WaitingFigures | null)[][];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Int32Array, p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

const summarise = (values: number[]): WaitingFigures | null => {
  if (values.length === 0) return null;
  const sorted = Int32Array.from(values).sort();
  return { n: sorted.length, medianDays: percentile(sorted, 50), p90Days: percentile(sorted, 90) };
};

/** Waiting days = allocation start − registration date, per year of start and provider group. Null without registration dates. */
export function computeWaiting(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  mask: Uint8Array | null,
): Waiting | null {
  const nY = frame.nYears;
  const perYear: number[][] = Array.from({ length: nY }, () => []);
  const perGroup: number[][][] = providerGroups.map(() => Array.from({ length: nY }, () => []));
  let any = false;
  for (let k = 0; k < tr.members.length; k++) {
    const i = tr.members[k] as number;
    if (mask && !mask[i]) continue;
    const r = ds.registration[i] as number;
    const s = ds.start[i] as number;
    if (r === NONE || r > s || s < frame.firstDay) continue;
    any = true;
    const y = frame.yearIndex[s - frame.firstDay] as number;
    const p = ds.provider[i] as number;
    const g = p === NONE ? providerGroups.indexOf('overig') : (ds.providerGroup[p] as number);
    perYear[y]?.push(s - r);
    perGroup[g]?.[y]?.push(s - r);
  }
  if (!any) return null;
  return {
    byYear: perYear.map(summarise),
    byGroupYear: perGroup.map((years) => years.map(summarise)),
  };
}
