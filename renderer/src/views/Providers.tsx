import { useMemo, useState } from 'react';
import type { MetricsJson, ProviderFigures } from '../../../shared/metrics/compute';
import { type ProviderGroup, providerGroupLabels } from '../../../shared/model/providerGroups';
import { formatFigure } from '../format';

type SortKey =
  | 'name'
  | 'clients'
  | 'inflow'
  | 'outflowRatePct'
  | 'medianDaysKM'
  | 'costPerClientMonth'
  | 'stepDownToIb0Pct';
const columns: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Aanbieder' },
  { key: 'clients', label: 'Cliënten' },
  { key: 'inflow', label: 'Instroom' },
  { key: 'outflowRatePct', label: 'Uitstroom %' },
  { key: 'medianDaysKM', label: 'Mediane duur' },
  { key: 'costPerClientMonth', label: 'Per cliënt per maand' },
  { key: 'stepDownToIb0Pct', label: 'Afschaling naar IB0 %' },
];

/** The value a column sorts by. */
function value(id: string, p: ProviderFigures, key: SortKey, year: string): number | string | null {
  if (key === 'name') return p.name ?? id;
  if (key === 'medianDaysKM' || key === 'stepDownToIb0Pct') return p[key];
  return p[key][year] ?? null;
}

/** Aanbieders: growth concentration and a sortable benchmark per provider for the last year. */
export function Providers({ metrics }: { metrics: MetricsJson }) {
  const year = metrics.years[metrics.years.length - 1] as string;
  const [sort, setSort] = useState<{ key: SortKey; down: boolean }>({ key: 'clients', down: true });
  const rows = useMemo(() => {
    const list = Object.entries(metrics.providers).filter(([, p]) =>
      Object.values(p.clients).some((n) => n > 0),
    );
    return list.sort(([ia, a], [ib, b]) => {
      const x = value(ia, a, sort.key, year);
      const y = value(ib, b, sort.key, year);
      const order =
        x === null
          ? 1
          : y === null
            ? -1
            : typeof x === 'string'
              ? x.localeCompare(String(y), 'nl')
              : x - (y as number);
      return sort.down && x !== null && y !== null ? -order : order;
    });
  }, [metrics, sort, year]);
  const g = metrics.growthConcentration;
  const activeLast = metrics.byYear[year]?.providersActive;
  return (
    <section aria-labelledby="aanbieders-titel">
      <h2 id="aanbieders-titel">Aanbieders</h2>
      <p>
        Actieve aanbieders:{' '}
        {formatFigure(metrics.byYear[metrics.years[0] as string]?.providersActive, 'count')} in{' '}
        {metrics.years[0]}, {formatFigure(activeLast, 'count')} in {year}. {g.providers.length}{' '}
        aanbieder{g.providers.length === 1 ? '' : 's'} groeide
        {g.providers.length === 1 ? '' : 'n'} tussen {g.from} en {g.to} met minstens {g.threshold}{' '}
        cliënten
        {g.sharePct !== null && (
          <> — samen {formatFigure(g.sharePct, 'percent')} van de totale groei</>
        )}
        .
      </p>
      <table className="table" data-testid="providers-table">
        <caption>Per aanbieder in {year} (klik op een kolomkop om te sorteren)</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.key === 'name' ? '' : 'num'}
                aria-sort={sort.key === c.key ? (sort.down ? 'descending' : 'ascending') : 'none'}
              >
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    setSort((s) => ({
                      key: c.key,
                      down: s.key === c.key ? !s.down : c.key !== 'name',
                    }))
                  }
                >
                  {c.label}
                </button>
              </th>
            ))}
            <th scope="col">Groep</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([id, p]) => (
            <tr key={id}>
              <th scope="row">{p.name ?? id}</th>
              <td className="num">{formatFigure(p.clients[year], 'count')}</td>
              <td className="num">{formatFigure(p.inflow[year], 'count')}</td>
              <td className="num">{formatFigure(p.outflowRatePct[year], 'percent')}</td>
              <td className="num">{formatFigure(p.medianDaysKM, 'days')}</td>
              <td className="num">{formatFigure(p.costPerClientMonth[year], 'euroCents')}</td>
              <td className="num">{formatFigure(p.stepDownToIb0Pct, 'percent')}</td>
              <td>{providerGroupLabels[p.group as ProviderGroup] ?? p.group}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
