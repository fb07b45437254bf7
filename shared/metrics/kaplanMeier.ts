/** A Kaplan–Meier survival curve: S drops at each distinct event time. */
export interface SurvivalCurve {
  times: number[];
  survival: number[];
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
