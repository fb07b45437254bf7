import { IB_PRODUCT_COUNT } from '../model/products';
import { monthsToYears } from './calendar';
import { type Dataset, NONE } from './dataset';
import { countDistinct, distinctCounter, imax, imin, inc } from './distinct';
import type { Frame } from './frame';
import { coveredMoney, dailyRates } from './tariffCost';
import type { Trajectories } from './trajectories';

/**
 * Clients, inflow, outflow and tariff cost per year for groups of municipalities
 * at once, and for all groups together (group `nGroups`): one pass where a
 * municipality filter per group would take one pass each. The same rules as
 * presence, flows and tariff cost under a municipality filter: an allocation
 * counts by its municipality, a trajectory by its first allocation's.
 * `[group * nYears + year]`; `cents` is null without tariffs.
 */
export interface GroupYears {
  clients: Int32Array;
  inflow: Int32Array;
  outflow: Int32Array;
  cents: Float64Array | null;
}

export function yearsByMunicipalityGroup(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  /** The selection without a municipality filter, or null for all. */
  mask: Uint8Array | null,
  /** Per municipality (index into `ds.municipalities`): its group, or −1 for none. */
  groupOf: Int32Array,
  nGroups: number,
  tariffs: Map<string, number> | null,
): GroupYears {
  const nY = frame.nYears;
  const nDays = frame.yearIndex.length;
  const all = nGroups;
  const clients = distinctCounter((nGroups + 1) * nY);
  const coverage = tariffs ? new Int32Array((nGroups + 1) * IB_PRODUCT_COUNT * (nDays + 1)) : null;

  // Allocations in client order: distinct clients per group and year, and coverage for cost.
  for (let k = 0; k < tr.members.length; k++) {
    const i = tr.members[k] as number;
    if (mask && !mask[i]) continue;
    const g = groupOfAllocation(ds, groupOf, i);
    if (g < 0) continue;
    const s = imax(ds.start[i] as number, frame.firstDay);
    const e = imin(ds.end[i] as number, frame.peildatum);
    if (e < s) continue;
    const c = ds.client[i] as number;
    for (
      let y = frame.yearIndex[s - frame.firstDay] as number;
      y <= (frame.yearIndex[e - frame.firstDay] as number);
      y++
    ) {
      countDistinct(clients.last, clients.counts, g * nY + y, c);
      countDistinct(clients.last, clients.counts, all * nY + y, c);
    }
    if (coverage) {
      const p = ds.product[i] as number;
      const own = (g * IB_PRODUCT_COUNT + p) * (nDays + 1);
      const together = (all * IB_PRODUCT_COUNT + p) * (nDays + 1);
      inc(coverage, own + s - frame.firstDay);
      inc(coverage, own + e - frame.firstDay + 1, -1);
      inc(coverage, together + s - frame.firstDay);
      inc(coverage, together + e - frame.firstDay + 1, -1);
    }
  }

  // Trajectories, by their first allocation.
  const inflow = new Int32Array((nGroups + 1) * nY);
  const outflow = new Int32Array((nGroups + 1) * nY);
  for (let t = 0; t < tr.count; t++) {
    const first = tr.first[t] as number;
    if (mask && !mask[first]) continue;
    const g = groupOfAllocation(ds, groupOf, first);
    if (g < 0) continue;
    const y = frame.yearIndex[(tr.start[t] as number) - frame.firstDay] as number;
    inc(inflow, g * nY + y);
    inc(inflow, all * nY + y);
    if (!tr.ongoing[t]) {
      const yEnd = frame.yearIndex[(tr.end[t] as number) - frame.firstDay] as number;
      inc(outflow, g * nY + yEnd);
      inc(outflow, all * nY + yEnd);
    }
  }

  let cents: Float64Array | null = null;
  if (coverage && tariffs) {
    const rate = dailyRates(frame, tariffs);
    cents = new Float64Array((nGroups + 1) * nY);
    for (let h = 0; h <= nGroups; h++) {
      const block = coverage.subarray(
        h * IB_PRODUCT_COUNT * (nDays + 1),
        (h + 1) * IB_PRODUCT_COUNT * (nDays + 1),
      );
      cents.set(monthsToYears(coveredMoney(frame, block, rate), nY), h * nY);
    }
  }
  return { clients: clients.counts, inflow, outflow, cents };
}

/** The group of allocation i's municipality, or −1. (A hot pass: docs/performance.md, "Hot passes".) */
function groupOfAllocation(ds: Dataset, groupOf: Int32Array, i: number): number {
  const m = ds.municipality[i] as number;
  return m === NONE ? -1 : (groupOf[m] as number);
}

/** Per group of municipalities: its allocations (in the order of `tr.members`) and trajectories. */
export interface MunicipalityParts {
  /** `allocations.subarray(allocationOffsets[g], allocationOffsets[g + 1])`. */
  allocations: Int32Array;
  allocationOffsets: Int32Array;
  /** `trajectories.subarray(trajectoryOffsets[g], trajectoryOffsets[g + 1])`, ascending. */
  trajectories: Int32Array;
  trajectoryOffsets: Int32Array;
}

/**
 * Splits the selection by municipality group in one pass over the allocations and one over
 * the trajectories: an allocation by its own municipality, a trajectory by its first
 * allocation's — the rules of a municipality filter, so each part is what that filter
 * selects, in the same order.
 */
export function partsByMunicipality(
  ds: Dataset,
  tr: Trajectories,
  /** The selection without a municipality filter, or null for all. */
  mask: Uint8Array | null,
  groupOf: Int32Array,
  nGroups: number,
): MunicipalityParts {
  const memberGroup = new Int32Array(tr.members.length);
  const allocationOffsets = new Int32Array(nGroups + 1);
  for (let k = 0; k < tr.members.length; k++) {
    const i = tr.members[k] as number;
    const g = mask && !mask[i] ? -1 : groupOfAllocation(ds, groupOf, i);
    memberGroup[k] = g;
    if (g >= 0) inc(allocationOffsets, g + 1);
  }
  const trajectoryGroup = new Int32Array(tr.count);
  const trajectoryOffsets = new Int32Array(nGroups + 1);
  for (let t = 0; t < tr.count; t++) {
    const first = tr.first[t] as number;
    const g = mask && !mask[first] ? -1 : groupOfAllocation(ds, groupOf, first);
    trajectoryGroup[t] = g;
    if (g >= 0) inc(trajectoryOffsets, g + 1);
  }
  for (let g = 0; g < nGroups; g++) {
    inc(allocationOffsets, g + 1, allocationOffsets[g] as number);
    inc(trajectoryOffsets, g + 1, trajectoryOffsets[g] as number);
  }
  const allocations = new Int32Array(allocationOffsets[nGroups] as number);
  const trajectories = new Int32Array(trajectoryOffsets[nGroups] as number);
  const allocationFill = allocationOffsets.slice(0, nGroups);
  const trajectoryFill = trajectoryOffsets.slice(0, nGroups);
  for (let k = 0; k < memberGroup.length; k++) {
    const g = memberGroup[k] as number;
    if (g < 0) continue;
    allocations[allocationFill[g] as number] = tr.members[k] as number;
    inc(allocationFill, g);
  }
  for (let t = 0; t < trajectoryGroup.length; t++) {
    const g = trajectoryGroup[t] as number;
    if (g < 0) continue;
    trajectories[trajectoryFill[g] as number] = t;
    inc(trajectoryFill, g);
  }
  return { allocations, allocationOffsets, trajectories, trajectoryOffsets };
}
