import { yearFigure } from '../../../shared/figures/catalogue';
import type { TargetFigure } from '../../../shared/model/records';
import { dayFromIso } from '../../../shared/periods/days';
import type { PeriodKind } from '../../../shared/periods/periods';
import { periodKey, periodOf } from '../../../shared/periods/periods';
import type { ChartMarks } from '../charts/series';
import { formatFigure } from '../format';
import { t } from '../i18n/i18n';
import type { Steering } from '../worker/protocol';

/**
 * What a time chart of these periods marks: every measure at the period of
 * its date, and every target of one of these figures per this period kind
 * at its value (a target with a filter says so in its label).
 */
export function chartMarks(
  steering: Steering | null,
  kind: PeriodKind,
  categories: readonly string[],
  figures: readonly TargetFigure[],
): ChartMarks {
  if (!steering) return { measures: [], targets: [] };
  const shown = new Set(categories);
  const measures = steering.measures
    .map((m) => ({ category: periodKey(periodOf(kind, dayFromIso(m.date))), label: m.label }))
    .filter((m) => shown.has(m.category));
  const seen = new Set<string>();
  const targets: ChartMarks['targets'] = [];
  for (const r of steering.targets) {
    if (r.periodKind !== kind || !figures.includes(r.figure)) continue;
    const key = JSON.stringify([r.figure, r.value, r.direction, r.filter]);
    if (seen.has(key)) continue;
    seen.add(key);
    const entry = yearFigure(r.figure);
    const filtered = Object.keys(r.filter).length > 0 ? ` (${t('met filter')})` : '';
    targets.push({
      value: r.value,
      label: `${t(entry.label.nl)} ${r.direction === 'max' ? t('hoogstens') : t('minstens')} ${formatFigure(r.value, entry.unit)}${filtered}`,
    });
  }
  return { measures, targets };
}
