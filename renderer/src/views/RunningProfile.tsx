import { type FormEvent, useMemo, useState } from 'react';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { dutchFromIso } from '../../../shared/periods/days';
import { EChart } from '../charts/EChart';
import { seriesChart } from '../charts/series';
import { formatDate, formatFigure } from '../format';
import { t } from '../i18n/i18n';
import { FigureCaption } from './Caption';
import { DateInput, isoFromInput } from './DateInput';
import { FigureTable } from './FigureTable';

/**
 * Who still has a trajectory on a chosen day, by start year: the selection of the
 * Trimbos study (seed 003 §3.4, "een lopend traject in 2020"). The day is a setting,
 * so a filter change keeps it; empty is the peildatum.
 */
export function RunningProfile({
  metrics,
  runningOn,
  onRunningOn,
}: {
  metrics: MetricsJson;
  runningOn: string | null;
  onRunningOn: (iso: string | null) => void;
}) {
  const { on, byStartYear } = metrics.runningProfile;
  const peildatum = metrics.meta.peildatum;
  const [text, setText] = useState(runningOn ? dutchFromIso(runningOn) : '');
  const [error, setError] = useState<string | null>(null);
  const onYear = on.slice(0, 4);
  const years = useMemo(
    () => metrics.years.filter((y) => y <= onYear && (byStartYear[y]?.n ?? 0) > 0),
    [metrics.years, onYear, byStartYear],
  );
  const chart = useMemo(
    () =>
      seriesChart(
        years,
        [
          {
            name: t('Gemiddelde leeftijd bij de start'),
            values: years.map((y) => byStartYear[y]?.meanAgeAtStart ?? null),
          },
        ],
        { type: 'line', xName: t('Startjaar'), unit: t('jaar') },
      ),
    [years, byStartYear],
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const iso = isoFromInput(text);
    if (iso === undefined) {
      setError(t('Geef een datum als 31-12-2019.'));
      return;
    }
    if (iso !== null && iso > peildatum) {
      setError(
        t('Kies een datum op of vóór de peildatum ({date}).', { date: formatDate(peildatum) }),
      );
      return;
    }
    setError(null);
    onRunningOn(iso);
  };

  return (
    <section aria-labelledby="lopend-titel" data-testid="running-profile">
      <h3 id="lopend-titel">
        {t('Wie op {date} nog een traject had, naar startjaar', { date: formatDate(on) })}
      </h3>
      <form className="inline-form" onSubmit={submit} noValidate>
        <label>
          {t('Lopend op')}
          <DateInput
            value={text}
            placeholder={dutchFromIso(on)}
            invalid={error !== null}
            describedBy="lopend-uitleg"
            testId="running-on"
            onChange={setText}
          />
        </label>
        <button type="submit">{t('Toon')}</button>
        <span id="lopend-uitleg" className="caption">
          {t('Leeg: de peildatum.')}
        </span>
        {error && (
          <span className="error" role="alert" data-testid="running-on-error">
            {error}
          </span>
        )}
      </form>
      {years.length > 0 ? (
        <EChart
          option={chart}
          name="lopend-leeftijd-per-startjaar"
          label={t(
            'Lijndiagram: gemiddelde leeftijd bij de start per startjaar, van wie nog een traject had',
          )}
        />
      ) : (
        <p>{t('Op deze datum liep geen traject.')}</p>
      )}
      <FigureCaption metrics={metrics} term="lopend-profiel">
        {t(
          'Alleen wie op {date} nog een traject had: van de vroege startjaren zijn dat de lange trajecten, dus vergelijk de startjaren met die kanttekening.',
          { date: formatDate(on) },
        )}
      </FigureCaption>
      <FigureTable
        caption={t('Trajecten die op {date} nog liepen, naar startjaar', { date: formatDate(on) })}
        exportName="lopend-profiel-per-startjaar"
        testId="running-profile-table"
        head={[
          t('Startjaar'),
          t('Lopend'),
          t('Gem. leeftijd bij de start'),
          t('< 26 jaar'),
          t('< 26 jaar (%)'),
          t('> 75 jaar'),
          t('> 75 jaar (%)'),
          t('Vrouw (%)'),
          t('Man (%)'),
        ]}
        countColumns={[1, 3, 5]}
        rows={years.map((y) => {
          const p = byStartYear[y];
          return {
            key: y,
            label: y,
            cells: [
              formatFigure(p?.n, 'count'),
              formatFigure(p?.meanAgeAtStart, 'years'),
              formatFigure(p?.under26, 'count'),
              formatFigure(p?.under26Pct, 'percent'),
              formatFigure(p?.over75, 'count'),
              formatFigure(p?.over75Pct, 'percent'),
              formatFigure(p?.vPct, 'percent'),
              formatFigure(p?.mPct, 'percent'),
            ],
            values: [
              y,
              p?.n ?? null,
              p?.meanAgeAtStart ?? null,
              p?.under26 ?? null,
              p?.under26Pct ?? null,
              p?.over75 ?? null,
              p?.over75Pct ?? null,
              p?.vPct ?? null,
              p?.mPct ?? null,
            ],
          };
        })}
      />
    </section>
  );
}
