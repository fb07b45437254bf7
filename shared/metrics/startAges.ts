import { ageOn } from './age';
import { type Dataset, NONE } from './dataset';
import type { Frame } from './frame';
import type { Trajectories } from './trajectories';

/** In `startAges`: the client's birth year is not known. */
export const NO_AGE = -32_768;

const made = new WeakMap<Trajectories, Int16Array>();

/**
 * Per trajectory (`[t]`): its client's age on its start day (`ageOn`), or `NO_AGE`. No filter
 * changes it, so it is made once per trajectories (14 MB at ten million allocations) and the
 * passes over the selected trajectories (flows, the running profile) read it in order instead
 * of working it out from the client's birth and the calendar on every filter change.
 */
export function startAges(ds: Dataset, frame: Frame, tr: Trajectories): Int16Array {
  const known = made.get(tr);
  if (known) return known;
  const ages = new Int16Array(tr.count);
  for (let t = 0; t < tr.count; t++) {
    const c = tr.client[t] as number;
    ages[t] = ds.birthYear[c] === NONE ? NO_AGE : ageOn(ds, frame, c, tr.start[t] as number);
  }
  made.set(tr, ages);
  return ages;
}
