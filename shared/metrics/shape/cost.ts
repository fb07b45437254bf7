import { providerGroups } from '../../model/providerGroups';
import { isoDate } from '../../periods/days';
import type { CostResult } from '../cost';
import type { Dataset } from '../dataset';
import { inc } from '../distinct';
import { cohortFollowedAYear } from '../durations';
import type { Flows } from '../flows';
import type { Frame } from '../frame';
import { NO_PROVIDER } from '../keys';
import type { MetricsJson } from '../metricsJson';
import { euro, round } from '../round';
import { fresh, type Lender } from '../scratch';
import { median } from '../select';
import type { Trajectories } from '../trajectories';

/** Cost (euro) of year y, or null without a cost source. */
export function costTotal(cost: CostResult, y: number): number | null {
  return cost.source === 'none' ? null : euro(cost.perYear[y] as number);
}

/** Cost per client-month with cost (euro, cents), or null without cost or client-months. */
export function costPerClientMonth(
  cost: CostResult,
  cents: number,
  clientMonths: number,
): number | null {
  return cost.source === 'none' || clientMonths === 0 ? null : round(cents / clientMonths / 100, 2);
}

/** `costByGroup`: cost per provider group per year; lines without a provider under `NO_PROVIDER`. */
export function costByGroup(
  ds: Dataset,
  frame: Frame,
  cost: CostResult,
): MetricsJson['costByGroup'] {
  if (cost.source === 'none') return {};
  const nY = frame.nYears;
  const cents = new Float64Array((providerGroups.length + 1) * nY);
  const without = providerGroups.length;
  for (let y = 0; y < nY; y++) cents[without * nY + y] = cost.perYear[y] as number;
  for (let p = 0; p < ds.providerIds.length; p++) {
    const g = ds.providerGroup[p] as number;
    for (let y = 0; y < nY; y++) {
      const c = cost.perProviderYear[p * nY + y] as number;
      cents[g * nY + y] = (cents[g * nY + y] as number) + c;
      cents[without * nY + y] = (cents[without * nY + y] as number) - c;
    }
  }
  const out: MetricsJson['costByGroup'] = {};
  [...providerGroups, NO_PROVIDER].forEach((group, g) => {
    const perYear = frame.years.map((_, y) => euro(cents[g * nY + y] as number));
    if (perYear.some((v) => v !== 0))
      out[group] = Object.fromEntries(frame.years.map((key, y) => [key, perYear[y] as number]));
  });
  return out;
}

/** What the cost per trajectory reads of the flows: the selected trajectories, ended or not, by start year. */
export type TrajectoryYears = Pick<Flows, 'selected' | 'ended' | 'startYear'>;

/** `costPerTrajectory`: mean and median cost of ended trajectories per start year. */
export function costPerTrajectory(
  frame: Frame,
  flows: TrajectoryYears,
  cost: Pick<CostResult, 'source' | 'perTrajectory'>,
  lend: Lender = fresh,
): MetricsJson['costPerTrajectory'] {
  const { selected, ended, startYear } = flows;
  const year = lend.int32('cost.year', selected.length);
  // The start year when ended, else −1: without a branch (ended or not is a coin toss).
  for (let k = 0; k < selected.length; k++)
    year[k] = ((startYear[k] as number) + 1) * (ended[k] as number) - 1;
  return costOf(frame, selected, year, cost.source === 'none' ? null : cost.perTrajectory, lend);
}

/**
 * `costFirstYear`: mean and median cost of a trajectory's first 365 days, per
 * start year — ended or not, so a recent start year is not cut short to its
 * short trajectories. Only start years of which every trajectory has had its
 * first year by the peildatum (`cohortFollowedAYear`); trajectories running when
 * the data begin (their start is the data's first day) are left out.
 */
export function costFirstYear(
  ds: Pick<Dataset, 'dataStart'>,
  frame: Frame,
  tr: Pick<Trajectories, 'start'>,
  flows: TrajectoryYears,
  cost: Pick<CostResult, 'source' | 'firstYearPerTrajectory'>,
  lend: Lender = fresh,
): MetricsJson['costPerTrajectory'] {
  const { selected, startYear } = flows;
  const followed = Uint8Array.from(frame.years, (y) =>
    cohortFollowedAYear(y, isoDate(frame.peildatum)) ? 1 : 0,
  );
  // The data begin on their first allocation's start, whatever the filter selects.
  const dataStart = ds.dataStart;
  const year = lend.int32('cost.year', selected.length);
  for (let k = 0; k < selected.length; k++) {
    const y = startYear[k] as number;
    const counted = Number(tr.start[selected[k] as number] !== dataStart) & (followed[y] as number);
    year[k] = (y + 1) * counted - 1;
  }
  return costOf(
    frame,
    selected,
    year,
    cost.source === 'none' ? null : cost.firstYearPerTrajectory,
    lend,
  );
}

/** Mean and median of `perTrajectory` over the selected trajectories per `year[k]` (−1: left out). */
function costOf(
  frame: Frame,
  selected: Int32Array,
  year: Int32Array,
  perTrajectory: Float64Array | null,
  lend: Lender,
): MetricsJson['costPerTrajectory'] {
  // The values in order of year (a counting sort), then the median of each year's run by
  // selection, not sorting. Without a branch per trajectory: a left-out one (year −1) is laid
  // down too, in a run of its own before the years (`[year + 1]`), and not read.
  const nY = frame.nYears;
  const counts = new Int32Array(nY + 1);
  const n = perTrajectory ? selected.length : 0;
  for (let k = 0; k < n; k++) inc(counts, (year[k] as number) + 1);
  const offsets = new Int32Array(nY + 2);
  for (let y = 0; y <= nY; y++) offsets[y + 1] = (offsets[y] as number) + (counts[y] as number);
  const values = lend.float64('cost.values', n);
  const fill = Int32Array.from(offsets.subarray(0, nY + 1));
  if (perTrajectory) {
    for (let k = 0; k < n; k++) {
      const slot = (year[k] as number) + 1;
      values[fill[slot] as number] = perTrajectory[selected[k] as number] as number;
      inc(fill, slot);
    }
  }
  const out: MetricsJson['costPerTrajectory'] = {};
  frame.years.forEach((key, y) => {
    const run = values.subarray(offsets[y + 1] as number, offsets[y + 2] as number);
    const m = run.length;
    let sum = 0;
    for (let k = 0; k < m; k++) sum += run[k] as number;
    const middle = median(run);
    out[key] = {
      n: m,
      mean: m ? euro(sum / m) : null,
      median: middle === null ? null : euro(middle),
    };
  });
  return out;
}
