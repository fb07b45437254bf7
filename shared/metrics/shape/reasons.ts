import { providerGroups } from '../../model/providerGroups';
import { AS_PLANNED, EARLY, UNKNOWN_KEY } from '../../model/reasons';
import type { PeriodKind } from '../../periods/periods';
import { type Dataset, NONE } from '../dataset';
import { imax, inc } from '../distinct';
import type { Flows } from '../flows';
import {
  countedKinds,
  type Frame,
  foldDays,
  foldMonths,
  monthsPerPeriod,
  periodTable,
} from '../frame';
import type { MetricsJson } from '../metricsJson';
import type { Trajectories } from '../trajectories';

/** Per selected trajectory: the code of its referrer and of its reason for ending (−1: ongoing). */
/** Per trajectory (`[t]`): its referrer and the reason it ended for (−1 while it runs). */
interface Labelled {
  referrer: Int32Array;
  reason: Int32Array;
}

/**
 * `outflowByReason` and `inflowByReferrer` (metrics.md, "Where clients come from and
 * where they go"), over the selected trajectories: an ended trajectory by the reason of
 * the allocation that ends it (its end is the trajectory's; of several, one with a reason,
 * the latest start), per end year; a new trajectory by its first allocation's referrer,
 * per start year. Every year has every key that occurs, and `onbekend`. Per period of
 * each kind too (`byPeriod`), with the keys that occur, as the other splits.
 */
export function reasonFigures(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  flows: Flows,
  kinds: readonly PeriodKind[] = [],
): Pick<MetricsJson, 'outflowByReason' | 'inflowByReferrer'> & {
  endings: ReturnType<typeof endingsByProvider>;
  byPeriod: Map<
    PeriodKind,
    { inflowByReferrer: Record<string, number>[]; outflowByReason: Record<string, number>[] }
  >;
} {
  const labelled = labelsOf(ds, tr);
  const reasonKeys = [...ds.reasons, UNKNOWN_KEY];
  const referrerKeys = [...ds.referrers, UNKNOWN_KEY];
  // Months and the kinds not made of months are counted; years and quarters are their months.
  const counted = countedKinds(['year', ...kinds]);
  const tables = counted.map((kind) => periodTable(frame, kind));
  const indexes = tables.map((t) => t.index);
  const sizes = tables.map((t) => t.keys.length);
  const countsOf = (codes: Int32Array, nCodes: number, day: Int32Array) => {
    const counts = countByBuckets(
      flows.selected,
      codes,
      nCodes,
      day,
      frame.firstDay,
      indexes,
      sizes,
    );
    return (kind: PeriodKind): Int32Array => {
      const per = monthsPerPeriod(kind);
      const direct = counts[counted.indexOf(per === null ? kind : 'month')] as Int32Array;
      return per === null
        ? direct
        : foldMonths(
            direct,
            sizes[counted.indexOf('month')] as number,
            per,
            periodTable(frame, kind).keys.length,
          );
    };
  };
  const out = countsOf(labelled.reason, reasonKeys.length, tr.end);
  const into = countsOf(labelled.referrer, referrerKeys.length, tr.start);
  const byPeriod = new Map(
    kinds.map((kind) => {
      const n = periodTable(frame, kind).keys.length;
      return [
        kind,
        {
          inflowByReferrer: occurring(into(kind), referrerKeys, n),
          outflowByReason: occurring(out(kind), reasonKeys, n),
        },
      ] as const;
    }),
  );
  return {
    outflowByReason: everyKey(frame, out('year'), reasonKeys, byCode),
    inflowByReferrer: everyKey(frame, into('year'), referrerKeys, (a, b) =>
      a.localeCompare(b, 'nl'),
    ),
    byPeriod,
    endings: endingsByProvider(ds, frame, tr, flows, labelled),
  };
}

/**
 * Selected trajectories per code and bucket (`[code * size + bucket]`) for several bucketings
 * at once (years, months, …): the bucket of a trajectory's day (its start or end) from each
 * day table. A code below 0 is not counted. A hot pass (docs/performance.md): each trajectory
 * is counted once, by its code and day, and the days are folded into every bucketing after.
 */
