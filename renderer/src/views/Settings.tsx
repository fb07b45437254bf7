import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Cents } from '../../../shared/brand';
import { parseEnteredNumber, toCents } from '../../../shared/import/values/numbers';
import { defaultAgeBounds, makeAgeBands, parseAgeBounds } from '../../../shared/metrics/ageBands';
import { DEFAULT_GAP_DAYS } from '../../../shared/metrics/params';
import type { FigureSettings } from '../../../shared/metrics/settings';
import { ibProducts } from '../../../shared/model/products';
import type { Tariff } from '../../../shared/model/records';
import { dutchFromIso } from '../../../shared/periods/days';
import { type Language, languages, t } from '../i18n/i18n';
import type { Analysis } from '../worker/protocol';
import { Backup } from './Backup';
import { Choices } from './Choices';
import { Datasets } from './Datasets';
import { DateInput, isoFromInput } from './DateInput';
import { SteeringSettings } from './SteeringSettings';
import { Wipe } from './Wipe';

/** Euro with a decimal comma for an input field: 607 → `607,00`. */
const euroText = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');
/** How long after the last change the settings apply by themselves. */
const APPLY_AFTER_MS = 700;

/** Settings as one comparable text (tariffs in a fixed order). */
const settingsKey = (s: FigureSettings) =>
  JSON.stringify({
    ...s,
    tariffs: [...s.tariffs].sort((a, b) => a.product.localeCompare(b.product) || a.year - b.year),
  });

/** One input of the tariff table: a product in a year. */
const cellKey = (product: string, year: number) => `${product}:${year}`;

/**
 * Instellingen: the parameters of the definitions (every figure is
 * recomputed with them), own tariffs, the language, and the backup.
 */
