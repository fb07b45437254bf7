import type { SheetKind } from '../../../shared/import/sheetKind';
import { type ProviderGroup, providerGroupLabels } from '../../../shared/model/providerGroups';
import {
  endReasons,
  reasonGroupOf,
  reasonGroups,
  UNKNOWN_KEY,
} from '../../../shared/model/reasons';
import { currentLanguage, type Language, msg, t, translate } from './i18n';

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

/** A key of `outflowByReason` in words: a code with its name ("19 Levering volgens plan beëindigd"). */
export const reasonLabel = (key: string): string =>
  key === UNKNOWN_KEY ? t('onbekend') : endReasons[key] ? `${key} ${endReasons[key]}` : key;

/** A group of reasons in words ("naar Wlz/Zvw"). */
export const reasonGroupLabel = (group: string): string =>
  t(reasonGroups.find((g) => g.id === group)?.label ?? group);

/** A key of `inflowByReferrer` as shown: as the data write it (lower case), or "onbekend". */
export const referrerLabel = (key: string): string => (key === UNKNOWN_KEY ? t('onbekend') : key);

/** What a drill into reasons is about: one reason's words, or its group's when several. */
export const reasonsLabel = (keys: readonly string[]): string =>
  keys.length === 1
    ? reasonLabel(keys[0] as string)
    : reasonGroupLabel(reasonGroupOf(keys[0] ?? ''));
