import { ibProducts } from '../model/products';
import { providerGroups } from '../model/providerGroups';
import type { PeriodKind } from '../periods/periods';
import { type AgeBands, bandAt, bandTable } from './ageBands';
import { type Dataset, NONE } from './dataset';
import { addTo, inc } from './distinct';
import {
  countedKinds,
  type Frame,
  foldDays,
  foldMonths,
  monthsPerPeriod,
  type PeriodTable,
  periodTable,
} from './frame';
import { fresh, type Lender } from './scratch';
import { NO_AGE, startAges } from './startAges';
import type { Trajectories } from './trajectories';

/** Inflow and outflow of one period kind, in total and split by the trajectory's first product and provider group. */
export interface PeriodFlows {
  inflow: Int32Array;
  outflow: Int32Array;
  /** `[product * nPeriods + period]`. */
  inflowByProduct: Int32Array;
  outflowByProduct: Int32Array;
  /** `[group * nPeriods + period]`. */
  inflowByGroup: Int32Array;
  outflowByGroup: Int32Array;
}

/** Inflow, outflow, re-entry, age at start and durations: one pass over the trajectories. */
export interface Flows {
  inflowPerYear: Int32Array;
  outflowPerYear: Int32Array;
  reentryPerYear: Int32Array;
  perPeriod: Map<PeriodKind, PeriodFlows>;
  ageSum: Float64Array;
  ageCount: Int32Array;
  /** Inflow by age band at start; the last band is "unknown". `[band * nYears + year]`. */
  inflowBandYear: Int32Array;
  /** By first provider: `[provider * nYears + year]`. */
  providerInflowYear: Int32Array;
  providerOutflowYear: Int32Array;
  /** Selected trajectories, in order. */
  selected: Int32Array;
  /** Per selected trajectory: its duration (days, start and end counted). */
  duration: Int32Array;
  /** Per selected trajectory: 1 when it ended by the peildatum. */
  ended: Uint8Array;
  /** Per selected trajectory: the year it started (an index into the frame's years). */
  startYear: Int32Array;
  /** Per selected trajectory: its first allocation's provider + 1 (0: none). */
  firstProvider: Int32Array;
}

