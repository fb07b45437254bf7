import { ibProducts } from '../model/products';
import { type Dataset, NONE } from './dataset';
import type { Filters } from './filters';

/** Cost lines selected by the same filter: provider, group and product by the line, the rest by the client. */
export function costLineMask(
  ds: Dataset,
  allocations: Uint8Array,
  filters: Filters,
): Uint8Array | null {
  const c = ds.costs;
  if (!c) return null;
  // A client's lines count when the client has a selected allocation with the line's provider (or any, without one).
  const selectedClientProvider = new Set<number>();
  const selectedClient = new Uint8Array(ds.clientIds.length);
  const nP = ds.providerIds.length + 1;
  for (let i = 0; i < ds.n; i++) {
    if (!allocations[i]) continue;
    selectedClient[ds.client[i] as number] = 1;
    selectedClientProvider.add((ds.client[i] as number) * nP + (ds.provider[i] as number) + 1);
  }
  const products = filters.products?.length
    ? new Set(filters.products.map((p) => ibProducts.indexOf(p)))
    : null;
  const mask = new Uint8Array(c.n);
  for (let i = 0; i < c.n; i++) {
    const client = c.client[i] as number;
    const p = c.provider[i] as number;
    if (!selectedClient[client]) continue;
    if (p !== NONE && !selectedClientProvider.has(client * nP + p + 1)) continue;
    if (products && (c.product[i] as number) !== NONE && !products.has(c.product[i] as number))
      continue;
    mask[i] = 1;
  }
  return mask;
}
