import type { Dataset } from '../dataset';
import type { Frame } from '../frame';
import type { MetricsJson } from '../metricsJson';
import type { Presence } from '../presence';
import { percent } from '../round';
import { computeStacking } from '../stacking';
import type { Trajectories } from '../trajectories';

/** `stacking`: IB clients who on the same day also have another Wmo product, per year and product. */
export function stackingFigures(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  mask: Uint8Array | null,
  presence: Presence,
): MetricsJson['stacking'] {
  const s = computeStacking(ds, frame, tr, mask);
  if (!s) return null;
  const nY = frame.nYears;
  return {
    byYear: Object.fromEntries(
      frame.years.map((key, y) => [
        key,
        {
          clients: s.clientsPerYear[y] as number,
          sharePct: percent(s.clientsPerYear[y] as number, presence.clientsPerYear[y] as number),
          byProduct: Object.fromEntries(
            s.products.map((code, p) => [code, s.productYear[p * nY + y] as number]),
          ),
        },
      ]),
    ),
  };
}
