import type { SheetKind } from '../../../shared/import/sheetKind';
import { type ProviderGroup, providerGroupLabels } from '../../../shared/model/providerGroups';
import { currentLanguage, type Language, msg, translate } from './i18n';

export const sheetKindLabels: Record<SheetKind, string> = {
  allocations: msg('Toewijzingen'),
  clients: msg('Cliënten'),
  providers: msg('Aanbieders'),
  costs: msg('Kosten'),
  tariffs: msg('Tarieven'),
  population: msg('Inwoners'),
  reference: msg('Referentiecijfers'),
  budgets: msg('Begroting'),
  ceilings: msg('Plafonds'),
  targets: msg('Streefwaarden'),
  measures: msg('Maatregelen'),
  unknown: msg('Niet herkend'),
};

/** A provider group's name in the current language (or the one given). */
export const groupLabel = (group: string, language: Language = currentLanguage()): string =>
  translate(language, providerGroupLabels[group as ProviderGroup] ?? group);
