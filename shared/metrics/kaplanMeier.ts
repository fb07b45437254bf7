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
  const n = durations.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (durations[a] as number) - (durations[b] as number),
  );
  const times: number[] = [];
  const survival: number[] = [];
  let atRisk = n;
  let s = 1;
  let k = 0;
  while (k < n) {
    const t = durations[idx[k] as number] as number;
    let events = 0;
    let leaving = 0;
    while (k < n && durations[idx[k] as number] === t) {
      if (ended[idx[k] as number]) events++;
      leaving++;
      k++;
    }
    if (events > 0) {
      s *= 1 - events / atRisk;
      times.push(t);
      survival.push(s);
    }
    atRisk -= leaving;
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
