import { GENDER_SLOTS, GENDER_UNKNOWN } from '../model/gender';
import { IB_PRODUCT_COUNT } from '../model/products';
import { providerGroups } from '../model/providerGroups';
import type { PeriodKind } from '../periods/periods';
import { type AgeBands, bandAt, bandTable } from './ageBands';
import { type Dataset, JULY_FIRST, NONE } from './dataset';
import { countDistinct, distinctCounter, imax, imin, inc } from './distinct';
import { type Frame, periodTable } from './frame';
import type { Trajectories } from './trajectories';

/** Distinct clients with an allocation day in each bucket (all on or before the peildatum). */
export interface Presence {
  clientsPerYear: Int32Array;
  activeAtYearEnd: Int32Array;
  /** `[group * nYears + year]`. */
  groupYear: Int32Array;
  productYear: Int32Array;
  providerYear: Int32Array;
  municipalityYear: Int32Array;
  /** Age on 1 July of the year; the last band index is "unknown". `[band * nYears + year]`. */
  bandYear: Int32Array;
  /** `[gender * nYears + year]`, with `GENDER_UNKNOWN` for clients whose gender is not known. */
  genderYear: Int32Array;
  perPeriod: Map<PeriodKind, Int32Array>;
}

/** One pass over the allocations in client order counts every "clients in …" figure. */
export function computePresence(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  bands: AgeBands,
  kinds: readonly PeriodKind[],
  /** Only these allocations (in the order of `tr.members`): the selection under a filter; else all. */
  only: Int32Array | null = null,
): Presence {
  const nY = frame.nYears;
  const nBands = bands.labels.length + 1;
  const clients = new Int32Array(nY);
  const active = new Int32Array(nY);
  const groups = distinctCounter(providerGroups.length * nY);
  const products = distinctCounter(IB_PRODUCT_COUNT * nY);
  const providers = distinctCounter(ds.providerIds.length * nY);
  const municipalities = distinctCounter(ds.municipalities.length * nY);
  const ageBands = new Int32Array(nBands * nY);
  const genders = new Int32Array(GENDER_SLOTS * nY);
  const tables = kinds.map((kind) => ({ kind, table: periodTable(frame, kind) }));
  // Periods are ordered like days, and allocations come by client and start: a period
  // up to the last one counted for this client is counted already (no stamps needed).
  const periods = tables.map(({ table }) => new Int32Array(table.keys.length + 1));
  const lastCounted = new Int32Array(tables.length);
  // Allocations come by client and start, so a client's years (and years active at their end)
  // so far are a run from their first: an allocation adds the years after the last one counted.
  let client = -1;
  let lastYear = -1;
  let lastActiveYear = -1;
  const indexes = tables.map(({ table }) => table.index);
  const overig = providerGroups.indexOf('overig');
  const bandOfAge = bandTable(bands);

  const count = only ? only.length : tr.members.length;
  for (let j = 0; j < count; j++) {
    const i = (only ? only[j] : tr.members[j]) as number;
    const c = ds.client[i] as number;
    const s = imax(ds.start[i] as number, frame.firstDay);
    const e = imin(ds.end[i] as number, frame.peildatum);
    if (e < s) continue;
    const p = ds.provider[i] as number;
    const g = p === NONE ? overig : (ds.providerGroup[p] as number);
    const muni = ds.municipality[i] as number;
    const y0 = frame.yearIndex[s - frame.firstDay] as number;
    const y1 = frame.yearIndex[e - frame.firstDay] as number;
    if (c !== client) {
      client = c;
      lastYear = -1;
      lastActiveYear = -1;
      for (let t = 0; t < lastCounted.length; t++) lastCounted[t] = -1;
    }
    // A new client-year: the client counts, with their age band (age on 1 July) and gender.
    for (let y = imax(y0, lastYear + 1); y <= y1; y++) {
      inc(clients, y);
      const birthYear = ds.birthYear[c] as number;
      const band =
        birthYear === NONE
          ? nBands - 1
          : bandAt(
              bandOfAge,
              frame.firstYear +
                y -
                birthYear -
                ((ds.birthMonthDay[c] as number) > JULY_FIRST ? 1 : 0),
            );
      inc(ageBands, band * nY + y);
      const gender = ds.gender[c] as number;
      inc(genders, (gender === NONE ? GENDER_UNKNOWN : gender) * nY + y);
    }
    if (y1 > lastYear) lastYear = y1;
    // Active at the end of every year it spans but the last, and of that one when it runs to it.
    const lastActive = e >= (frame.yearEnd[y1] as number) ? y1 : y1 - 1;
    for (let y = imax(y0, lastActiveYear + 1); y <= lastActive; y++) inc(active, y);
    if (lastActive > lastActiveYear) lastActiveYear = lastActive;
    for (let y = y0; y <= y1; y++) {
      countDistinct(groups, g * nY + y, c);
      countDistinct(products, (ds.product[i] as number) * nY + y, c);
      if (p !== NONE) countDistinct(providers, p * nY + y, c);
      if (muni !== NONE) countDistinct(municipalities, muni * nY + y, c);
    }
    for (let t = 0; t < indexes.length; t++) {
      const index = indexes[t] as Int32Array;
      // Each client adds one to a run of periods: a difference array, summed at the end.
      const diff = periods[t] as Int32Array;
      const p1 = index[e - frame.firstDay] as number;
      const p0 = imax(index[s - frame.firstDay] as number, (lastCounted[t] as number) + 1);
      if (p0 <= p1) {
        diff[p0] = (diff[p0] as number) + 1;
        diff[p1 + 1] = (diff[p1 + 1] as number) - 1;
        lastCounted[t] = p1;
      }
    }
  }
  return {
    clientsPerYear: clients,
    activeAtYearEnd: active,
    groupYear: groups.counts,
    productYear: products.counts,
    providerYear: providers.counts,
    municipalityYear: municipalities.counts,
    bandYear: ageBands,
    genderYear: genders,
    perPeriod: new Map(
      tables.map(({ kind, table }, t) => [
        kind,
        runningSum(periods[t] as Int32Array, table.keys.length),
      ]),
    ),
  };
}

/** The counts from a difference array. */
function runningSum(diff: Int32Array, n: number): Int32Array {
  const out = new Int32Array(n);
  let running = 0;
  for (let q = 0; q < n; q++) {
    running += diff[q] as number;
    out[q] = running;
  }
  return out;
}
