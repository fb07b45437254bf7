import { providerGroups } from '../../model/providerGroups';
import type { Dataset } from '../dataset';
import type { Frame } from '../frame';
import type { MetricsJson } from '../metricsJson';
import { computeWaiting } from '../waiting';

/** `waiting`: days from registration (aanmelddatum) to the allocation's start, median and 90th percentile per year and provider group. */
export function waitingFigures(
  ds: Dataset,
  frame: Frame,
  /** The selected allocations (ascending), or null for all. */
  rows: Int32Array | null,
): MetricsJson['waiting'] {
  return delayFigures(frame, computeWaiting(ds, frame, rows, ds.registration, ds.start));
}

/**
 * `timeToCare` (dagen tot start zorg): days from the allocation's start to the day the
 * provider reported delivery started (iWmo 305 Begindatum), the same way.
 */
export function timeToCareFigures(
  ds: Dataset,
  frame: Frame,
  /** The selected allocations (ascending), or null for all. */
  rows: Int32Array | null,
): MetricsJson['timeToCare'] {
  // Spreadsheets carry no delivery dates: no pass over every allocation for nothing.
  if (!ds.hasDeliveryStart) return null;
  return delayFigures(frame, computeWaiting(ds, frame, rows, ds.start, ds.deliveryStart));
}

function delayFigures(frame: Frame, w: ReturnType<typeof computeWaiting>): MetricsJson['waiting'] {
  if (!w) return null;
  const perYear = (list: (ReturnType<typeof computeWaiting> & object)['byYear']) =>
    Object.fromEntries(frame.years.map((key, y) => [key, list[y] ?? null]));
  return {
    byYear: perYear(w.byYear),
    byGroup: Object.fromEntries(providerGroups.map((g, i) => [g, perYear(w.byGroupYear[i] ?? [])])),
  };
}
