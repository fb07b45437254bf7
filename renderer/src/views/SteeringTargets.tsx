import { useMemo } from 'react';
import { yearFigure } from '../../../shared/figures/catalogue';
import { ibProducts } from '../../../shared/model/products';
import type { EffectWindow } from '../../../shared/steer/effect';
import type { TargetStatus } from '../../../shared/steer/targets';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatDate, formatFigure } from '../format';
import { msg, t } from '../i18n/i18n';
import type { Steering } from '../worker/protocol';
import { FigureTable } from './FigureTable';

const periodNames: Record<TargetStatus['periodKind'], string> = {
  month: msg('maand'),
  quarter: msg('kwartaal'),
  year: msg('jaar'),
  fourWeek: msg('4 weken'),
};
export const statusNames: Record<TargetStatus['status'], string> = {
  met: msg('gehaald'),
  missed: msg('niet gehaald'),
  open: msg('loopt nog'),
};

/** Targets' periods grouped per target (one target gives one run of periods). */
export function perTarget(rows: readonly TargetStatus[]): TargetStatus[][] {
  const groups = new Map<string, TargetStatus[]>();
  for (const r of rows) {
    const key = JSON.stringify([r.figure, r.periodKind, r.value, r.direction, r.filter]);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

/** A target in words: "Instroom per maand: hoogstens 80". */
export function targetTitle(r: TargetStatus): string {
  const entry = yearFigure(r.figure);
  return t('{figure} per {period}: {direction} {value}', {
    figure: t(entry.label.nl),
    period: t(periodNames[r.periodKind]),
    direction: r.direction === 'max' ? t('hoogstens') : t('minstens'),
    value: formatFigure(r.value, entry.unit),
  });
}

/** The last period that has ended (else the first), for a target's status in one line. */
export const latestComplete = (rows: readonly TargetStatus[]): TargetStatus | undefined =>
  rows.filter((r) => r.status !== 'open').at(-1) ?? rows[0];

export function TargetsSection({ targets }: { targets: TargetStatus[] }) {
  const groups = useMemo(() => perTarget(targets), [targets]);
  return (
    <>
      <h3>{t('Streefwaarden')}</h3>
      {groups.length === 0 && (
        <p>
          {t(
            'Er zijn geen streefwaarden. Importeer een blad met kengetal, periode, streefwaarde en richting.',
          )}
        </p>
      )}
      {groups.map((rows) => (
        <TargetView
          key={JSON.stringify([rows[0]?.figure, rows[0]?.periodKind, rows[0]?.value])}
          rows={rows}
        />
      ))}
    </>
  );
}

function TargetView({ rows }: { rows: TargetStatus[] }) {
  const first = rows[0] as TargetStatus;
  const unit = yearFigure(first.figure).unit;
  const latest = latestComplete(rows) as TargetStatus;
  const chart = useMemo(
    () =>
      seriesChart(
        rows.map((r) => r.period),
        [
          { name: t(yearFigure(first.figure).label.nl), values: rows.map((r) => r.actual) },
          { name: t('Streefwaarde'), values: rows.map((r) => r.value) },
        ],
        { type: 'line' },
      ),
    [rows, first],
  );
  return (
    <div className="target">
      <h4>{targetTitle(first)}</h4>
      <p>
        {t('{period}: {actual} —', {
          period: latest.period,
          actual: formatFigure(latest.actual, unit),
        })}{' '}
        <strong data-target-status={latest.status}>{t(statusNames[latest.status])}</strong>.{' '}
        {latest.trendReachedIn === null
          ? t('Op deze koers niet gehaald.')
          : latest.trendReachedIn === latest.period
            ? ''
            : t('Op deze koers gehaald in {period}.', { period: latest.trendReachedIn })}
      </p>
      <EChart
        option={chart}
        name={`streefwaarde-${first.figure}`}
        height={220}
        label={targetTitle(first)}
      />
      <FigureTable
        caption={t('Per periode')}
        head={[t('Periode'), t('Waarde'), t('Streefwaarde'), t('Status')]}
        textColumns={[3]}
        rows={rows.map((r) => ({
          key: r.period,
          label: r.period,
          cells: [
            formatFigure(r.actual, unit),
            formatFigure(r.value, unit),
            <span key="s" data-target-status={r.status}>
              {t(statusNames[r.status])}
            </span>,
          ],
        }))}
      />
    </div>
  );
}

export function MeasuresSection({ measures }: { measures: Steering['measures'] }) {
  return (
    <>
      <h3>{t('Maatregelen')}</h3>
      {measures.length === 0 && (
        <p>{t('Er zijn geen maatregelen. Importeer een blad met datum en maatregel.')}</p>
      )}
      {measures.map((m) => (
        <div key={`${m.date}-${m.label}`} className="measure" data-testid="measure">
          <h4>
            {m.label} ({formatDate(m.date)})
          </h4>
          {m.effect ? (
            <EffectTable before={m.effect.before} after={m.effect.after} />
          ) : (
            <p>{t('Deze datum ligt niet binnen de gegevens: er is geen voor en na.')}</p>
          )}
        </div>
      ))}
    </>
  );
}

function EffectTable({ before, after }: { before: EffectWindow; after: EffectWindow }) {
  const products = ibProducts.filter((p) => p in before.inflow || p in after.inflow);
  const window = (w: EffectWindow) =>
    `${formatDate(w.from)} – ${formatDate(w.to)}${w.days === Math.max(before.days, after.days) ? '' : ` (${formatFigure(w.days, 'count')} ${t('dagen')})`}`;
  const share = (w: EffectWindow, p: string) =>
    `${formatFigure(w.inflow[p] ?? 0, 'count')} (${formatFigure(w.inflowSharePct[p] ?? 0, 'percent')})`;
  return (
    <FigureTable
      caption={t('Voor en na, twee even lange periodes')}
      head={['', t('Voor'), t('Na')]}
      rows={[
        { key: 'periode', label: t('Periode'), cells: [window(before), window(after)] },
        {
          key: 'instroom',
          label: t('Instroom'),
          cells: [
            formatFigure(before.inflowTotal, 'count'),
            formatFigure(after.inflowTotal, 'count'),
          ],
        },
        ...products.map((p) => ({
          key: p,
          label: t('waarvan {product}', { product: p }),
          cells: [share(before, p), share(after, p)],
        })),
        {
          key: 'clienten',
          label: t('Cliënten'),
          cells: [formatFigure(before.clients, 'count'), formatFigure(after.clients, 'count')],
        },
        {
          key: 'kosten',
          label: t('Kosten per cliënt per maand'),
          cells: [
            formatFigure(before.costPerClientMonth, 'euroCents'),
            formatFigure(after.costPerClientMonth, 'euroCents'),
          ],
        },
        {
          key: 'duur',
          label: t('Mediane trajectduur (dagen)'),
          cells: [
            formatFigure(before.medianDaysKM, 'days'),
            formatFigure(after.medianDaysKM, 'days'),
          ],
        },
      ]}
    />
  );
}
