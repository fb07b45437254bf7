import { makeAgeBands } from '../../../shared/metrics/ageBands';
import type { MetricsEngine } from '../../../shared/metrics/engine';
import type { ColumnarRecords } from '../../../shared/model/columnar';
import { municipalityName } from '../../../shared/model/municipalities';
import { ibProducts, isIb, type ProductCode } from '../../../shared/model/products';
import { providerGroups } from '../../../shared/model/providerGroups';
import type { FilterOptions } from './protocol';

/** Filter options per set of records and age bands: they only change with the data. */
const cache = new WeakMap<ColumnarRecords, { bounds: string; options: FilterOptions }>();

/** What the filters can choose from in these records (with these age bands). */
export function filterOptions(
  data: ColumnarRecords,
  engine: MetricsEngine | null,
  ageBounds: readonly number[],
): FilterOptions {
  const bounds = ageBounds.join(',');
  const known = cache.get(data);
  if (known?.bounds === bounds) return known.options;
  const options = collect(data, engine, ageBounds);
  cache.set(data, { bounds, options });
  return options;
}

function collect(
  data: ColumnarRecords,
  engine: MetricsEngine | null,
  ageBounds: readonly number[],
): FilterOptions {
  const codes = new Set([
    ...(data.allocations.dictionaries.municipality ?? []),
    ...(data.clients.dictionaries.municipality ?? []),
  ]);
  const groups = new Set(data.providers.map((p) => p.group));
  groups.add('overig');
  const products = new Set(
    [...(data.allocations.dictionaries.product ?? [])].filter((p) => isIb(p as ProductCode)),
  );
  return {
    municipalities: [...codes]
      .sort()
      .map((code) => ({ code, name: municipalityName(code) ?? code })),
    providerGroups: providerGroups.filter((g) => groups.has(g)),
    products: ibProducts.filter((p) => products.has(p)),
    ageBands: [...makeAgeBands(ageBounds).labels],
    providers: engine ? providerOptions(engine) : [],
  };
}

/**
 * Every provider with an IB allocation, by name (its code when the providers
 * sheet has none, and after the name when two providers share one).
 */
function providerOptions({ ds }: MetricsEngine): FilterOptions['providers'] {
  const named = ds.providerIds.map((id, i) => ({ id, name: ds.providerNames[i] ?? id }));
  const uses = new Map<string, number>();
  for (const p of named) uses.set(p.name, (uses.get(p.name) ?? 0) + 1);
  return named
    .map((p) => ((uses.get(p.name) ?? 0) > 1 ? { ...p, name: `${p.name} (${p.id})` } : p))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
