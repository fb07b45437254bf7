import { useMemo, useState } from 'react';
import { costSourceLabels } from '../../../shared/figures/catalogue';
import { cohortFollowedAYear } from '../../../shared/metrics/durations';
import { NO_PROVIDER } from '../../../shared/metrics/keys';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatFigure } from '../format';
import { msg, t } from '../i18n/i18n';
import { groupLabel } from '../i18n/labels';
import type { Steering } from '../worker/protocol';
import { FigureCaption } from './Caption';
import { Choices } from './Choices';
import { chartMarks } from './chartMarks';
import { FigureTable, Unknowable } from './FigureTable';
import { usePeriodRange } from './PeriodRange';
import { partialYear, yearLabel } from './partialYear';
import { YearToDate } from './YearToDate';

type Split = 'product' | 'group';
type Kind = 'month' | 'quarter' | 'year';
const kindLabels: Record<Kind, string> = {
  month: msg('Maand'),
  quarter: msg('Kwartaal'),
  year: msg('Jaar'),
};
const splitLabels: Record<Split, string> = {
  product: msg('Product'),
  group: msg('Type aanbieder'),
};

const groupName = (g: string) => (g === NO_PROVIDER ? t('zonder aanbieder') : groupLabel(g));

/** Kosten: per product or provider group per year, per period, per client per month, per trajectory. */
export function Costs({ metrics, steering }: { metrics: MetricsJson; steering: Steering | null }) {
  const [split, setSplit] = useState<Split>('product');
  const [kind, setKind] = useState<Kind>('month');
  const partial = useMemo(() => partialYear(metrics), [metrics]);
  const parts = useMemo(
    () =>
      split === 'product'
        ? Object.keys(metrics.products).map((p) => ({
            name: p,
            // A product without clients in a year (not there yet) has no cost that year: "–", not € 0.
            perYear: Object.fromEntries(
              Object.entries(metrics.products[p]?.cost ?? {}).filter(
                ([y]) => (metrics.products[p]?.clients[y] ?? 0) > 0,
              ),
            ),
          }))
        : Object.entries(metrics.costByGroup).map(([g, perYear]) => ({
            name: groupName(g),
            perYear,
          })),
    [metrics, split],
  );
  const chart = useMemo(
    () =>
      seriesChart(
        metrics.years,
        parts.map((p) => ({
          name: p.name,
          values: metrics.years.map((y) => p.perYear[y] ?? null),
        })),
        {
          type: 'bar',
          stacked: true,
          unit: 'euro',
          xName: t('Jaar'),
          marks: chartMarks(steering, 'year', metrics.years, ['costTotal']),
          partial,
        },
      ),
    [metrics, parts, steering, partial],
  );
  const allPeriods = useMemo(() => Object.entries(metrics.byPeriod[kind] ?? {}), [metrics, kind]);
  const range = usePeriodRange(allPeriods, 'cost-range');
  const { periods } = range;
  const perPeriod = useMemo(
    () =>
      seriesChart(
        periods.map(([key]) => key),
        [{ name: t('Kosten'), values: periods.map(([, p]) => p.cost) }],
        {
          type: 'bar',
          unit: 'euro',
          xName: t(kindLabels[kind]),
          marks: chartMarks(
            steering,
            kind,
            periods.map(([key]) => key),
            ['costTotal'],
          ),
          partial: kind === 'year' ? partial : null,
        },
      ),
    [periods, kind, steering, partial],
  );
  if (metrics.meta.costSource === 'none') {
    return (
      <section aria-labelledby="kosten-titel">
        <h2 id="kosten-titel">{t('Kosten')}</h2>
        <p>
          {t(
            'Deze gegevens hebben geen kostenregels en geen tarieven. Importeer een blad met declaraties of met tarieven (product, jaar, tarief), of vul tarieven in bij Instellingen.',
          )}
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="kosten-titel">
      <h2 id="kosten-titel">{t('Kosten')}</h2>
      {steering?.yearToDate && !metrics.meta.peildatum.endsWith('-12-31') && (
        <YearToDate yearToDate={steering.yearToDate} />
      )}
      <p className="caption" data-testid="cost-source">
        {t('Bron: {source} (nooit een mengsel van declaraties en tarieven).', {
          source: t(costSourceLabels[metrics.meta.costSource]),
        })}
      </p>
      <Choices
        legend={t('Uitsplitsen naar')}
        name="kosten-split"
        labels={splitLabels}
        value={split}
        onChange={setSplit}
      />
      <EChart
        option={chart}
        name={`kosten-per-${split}`}
        label={t('Gestapeld staafdiagram: kosten per jaar naar {split}', {
          split: split === 'product' ? t('product') : t('type aanbieder'),
        })}
      />
      <div className="choice-row">
        <Choices
          legend={t('Periode')}
          name="kosten-periode"
          labels={kindLabels}
          value={kind}
          onChange={setKind}
        />
        {range.control}
      </div>
      <EChart
        option={perPeriod}
        name={`kosten-per-${kind}`}
        height={240}
        label={t('Staafdiagram: kosten per {period}', {
          period: t(kindLabels[kind]).toLowerCase(),
        })}
      />
      <FigureCaption metrics={metrics} term="kosten">
        {t(
          'Kosten per cliënt per maand: kosten in het jaar gedeeld door het aantal cliënt-maanden met netto kosten boven nul. Eerste jaar per traject: de kosten van de eerste 365 dagen van elk traject dat in dat jaar begon, beëindigd of niet — zo telt een recent startjaar niet alleen zijn korte trajecten. Trajecten die al liepen toen de gegevens begonnen, tellen niet mee.',
        )}
      </FigureCaption>
      <FigureTable
        caption={t('Per jaar')}
        exportName="kosten-per-jaar"
        footnote={t('Nog niet te weten: niet elk traject van dat startjaar loopt al een jaar.')}
        head={[
          t('Jaar'),
          t('Kosten'),
          ...parts.map((p) => p.name),
          t('Per cliënt per maand'),
          t('Eerste jaar per traject (gem.)'),
          t('(mediaan)'),
        ]}
        rows={metrics.years.map((y) => ({
          key: y,
          label: yearLabel(y, partial),
          cells: [
            formatFigure(metrics.byYear[y]?.costTotal, 'euro'),
            ...parts.map((p) => formatFigure(p.perYear[y], 'euro')),
            formatFigure(metrics.byYear[y]?.costPerClientMonth, 'euroCents'),
            ...(['mean', 'median'] as const).map((k) =>
              cohortFollowedAYear(y, metrics.meta.peildatum) ? (
                formatFigure(metrics.costFirstYear[y]?.[k], 'euro')
              ) : (
                <Unknowable key={k} />
              ),
            ),
          ],
          values: [
            yearLabel(y, partial),
            metrics.byYear[y]?.costTotal ?? null,
            ...parts.map((p) => p.perYear[y] ?? null),
            metrics.byYear[y]?.costPerClientMonth ?? null,
            metrics.costFirstYear[y]?.mean ?? null,
            metrics.costFirstYear[y]?.median ?? null,
          ],
        }))}
      />
    </section>
  );
}
