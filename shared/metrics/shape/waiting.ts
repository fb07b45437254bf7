import { providerGroups } from '../../model/providerGroups';
import type { Dataset } from '../dataset';
import type { Frame } from '../frame';
import type { MetricsJson } from '../metricsJson';
import { computeWaiting } from '../waiting';

/** `waiting`: days from registration (aanmelddatum) to the allocation's start, median and 90th percentile per year and provider group. */
export function waitingFigures(
  ds: Dataset,
  frame: Frame,
  mask: Uint8Array | null,
): MetricsJson['waiting'] {
  const w = computeWaiting(ds, frame, mask);
  if (!w) return null;
  const perYear = (list: (ReturnType<typeof computeWaiting> & object)['byYear']) =>
    Object.fromEntries(frame.years.map((key, y) => [key, list[y] ?? null]));
  return {
    byYear: perYear(w.byYear),
    byGroup: Object.fromEntries(providerGroups.map((g, i) => [g, perYear(w.byGroupYear[i] ?? [])])),
  };
}
