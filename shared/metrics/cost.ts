import { lineCost } from './costLines';
import type { Dataset } from './dataset';
import type { Frame } from './frame';
import { fresh, type Lender } from './scratch';
import { tariffCost } from './tariffCost';
import type { Trajectories } from './trajectories';

export type CostSource = 'lines' | 'tariffs' | 'none';

/** Cost figures in (possibly fractional) cents. */
export interface CostResult {
  source: CostSource;
  /** Per calendar month of the frame (month 0 = January of the first year). */
  perMonth: Float64Array;
  perYear: Float64Array;
  /** Client-months with a net cost above zero, per year. */
  clientMonthsPerYear: Int32Array;
  /** `[product * nYears + year]`. */
  perProductYear: Float64Array;
  /** `[provider * nYears + year]`. */
  perProviderYear: Float64Array;
  providerClientMonthsPerYear: Int32Array;
  /** Per trajectory; 0 where nothing was booked (empty when not asked for). */
  perTrajectory: Float64Array;
  /** Per trajectory, of its first 365 days only (from its start); 0 where nothing was booked. */
  firstYearPerTrajectory: Float64Array;
  /** Per day of the frame (when asked for), for periods that do not follow months. */
  perDay: Float64Array;
}

/** Which cost lines a filter selects, or null for all. */
export type LineMask = Uint8Array | null;

/**
 * Spreads cost over months: cost lines pro rata over the days of their period
 * (all of a line's amount stays within the frame); without lines, tariff ×
 * (allocation days in the month / days in the month). Credits are netted per
 * client and month before a client-month counts, overall and per provider.
 */
export function computeCost(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  allocationMask: Uint8Array | null,
  lineMask: LineMask,
  daily = true,
  /** Tariffs used when there are no cost lines (default: the imported ones). */
  tariffs: Map<string, number> | null = ds.tariffs,
  /** Count client-months (cost per client per month); with tariffs they can be left out. */
  withClientMonths = true,
  /** Cost per trajectory too (`costPerTrajectory`, `costFirstYear`); a comparison needs none. */
  withTrajectories = true,
  /** Where arrays that live for the call come from (not an engine's scratch when the result is kept). */
  lend: Lender = fresh,
  /** With tariffs: only these allocations (in the order of `tr.members`), instead of all through the mask. */
  only: Int32Array | null = null,
): CostResult {
  if (!ds.costs && tariffs)
    return tariffCost(
      ds,
      tariffs,
      frame,
      tr,
      allocationMask,
      withClientMonths,
      withTrajectories,
      only,
      lend,
    );
  return lineCost(ds, frame, tr, lineMask, daily, withTrajectories, lend);
}
