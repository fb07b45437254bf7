import { useMemo, useState } from 'react';
import type { MetricsJson } from '../../../shared/metrics/compute';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatFigure } from '../format';
import { FigureTable } from './FigureTable';

type Kind = 'month' | 'quarter' | 'year' | 'fourWeek';
const kindLabels: Record<Kind, string> = {
  month: 'Maand',
  quarter: 'Kwartaal',
  year: 'Jaar',
  fourWeek: '4-weekperiode',
};

/** Instroom & uitstroom: per month, quarter, year or 4-week period. */
export function Flows({ metrics }: { metrics: MetricsJson }) {
  const [kind, setKind] = useState<Kind>('quarter');
  const rows = useMemo(() => {
    if (kind === 'year') {
      return metrics.years.map((y) => ({
        key: y,
        inflow: metrics.byYear[y]?.inflow ?? 0,
        outflow: metrics.byYear[y]?.outflow ?? 0,
        clients: metrics.byYear[y]?.clients ?? 0,
      }));
    }
    return Object.entries(metrics.byPeriod[kind] ?? {}).map(([key, p]) => ({
      key,
      inflow: p.inflow,
      outflow: p.outflow,
      clients: p.clients,
    }));
  }, [metrics, kind]);
  const chart = useMemo(
    () =>
      seriesChart(
        rows.map((r) => r.key),
        [
          { name: 'Instroom', values: rows.map((r) => r.inflow) },
          { name: 'Uitstroom', values: rows.map((r) => r.outflow) },
        ],
        { type: 'bar' },
      ),
    [rows],
  );
  return (
    <section aria-labelledby="flows-titel">
      <h2 id="flows-titel">Instroom &amp; uitstroom</h2>
      <fieldset className="choices" aria-label="Periode">
        <legend>Periode</legend>
        {(Object.keys(kindLabels) as Kind[]).map((k) => (
          <label key={k}>
            <input type="radio" name="periode" checked={kind === k} onChange={() => setKind(k)} />{' '}
            {kindLabels[k]}
          </label>
        ))}
      </fieldset>
      <EChart
        option={chart}
        label={`Staafdiagram: instroom en uitstroom per ${kindLabels[kind].toLowerCase()}`}
      />
      <p className="caption">
        Instroom: trajecten die in de periode beginnen. Uitstroom: beëindigde trajecten die in de
        periode eindigen. Cliënten: verschillende cliënten met een IB-dag in de periode. Peildatum{' '}
        {metrics.meta.peildatum.split('-').reverse().join('-')}.
      </p>
      <FigureTable
        caption={`Per ${kindLabels[kind].toLowerCase()}`}
        head={[kindLabels[kind], 'Instroom', 'Uitstroom', 'Cliënten']}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.key,
          cells: [
            formatFigure(r.inflow, 'count'),
            formatFigure(r.outflow, 'count'),
            formatFigure(r.clients, 'count'),
          ],
        }))}
      />
    </section>
  );
}
