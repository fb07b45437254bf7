import type { SheetKind } from '../../../shared/import/sheetKind';
import type { YearFigures } from '../../../shared/metrics/metricsJson';
import { type ProviderGroup, providerGroupLabels } from '../../../shared/model/providerGroups';
import type { FigureFormat } from '../format';
import { currentLanguage, type Language, msg, translate } from './i18n';

/** Key figures on Overzicht: cli.md byYear key, label, format. */
export const keyFigures: { key: keyof YearFigures; label: string; format: FigureFormat }[] = [
  { key: 'clients', label: msg('Cliënten'), format: 'count' },
  { key: 'inflow', label: msg('Instroom'), format: 'count' },
  { key: 'outflow', label: msg('Uitstroom'), format: 'count' },
  { key: 'outflowRatePct', label: msg('Uitstroompercentage'), format: 'percent' },
  { key: 'activeAtYearEnd', label: msg('Lopend op 31-12'), format: 'count' },
  { key: 'costTotal', label: msg('Kosten'), format: 'euro' },
  { key: 'costPerClientMonth', label: msg('Kosten per cliënt per maand'), format: 'euroCents' },
  { key: 'medianDaysKM', label: msg('Mediane trajectduur (dagen)'), format: 'days' },
  { key: 'meanAgeAtStart', label: msg('Gemiddelde leeftijd bij start'), format: 'years' },
  { key: 'providersActive', label: msg('Actieve aanbieders'), format: 'count' },
];

export const sheetKindLabels: Record<SheetKind, string> = {
  allocations: msg('Toewijzingen'),
  clients: msg('Cliënten'),
  providers: msg('Aanbieders'),
  costs: msg('Kosten'),
  tariffs: msg('Tarieven'),
  population: msg('Inwoners'),
  reference: msg('Referentiecijfers'),
  unknown: msg('Niet herkend'),
};

export const costSourceLabels = {
  lines: msg('kostenregels'),
  tariffs: msg('tarieven × toewijzingsdagen'),
  none: msg('geen kostengegevens'),
} as const;

// The group labels of shared/model, marked here for the English dictionary.
msg('Gehandicaptenzorg');
msg('GGZ');
msg('Psychische kwetsbaarheid');
msg('Autisme');
msg('Thuiszorg en maatschappelijke dienstverlening');
msg('Ouderenzorg');
msg('Overig');

/** A provider group's name in the current language (or the one given). */
export const groupLabel = (group: string, language: Language = currentLanguage()): string =>
  translate(language, providerGroupLabels[group as ProviderGroup] ?? group);
