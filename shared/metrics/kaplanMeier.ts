/** A Kaplan–Meier survival curve: S drops at each distinct event time. */
export interface SurvivalCurve {
  times: number[];
  survival: number[];
}

/**
 * Estimates survival from durations with events (ended) and censored
 * (ongoing) observations; one censored at t is still at risk at t.
 */
export function kaplanMeier(durations: ArrayLike<number>, ended: ArrayLike<number>): SurvivalCurve {
  const events: number[] = [];
  const censored: number[] = [];
  for (let i = 0; i < durations.length; i++)
    (ended[i] ? events : censored).push(durations[i] as number);
  return kaplanMeierSplit(Int32Array.from(events), Int32Array.from(censored));
}

/** The same from separate event and censoring times (sorted here with the native typed-array sort). */
export function kaplanMeierSplit(events: Int32Array, censored: Int32Array): SurvivalCurve {
  events.sort();
  censored.sort();
  const times: number[] = [];
  const survival: number[] = [];
  let atRisk = events.length + censored.length;
  let s = 1;
  let e = 0;
  let c = 0;
  while (e < events.length) {
    const t = events[e] as number;
    // Censored before t leave the risk set first; censored at t stay at risk at t.
    while (c < censored.length && (censored[c] as number) < t) {
      atRisk--;
      c++;
    }
    let d = 0;
    while (e < events.length && events[e] === t) {
      d++;
      e++;
    }
    s *= 1 - d / atRisk;
    times.push(t);
    survival.push(s);
    atRisk -= d;
  }
  return { times, survival };
}

/** S(t): the share still ongoing after t days. */
export function survivalAt(curve: SurvivalCurve, t: number): number {
  let s = 1;
  for (let i = 0; i < curve.times.length && (curve.times[i] as number) <= t; i++)
    s = curve.survival[i] as number;
  return s;
}

/** The smallest duration t with S(t) ≤ 0.5, or `null` when S never reaches 0.5. */
export function medianSurvival(curve: SurvivalCurve): number | null {
  for (let i = 0; i < curve.times.length; i++) {
    if ((curve.survival[i] as number) <= 0.5 + 1e-12) return curve.times[i] as number;
  }
  return null;
}
