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
  // A client's new years by gender and age are a run: rows of differences
  // (`[row * (nYears + 1) + year]`), summed after the pass, not a count per year in a loop
  // whose length the processor cannot foresee.
  const width = nY + 1;
  const genderRuns = new Int32Array(GENDER_SLOTS * width);
  // By age base (`ageBaseOf`): the band of each year is known only after the pass.
  const ageRuns = new Int32Array((unknownBase(nY) + 1) * width);
  const groups = distinctCounter(providerGroups.length * nY);
  const products = distinctCounter(IB_PRODUCT_COUNT * nY);
  const providers = distinctCounter(ds.providerIds.length * nY);
  const municipalities = distinctCounter(ds.municipalities.length * nY);
  const tables = kinds.map((kind) => ({ kind, table: periodTable(frame, kind) }));
  // A client's days so far are spells: allocations merged where they overlap or touch. Clients
  // in a period are the spells that reach into it, less one for each gap between two spells of
  // a client that both do (its two sides in the same period). The spells are counted by the day
  // they start and end, and folded into years and every period kind after the pass
  // (`clientsPerPeriod`); the clients active on a day are the spells that cover it.
  const nDays = frame.yearIndex.length;
  const spellStarts = new Int32Array(nDays);
  const spellEnds = new Int32Array(nDays);
  const indexes = [frame.yearIndex, ...tables.map(({ table }) => table.index)];
  const gaps = [nY, ...tables.map(({ table }) => table.keys.length)].map((n) => new Int32Array(n));
  /** The end of the client's open spell; `NO_SPELL` before their first allocation. */
  let spellEnd = NO_SPELL;
  // Allocations come by client and start, so a client's years so far are a run from their
  // first: an allocation adds the years after the last one counted.
  let client = -1;
  let lastYear = -1;
  const overig = providerGroups.indexOf('overig');

  // The columns and counters in locals: a hot loop that reads them through their objects
  // loads each object's field again on every allocation.
  const { client: clientOf, start, end, provider: providerOf, providerGroup } = ds;
  const { municipality: municipalityOf, product: productOf } = ds;
  const { yearIndex, firstDay, peildatum } = frame;
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
      if (spellEnd !== NO_SPELL) inc(spellEnds, spellEnd);
      spellEnd = NO_SPELL;
      ageRow = ageBaseOf(ds, frame, c) * width;
      const gender = ds.gender[c] as number;
      genderRow = (gender === NONE ? GENDER_UNKNOWN : gender) * width;
    }
    // New client-years by age band (age on 1 July) and gender. An empty run (years counted
    // already) adds 0, at places inside the rows.
    const from = imax(y0, lastYear + 1);
    const counts = Number(from <= y1);
    addRun(genderRuns, genderRow + from, genderRow + y1, counts);
    addRun(ageRuns, ageRow + from, ageRow + y1, counts);
    lastYear = imax(lastYear, y1);
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
    if (s > spellEnd + 1) {
      if (spellEnd !== NO_SPELL) {
        inc(spellEnds, spellEnd);
        for (let t = 0; t < indexes.length; t++) {
          const index = indexes[t] as Int32Array;
          const q = index[spellEnd] as number;
          if (q === index[s]) inc(gaps[t] as Int32Array, q);
        }
      }
      inc(spellStarts, s);
      spellEnd = e;
    } else spellEnd = imax(spellEnd, e);
  }
  if (spellEnd !== NO_SPELL) inc(spellEnds, spellEnd);
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
    clientsPerYear: clientsPerPeriod(
      spellStarts,
      spellEnds,
      frame.yearIndex,
      gaps[0] as Int32Array,
    ),
    activeAtYearEnd: coveredOn(spellStarts, spellEnds, frame),
    groupYear: groups.counts,
    productYear: products.counts,
    providerYear: providers.counts,
    municipalityYear: municipalities.counts,
    bandYear: ageBands,
    genderYear: genders,
    perPeriod: new Map(
      tables.map(({ kind, table }, t) => [
        kind,
        clientsPerPeriod(spellStarts, spellEnds, table.index, gaps[t + 1] as Int32Array),
      ]),
    ),
  };
}

/** Adds `by` (0 or 1) to a run from..to of a difference array. */
function addRun(diff: Int32Array, from: number, to: number, by: number): void {
  diff[from] = (diff[from] as number) + by;
  diff[to + 1] = (diff[to + 1] as number) - by;
}

/** `spellEnd` before a client's first allocation: every start is after it, and it ends no spell. */
const NO_SPELL = -2;

/**
 * Clients per period from the spells of their days (`computePresence`): the spells started by
 * a period's last day, less those ended before its first, less the gaps inside it.
 */
function clientsPerPeriod(
  spellStarts: Int32Array,
  spellEnds: Int32Array,
  index: Int32Array,
  gaps: Int32Array,
): Int32Array {
  const out = new Int32Array(gaps.length);
  let started = 0;
  let ended = 0;
  for (let d = 0; d < index.length; d++) {
    const q = index[d] as number;
    if (d === 0 || index[d - 1] !== q) inc(out, q, -ended - (gaps[q] as number));
    started += spellStarts[d] as number;
    ended += spellEnds[d] as number;
    if (d === index.length - 1 || index[d + 1] !== q) inc(out, q, started);
  }
  return out;
}

/** Clients whose spells cover the last counted day of each year (`frame.yearEnd`). */
function coveredOn(spellStarts: Int32Array, spellEnds: Int32Array, frame: Frame): Int32Array {
  const out = new Int32Array(frame.nYears);
  let covering = 0;
  for (let d = 0, y = 0; y < frame.nYears; d++) {
    covering += spellStarts[d] as number;
    if (d === (frame.yearEnd[y] as number) - frame.firstDay) {
      out[y] = covering;
      y++;
    }
    covering -= spellEnds[d] as number;
  }
  return out;
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
