import { civilFromDay, dayFromCivil, daysInMonth } from '../periods/days';
import type { Dataset } from './dataset';

/**
 * The peildatums the data can describe: from their first allocation's start to one year after
 * their own peildatum (the latest start or cost-period end), so a report may be dated at the
 * end of the year the data run into. Outside it every figure is empty, or the frame runs
 * through years without data (a typo as 31-12-9999 made ~8.000 years of tables).
 */
export function peildatumRange(ds: Pick<Dataset, 'dataStart' | 'dataEnd'>): {
  earliest: number;
  latest: number;
} {
  const { year, month, day } = civilFromDay(ds.dataEnd);
  // A year on, the same day of the month (29 February: the 28th).
  const latest = dayFromCivil(year + 1, month, Math.min(day, daysInMonth(year + 1, month)));
  return { earliest: ds.dataStart, latest };
}

/** Whether `peildatum` lies in `peildatumRange(ds)`. */
export function peildatumInRange(ds: Pick<Dataset, 'dataStart' | 'dataEnd'>, peildatum: number) {
  const { earliest, latest } = peildatumRange(ds);
  return peildatum >= earliest && peildatum <= latest;
}

/**
 * `params` with a peildatum outside `peildatumRange(ds)` left out, so the data's own holds,
 * and the one left out (null when none was): figures of a stored setting that does not fit
 * these data (another dataset, a typo before this check) still show, and the app says so.
 */
export function peildatumWithin<P extends { peildatum?: number }>(
  params: P,
  ds: Pick<Dataset, 'dataStart' | 'dataEnd'>,
): { params: P; setAside: number | null } {
  const { peildatum, ...rest } = params;
  if (peildatum === undefined || peildatumInRange(ds, peildatum)) return { params, setAside: null };
  return { params: rest as P, setAside: peildatum };
}
