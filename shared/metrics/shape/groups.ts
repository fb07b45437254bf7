import { ibProducts } from '../../model/products';
import { providerGroups } from '../../model/providerGroups';
import type { CostResult } from '../cost';
import type { Frame } from '../frame';
import type { MetricsJson } from '../metricsJson';
import type { Presence } from '../presence';
import { euro } from '../round';
import { growthPct } from './growth';
import { perYear } from './perYear';

/** `providerGroups` and `providerGroupGrowthPct`: clients per provider group (Tabel 1), groups that occur. */
export function groupFigures(
  frame: Frame,
  presence: Presence,
): Pick<MetricsJson, 'providerGroups' | 'providerGroupGrowthPct'> {
  const nY = frame.nYears;
  const years = frame.years;
  const groupsOut: MetricsJson['providerGroups'] = {};
  const growth: MetricsJson['providerGroupGrowthPct'] = {};
  providerGroups.forEach((group, g) => {
    const counts = perYear(frame, (y) => presence.groupYear[g * nY + y] as number);
    if (Object.values(counts).some((n) => n > 0)) {
      groupsOut[group] = counts;
      growth[group] = growthPct(
        counts[years[0] as string] ?? 0,
        counts[years[nY - 1] as string] ?? 0,
      );
    }
  });
  return { providerGroups: groupsOut, providerGroupGrowthPct: growth };
}

/** `products`: clients (and cost) per IB product that occurs. */
export function productFigures(
  frame: Frame,
  presence: Presence,
  cost: CostResult,
): MetricsJson['products'] {
  const nY = frame.nYears;
  const out: MetricsJson['products'] = {};
  ibProducts.forEach((product, p) => {
    const clients = perYear(frame, (y) => presence.productYear[p * nY + y] as number);
    if (!Object.values(clients).some((n) => n > 0)) return;
    out[product] =
      cost.source === 'none'
        ? { clients }
        : {
            clients,
            cost: perYear(frame, (y) => euro(cost.perProductYear[p * nY + y] as number)),
          };
  });
  return out;
}
