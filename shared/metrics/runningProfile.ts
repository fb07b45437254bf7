import { GENDER_SLOTS, GENDER_UNKNOWN, genders } from '../model/gender';
import { isoDate } from '../periods/days';
import { type Dataset, NONE } from './dataset';
import type { Frame } from './frame';
import type { MetricsJson } from './metricsJson';
import { percent, round } from './round';
import { perYear } from './shape/perYear';
import { NO_AGE, startAges } from './startAges';
import type { Trajectories } from './trajectories';

/** Ages the study names apart (seed 003 §3.4): young below 26, old above 75. */
export const YOUNG_BELOW = 26;
export const OLD_ABOVE = 75;

/**
 * The profile of the trajectories still running on `on` (started on or before it and
 * not ended by it), by start year: how seed 003 §3.4 looks at its clients ("een lopend
 * traject in 2020"). Only the selected trajectories (the filters); `on` at most the peildatum.
 */
export function runningProfile(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  selected: Int32Array,
  on: number,
): MetricsJson['runningProfile'] {
  const nY = frame.nYears;
  const n = new Int32Array(nY);
  const aged = new Int32Array(nY);
  const ageSum = new Float64Array(nY);
  const young = new Int32Array(nY);
  const old = new Int32Array(nY);
  const gender = new Int32Array(GENDER_SLOTS * nY);
  const ages = startAges(ds, frame, tr);
  for (let j = 0; j < selected.length; j++) {
    const t = selected[j] as number;
    const s = tr.start[t] as number;
    if (s > on || (!tr.ongoing[t] && (tr.end[t] as number) <= on)) continue;
    const y = frame.yearIndex[s - frame.firstDay] as number;
    const c = tr.client[t] as number;
    n[y] = (n[y] as number) + 1;
    const age = ages[t] as number;
    if (age !== NO_AGE) {
      aged[y] = (aged[y] as number) + 1;
      ageSum[y] = (ageSum[y] as number) + age;
      if (age < YOUNG_BELOW) young[y] = (young[y] as number) + 1;
      if (age > OLD_ABOVE) old[y] = (old[y] as number) + 1;
    }
    const g = ds.gender[c] as number;
    const slot = (g === NONE ? GENDER_UNKNOWN : g) * nY + y;
    gender[slot] = (gender[slot] as number) + 1;
  }
  const at = (g: number, y: number) => gender[g * nY + y] as number;
  return {
    on: isoDate(on),
    byStartYear: perYear(frame, (y) => {
      const known = aged[y] as number;
      const [m, v, x] = genders.map((_, g) => at(g, y)) as [number, number, number];
      return {
        n: n[y] as number,
        meanAgeAtStart: known ? round((ageSum[y] as number) / known, 1) : null,
        under26: young[y] as number,
        over75: old[y] as number,
        under26Pct: percent(young[y] as number, known),
        over75Pct: percent(old[y] as number, known),
        m,
        v,
        x,
        unknownGender: at(GENDER_UNKNOWN, y),
        mPct: percent(m, m + v + x),
        vPct: percent(v, m + v + x),
      };
    }),
  };
}
