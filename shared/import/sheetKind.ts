import type { Field } from './fields';

export const sheetKinds = [
  'allocations',
  'clients',
  'providers',
  'costs',
  'tariffs',
  'population',
  'reference',
  'unknown',
] as const;
export type SheetKind = (typeof sheetKinds)[number];

/** Recognises a sheet by the fields its header holds, never by its name. */
export function recogniseSheet(present: ReadonlySet<Field>): SheetKind {
  const has = (f: Field) => present.has(f);
  if (has('client') && has('product') && has('startDate')) return 'allocations';
  if (has('client') && has('period') && has('amount')) return 'costs';
  if (has('client') && !has('product') && (has('birthDate') || has('birthYear') || has('gender'))) {
    return 'clients';
  }
  if (has('provider') && !has('client') && (has('providerName') || has('providerGroup'))) {
    return 'providers';
  }
  if (!has('client') && has('municipality') && (has('year') || has('period'))) {
    if (has('clientCount') || has('inflow') || has('outflow') || has('amount')) return 'reference';
    if (has('inhabitants')) return 'population';
  }
  if (!has('client') && has('product') && has('year') && (has('tariff') || has('amount'))) {
    return 'tariffs';
  }
  return 'unknown';
}