function countByBuckets(
  selected: Int32Array,
  codes: Int32Array,
  nCodes: number,
  day: Int32Array,
  firstDay: number,
  bucketOfDay: readonly Int32Array[],
  sizes: readonly number[],
): Int32Array[] {
  const nDays = bucketOfDay[0]?.length ?? 0;
  // Codes from −1 (not counted: a row of its own before the codes, not read): no branch on
  // whether a trajectory has a code (whether it ended, to the processor a coin toss).
  const rows = new Int32Array((nCodes + 1) * nDays);
  for (let k = 0; k < selected.length; k++) {
    const t = selected[k] as number;
    inc(rows, imax(codes[t] as number, -1) * nDays + nDays + (day[t] as number) - firstDay);
  }
  const days = rows.subarray(nDays);
  return sizes.map((size, j) => foldDays(days, nCodes, bucketOfDay[j] as Int32Array, size));
}

/**
 * Per provider (of the trajectory's first allocation) and end year: the ended trajectories
 * with a known reason, and of them those ended according to plan (19) and early (21, 22, 23).
 * `[provider * nYears + year]`; per provider group the same (`[group * nYears + year]`, a
 * trajectory without a provider under `overig`, as the other splits by group).
 */
function endingsByProvider(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  flows: Flows,
  labelled: Labelled,
): {
  known: Int32Array;
  asPlanned: Int32Array;
  early: Int32Array;
  groups: { known: Int32Array; asPlanned: Int32Array; early: Int32Array };
} {
  const nY = frame.nYears;
  const size = Math.max(1, ds.providerIds.length) * nY;
  const known = new Int32Array(size);
  const asPlanned = new Int32Array(size);
  const early = new Int32Array(size);
  const groups = {
    known: new Int32Array(providerGroups.length * nY),
    asPlanned: new Int32Array(providerGroups.length * nY),
    early: new Int32Array(providerGroups.length * nY),
  };
  const overig = providerGroups.indexOf('overig');
  const planned = new Set(AS_PLANNED.map((code) => ds.reasons.indexOf(code)));
  const earlyCodes = new Set(EARLY.map((code) => ds.reasons.indexOf(code)));
  const selected = flows.selected;
  for (let k = 0; k < selected.length; k++) {
    const t = selected[k] as number;
    const why = labelled.reason[t] as number;
    // Running or without a reason: not in the shares.
    if (why < 0 || why === ds.reasons.length) continue;
    const p = ds.provider[tr.first[t] as number] as number;
    const y = frame.yearIndex[(tr.end[t] as number) - frame.firstDay] as number;
    const g = (p === NONE ? overig : (ds.providerGroup[p] as number)) * nY + y;
    inc(groups.known, g);
    if (planned.has(why)) inc(groups.asPlanned, g);
    if (earlyCodes.has(why)) inc(groups.early, g);
    if (p === NONE) continue;
    const at = p * nY + y;
    inc(known, at);
    if (planned.has(why)) inc(asPlanned, at);
    if (earlyCodes.has(why)) inc(early, at);
  }
  return { known, asPlanned, early, groups };
}

/**
 * `endingsByGroup`: per provider group and end year, the ended trajectories with a known
 * reason and of them those ended according to plan and early (counts: a brief publishes
 * them rounded and takes the shares from there). Groups with any.
 */
export function endingsByGroup(
  frame: Frame,
  endings: ReturnType<typeof endingsByProvider>,
): MetricsJson['endingsByGroup'] {
  const nY = frame.nYears;
  const out: MetricsJson['endingsByGroup'] = {};
  providerGroups.forEach((group, g) => {
    const at = (a: Int32Array, y: number) => a[g * nY + y] as number;
    if (frame.years.every((_, y) => at(endings.groups.known, y) === 0)) return;
    out[group] = Object.fromEntries(
      frame.years.map((year, y) => [
        year,
        {
          known: at(endings.groups.known, y),
          asPlanned: at(endings.groups.asPlanned, y),
          early: at(endings.groups.early, y),
        },
      ]),
    );
  });
  return out;
}

/**
 * The providers' figures with their shares of trajectories ended according to plan and
 * early, per end year, of those ended with a known reason (null without any).
 */
