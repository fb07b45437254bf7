import { GENDER_UNKNOWN, genders } from '../../model/gender';
import type { AgeBands } from '../ageBands';
import type { Flows } from '../flows';
import type { Frame } from '../frame';
import { UNKNOWN_AGE } from '../keys';
import type { MetricsJson } from '../metricsJson';
import type { Presence } from '../presence';
import { percent } from '../round';
import { perYear } from './perYear';

/** `age`: clients and inflow per age band and year; clients without a birth date under `UNKNOWN_AGE`. */
export function ageFigures(
  frame: Frame,
  bands: AgeBands,
  presence: Presence,
  flows: Flows,
): MetricsJson['age'] {
  const labels = [...bands.labels, UNKNOWN_AGE];
  const nY = frame.nYears;
  const table = (a: Int32Array) =>
    Object.fromEntries(
      labels.map((label, b) => [
        label,
        Object.fromEntries(frame.years.map((key, y) => [key, a[b * nY + y] as number])),
      ]),
    );
  return {
    bands: labels,
    inflowByBand: table(flows.inflowBandYear),
    clientsByBand: table(presence.bandYear),
  };
}

/** `gender`: clients per gender and year, with the shares among those whose gender is known. */
export function genderFigures(frame: Frame, presence: Presence): MetricsJson['gender'] {
  const nY = frame.nYears;
  const at = (g: number, y: number) => presence.genderYear[g * nY + y] as number;
  return perYear(frame, (y) => {
    const [m, v, x] = genders.map((_, g) => at(g, y)) as [number, number, number];
    const unknown = at(GENDER_UNKNOWN, y);
    const known = m + v + x;
    return {
      m,
      v,
      x,
      unknown,
      mPct: percent(m, known),
      vPct: percent(v, known),
      xPct: percent(x, known),
    };
  });
}
