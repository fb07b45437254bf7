import type { Dataset } from './dataset';
import type { Frame } from './frame';

/**
 * Whole years of client `c` on `day` (inside the frame), by the frame's calendar:
 * a year older from the birthday (dataset.ts, `birthMonthDay`). The client's birth
 * year must be known.
 */
export function ageOn(ds: Dataset, frame: Frame, c: number, day: number): number {
  const d = day - frame.firstDay;
  return (
    frame.firstYear +
    (frame.yearIndex[d] as number) -
    (ds.birthYear[c] as number) -
    ((frame.monthDay[d] as number) < (ds.birthMonthDay[c] as number) ? 1 : 0)
  );
}
