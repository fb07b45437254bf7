import { dayFromCivil, dayFromIso } from '../periods/days';
import { imax, imin, inc } from './distinct';
import { round } from './round';
import { fresh, type Lender } from './scratch';

/** A Kaplan–Meier survival curve: S drops at each distinct event time. */
export interface SurvivalCurve {
  times: number[];
  survival: number[];
}

export interface DurationFigures {
  medianDaysKM: number | null;
  meanDaysEnded: number | null;
  ongoingAfter365Pct: number | null;
  ongoingAfter730Pct: number | null;
}

export interface DurationStats {
  figures: DurationFigures;
  /** Null where not asked for (`durationsByGroup`'s `withCurves`). */
  curve: SurvivalCurve | null;
}

/**
 * Kaplan–Meier figures per group (`group[k]` in 0..nGroups−1) from durations in
 * days, events where `ended[k]` is 1, censored otherwise (a censored duration t
 * is still at risk at t). The durations are first put in order of group (a
 * counting sort), each as one number; then each group counts its events and
 * censorings per day in one small histogram, read once up the days and cleared
 * on the way. However many groups (a provider each), the work is one pass over
 * the durations and one over each group's days, and the histogram stays in the
 * cache (docs/performance.md, "Durations per provider"). With `withTotal`, one
 * more entry after the groups covers all of them.
 */
export function durationsByGroup(
  duration: Int32Array,
  ended: Uint8Array,
  group: Int32Array,
  nGroups: number,
  withTotal = false,
  lend: Lender = fresh,
  /**
   * Each group's curve too; without, only its figures, read off on the way up the days
   * (the total always has its curve). Per provider: no 2.100 curves nobody shows.
   */
  withCurves = true,
): DurationStats[] {
  const n = duration.length;
  let maxD = 0;
  const offsets = new Int32Array(nGroups + 1);
  for (let k = 0; k < n; k++) {
    const d = duration[k] as number;
    if (d > maxD) maxD = d;
    inc(offsets, (group[k] as number) + 1);
  }
  for (let g = 0; g < nGroups; g++) inc(offsets, g + 1, offsets[g] as number);
  // Each duration with its event bit (days · 2 + ended), in order of group.
  const packed = lend.int32('durations.packed', n);
  const fill = offsets.slice(0, nGroups);
  for (let k = 0; k < n; k++) {
    const g = group[k] as number;
    packed[fill[g] as number] = (duration[k] as number) * 2 + (ended[k] as number);
    inc(fill, g);
  }
  const days = { events: new Int32Array(maxD + 1), censored: new Int32Array(maxD + 1) };
  // The total's days are the sum of the groups' days: added up as each group is read.
  const total = withTotal
    ? { events: new Int32Array(maxD + 1), censored: new Int32Array(maxD + 1) }
    : null;
  const out: DurationStats[] = [];
  let endedSum = 0;
  let endedCount = 0;
  for (let g = 0; g < nGroups; g++) {
    const from = offsets[g] as number;
    const to = offsets[g + 1] as number;
    let top = -1;
    let groupSum = 0;
    let groupCount = 0;
    // Ended or not is a coin toss to the processor: counted as 0 or 1, not branched on.
    for (let k = from; k < to; k++) {
      const v = packed[k] as number;
      const d = v >> 1;
      const event = v & 1;
      inc(days.events, d, event);
      inc(days.censored, d, 1 - event);
      groupSum += d * event;
      groupCount += event;
      top = imax(top, d);
    }
    out.push(kaplanMeier(days, top, to - from, groupSum, groupCount, total, withCurves));
    endedSum += groupSum;
    endedCount += groupCount;
  }
  if (total) out.push(kaplanMeier(total, maxD, n, endedSum, endedCount, null, true));
  return out;
}

/** Events and censorings per day (`[days]`) of one group. */
interface Days {
  events: Int32Array;
  censored: Int32Array;
}

/**
 * The Kaplan–Meier figures (and curve, when asked for) from the days 0..top, read once
 * up the days and cleared on the way (added to `into` first, when given).
 */
function kaplanMeier(
  days: Days,
  top: number,
  n: number,
  endedSum: number,
  endedCount: number,
  into: Days | null,
  withCurve: boolean,
): DurationStats {
  const times: number[] = [];
  const survival: number[] = [];
  let atRisk = n;
  let s = 1;
  // The figures off the curve as it is made: the median (the first day S ≤ 0,5) and S after
  // 365 and 730 days (the last drop on or before).
  let median: number | null = null;
  let after365 = 1;
  let after730 = 1;
  for (let d = 0; d <= top; d++) {
    const e = days.events[d] as number;
    const c = days.censored[d] as number;
    if (e > 0) {
      s *= 1 - e / atRisk;
      if (withCurve) {
        times.push(d);
        survival.push(s);
      }
      if (median === null && s <= 0.5 + 1e-12) median = d;
      if (d <= 365) after365 = s;
      if (d <= 730) after730 = s;
    }
    atRisk -= e + c;
    if (into) {
      inc(into.events, d, e);
      inc(into.censored, d, c);
    }
    days.events[d] = 0;
    days.censored[d] = 0;
  }
  return {
    figures: {
      medianDaysKM: n ? median : null,
      meanDaysEnded: endedCount ? round(endedSum / endedCount, 1) : null,
      ongoingAfter365Pct: n ? round(100 * after365, 1) : null,
      ongoingAfter730Pct: n ? round(100 * after730, 1) : null,
    },
    curve: withCurve ? { times, survival } : null,
  };
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
  const bounds = durationClassBounds;
  const longest = bounds.at(-1) as number;
  // The class of each number of days up to the last bound (and one past it: the open class),
  // so a duration's class is a lookup, not a search with a mispredicted branch per trajectory.
  const classOf = new Uint8Array(longest + 2);
  for (let d = 0, c = 0; d <= longest + 1; d++) {
    if (c < bounds.length && d > (bounds[c] as number)) c++;
    classOf[d] = c;
  }
  // `[class * 2 + ended]`.
  const counts = new Int32Array(2 * (bounds.length + 1));
  for (let k = 0; k < duration.length; k++)
    inc(
      counts,
      (classOf[imin(duration[k] as number, longest + 1)] as number) * 2 + (ended[k] as number),
    );
  return Array.from({ length: bounds.length + 1 }, (_, c) => ({
    from: c === 0 ? 1 : (bounds[c - 1] as number) + 1,
    to: c < bounds.length ? (bounds[c] as number) : null,
    ended: counts[c * 2 + 1] as number,
    ongoing: counts[c * 2] as number,
  }));
}
