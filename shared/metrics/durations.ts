import { dayFromCivil, dayFromIso } from '../periods/days';
import { identity } from './distinct';
import { medianSurvival, type SurvivalCurve, survivalAt } from './kaplanMeier';
import { countingSort } from './order';
import { round } from './round';
import { fresh, type Lender } from './scratch';

export interface DurationFigures {
  medianDaysKM: number | null;
  meanDaysEnded: number | null;
  ongoingAfter365Pct: number | null;
  ongoingAfter730Pct: number | null;
}

export interface DurationStats {
  figures: DurationFigures;
  curve: SurvivalCurve;
}

/** Histogram cells above which groups are ordered by sorting instead. */
const MAX_CELLS = 8_000_000;

/**
 * Kaplan–Meier figures per group (`group[k]` in 0..nGroups−1) from durations in
 * days, events where `ended[k]` is 1, censored otherwise (a censored duration t
 * is still at risk at t). Counts events and censorings per group and day in one
 * pass, so no sort is needed when groups × days is modest. With `withTotal`, one
 * more entry after the groups covers all of them (from the same counts).
 */
export function durationsByGroup(
  duration: Int32Array,
  ended: Uint8Array,
  group: Int32Array,
  nGroups: number,
  withTotal = false,
  lend: Lender = fresh,
): DurationStats[] {
  let maxD = 0;
  for (let k = 0; k < duration.length; k++)
    if ((duration[k] as number) > maxD) maxD = duration[k] as number;
  const width = maxD + 1;
  if (nGroups * width > MAX_CELLS) {
    const out = bySorting(duration, ended, group, nGroups);
    if (withTotal)
      out.push(...durationsByGroup(duration, ended, new Int32Array(duration.length), 1));
    return out;
  }
  // One row per group, and a last row for the total when asked for.
  const rows = withTotal ? nGroups + 1 : nGroups;
  const events = lend.int32('durations.events', rows * width);
  const censored = lend.int32('durations.censored', rows * width);
  const n = new Int32Array(rows);
  const endedSum = new Float64Array(rows);
  const endedCount = new Int32Array(rows);
  for (let k = 0; k < duration.length; k++) {
    const g = group[k] as number;
    const d = duration[k] as number;
    n[g] = (n[g] as number) + 1;
    if (ended[k]) {
      events[g * width + d] = (events[g * width + d] as number) + 1;
      endedSum[g] = (endedSum[g] as number) + d;
      endedCount[g] = (endedCount[g] as number) + 1;
    } else {
      censored[g * width + d] = (censored[g * width + d] as number) + 1;
    }
  }
  if (withTotal) {
    const total = nGroups * width;
    for (let g = 0; g < nGroups; g++) {
      for (let d = 0; d < width; d++) {
        events[total + d] = (events[total + d] as number) + (events[g * width + d] as number);
        censored[total + d] = (censored[total + d] as number) + (censored[g * width + d] as number);
      }
      n[nGroups] = (n[nGroups] as number) + (n[g] as number);
      endedSum[nGroups] = (endedSum[nGroups] as number) + (endedSum[g] as number);
      endedCount[nGroups] = (endedCount[nGroups] as number) + (endedCount[g] as number);
    }
  }
  const out: DurationStats[] = [];
  for (let g = 0; g < rows; g++) {
    const times: number[] = [];
    const survival: number[] = [];
    let atRisk = n[g] as number;
    let s = 1;
    for (let d = 0; d < width && atRisk > 0; d++) {
      const e = events[g * width + d] as number;
      if (e > 0) {
        s *= 1 - e / atRisk;
        times.push(d);
        survival.push(s);
      }
      atRisk -= e + (censored[g * width + d] as number);
    }
    out.push(
      stats({ times, survival }, n[g] as number, endedSum[g] as number, endedCount[g] as number),
    );
  }
  return out;
}

function stats(
  curve: SurvivalCurve,
  n: number,
  endedSum: number,
  endedCount: number,
): DurationStats {
  return {
    figures: {
      medianDaysKM: n ? medianSurvival(curve) : null,
      meanDaysEnded: endedCount ? round(endedSum / endedCount, 1) : null,
      ongoingAfter365Pct: n ? round(100 * survivalAt(curve, 365), 1) : null,
      ongoingAfter730Pct: n ? round(100 * survivalAt(curve, 730), 1) : null,
    },
    curve,
  };
}

/** The same by ordering (duration, then group) with counting sorts: for many groups over long spans. */
function bySorting(
  duration: Int32Array,
  ended: Uint8Array,
  group: Int32Array,
  nGroups: number,
): DurationStats[] {
  const order = countingSort(countingSort(identity(duration.length), duration), group);
  const out: DurationStats[] = [];
  let k = 0;
  for (let g = 0; g < nGroups; g++) {
    const times: number[] = [];
    const survival: number[] = [];
    const from = k;
    while (k < order.length && group[order[k] as number] === g) k++;
    let atRisk = k - from;
    let s = 1;
    let endedSum = 0;
    let endedCount = 0;
    for (let j = from; j < k; ) {
      const d = duration[order[j] as number] as number;
      let e = 0;
      let leaving = 0;
      while (j < k && duration[order[j] as number] === d) {
        if (ended[order[j] as number]) {
          e++;
          endedSum += d;
          endedCount++;
        }
        leaving++;
        j++;
      }
      if (e > 0) {
        s *= 1 - e / atRisk;
        times.push(d);
        survival.push(s);
      }
      atRisk -= leaving;
    }
    out.push(stats({ times, survival }, k - from, endedSum, endedCount));
  }
  return out;
}

/** Upper bounds (days, inclusive) of the duration classes: 3, 6 and 12 months, 2 and 3 years, longer. */
/**
 * Whether trajectories starting in `startYear` can have run `days` days by the
 * peildatum (those of 1 January at least). Before that, the share still
 * running after `days` is the Kaplan–Meier curve carried past what was seen:
 * shown as "nog niet bekend", not as a figure.
 */
export function followedFor(startYear: string, days: number, peildatum: string): boolean {
  return dayFromCivil(Number(startYear), 1, 1) + days <= dayFromIso(peildatum);
}

/** Whether every trajectory that started in `startYear` has had its first 365 days by the peildatum. */
export function cohortFollowedAYear(startYear: string, peildatum: string): boolean {
  return dayFromCivil(Number(startYear), 12, 31) + 364 <= dayFromIso(peildatum);
}

export const durationClassBounds = [91, 182, 365, 730, 1095] as const;

export interface DurationClass {
  /** Days, both inclusive; `to` is null for the last, open class. */
  from: number;
  to: number | null;
  ended: number;
  /** Ongoing at the peildatum, by their duration so far. */
  ongoing: number;
}

/** Trajectories per duration class, ended and ongoing apart. */
export function durationClasses(duration: Int32Array, ended: Uint8Array): DurationClass[] {
  const classes: DurationClass[] = durationClassBounds.map((to, k) => ({
    from: k === 0 ? 1 : (durationClassBounds[k - 1] as number) + 1,
    to,
    ended: 0,
    ongoing: 0,
  }));
  classes.push({
    from: (durationClassBounds.at(-1) as number) + 1,
    to: null,
    ended: 0,
    ongoing: 0,
  });
  for (let k = 0; k < duration.length; k++) {
    const d = duration[k] as number;
    let c = 0;
    while (c < durationClassBounds.length && d > (durationClassBounds[c] as number)) c++;
    const cls = classes[c] as DurationClass;
    if (ended[k]) cls.ended++;
    else cls.ongoing++;
  }
  return classes;
}
