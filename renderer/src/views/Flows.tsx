import { useMemo, useState } from 'react';
import type { MetricsJson, PeriodFigures } from '../../../shared/metrics/metricsJson';
import { byReasonGroup, reasonGroups, UNKNOWN_KEY } from '../../../shared/model/reasons';
import { EChart } from '../charts/EChart';
import { type ChartMarks, type Series, seriesChart } from '../charts/series';
import { formatFigure } from '../format';
import { msg, t } from '../i18n/i18n';
import { groupLabel, reasonGroupLabel, reasonLabel, referrerLabel } from '../i18n/labels';
import { useApp } from '../state/store';
import type { Steering } from '../worker/protocol';
import { FigureCaption } from './Caption';
import { Choices } from './Choices';
import { chartMarks } from './chartMarks';
import { FigureTable } from './FigureTable';
import { usePeriodRange } from './PeriodRange';
import { type ReasonSplit, ReasonTable } from './ReasonTable';
import { YearToDate } from './YearToDate';

type Kind = 'month' | 'quarter' | 'year' | 'fourWeek';
const kindLabels: Record<Kind, string> = {
  month: msg('Maand'),
  quarter: msg('Kwartaal'),
  year: msg('Jaar'),
  fourWeek: msg('4-weekperiode'),
};
type Split = 'none' | 'product' | 'group' | ReasonSplit;
const splitLabels: Record<Split, string> = {
  none: msg('Geen'),
  product: msg('Product'),
  group: msg('Type aanbieder'),
  referrer: msg('Verwijzer (instroom)'),
  reason: msg('Reden einde (uitstroom)'),
  reasonGroup: msg('Reden einde in groepen'),
};
const isReason = (split: Split): split is ReasonSplit =>
  split === 'referrer' || split === 'reason' || split === 'reasonGroup';
type Measure = 'inflow' | 'outflow';
const measureLabels: Record<Measure, string> = {
  inflow: msg('Instroom'),
  outflow: msg('Uitstroom'),
};

/** The split of one measure: `inflowByProduct`, `outflowByGroup`, … (a referrer is inflow's, a reason outflow's). */
const splitOf = (
  p: PeriodFigures,
  measure: Measure,
  split: Exclude<Split, 'none'>,
): Record<string, number> =>
  split === 'referrer'
    ? (p.inflowByReferrer ?? {})
    : split === 'reason'
      ? (p.outflowByReason ?? {})
      : split === 'reasonGroup'
        ? byReasonGroup(p.outflowByReason ?? {})
        : p[`${measure}By${split === 'product' ? 'Product' : 'Group'}`];

/** What a split's category is called: a reason with its words ("19 Levering volgens plan beëindigd"). */
const categoryName = (split: Exclude<Split, 'none'>, key: string): string =>
  split === 'group'
    ? key === UNKNOWN_KEY
      ? t('onbekend')
      : groupLabel(key)
    : split === 'reason'
      ? reasonLabel(key)
      : split === 'reasonGroup'
        ? reasonGroupLabel(key)
        : split === 'referrer'
          ? referrerLabel(key)
          : key;

const groupRank = (id: string) => reasonGroups.findIndex((g) => g.id === id);

const drillLabels = {
  inflow: msg('Trajecten achter instroom {period}'),
  outflow: msg('Trajecten achter uitstroom {period}'),
} as const;

/** The data's first period marked "begin gegevens" (it counts what was already running as inflow). */
function markStart(marks: ChartMarks, first: string | undefined): ChartMarks {
  return first
    ? { ...marks, measures: [{ category: first, label: t('begin gegevens') }, ...marks.measures] }
    : marks;
}

/** A count in the period table that opens the trajectories behind it. */
function DrillButton({
  metric,
  kind,
  period,
  value,
}: {
  metric: 'inflow' | 'outflow';
  kind: Kind;
  period: string;
  value: number;
}) {
  const openDrill = useApp((s) => s.openDrill);
  return (
    <button
      type="button"
      className="link"
      aria-label={t(drillLabels[metric], { period })}
      onClick={() => void openDrill({ metric, kind, period })}
    >
      {formatFigure(value, 'count')}
    </button>
  );
}

