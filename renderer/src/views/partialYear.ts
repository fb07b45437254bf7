import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import type { PartialCategory } from '../charts/series';
import { formatDate } from '../format';
import { t } from '../i18n/i18n';

/** The last year when it runs only to the peildatum: its key (a chart's category) and its label. */
export type PartialYear = PartialCategory;

/** The peildatum's year when the peildatum is not 31 December (null when every year is whole). */
export function partialYear(metrics: MetricsJson): PartialYear | null {
  const { peildatum } = metrics.meta;
  const year = peildatum.slice(0, 4);
  if (peildatum.endsWith('-12-31') || !metrics.years.includes(year)) return null;
  return { category: year, label: t('{year} t/m {date}', { year, date: formatDate(peildatum) }) };
}

/** A year as a row or column label: "2019 t/m 30-06-2019" for a partial one. */
export const yearLabel = (year: string, partial: PartialYear | null): string =>
  partial?.category === year ? partial.label : year;