export function withEndings(
  providers: MetricsJson['providers'],
  ds: Dataset,
  frame: Frame,
  endings: ReturnType<typeof endingsByProvider>,
): MetricsJson['providers'] {
  const nY = frame.nYears;
  const share = (part: Int32Array, at: number) => {
    const n = endings.known[at] as number;
    return n === 0 ? null : Math.round((1000 * (part[at] as number)) / n) / 10;
  };
  ds.providerIds.forEach((id, p) => {
    const figures = providers[id];
    if (!figures) return;
    figures.endedAsPlannedPct = Object.fromEntries(
      frame.years.map((year, y) => [year, share(endings.asPlanned, p * nY + y)]),
    );
    figures.endedEarlyPct = Object.fromEntries(
      frame.years.map((year, y) => [year, share(endings.early, p * nY + y)]),
    );
  });
  return providers;
}

/** Labels per set of trajectories: the same under every filter, so made once (not per filter change). */
const labels = new WeakMap<Trajectories, Labelled>();

/** The referrer and reason of every trajectory; "unknown" is the code after the last. */
export function labelsOf(ds: Dataset, tr: Trajectories): Labelled {
  let labelled = labels.get(tr);
  if (labelled) return labelled;
  const unknownReferrer = ds.referrers.length;
  const unknownReason = ds.reasons.length;
  const referrer = new Int32Array(tr.count);
  const reason = new Int32Array(tr.count);
  for (let t = 0; t < tr.count; t++) {
    const who = ds.referrer[tr.first[t] as number] as number;
    referrer[t] = who === NONE ? unknownReferrer : who;
    if (tr.ongoing[t]) {
      reason[t] = -1;
      continue;
    }
    const why = endingReason(ds, tr, t);
    reason[t] = why === NONE ? unknownReason : why;
  }
  labelled = { referrer, reason };
  labels.set(tr, labelled);
  return labelled;
}

/**
 * The reason an ended trajectory ended for (an index into `ds.reasons`, or NONE): that of
 * the allocation that ends it (its end is the trajectory's end); of several, one with a
 * reason, and of those the latest start, then the last in trajectory order.
 */
export function endingReason(ds: Dataset, tr: Trajectories, t: number): number {
  const trajectoryEnd = tr.end[t] as number;
  let best = -1;
  for (let m = tr.offset[t] as number; m < (tr.offset[t + 1] as number); m++) {
    const i = tr.members[m] as number;
    if (ds.end[i] !== trajectoryEnd) continue;
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
  return best < 0 ? NONE : (ds.reasonEnd[best] as number);
}

/** WMO588 codes in their order, then texts as written, alphabetically. */
const byCode = (a: string, b: string) => {
  const x = /^\d+$/.test(a);
  const y = /^\d+$/.test(b);
  return x && y ? Number(a) - Number(b) : x ? -1 : y ? 1 : a.localeCompare(b, 'nl');
};

/** Counts `[key * nYears + year]` as `{ year: { key: n } }`: every key that occurs, `onbekend` last. */
function everyKey(
  frame: Frame,
  counts: Int32Array,
  keys: readonly string[],
  order: (a: string, b: string) => number,
): Record<string, Record<string, number>> {
  const nY = frame.nYears;
  const unknown = keys.length - 1;
  const total = (k: number) => counts.subarray(k * nY, (k + 1) * nY).reduce((a, b) => a + b, 0);
  const shown = keys
    .slice(0, unknown)
    .map((key, k) => ({ key, k }))
    .filter(({ k }) => total(k) > 0)
    .sort((a, b) => order(a.key, b.key));
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

/** Counts `[key * n + q]` as one `{ key: n }` per period, with the keys that occur in any. */
function occurring(
  counts: Int32Array,
  keys: readonly string[],
  n: number,
): Record<string, number>[] {
  const present = keys
    .map((key, k) => ({ key, k }))
    .filter(({ k }) => counts.subarray(k * n, (k + 1) * n).some((v) => v > 0));
  return Array.from({ length: n }, (_, q) =>
    Object.fromEntries(present.map(({ key, k }) => [key, counts[k * n + q] as number])),
  );
}

/** The periods' figures with their referrers and reasons (`PeriodFigures`). */
export function withReasons(
  byPeriod: MetricsJson['byPeriod'],
  reasons: ReturnType<typeof reasonFigures>['byPeriod'],
): MetricsJson['byPeriod'] {
  for (const [kind, split] of reasons) {
    const periods = byPeriod[kind];
    if (!periods) continue;
    Object.values(periods).forEach((p, q) => {
      p.inflowByReferrer = split.inflowByReferrer[q] ?? {};
      p.outflowByReason = split.outflowByReason[q] ?? {};
    });
  }
  return byPeriod;
}
