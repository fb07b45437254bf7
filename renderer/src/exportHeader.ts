import type { MetricsJson } from '../../shared/metrics/metricsJson';
import { formatDate } from './format';
import { t } from './i18n/i18n';
import { useApp } from './state/store';
import { filterList } from './views/Caption';

/**
 * What every export says about itself, so it stands alone in a memo: the
 * dataset, peildatum and trajectory gap, the filters, the source, and that it
 * holds exact numbers (internal; the brief is the publication).
 */
export function exportHeader(m: MetricsJson | null | undefined, dataset: string): string[] {
  if (!m) return [t('Bron: Begeleidingsmonitor')];
  const filters = filterList(m);
  return [
    t('Gegevensset: {name}', { name: dataset }),
    t('Peildatum {date} · trajectgrens {days} dagen', {
      date: formatDate(m.meta.peildatum),
      days: m.meta.gapDays,
    }),
    filters ? t('Filter: {filters}.', { filters }) : t('Geen filter: alle gegevens.'),
    t('Bron: Begeleidingsmonitor, uit de eigen registratie (zelfde definities als het scherm).'),
    t('Intern: exacte aantallen, niet afgerond voor publicatie.'),
  ];
}

/** The header lines of the figures on screen. */
export function useExportHeader(): string[] {
  const metrics = useApp((s) => s.active?.result.metrics);
  const name = useApp((s) => s.active?.name ?? '');
  return exportHeader(metrics, t(name));
}
