import type { Dataset } from '../metrics/dataset';
import type { Frame } from '../metrics/frame';
import { dailyRates } from '../metrics/tariffCost';
import type { Trajectories } from '../metrics/trajectories';

/**
 * One provider's cost per day from 1 January of the peildatum's year up to the
 * peildatum, in cents, booked as `figures` books it: tariff × allocation days,
 * or each cost line spread over its days (all of it up to the peildatum).
 * `[day − 1 January]`.
 */
export function bookedPerDay(
  ds: Dataset,
  tr: Trajectories,
  frame: Frame,
  provider: number,
  tariffs: Map<string, number> | null,
): Float64Array {
  const yearStart =
    frame.yearEnd.length > 1 ? (frame.yearEnd[frame.nYears - 2] as number) + 1 : frame.firstDay;
  const out = new Float64Array(frame.peildatum - yearStart + 1);
  const c = ds.costs;
  if (c) {
    for (let i = 0; i < c.n; i++) {
      if (c.provider[i] !== provider || (c.start[i] as number) > frame.peildatum) continue;
      const from = Math.max(c.start[i] as number, frame.firstDay);
      const to = Math.min(c.end[i] as number, frame.peildatum);
      if (to < from) continue;
      const rate = (c.cents[i] as number) / (to - from + 1);
      for (let d = Math.max(from, yearStart); d <= to; d++)
        out[d - yearStart] = (out[d - yearStart] as number) + rate;
    }
    return out;
  }
  if (!tariffs) return out;
  const rate = dailyRates(frame, tariffs);
  const nDays = frame.yearIndex.length;
  for (let k = 0; k < tr.members.length; k++) {
    const i = tr.members[k] as number;
    if (ds.provider[i] !== provider) continue;
    const q = ds.product[i] as number;
    const to = Math.min(ds.end[i] as number, frame.peildatum);
    for (let d = Math.max(ds.start[i] as number, yearStart); d <= to; d++)
      out[d - yearStart] =
        (out[d - yearStart] as number) + (rate[q * nDays + d - frame.firstDay] as number);
  }
  return out;
}