export function computeFlows(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  bands: AgeBands,
  kinds: readonly PeriodKind[],
  /** Only these trajectories (ascending): the selection under a filter; else all. */
  only: Int32Array | null = null,
  lend: Lender = fresh,
): Flows {
  const nY = frame.nYears;
  const nBands = bands.labels.length + 1;
  const nProviders = Math.max(1, ds.providerIds.length);
  const flows: Flows = {
    // Per year: folded from the counts per day after the pass (below).
    inflowPerYear: new Int32Array(0),
    outflowPerYear: new Int32Array(0),
    reentryPerYear: new Int32Array(nY),
    perPeriod: new Map(),
    ageSum: new Float64Array(nY),
    ageCount: new Int32Array(nY),
    inflowBandYear: new Int32Array(nBands * nY),
    providerInflowYear: new Int32Array(nProviders * nY),
    providerOutflowYear: new Int32Array(nProviders * nY),
    selected: lend.int32('flows.selected', only ? only.length : tr.count),
    duration: lend.int32('flows.duration', only ? only.length : tr.count),
    ended: lend.uint8('flows.ended', only ? only.length : tr.count),
    startYear: lend.int32('flows.startYear', only ? only.length : tr.count),
    firstProvider: lend.int32('flows.firstProvider', only ? only.length : tr.count),
  };
  // Per trajectory one count by its first product and group and the day it started (and one
  // by the day it ended): the counts per period of each kind are these days folded after the
  // pass (`byPeriod`), not six counts per kind per trajectory. Quarters and years come from
  // the months.
  const nDays = frame.yearIndex.length;
  const inflowDays = new Int32Array(ibProducts.length * providerGroups.length * nDays);
  const outflowDays = new Int32Array(ibProducts.length * providerGroups.length * nDays);
  const overig = providerGroups.indexOf('overig');
  const bandOfAge = bandTable(bands);
  const ages = startAges(ds, frame, tr);
  let n = 0;
  const count = only ? only.length : tr.count;
  for (let j = 0; j < count; j++) {
    const t = only ? (only[j] as number) : j;
    const s = tr.start[t] as number;
    const e = tr.end[t] as number;
    const ended = !tr.ongoing[t];
    const y = frame.yearIndex[s - frame.firstDay] as number;
    const yEnd = frame.yearIndex[e - frame.firstDay] as number;
    const p = ds.provider[tr.first[t] as number] as number;
    const product = ds.product[tr.first[t] as number] as number;
    const group = p === NONE ? overig : (ds.providerGroup[p] as number);
    const row = (product * providerGroups.length + group) * nDays;
    inc(inflowDays, row + s - frame.firstDay);
    if (p !== NONE) inc(flows.providerInflowYear, p * nY + y);
    if (ended) {
      inc(outflowDays, row + e - frame.firstDay);
      if (p !== NONE) inc(flows.providerOutflowYear, p * nY + yEnd);
    }
    // Re-entry: the client's previous trajectory (whatever the filter) ended at most 365 days before.
    if (t > 0 && tr.client[t - 1] === tr.client[t] && s - (tr.end[t - 1] as number) <= 365)
      inc(flows.reentryPerYear, y);
    const age = ages[t] as number;
    if (age !== NO_AGE) {
      addTo(flows.ageSum, y, age);
      inc(flows.ageCount, y);
      inc(flows.inflowBandYear, bandAt(bandOfAge, age) * nY + y);
    } else {
      inc(flows.inflowBandYear, (nBands - 1) * nY + y);
    }
    flows.selected[n] = t;
    flows.duration[n] = e - s + 1;
    flows.ended[n] = ended ? 1 : 0;
    flows.startYear[n] = y;
    flows.firstProvider[n] = p + 1;
    n++;
  }
  flows.selected = flows.selected.subarray(0, n);
  flows.duration = flows.duration.subarray(0, n);
  flows.ended = flows.ended.subarray(0, n);
  flows.startYear = flows.startYear.subarray(0, n);
  flows.firstProvider = flows.firstProvider.subarray(0, n);
  // Inflow and outflow per year: the days folded into years.
  const years = periodTable(frame, 'year');
  flows.inflowPerYear = byPeriod(inflowDays, years).total;
  flows.outflowPerYear = byPeriod(outflowDays, years).total;
  for (const kind of countedKinds(kinds)) {
    const table = periodTable(frame, kind);
    const inflow = byPeriod(inflowDays, table);
    const outflow = byPeriod(outflowDays, table);
    flows.perPeriod.set(kind, {
      inflow: inflow.total,
      outflow: outflow.total,
      inflowByProduct: inflow.byProduct,
      outflowByProduct: outflow.byProduct,
      inflowByGroup: inflow.byGroup,
      outflowByGroup: outflow.byGroup,
    });
  }
  const months = flows.perPeriod.get('month');
  for (const kind of kinds) {
    const per = monthsPerPeriod(kind);
    if (per === null || !months) continue;
    const nMonths = months.inflow.length;
    const nPeriods = periodTable(frame, kind).keys.length;
    const fold = (perMonth: Int32Array) => foldMonths(perMonth, nMonths, per, nPeriods);
    flows.perPeriod.set(kind, {
      inflow: fold(months.inflow),
      outflow: fold(months.outflow),
      inflowByProduct: fold(months.inflowByProduct),
      outflowByProduct: fold(months.outflowByProduct),
      inflowByGroup: fold(months.inflowByGroup),
      outflowByGroup: fold(months.outflowByGroup),
    });
  }
  if (!kinds.includes('month')) flows.perPeriod.delete('month');
  return flows;
}

/**
 * Counts per product, group and day (`[(product * nGroups + group) * nDays + day]`) as counts
 * per period of a table: in total, by product and by group.
 */
function byPeriod(
  days: Int32Array,
  table: PeriodTable,
): { total: Int32Array; byProduct: Int32Array; byGroup: Int32Array } {
  const n = table.keys.length;
  const nGroups = providerGroups.length;
  const perRow = foldDays(days, ibProducts.length * nGroups, table.index, n);
  const total = new Int32Array(n);
  const byProduct = new Int32Array(ibProducts.length * n);
  const byGroup = new Int32Array(nGroups * n);
  for (let product = 0; product < ibProducts.length; product++)
    for (let group = 0; group < nGroups; group++)
      for (let q = 0; q < n; q++) {
        const count = perRow[(product * nGroups + group) * n + q] as number;
        inc(total, q, count);
        inc(byProduct, product * n + q, count);
        inc(byGroup, group * n + q, count);
      }
  return { total, byProduct, byGroup };
}
