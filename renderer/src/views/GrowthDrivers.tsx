import { useMemo, useState } from 'react';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { growthBetween } from '../../../shared/steer/growth';
import { formatFigure } from '../format';
import { t } from '../i18n/i18n';
import { groupLabel } from '../i18n/labels';
import { FigureTable } from './FigureTable';

const signed = (n: number) =>
  `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatFigure(Math.abs(n), 'count')}`;

/** Who drives growth between two chosen years: per provider its change and its share of the growth. */
export function GrowthDrivers({ metrics }: { metrics: MetricsJson }) {
  // Whole years only: a partial year beside a whole one would read as a fall.
  const years = metrics.meta.peildatum.endsWith('-12-31')
    ? metrics.years
    : metrics.years.slice(0, -1);
  const [from, setFrom] = useState(years[0] ?? '');
  const [to, setTo] = useState(years.at(-1) ?? '');
  const [threshold, setThreshold] = useState('100');
  const n = Number(threshold);
  const valid = Number.isInteger(n) && n > 0 && from < to;
  const g = useMemo(
    () => (valid ? growthBetween(metrics, from, to, n) : null),
    [metrics, from, to, n, valid],
  );
  const names = (g?.concentrated ?? [])
    .map((d) => `${d.name ?? d.provider} (${signed(d.change)})`)
    .join(', ');
  return (
    <section aria-labelledby="groei-titel" className="growth">
      <h3 id="groei-titel">{t('Wie draagt de groei?')}</h3>
      <div className="inline-form">
        <label>
          {t('Van')}
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t('Tot')}
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t('Groei van minstens (cliënten)')}
          <input
            inputMode="numeric"
            value={threshold}
            onChange={(e) => setThreshold(e.target.value)}
          />
        </label>
      </div>
      {!g ? (
        <p role="alert">
          {t('Kies een beginjaar vóór het eindjaar en een drempel van minstens 1.')}
        </p>
      ) : (
        <>
          <p data-testid="growth-sentence">
            {g.concentrated.length === 0
              ? t('Geen aanbieder groeide tussen {from} en {to} met minstens {n} cliënten.', {
                  from,
                  to,
                  n,
                })
              : t(
                  '{count} aanbieders groeiden tussen {from} en {to} met minstens {n} cliënten — samen {pct} van de groei: {names}.',
                  {
                    count: g.concentrated.length,
                    from,
                    to,
                    n,
                    pct:
                      g.concentratedSharePct === null
                        ? '–'
                        : formatFigure(g.concentratedSharePct, 'percent'),
                    names,
                  },
                )}{' '}
            {t('Alle cliënten samen: {change}.', { change: signed(g.totalChange) })}
          </p>
          <FigureTable
            caption={t('Verandering per aanbieder, {from}–{to}', { from, to })}
            exportName={`groei-${from}-${to}`}
            textColumns={[1]}
            head={[
              t('Aanbieder'),
              t('Groep'),
              from,
              to,
              t('Verandering'),
              t('Aandeel in de groei'),
            ]}
            rows={g.drivers.map((d) => ({
              key: d.provider,
              label: `${d.name ?? d.provider} (${d.provider})`,
              cells: [
                groupLabel(d.group),
                formatFigure(d.from, 'count'),
                formatFigure(d.to, 'count'),
                signed(d.change),
                formatFigure(d.sharePct, 'percent'),
              ],
              values: [
                d.name ?? d.provider,
                groupLabel(d.group),
                d.from,
                d.to,
                d.change,
                d.sharePct,
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
