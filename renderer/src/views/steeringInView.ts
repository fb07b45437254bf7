import { type Filters, hasFilters, sameFilters } from '../../../shared/metrics/filters';
import type { Steering } from '../worker/protocol';

/**
 * The steering figures to show beside figures under `filters`. They are made for all
 * allocations (the worker's `steeringOf`: a filter does not change them), so beside filtered
 * figures they would read as the filtered ones: there only the targets measured on the same
 * selection stay, and the forecast, the budget and the year to date go (Sturen has them).
 */
export function steeringInView(steering: Steering | null, filters: Filters): Steering | null {
  if (!steering || !hasFilters(filters)) return steering;
  return {
    ...steering,
    forecast: null,
    yearToDate: null,
    targets: steering.targets.filter((r) => sameFilters(r.filter, filters)),
  };
}

/** Whether a view under `filters` leaves out steering figures (`steeringInView`) that there are. */
export function steeringLeftOut(steering: Steering | null, filters: Filters): boolean {
  return (
    steering !== null &&
    hasFilters(filters) &&
    (steering.forecast !== null || steering.targets.some((r) => !sameFilters(r.filter, filters)))
  );
}
