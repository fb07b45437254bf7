import { formatChange, formatDate, formatFigure } from '../format';
import { t } from '../i18n/i18n';
import type { Steering } from '../worker/protocol';

/** A partial year beside the same days of the year before, never beside a whole year. */
export function YearToDate({ yearToDate }: { yearToDate: NonNullable<Steering['yearToDate']> }) {
  const { current, previous } = yearToDate;
  const head = (w: typeof current) =>
    t('{year} t/m {date}', { year: w.from.slice(0, 4), date: formatDate(w.to) });
  const rows = [
    { key: 'clients', label: t('Cliënten'), unit: 'count' },
    { key: 'inflow', label: t('Instroom'), unit: 'count' },
    { key: 'outflow', label: t('Uitstroom'), unit: 'count' },
    { key: 'cost', label: t('Kosten'), unit: 'euro' },
  ] as const;
  return (
    <table className="table" data-testid="year-to-date">
      <caption>{t('Dit jaar tot de peildatum, naast dezelfde dagen vorig jaar')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('Cijfer')}</th>
          <th scope="col" className="num">
            {head(current)}
          </th>
          <th scope="col" className="num">
            {head(previous)}
          </th>
          <th scope="col" className="num">
            {t('Verandering')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{formatFigure(current[r.key], r.unit)}</td>
            <td className="num">{formatFigure(previous[r.key], r.unit)}</td>
            <td className="num">{formatChange(previous[r.key], current[r.key])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
