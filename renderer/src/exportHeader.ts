import type { MetricsJson } from '../../shared/metrics/metricsJson';
import type { BriefMode } from '../../shared/report/publish';
import { formatDate } from './format';
import { t } from './i18n/i18n';
import { useApp } from './state/store';
import { filterList } from './views/Caption';

/**
 * What every export says about itself, so it stands alone in a memo: the
 * dataset, peildatum and trajectory gap, the filters, the source, and its
 * version — intern (exact numbers) or publicatie (counts rounded, 0–7 secret).
 */
export function exportHeader(
  m: MetricsJson | null | undefined,
  dataset: string,
  mode: BriefMode = 'intern',
): string[] {
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
    mode === 'intern'
      ? t('Intern: exacte aantallen, niet afgerond voor publicatie.')
      : t(
          'Publicatie: aantallen afgerond op vijftallen, 0 tot en met 7 geheim (. of geen staaf); wat uit aantallen is afgeleid, komt uit de afgeronde aantallen of staat alleen in de interne versie.',
        ),
  ];
}

/** A publication export says so in its file name. */
export const suffix = (mode: BriefMode) => (mode === 'publicatie' ? '-publicatie' : '');

/** The header lines of the figures on screen, per version. */
export function useExportHeader(): (mode: BriefMode) => string[] {
  const metrics = useApp((s) => s.active?.result.metrics);
  const name = useApp((s) => s.active?.name ?? '');
  return (mode) => exportHeader(metrics, t(name), mode);
}
