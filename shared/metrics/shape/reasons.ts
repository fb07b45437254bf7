import { type Dataset, NONE } from '../dataset';
import { inc } from '../distinct';
import type { Flows } from '../flows';
import type { Frame } from '../frame';
import type { MetricsJson } from '../metricsJson';
import type { Trajectories } from '../trajectories';

/** The key of what has no reason or referrer. */
export const UNKNOWN_KEY = 'onbekend';

/**
 * `outflowByReason` and `inflowByReferrer` (metrics.md, "Where clients come from and
 * where they go"), over the selected trajectories: an ended trajectory by the reason of
 * the allocation that ends it (its end is the trajectory's; of several, one with a reason,
 * the latest start), per end year; a new trajectory by its first allocation's referrer,
 * per start year. Every year has every key that occurs, and `onbekend`.
 */
export function reasonFigures(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  flows: Flows,
): Pick<MetricsJson, 'outflowByReason' | 'inflowByReferrer'> {
  const nY = frame.nYears;
  const nReasons = ds.reasons.length + 1;
  const nReferrers = ds.referrers.length + 1;
  const out = new Int32Array(nReasons * nY);
  const into = new Int32Array(nReferrers * nY);
  for (const t of flows.selected) {
    const y = frame.yearIndex[(tr.start[t] as number) - frame.firstDay] as number;
    const who = ds.referrer[tr.first[t] as number] as number;
    inc(into, (who === NONE ? nReferrers - 1 : who) * nY + y);
    if (tr.ongoing[t]) continue;
    const end = tr.end[t] as number;
    let best = -1;
    for (let m = tr.offset[t] as number; m < (tr.offset[t + 1] as number); m++) {
      const i = tr.members[m] as number;
      if (ds.end[i] !== end) continue;
      if (best < 0) {
        best = i;
        continue;
      }
      const has = ds.reasonEnd[i] !== NONE;
      const bestHas = ds.reasonEnd[best] !== NONE;
      if (
        (has && !bestHas) ||
        (has === bestHas && (ds.start[i] as number) >= (ds.start[best] as number))
      )
        best = i;
    }
    const why = best < 0 ? NONE : (ds.reasonEnd[best] as number);
    const yEnd = frame.yearIndex[end - frame.firstDay] as number;
    inc(out, (why === NONE ? nReasons - 1 : why) * nY + yEnd);
  }
  return {
    outflowByReason: perYear(frame, out, ds.reasons, byCode),
    inflowByReferrer: perYear(frame, into, ds.referrers, (a, b) => a.localeCompare(b, 'nl')),
  };
}

/** WMO588 codes in their order, then texts as written, alphabetically. */
const byCode = (a: string, b: string) => {
  const x = /^\d+$/.test(a);
  const y = /^\d+$/.test(b);
  return x && y ? Number(a) - Number(b) : x ? -1 : y ? 1 : a.localeCompare(b, 'nl');
};

/** Counts `[key * nYears + year]` as `{ year: { key: n } }`, keys that occur and `onbekend` last. */
function perYear(
  frame: Frame,
  counts: Int32Array,
  keys: readonly string[],
  order: (a: string, b: string) => number,
): Record<string, Record<string, number>> {
  const nY = frame.nYears;
  const total = (k: number) => {
    let n = 0;
    for (let y = 0; y < nY; y++) n += counts[k * nY + y] as number;
    return n;
  };
  const shown = keys
    .map((key, k) => ({ key, k }))
    .filter(({ k }) => total(k) > 0)
    .sort((a, b) => order(a.key, b.key));
  const unknown = keys.length;
  return Object.fromEntries(
    frame.years.map((year, y) => [
      year,
      Object.fromEntries([
        ...shown.map(({ key, k }) => [key, counts[k * nY + y] as number]),
        [UNKNOWN_KEY, counts[unknown * nY + y] as number],
      ]),
    ]),
  );
}
