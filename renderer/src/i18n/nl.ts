import type { SheetKind } from '../../../shared/import/sheetKind';
import type { YearFigures } from '../../../shared/metrics/compute';
import type { FigureFormat } from '../format';

/** Key figures on Overzicht: cli.md byYear key, Dutch label, format, and whether up is good. */
export const keyFigures: { key: keyof YearFigures; label: string; format: FigureFormat }[] = [
  { key: 'clients', label: 'Cliënten', format: 'count' },
  { key: 'inflow', label: 'Instroom', format: 'count' },
  { key: 'outflow', label: 'Uitstroom', format: 'count' },
  { key: 'outflowRatePct', label: 'Uitstroompercentage', format: 'percent' },
  { key: 'activeAtYearEnd', label: 'Lopend op 31-12', format: 'count' },
  { key: 'costTotal', label: 'Kosten', format: 'euro' },
  { key: 'costPerClientMonth', label: 'Kosten per cliënt per maand', format: 'euroCents' },
  { key: 'medianDaysKM', label: 'Mediane trajectduur (dagen)', format: 'days' },
  { key: 'meanAgeAtStart', label: 'Gemiddelde leeftijd bij start', format: 'years' },
  { key: 'providersActive', label: 'Actieve aanbieders', format: 'count' },
];

export const sheetKindLabels: Record<SheetKind, string> = {
  allocations: 'Toewijzingen',
  clients: 'Cliënten',
  providers: 'Aanbieders',
  costs: 'Kosten',
  tariffs: 'Tarieven',
  population: 'Inwoners',
  reference: 'Referentiecijfers',
  unknown: 'Niet herkend',
};

export const costSourceLabels = {
  lines: 'kostenregels',
  tariffs: 'tarieven × toewijzingsdagen',
  none: 'geen kostengegevens',
} as const;
