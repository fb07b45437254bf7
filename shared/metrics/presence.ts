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
  // A client's new years (and years active at their end) are a run: rows of differences
  // (`[row * (nYears + 1) + year]`), summed after the pass, not a count per year in a loop
  // whose length the processor cannot foresee.
  const width = nY + 1;
  const clientRuns = new Int32Array(width);
  const activeRuns = new Int32Array(width);
  const genderRuns = new Int32Array(GENDER_SLOTS * width);
  // By age base (`ageBaseOf`): the band of each year is known only after the pass.
  const ageRuns = new Int32Array((unknownBase(nY) + 1) * width);
  const groups = distinctCounter(providerGroups.length * nY);
  const products = distinctCounter(IB_PRODUCT_COUNT * nY);
  const providers = distinctCounter(ds.providerIds.length * nY);
  const municipalities = distinctCounter(ds.municipalities.length * nY);
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

  // The columns and counters in locals: a hot loop that reads them through their objects
  // loads each object's field again on every allocation.
  const { client: clientOf, start, end, provider: providerOf, providerGroup } = ds;
  const { municipality: municipalityOf, product: productOf } = ds;
  const { yearIndex, yearEnd, firstDay, peildatum } = frame;
  const { last: groupLast, counts: groupCounts } = groups;
  const { last: productLast, counts: productCounts } = products;
  const { last: providerLast, counts: providerCounts } = providers;
  const { last: municipalityLast, counts: municipalityCounts } = municipalities;
  // What a client's years need of the client, found when their first allocation comes: the
  // row of their gender, and the row of their age band per year (`ageBandRow[ageBase + y]`).
  const ageBandRow = ageBandRows(bands, nY);
  let ageRow = 0;
  let genderRow = 0;
  const members = only ?? tr.members;
  for (let j = 0; j < members.length; j++) {
    const i = members[j] as number;
    const c = clientOf[i] as number;
    const s = imax(start[i] as number, firstDay) - firstDay;
    const e = imin(end[i] as number, peildatum) - firstDay;
    if (e < s) continue;
    const p = providerOf[i] as number;
    const g = p === NONE ? overig : (providerGroup[p] as number);
    const muni = municipalityOf[i] as number;
    const y0 = yearIndex[s] as number;
    const y1 = yearIndex[e] as number;
    if (c !== client) {
      client = c;
      lastYear = -1;
      lastActiveYear = -1;
      for (let t = 0; t < lastCounted.length; t++) lastCounted[t] = -1;
      ageRow = ageBaseOf(ds, frame, c) * width;
      const gender = ds.gender[c] as number;
      genderRow = (gender === NONE ? GENDER_UNKNOWN : gender) * width;
    }
    // New client-years: the client counts, with their age band (age on 1 July) and gender. An
    // empty run (years counted already) adds 0, at places inside the rows.
    const from = imax(y0, lastYear + 1);
    const counts = Number(from <= y1);
    addRun(clientRuns, from, y1, counts);
    addRun(genderRuns, genderRow + from, genderRow + y1, counts);
    addRun(ageRuns, ageRow + from, ageRow + y1, counts);
    lastYear = imax(lastYear, y1);
    // Active at the end of every year it spans but the last, and of that one when it runs to it.
    const lastActive = y1 - Number(e + firstDay < (yearEnd[y1] as number));
    const fromActive = imax(y0, lastActiveYear + 1);
    addRun(activeRuns, fromActive, lastActive, Number(fromActive <= lastActive));
    lastActiveYear = imax(lastActiveYear, lastActive);
    const groupRow = g * nY;
    const productRow = (productOf[i] as number) * nY;
    const providerRow = p * nY;
    const municipalityRow = muni * nY;
    for (let y = y0; y <= y1; y++) {
      countDistinct(groupLast, groupCounts, groupRow + y, c);
      countDistinct(productLast, productCounts, productRow + y, c);
      if (p !== NONE) countDistinct(providerLast, providerCounts, providerRow + y, c);
      if (muni !== NONE)
        countDistinct(municipalityLast, municipalityCounts, municipalityRow + y, c);
    }
    for (let t = 0; t < indexes.length; t++) {
      const index = indexes[t] as Int32Array;
      // Each client adds one to a run of periods: a difference array, summed at the end.
      const diff = periods[t] as Int32Array;
      const p1 = index[e] as number;
      const p0 = imax(index[s] as number, (lastCounted[t] as number) + 1);
      if (p0 <= p1) {
        diff[p0] = (diff[p0] as number) + 1;
        diff[p1 + 1] = (diff[p1 + 1] as number) - 1;
        lastCounted[t] = p1;
      }
    }
  }
  const genders = new Int32Array(GENDER_SLOTS * nY);
  for (let slot = 0; slot < GENDER_SLOTS; slot++)
    genders.set(runningSum(genderRuns.subarray(slot * width), nY), slot * nY);
  const ageBands = new Int32Array(nBands * nY);
  for (let base = 0; base <= unknownBase(nY); base++) {
    let running = 0;
    for (let y = 0; y < nY; y++) {
      running += ageRuns[base * width + y] as number;
      inc(ageBands, (ageBandRow[base + y] as number) + y, running);
    }
  }
  return {
    clientsPerYear: runningSum(clientRuns, nY),
    activeAtYearEnd: runningSum(activeRuns, nY),
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

/** Adds `by` (0 or 1) to a run from..to of a difference array. */
function addRun(diff: Int32Array, from: number, to: number, by: number): void {
  diff[from] = (diff[from] as number) + by;
  diff[to + 1] = (diff[to + 1] as number) - by;
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

/** One past the oldest age of a band table: this age and every older one are in the last band. */
const AGE_TOP = 131;

/**
 * The row (`band * nYears`) of a client's age band in year y is `rows[base + y]`, where base is
 * the client's from `ageBaseOf`: a lookup per client-year instead of an age and a band. Bases
 * run over the ages from −(nYears + 1) (negative in every year: the first band) to `AGE_TOP`;
 * after them a client without a birth year has a base whose run is the row of "unknown".
 */
function ageBandRows(bands: AgeBands, nY: number): Int32Array {
  const bandOfAge = bandTable(bands);
  const known = unknownBase(nY);
  const rows = new Int32Array(known + nY).fill(bands.labels.length * nY);
  for (let k = 0; k < known; k++) rows[k] = bandAt(bandOfAge, k - (nY + 1)) * nY;
  return rows;
}

/** The base of a client without a birth year (see `ageBandRows`). */
const unknownBase = (nY: number): number => AGE_TOP + 2 * nY + 1;

/** Client c's base into `ageBandRows`: from their age on 1 July of the frame's first year. */
function ageBaseOf(ds: Dataset, frame: Frame, c: number): number {
  const nY = frame.nYears;
  const born = ds.birthYear[c] as number;
  if (born === NONE) return unknownBase(nY);
  const age = frame.firstYear - born - ((ds.birthMonthDay[c] as number) > JULY_FIRST ? 1 : 0);
  return imax(-(nY + 1), imin(AGE_TOP, age)) + nY + 1;
}
