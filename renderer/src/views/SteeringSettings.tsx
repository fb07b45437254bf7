import { type FormEvent, useState } from 'react';
import type { Cents, DayNumber } from '../../../shared/brand';
import { yearFigure } from '../../../shared/figures/catalogue';
import { parseDate } from '../../../shared/import/values/dates';
import { parseEnteredNumber, toCents } from '../../../shared/import/values/numbers';
import type { FigureSettings, SteeringEntries } from '../../../shared/metrics/settings';
import { type Target, targetFigures } from '../../../shared/model/records';
import { isoDate } from '../../../shared/periods/days';
import { formatDate, formatFigure } from '../format';
import { msg, t } from '../i18n/i18n';
import type { FilterOptions } from '../worker/protocol';

const periodKinds: Record<Target['periodKind'], string> = {
  month: msg('per maand'),
  quarter: msg('per kwartaal'),
  year: msg('per jaar'),
  fourWeek: msg('per 4 weken'),
};
const euroOf = (text: string) => {
  const n = parseEnteredNumber(text);
  return n === null || n < 0 ? null : (toCents(n) as Cents);
};

/**
 * Sturen instellen: budgets per year, ceilings per provider, targets and
 * measures entered in the app (beside those imported with the data). Saved
 * with the settings, so kept, in the backup, and undoable.
 */
