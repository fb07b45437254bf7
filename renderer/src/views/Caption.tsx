import type { ReactNode } from 'react';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { municipalityName } from '../../../shared/model/municipalities';
import { type ProviderGroup, providerGroups } from '../../../shared/model/providerGroups';
import { formatDate } from '../format';
import { currentLanguage, type Language, msg, t, translate } from '../i18n/i18n';
import { groupLabel } from '../i18n/labels';
import { useApp } from '../state/store';

const filterNames: Record<string, string> = {
  municipalities: msg('gemeente'),
  providerGroups: msg('type aanbieder'),
  providers: msg('aanbieder'),
  products: msg('product'),
  ageBands: msg('leeftijd'),
};

function valueName(m: MetricsJson, dimension: string, value: string, language: Language): string {
  if (dimension === 'providerGroups' && providerGroups.includes(value as ProviderGroup))
    return groupLabel(value, language);
  if (dimension === 'municipalities') return municipalityName(value) ?? value;
  if (dimension === 'providers') return m.providers[value]?.name ?? value;
  return value;
}

/** The filters in force: `gemeente Dordrecht; product IB1`, or empty (in the interface's language or the one given). */
export function filterList(m: MetricsJson, language: Language = currentLanguage()): string {
  return Object.entries(m.meta.filters)
    .filter(([, v]) => Array.isArray(v) && v.length > 0)
    .map(
      ([k, v]) =>
        `${translate(language, filterNames[k] ?? k)} ${(v as string[]).map((x) => valueName(m, k, x, language)).join(', ')}`,
    )
    .join('; ');
}

/** `Filter: gemeente Dordrecht; product IB1.` when filters are in force, else empty. */
export function filterText(m: MetricsJson): string {
  const list = filterList(m);
  return list ? t('Filter: {filters}.', { filters: list }) : '';
}

/**
 * Under every chart and table: what the figure is, the peildatum, the
 * trajectory gap, the filters in force, and a link to how it is calculated.
 */
export function FigureCaption({
  metrics,
  term,
  children,
}: {
  metrics: MetricsJson;
  /** The definition in "Hoe berekend?" to open. */
  term: string;
  children: ReactNode;
}) {
  const showHow = useApp((s) => s.showHow);
  return (
    <p className="caption">
      {children}{' '}
      {t('Peildatum {date} · trajectgrens {days} dagen.', {
        date: formatDate(metrics.meta.peildatum),
        days: metrics.meta.gapDays,
      })}{' '}
      {filterText(metrics)}{' '}
      <button type="button" className="link" onClick={() => showHow(term)}>
        {t('Hoe berekend?')}
      </button>
    </p>
  );
}