export function Settings({
  settings,
  result,
  language,
  onApply,
  onLanguage,
  onUndo,
}: {
  settings: FigureSettings;
  result: Analysis | null;
  language: Language;
  onApply: (s: FigureSettings) => void;
  onLanguage: (l: Language) => void;
  /** Undoes the last change of the settings; absent when there is none to undo. */
  onUndo?: () => void;
}) {
  // Dutch day-month-year whatever the browser's locale; ISO is read too.
  const [peildatum, setPeildatum] = useState(
    settings.peildatum ? dutchFromIso(settings.peildatum) : '',
  );
  const peildatumIso = isoFromInput(peildatum);
  /** The peildatums the data in view allow, and a stored one the figures set aside. */
  const range = result?.peildatum ?? null;
  const outside =
    typeof peildatumIso === 'string' &&
    range !== null &&
    (peildatumIso < range.earliest || peildatumIso > range.latest);
  const [gapDays, setGapDays] = useState(String(settings.gapDays));
  const [ages, setAges] = useState(settings.ageBounds.join(', '));
  const years = (result?.metrics?.years ?? []).map(Number);
  /** The peildatum the figures on screen use. */
  const inUse = result?.metrics?.meta.peildatum ?? null;
  const imported = new Map(
    (result?.importedTariffs ?? []).map((x) => [cellKey(x.product, x.year), x]),
  );
  // The tariff inputs: own tariffs first, else the imported ones, as text the user edits.
  const tariffTextOf = (own: readonly Tariff[]) => {
    const mine = new Map(own.map((x) => [cellKey(x.product, x.year), x]));
    const text: Record<string, string> = {};
    for (const p of ibProducts)
      for (const y of years) {
        const known = mine.get(cellKey(p, y)) ?? imported.get(cellKey(p, y));
        text[cellKey(p, y)] = known ? euroText(known.perMonth) : '';
      }
    return text;
  };
  const [tariffText, setTariffText] = useState(() => tariffTextOf(settings.tariffs));
  const textOf = useRef(tariffTextOf);
  textOf.current = tariffTextOf;

  const gap = Number(gapDays);
  const gapValid = gapDays.trim() !== '' && Number.isInteger(gap) && gap >= 0 && gap <= 365;
  const bounds = parseAgeBounds(ages);
  const badTariffs = Object.entries(tariffText).filter(([, v]) => {
    if (v.trim() === '') return false;
    const n = parseEnteredNumber(v);
    return n === null || n < 0 || n > 100_000;
  });
  const valid =
    gapValid &&
    bounds !== null &&
    badTariffs.length === 0 &&
    peildatumIso !== undefined &&
    !outside;

  /** The settings the form says, or null while something in it is not valid. */
  const candidate = (): FigureSettings | null => {
    if (!valid || !bounds || peildatumIso === undefined) return null;
    // Only what differs from the imported tariffs is the user's own.
    const tariffs: Tariff[] = [];
    for (const [key, text] of Object.entries(tariffText)) {
      const [product, year] = key.split(':') as [Tariff['product'], string];
      const n = text.trim() === '' ? null : parseEnteredNumber(text);
      if (n === null) continue;
      const perMonth = toCents(n) as Cents;
      if (imported.get(key)?.perMonth === perMonth) continue;
      tariffs.push({ product, year: Number(year), perMonth });
    }
    const newBands = bounds.join() !== settings.ageBounds.join();
    return {
      ...settings,
      peildatum: peildatumIso,
      gapDays: gap,
      ageBounds: bounds,
      tariffs,
      // Age-band filters name bands that may no longer exist.
      filters: newBands ? { ...settings.filters, ageBands: [] } : settings.filters,
    };
  };
  const next = candidate();
  const changed = next !== null && settingsKey(next) !== settingsKey(settings);
  // Settings apply as they change: a moment after the last keystroke, when the form is valid.
  const applied = useRef<string>(settingsKey(settings));
  const apply = useRef(onApply);
  apply.current = (s: FigureSettings) => {
    applied.current = settingsKey(s);
    onApply(s);
  };
  const pending = changed ? settingsKey(next) : null;
  // Leaving the screen applies what is waiting, never drops it.
  const waiting = useRef<string | null>(null);
  waiting.current = pending;
  useEffect(
    () => () => {
      if (waiting.current !== null) apply.current(JSON.parse(waiting.current) as FigureSettings);
    },
    [],
  );
  useEffect(() => {
    if (pending === null) return;
    const id = setTimeout(
      () => apply.current(JSON.parse(pending) as FigureSettings),
      APPLY_AFTER_MS,
    );
    return () => clearTimeout(id);
  }, [pending]);
  // Settings changed elsewhere (undo, a restore): the form shows them, and applies nothing.
  const current = settingsKey(settings);
  useEffect(() => {
    if (current === applied.current) return;
    applied.current = current;
    const s = JSON.parse(current) as FigureSettings;
    setPeildatum(s.peildatum ? dutchFromIso(s.peildatum) : '');
    setGapDays(String(s.gapDays));
    setAges(s.ageBounds.join(', '));
    setTariffText(textOf.current(s.tariffs));
  }, [current]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next && changed) apply.current(next);
  };
  const hasCostLines = result?.hasCostLines ?? false;

  return (
    <section aria-labelledby="instellingen-titel">
      <h2 id="instellingen-titel">{t('Instellingen')}</h2>
      {onUndo && (
        <p>
          <button type="button" className="secondary" onClick={onUndo}>
            {t('Laatste wijziging ongedaan maken')}
          </button>
        </p>
      )}
      <form className="settings" onSubmit={submit} noValidate>
        <label>
          {t('Peildatum')}
          <DateInput
            value={peildatum}
            placeholder={inUse ? dutchFromIso(inUse) : t('dd-mm-jjjj')}
            invalid={peildatumIso === undefined || outside}
            describedBy="peildatum-uitleg"
            onChange={setPeildatum}
          />
          <span id="peildatum-uitleg" className="caption">
            {inUse && t('In gebruik: {date}.', { date: dutchFromIso(inUse) })}{' '}
            {t(
              'Leeg: de laatste startdatum of het einde van de laatste kostenperiode in de gegevens.',
            )}
          </span>
          {peildatumIso === undefined && (
            <span className="error">{t('Geef een datum als 31-12-2019.')}</span>
          )}
          {outside && range && (
            <span className="error">
              {t(
                'Kies een peildatum van {from} tot en met {to}: van de eerste startdatum tot een jaar na de laatste datum in de gegevens.',
                { from: dutchFromIso(range.earliest), to: dutchFromIso(range.latest) },
              )}
            </span>
          )}
          {range?.setAside && inUse && (
            <span className="error">
              {t('De peildatum {date} valt buiten deze gegevens; de cijfers gebruiken {used}.', {
                date: dutchFromIso(range.setAside),
                used: dutchFromIso(inUse),
              })}
            </span>
          )}
        </label>
        <label>
          {t('Trajectgrens (dagen)')}
          <input
            type="number"
            min={0}
            max={365}
            value={gapDays}
            aria-invalid={!gapValid}
            aria-describedby="gap-uitleg"
            onChange={(e) => setGapDays(e.target.value)}
          />
          <span id="gap-uitleg" className="caption">
            {t(
              'Toewijzingen met hooguit zoveel dagen ertussen vormen één traject. Standaard {n}; kies 3 om te vergelijken met CBS StatLine 86051NED.',
              { n: DEFAULT_GAP_DAYS },
            )}
          </span>
          {!gapValid && (
            <span className="error">{t('Kies een heel getal van 0 tot en met 365.')}</span>
          )}
        </label>
        <label>
          {t('Leeftijdsgrenzen')}
          <input
            type="text"
            value={ages}
            aria-invalid={bounds === null}
            aria-describedby="leeftijd-uitleg"
            onChange={(e) => setAges(e.target.value)}
          />
          <span id="leeftijd-uitleg" className="caption">
            {bounds
              ? t('Klassen: {bands}.', { bands: makeAgeBands(bounds).labels.join(', ') })
              : ''}{' '}
            {t('Standaard {bounds}.', { bounds: defaultAgeBounds.join(', ') })}
          </span>
          {bounds === null && (
            <span className="error">
              {t(
                'Geef oplopende hele leeftijden van 1 tot 120, gescheiden door komma’s (hooguit 12).',
              )}
            </span>
          )}
        </label>
        <fieldset className="tariffs">
          <legend>{t('Tarieven (€ per cliënt per maand)')}</legend>
          <p className="caption">
            {hasCostLines
              ? t('Deze gegevens hebben kostenregels; tarieven worden dan niet gebruikt.')
              : t(
                  'Gebruikt als er geen kostenregels zijn. Leeg: geen tarief (het geïmporteerde, als dat er is).',
                )}
          </p>
          {years.length > 0 && (
            <table className="table compact">
              <thead>
                <tr>
                  <th scope="col">{t('Product')}</th>
                  {years.map((y) => (
                    <th scope="col" key={y} className="num">
                      {y}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {ibProducts.map((p) => (
                  <tr key={p}>
                    <th scope="row">{p}</th>
                    {years.map((y) => {
                      const key = cellKey(p, y);
                      const bad = badTariffs.some(([k]) => k === key);
                      return (
                        <td key={y}>
                          <input
                            type="text"
                            inputMode="decimal"
                            className="tariff"
                            aria-label={t('Tarief {product} {year}', { product: p, year: y })}
                            aria-invalid={bad}
                            value={tariffText[key] ?? ''}
                            onChange={(e) =>
                              setTariffText((s) => ({ ...s, [key]: e.target.value }))
                            }
                          />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {badTariffs.length > 0 && (
            <span className="error">{t('Een tarief is een bedrag in euro, zoals 607,00.')}</span>
          )}
        </fieldset>
        <p className="caption">
          {valid
            ? t('Wijzigingen gelden na een ogenblik vanzelf; met Toepassen meteen.')
            : t('Zolang iets hierboven niet klopt, gelden de vorige instellingen.')}
        </p>
        <button type="submit" disabled={!valid}>
          {t('Toepassen')}
        </button>
      </form>
      <Choices
        legend={t('Taal')}
        name="taal"
        labels={languages}
        value={language}
        onChange={onLanguage}
      />
      <SteeringSettings
        settings={settings}
        years={result?.metrics?.years ?? []}
        providers={result?.filterOptions.providers ?? []}
        onApply={onApply}
      />
      <Datasets />
      <Backup />
      <Wipe />
    </section>
  );
}