/** Instroom & uitstroom: per month, quarter, year or 4-week period, in total or stacked by product or provider group. */
export function Flows({ metrics, steering }: { metrics: MetricsJson; steering: Steering | null }) {
  const openDrill = useApp((s) => s.openDrill);
  const [kind, setKind] = useState<Kind>('quarter');
  const [split, setSplit] = useState<Split>('none');
  const [chosenMeasure, setMeasure] = useState<Measure>('inflow');
  // A referrer belongs to the inflow, a reason for ending to the outflow.
  const measure: Measure =
    split === 'referrer' ? 'inflow' : isReason(split) ? 'outflow' : chosenMeasure;
  const all = useMemo(() => Object.entries(metrics.byPeriod[kind] ?? {}), [metrics, kind]);
  const range = usePeriodRange(all);
  const { periods } = range;
  // Made once per set of periods: the chart below is made again only when they change.
  const keys = useMemo(() => periods.map(([key]) => key), [periods]);
  // The data's first period counts what was already running as inflow: marked, never hidden.
  const first = all[0]?.[0];
  const startShown = first !== undefined && keys[0] === first;

  const chart = useMemo(() => {
    const start = startShown ? first : undefined;
    if (split === 'none') {
      return seriesChart(
        keys,
        [
          { name: t('Instroom'), values: periods.map(([, p]) => p.inflow) },
          { name: t('Uitstroom'), values: periods.map(([, p]) => p.outflow) },
        ],
        {
          type: 'bar',
          xName: t(kindLabels[kind]),
          marks: markStart(chartMarks(steering, kind, keys, ['inflow', 'outflow']), start),
        },
      );
    }
    // Codes in their order ("02" before "19"; an object puts "19" first), `onbekend` last.
    const rank = (key: string) =>
      key === UNKNOWN_KEY ? 1e9 : /^\d+$/.test(key) ? Number(key) : 1e8;
    const categories = [
      ...new Set(periods.flatMap(([, p]) => Object.keys(splitOf(p, measure, split)))),
    ].sort((a, b) => (split === 'reason' ? rank(a) - rank(b) : 0) || 0);
    // Groups in their fixed order (as byReasonGroup gives them per period, over all periods).
    if (split === 'reasonGroup') categories.sort((a, b) => groupRank(a) - groupRank(b));
    const series: Series[] = categories.map((c) => ({
      name: categoryName(split, c),
      values: periods.map(([, p]) => splitOf(p, measure, split)[c] ?? 0),
    }));
    return seriesChart(keys, series, {
      type: 'bar',
      stacked: true,
      xName: t(kindLabels[kind]),
      marks: markStart(chartMarks(steering, kind, keys, [measure]), start),
    });
  }, [periods, keys, kind, split, measure, steering, startShown, first]);

  // Whether the data say anything of the split (a reason or referrer besides "onbekend").
  const labelled =
    !isReason(split) ||
    periods.some(([, p]) =>
      Object.entries(splitOf(p, measure, split)).some(([key, n]) => key !== UNKNOWN_KEY && n > 0),
    );
  const what =
    split === 'none'
      ? t('instroom en uitstroom')
      : t('{measure} naar {split}', {
          measure: t(measureLabels[measure]).toLowerCase(),
          split: t(splitLabels[split]).toLowerCase(),
        });
  const periodName = t(kindLabels[kind]).toLowerCase();

  return (
    <section aria-labelledby="flows-titel">
      <h2 id="flows-titel">{t('Instroom & uitstroom')}</h2>
      {steering?.yearToDate && !metrics.meta.peildatum.endsWith('-12-31') && (
        <YearToDate yearToDate={steering.yearToDate} />
      )}
      <div className="choice-row">
        <Choices
          legend={t('Periode')}
          name="periode"
          labels={kindLabels}
          value={kind}
          onChange={setKind}
        />
        <Choices
          legend={t('Uitsplitsen naar')}
          name="split"
          labels={splitLabels}
          value={split}
          onChange={setSplit}
        />
        {(split === 'product' || split === 'group') && (
          <Choices
            legend={t('Maat')}
            name="maat"
            labels={measureLabels}
            value={measure}
            onChange={setMeasure}
          />
        )}
        {range.control}
      </div>
      {isReason(split) && !labelled && (
        <p className="caption" role="note" data-testid="no-reasons">
          {split !== 'referrer'
            ? t('Deze gegevens hebben geen reden einde: alle uitstroom staat onder “onbekend”.')
            : t('Deze gegevens hebben geen verwijzer: alle instroom staat onder “onbekend”.')}
        </p>
      )}
      <EChart
        option={chart}
        name={`instroom-uitstroom-${kind}`}
        counts
        label={t('Staafdiagram: {what} per {period}', { what, period: periodName })}
        onPick={(index, seriesName) => {
          const period = keys[index];
          const metric =
            split === 'none' ? (seriesName === t('Uitstroom') ? 'outflow' : 'inflow') : measure;
          if (period) void openDrill({ metric, kind, period });
        }}
      />
      <FigureCaption metrics={metrics} term="instroom">
        {t(
          'Instroom: trajecten die in de periode beginnen. Uitstroom: beëindigde trajecten die in de periode eindigen. Cliënten: verschillende cliënten met een IB-dag in de periode. Uitsplitsing naar de eerste toewijzing van het traject. Klik op een staaf voor de trajecten erachter.',
        )}
        {startShown &&
          ` ${t('De eerste periode (begin gegevens) telt toewijzingen die toen al liepen als instroom; kies met van–tot een latere start.')}`}
      </FigureCaption>
      {isReason(split) && labelled && <ReasonTable metrics={metrics} split={split} />}
      <FigureTable
        caption={t('Per {period}', { period: periodName })}
        exportName={`instroom-uitstroom-${kind}`}
        head={[t(kindLabels[kind]), t('Instroom'), t('Uitstroom'), t('Cliënten')]}
        countColumns={[1, 2, 3]}
        rows={periods.map(([key, p]) => ({
          key,
          label: key === first ? `${key} (${t('begin gegevens')})` : key,
          cells: [
            <DrillButton key="in" metric="inflow" kind={kind} period={key} value={p.inflow} />,
            <DrillButton key="out" metric="outflow" kind={kind} period={key} value={p.outflow} />,
            formatFigure(p.clients, 'count'),
          ],
          values: [key, p.inflow, p.outflow, p.clients],
        }))}
      />
    </section>
  );
}
