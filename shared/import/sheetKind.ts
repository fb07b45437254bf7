import type { Field } from './fields';

export const sheetKinds = [
  'allocations',
  'clients',
  'providers',
  'costs',
  'tariffs',
  'population',
  'reference',
  'budgets',
  'ceilings',
  'targets',
  'measures',
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
  // Steering sheets, typed in by the user: before providers and tariffs, whose fields they share.
  if (!has('client') && has('ceiling') && has('provider') && has('year')) return 'ceilings';
  if (!has('client') && has('budget') && has('year')) return 'budgets';
  if (!has('client') && has('figure') && has('targetValue')) return 'targets';
  if (!has('client') && has('measure') && (has('measureDate') || has('startDate')))
    return 'measures';
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
