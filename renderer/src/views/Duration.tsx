import { useMemo } from 'react';
import type { MetricsJson } from '../../../shared/metrics/compute';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatFigure } from '../format';
import { FigureTable } from './FigureTable';

/** Trajectduur: the Kaplan–Meier curve and the figures per start year. */
export function Duration({ metrics }: { metrics: MetricsJson }) {
  const d = metrics.duration;
  const curve = useMemo(() => {
    // The survival curve as a step series over days (sampled per 30 days for a readable axis).
    const days: string[] = [];
    const values: number[] = [];
    let k = 0;
    let s = 1;
    const last = d.curve.days[d.curve.days.length - 1] ?? 0;
    for (let t = 0; t <= last + 30; t += 30) {
      while (k < d.curve.days.length && (d.curve.days[k] as number) <= t)
        s = d.curve.survival[k++] as number;
      days.push(String(t));
      values.push(Math.round(s * 1000) / 10);
    }
    return seriesChart(days, [{ name: 'Nog lopend (%)', values }], { unit: '%', xName: 'dagen' });
  }, [d]);
  return (
    <section aria-labelledby="duur-titel">
      <h2 id="duur-titel">Trajectduur</h2>
      <p>
        Mediane duur (Kaplan–Meier):{' '}
        <strong data-metric="duration.medianDaysKM">{formatFigure(d.medianDaysKM, 'days')}</strong>{' '}
        dagen; nog lopend na een jaar: {formatFigure(d.ongoingAfter365Pct, 'percent')}, na twee
        jaar: {formatFigure(d.ongoingAfter730Pct, 'percent')}.
      </p>
      <EChart
        option={curve}
        label="Lijngrafiek: aandeel trajecten dat na zoveel dagen nog loopt (Kaplan–Meier)"
      />
      <FigureTable
        caption="Per startjaar (lopende trajecten tellen mee tot de peildatum)"
        head={[
          'Startjaar',
          'Instroom',
          'Mediane duur (dagen)',
          'Gem. duur beëindigd',
          'Lopend na 1 jaar',
          'Lopend na 2 jaar',
        ]}
        rows={metrics.years.map((y) => {
          const f = d.byStartYear[y];
          return {
            key: y,
            label: y,
            cells: [
              formatFigure(metrics.byYear[y]?.inflow, 'count'),
              f?.medianDaysKM === null ? 'nog niet bekend' : formatFigure(f?.medianDaysKM, 'days'),
              formatFigure(f?.meanDaysEnded, 'years'),
              formatFigure(f?.ongoingAfter365Pct, 'percent'),
              formatFigure(f?.ongoingAfter730Pct, 'percent'),
            ],
          };
        })}
      />
    </section>
  );
}
