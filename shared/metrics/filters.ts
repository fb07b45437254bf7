import type { IbProduct } from '../model/products';
import { ibProducts } from '../model/products';
import { type ProviderGroup, providerGroups } from '../model/providerGroups';
import { wholeYears } from './age';
import type { AgeBands } from './ageBands';
import { bandOf } from './ageBands';
import { type Dataset, NONE } from './dataset';
import type { Trajectories } from './trajectories';

/** What a user can narrow the figures to; an absent or empty list means "all". */
export interface Filters {
  municipalities?: readonly string[];
  providerGroups?: readonly ProviderGroup[];
  providers?: readonly string[];
  products?: readonly IbProduct[];
  /** Age band labels; the age is the client's age at the allocation's (or trajectory's) start. */
  ageBands?: readonly string[];
}

export const hasFilters = (f: Filters): boolean =>
  Object.values(f).some((list) => Array.isArray(list) && list.length > 0);

/**
 * Which allocations a filter selects (1 = selected), or `null` for all. Clients,
 * active and cost figures count selected allocations; flows and durations
 * select trajectories by their first allocation.
 */
export function allocationMask(ds: Dataset, filters: Filters, bands: AgeBands): Uint8Array | null {
  if (!hasFilters(filters)) return null;
  const set = (values: readonly string[] | undefined, dictionary: readonly string[]) =>
    values?.length ? new Set(values.map((v) => dictionary.indexOf(v)).filter((i) => i >= 0)) : null;
  const municipalities = set(filters.municipalities, ds.municipalities);
  const providers = set(filters.providers, ds.providerIds);
  const groups = set(filters.providerGroups, providerGroups);
  const products = set(filters.products, ibProducts);
  const bandSet = filters.ageBands?.length ? new Set(filters.ageBands) : null;
  const mask = new Uint8Array(ds.n);
  for (let i = 0; i < ds.n; i++) {
    const p = ds.provider[i] as number;
    if (municipalities && !municipalities.has(ds.municipality[i] as number)) continue;
    if (providers && !providers.has(p)) continue;
    if (
      groups &&
      !groups.has(p === NONE ? providerGroups.indexOf('overig') : (ds.providerGroup[p] as number))
    )
      continue;
    if (products && !products.has(ds.product[i] as number)) continue;
    if (bandSet) {
      const birth = ds.birthDay[ds.client[i] as number] as number;
      const label = birth === NONE ? null : bandOf(bands, wholeYears(birth, ds.start[i] as number));
      if (label === null || !bandSet.has(label)) continue;
    }
    mask[i] = 1;
  }
  return mask;
}

/** Trajectories selected by their first allocation. */
export function trajectoryMask(
  tr: Trajectories,
  allocations: Uint8Array | null,
): Uint8Array | null {
  if (!allocations) return null;
  const mask = new Uint8Array(tr.count);
  for (let t = 0; t < tr.count; t++) mask[t] = allocations[tr.first[t] as number] as number;
  return mask;
}