export function SteeringSettings({
  settings,
  years,
  providers,
  onApply,
}: {
  settings: FigureSettings;
  years: readonly string[];
  providers: FilterOptions['providers'];
  onApply: (s: FigureSettings) => void;
}) {
  const entered = settings.steering;
  const save = (steering: SteeringEntries) => onApply({ ...settings, steering });
  const remove = <K extends keyof SteeringEntries>(key: K, index: number) =>
    save({ ...entered, [key]: entered[key].filter((_, k) => k !== index) });

  const [budgetYear, setBudgetYear] = useState(years.at(-1) ?? '');
  const [budget, setBudget] = useState('');
  const [ceilingProvider, setCeilingProvider] = useState(providers[0]?.id ?? '');
  // The list holds every provider once the field is used; until then only the chosen one. At
  // ten million allocations (2.100 providers) drawing them all took every visit to this
  // screen over 50 ms on the UI thread.
  const [allListed, setAllListed] = useState(false);
  const listed = allListed ? providers : providers.filter((p) => p.id === ceilingProvider);
  const [ceilingYear, setCeilingYear] = useState(years.at(-1) ?? '');
  const [ceiling, setCeiling] = useState('');
  const [figure, setFigure] = useState<Target['figure']>('inflow');
  const [kind, setKind] = useState<Target['periodKind']>('month');
  const [direction, setDirection] = useState<Target['direction']>('max');
  const [value, setValue] = useState('');
  const [measureDate, setMeasureDate] = useState('');
  const [measureLabel, setMeasureLabel] = useState('');

  const addBudget = (e: FormEvent) => {
    e.preventDefault();
    const amount = euroOf(budget);
    if (amount === null || budgetYear === '') return;
    const year = Number(budgetYear);
    const others = entered.budgets.filter((b) => b.year !== year || b.product || b.group);
    save({ ...entered, budgets: [...others, { year, amount, product: null, group: null }] });
    setBudget('');
  };
  const addCeiling = (e: FormEvent) => {
    e.preventDefault();
    const amount = euroOf(ceiling);
    if (amount === null || !ceilingProvider || ceilingYear === '') return;
    const year = Number(ceilingYear);
    const others = entered.ceilings.filter(
      (c) => c.provider !== ceilingProvider || c.year !== year,
    );
    save({ ...entered, ceilings: [...others, { provider: ceilingProvider, year, amount }] });
    setCeiling('');
  };
  const addTarget = (e: FormEvent) => {
    e.preventDefault();
    const n = parseEnteredNumber(value);
    if (n === null) return;
    const target: Target = {
      figure,
      periodKind: kind,
      value: n,
      direction,
      product: null,
      group: null,
      municipality: null,
      from: null,
      deadline: null,
    };
    save({ ...entered, targets: [...entered.targets, target] });
    setValue('');
  };
  const addMeasure = (e: FormEvent) => {
    e.preventDefault();
    const day = parseDate(measureDate);
    if (!day.ok || measureLabel.trim() === '') return;
    save({
      ...entered,
      measures: [
        ...entered.measures,
        { date: day.day as DayNumber, label: measureLabel.trim(), product: null, group: null },
      ],
    });
    setMeasureLabel('');
  };
  const providerName = (id: string) => providers.find((p) => p.id === id)?.name ?? id;

  return (
    <section aria-labelledby="sturen-instellen" className="steering-settings">
      <h3 id="sturen-instellen">{t('Sturen instellen')}</h3>
      <p className="caption">
        {t(
          'Wat hier staat, geldt naast wat met de gegevens is ingelezen; een begroting of plafond hier gaat voor een ingelezen van hetzelfde jaar.',
        )}
      </p>
      <form onSubmit={addBudget} className="inline-form">
        <label>
          {t('Begroting voor')}
          <select value={budgetYear} onChange={(e) => setBudgetYear(e.target.value)}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t('Bedrag (euro)')}
          <input inputMode="decimal" value={budget} onChange={(e) => setBudget(e.target.value)} />
        </label>
        <button type="submit" className="secondary" disabled={euroOf(budget) === null}>
          {t('Begroting opslaan')}
        </button>
      </form>
      <form onSubmit={addCeiling} className="inline-form">
        <label>
          {t('Plafond voor aanbieder')}
          <select
            className="provider-choice"
            value={ceilingProvider}
            onPointerDown={() => setAllListed(true)}
            onFocus={() => setAllListed(true)}
            onChange={(e) => setCeilingProvider(e.target.value)}
          >
            {listed.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Jaar')}
          <select value={ceilingYear} onChange={(e) => setCeilingYear(e.target.value)}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </label>
        <label>
          {t('Plafond (euro)')}
          <input inputMode="decimal" value={ceiling} onChange={(e) => setCeiling(e.target.value)} />
        </label>
        <button type="submit" className="secondary" disabled={euroOf(ceiling) === null}>
          {t('Plafond opslaan')}
        </button>
      </form>
      <form onSubmit={addTarget} className="inline-form">
        <label>
          {t('Streefwaarde voor')}
          <select value={figure} onChange={(e) => setFigure(e.target.value as Target['figure'])}>
            {targetFigures.map((f) => (
              <option key={f} value={f}>
                {t(yearFigure(f).label.nl)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Periode')}
          <select value={kind} onChange={(e) => setKind(e.target.value as Target['periodKind'])}>
            {Object.entries(periodKinds).map(([k, label]) => (
              <option key={k} value={k}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Richting')}
          <select
            value={direction}
            onChange={(e) => setDirection(e.target.value as Target['direction'])}
          >
            <option value="max">{t('hoogstens')}</option>
            <option value="min">{t('minstens')}</option>
          </select>
        </label>
        <label>
          {t('Waarde')}
          <input inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <button type="submit" className="secondary" disabled={parseEnteredNumber(value) === null}>
          {t('Streefwaarde toevoegen')}
        </button>
      </form>
      <form onSubmit={addMeasure} className="inline-form">
        <label>
          {t('Maatregel op')}
          <input
            type="text"
            inputMode="numeric"
            placeholder={t('dd-mm-jjjj')}
            value={measureDate}
            onChange={(e) => setMeasureDate(e.target.value)}
          />
        </label>
        <label>
          {t('Omschrijving')}
          <input value={measureLabel} onChange={(e) => setMeasureLabel(e.target.value)} />
        </label>
        <button
          type="submit"
          className="secondary"
          disabled={!parseDate(measureDate).ok || measureLabel.trim() === ''}
        >
          {t('Maatregel toevoegen')}
        </button>
      </form>
      <ul className="entered" data-testid="steering-entered">
        {entered.budgets.map((b, k) => (
          <li key={`b${b.year}`}>
            {t('Begroting {year}: {amount}', {
              year: b.year,
              amount: formatFigure(b.amount / 100, 'euro'),
            })}{' '}
            <button type="button" className="link small" onClick={() => remove('budgets', k)}>
              {t('verwijderen')}
            </button>
          </li>
        ))}
        {entered.ceilings.map((c, k) => (
          <li key={`c${c.provider}${c.year}`}>
            {t('Plafond {provider} {year}: {amount}', {
              provider: providerName(c.provider),
              year: c.year,
              amount: formatFigure(c.amount / 100, 'euro'),
            })}{' '}
            <button type="button" className="link small" onClick={() => remove('ceilings', k)}>
              {t('verwijderen')}
            </button>
          </li>
        ))}
        {entered.targets.map((x, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: targets may repeat; their place is their identity
          <li key={`t${k}`}>
            {t(yearFigure(x.figure).label.nl)} {t(periodKinds[x.periodKind])}{' '}
            {x.direction === 'max' ? t('hoogstens') : t('minstens')}{' '}
            {formatFigure(x.value, yearFigure(x.figure).unit)}{' '}
            <button type="button" className="link small" onClick={() => remove('targets', k)}>
              {t('verwijderen')}
            </button>
          </li>
        ))}
        {entered.measures.map((m, k) => (
          <li key={`m${m.date}${m.label}`}>
            {m.label} ({formatDate(isoDate(m.date))}){' '}
            <button type="button" className="link small" onClick={() => remove('measures', k)}>
              {t('verwijderen')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
