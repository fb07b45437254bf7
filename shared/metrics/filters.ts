import type { IbProduct } from '../model/products';
import { ibProducts } from '../model/products';
import { type ProviderGroup, providerGroups } from '../model/providerGroups';
import { civilFromDay } from '../periods/days';
import type { AgeBands } from './ageBands';
import { bandOf } from './ageBands';
import { type Dataset, NONE } from './dataset';
import { fresh, type Lender } from './scratch';
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

/** The dimensions of a filter, in one order: the filter bar shows them so, `activeFilters` writes them so. */
export const filterDimensions = [
  'municipalities',
  'providerGroups',
  'providers',
  'products',
  'ageBands',
] as const satisfies readonly (keyof Filters)[];

/**
 * Only the dimensions that narrow, in one order: `{ products: [] }` and `{}` select the same
 * allocations and are then written the same way, so figures kept under one are found under
 * the other.
 */
export function activeFilters(f: Filters): Filters {
  const out: Record<string, readonly string[]> = {};
  for (const d of filterDimensions) {
    const list = f[d];
    if (list && list.length > 0) out[d] = list;
  }
  return out as Filters;
}

/** Whether two filters select the same: the same values in every dimension, in any order. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return filterDimensions.every((d) => {
    const x = [...(a[d] ?? [])].sort();
    const y = [...(b[d] ?? [])].sort();
    return x.length === y.length && x.every((v, k) => v === y[k]);
  });
}

/**
 * Which allocations a filter selects (1 = selected), or `null` for all. Clients,
 * active and cost figures count selected allocations; flows and durations
 * select trajectories by their first allocation.
 */
export function allocationMask(
  ds: Dataset,
  filters: Filters,
  bands: AgeBands,
  lend: Lender = fresh,
): Uint8Array | null {
  if (!hasFilters(filters)) return null;
  // Per code (shifted by one, so NONE is slot 0): 1 when the filter lets it through.
  const allowed = (values: readonly string[] | undefined, dictionary: readonly string[]) => {
    const table = new Uint8Array(dictionary.length + 1).fill(values?.length ? 0 : 1);
    for (const v of values ?? []) {
      const k = dictionary.indexOf(v);
      if (k >= 0) table[k + 1] = 1;
    }
    return table;
  };
  const municipalityOk = allowed(filters.municipalities, ds.municipalities);
  const productOk = allowed(filters.products, ibProducts);
  // Providers and provider groups both narrow by provider: one table for the two.
  const providerOk = allowed(filters.providers, ds.providerIds);
  if (filters.providerGroups?.length) {
    const groupOk = allowed(filters.providerGroups, providerGroups);
    const overig = providerGroups.indexOf('overig');
    for (let p = -1; p < ds.providerIds.length; p++) {
      const group = p === NONE ? overig : (ds.providerGroup[p] as number);
      if (!groupOk[group + 1]) providerOk[p + 1] = 0;
    }
  }
  const bandSet = filters.ageBands?.length ? new Set(filters.ageBands) : null;
  // Only the fields a filter narrows are read, each in a pass of its own: a filter on
  // products alone reads one byte per allocation, not three codes.
  const mask = lend.uint8('allocationMask', ds.n).fill(1);
  if (filters.municipalities?.length) narrow(mask, ds.municipality, municipalityOk);
  if (filters.providers?.length || filters.providerGroups?.length)
    narrow(mask, ds.provider, providerOk);
  if (filters.products?.length) narrowByProduct(mask, ds.product, productOk);
  if (bandSet) {
    for (let i = 0; i < ds.n; i++) {
      if (!mask[i]) continue;
      const c = ds.client[i] as number;
      const birthYear = ds.birthYear[c] as number;
      let label: string | null = null;
      if (birthYear !== NONE) {
        // Whole years on the start day (a birthday on 29 February counts from 1 March).
        const day = civilFromDay(ds.start[i] as number);
        const beforeBirthday = day.month * 100 + day.day < (ds.birthMonthDay[c] as number);
        label = bandOf(bands, day.year - birthYear - (beforeBirthday ? 1 : 0));
      }
      if (label === null || !bandSet.has(label)) mask[i] = 0;
    }
  }
  return mask;
}

/**
 * Clears `mask[i]` where allocation i's code is not allowed (tables shifted by one for
 * NONE). Hot passes in functions of their own (docs/performance.md, "Hot passes"), one
 * per kind of column, so each reads one kind of array: one function for both made a
 * provider-group mask at 10M ~27 → ~45 ms.
 */
function narrow(mask: Uint8Array, codes: Int32Array, ok: Uint8Array): void {
  for (let i = 0; i < mask.length; i++)
    mask[i] = (mask[i] as number) & (ok[(codes[i] as number) + 1] as number);
}

function narrowByProduct(mask: Uint8Array, product: Int8Array, ok: Uint8Array): void {
  for (let i = 0; i < mask.length; i++)
    mask[i] = (mask[i] as number) & (ok[(product[i] as number) + 1] as number);
}

/** Trajectories selected by their first allocation. */
export function trajectoryMask(
  tr: Trajectories,
  allocations: Uint8Array | null,
  lend: Lender = fresh,
): Uint8Array | null {
  if (!allocations) return null;
  const mask = lend.uint8('trajectoryMask', tr.count);
  for (let t = 0; t < tr.count; t++) mask[t] = allocations[tr.first[t] as number] as number;
  return mask;
}

/** What a filter selects, as lists the passes go over instead of a mask they test per row. */
export interface Selection {
  /** Selected allocations (started by the peildatum), in the order of `tr.members`. */
  allocations: Int32Array;
  /** Selected trajectories, ascending. */
  trajectories: Int32Array;
}

/**
 * The selection behind the masks. A pass over a list does the work of the selected rows
 * only; through a mask it also tests, and mispredicts, every row the filter drops
 * (presence and flows at 48 % selected: ~20 % faster; docs/performance.md).
 */
export function selectionOf(
  tr: Trajectories,
  allocations: Uint8Array,
  trajectories: Uint8Array,
  lend: Lender = fresh,
): Selection {
  // With every allocation started by the peildatum, `tr.members` is 0, 1, …: not read.
  const members = tr.members.length === allocations.length ? null : tr.members;
  return {
    allocations: kept(members, allocations, lend, 'selection.allocations'),
    trajectories: kept(null, trajectories, lend, 'selection.trajectories'),
  };
}

/** The values `v = values ? values[k] : k`, in order of k, for which `mask[v]` is set. */
function kept(values: Int32Array | null, mask: Uint8Array, lend: Lender, name: string): Int32Array {
  const n = values ? values.length : mask.length;
  // Without a branch: every value is written, and kept by moving on only where the mask is set.
  // Room for all n (lent memory: no new allocation), so one pass does it.
  const out = lend.int32(name, n + 1);
  let at = 0;
  for (let k = 0; k < n; k++) {
    const v = values ? (values[k] as number) : k;
    out[at] = v;
    at += mask[v] as number;
  }
  return out.subarray(0, at);
}
