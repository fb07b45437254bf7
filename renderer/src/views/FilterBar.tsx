import { useState } from 'react';
import type { Filters } from '../../../shared/metrics/filters';
import type { IbProduct } from '../../../shared/model/products';
import type { ProviderGroup } from '../../../shared/model/providerGroups';
import { t } from '../i18n/i18n';
import { groupLabel } from '../i18n/labels';
import type { FilterOptions } from '../worker/protocol';
import { closeOnEscape } from './closeOnEscape';

type Dimension = keyof Filters;

/** Options above which a choice gets a search field and shows only what matches. */
const SEARCH_FROM = 12;
const SHOWN_AT_MOST = 100;

/** One dimension's choices in a keyboard-friendly disclosure with checkboxes. */
function Choice({
  label,
  options,
  chosen,
  onChange,
}: {
  label: string;
  options: { value: string; label: string }[];
  chosen: readonly string[];
  onChange: (values: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  if (options.length === 0) return null;
  const toggle = (value: string) =>
    onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  const searchable = options.length > SEARCH_FROM;
  const q = query.trim().toLocaleLowerCase('nl');
  const matching = q ? options.filter((o) => o.label.toLocaleLowerCase('nl').includes(q)) : options;
  // Chosen options stay visible whatever the search.
  const shown = [
    ...options.filter((o) => chosen.includes(o.value) && !matching.includes(o)),
    ...matching.slice(0, SHOWN_AT_MOST),
  ];
  return (
    <details className="filter" onKeyDown={closeOnEscape}>
      <summary>
        {label}:{' '}
        {chosen.length === 0
          ? t('alle')
          : chosen.length > 3
            ? t('{n} gekozen', { n: chosen.length })
            : chosen.map((v) => options.find((o) => o.value === v)?.label ?? v).join(', ')}
      </summary>
      <div className="filter-options">
        {searchable && (
          <input
            type="search"
            value={query}
            placeholder={t('Zoeken…')}
            aria-label={t('{label} zoeken', { label })}
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
        {shown.map((o) => (
          <label key={o.value}>
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={() => toggle(o.value)}
            />{' '}
            {o.label}
          </label>
        ))}
        {matching.length > SHOWN_AT_MOST && (
          <span className="caption">
            {t('Nog {n} meer: verfijn de zoekopdracht.', { n: matching.length - SHOWN_AT_MOST })}
          </span>
        )}
      </div>
    </details>
  );
}

/** The global filters: every screen's figures follow them. */
export function FilterBar({
  options,
  filters,
  onChange,
}: {
  options: FilterOptions;
  filters: Filters;
  onChange: (f: Filters) => void;
}) {
  const set = (dimension: Dimension, values: string[]) =>
    onChange({ ...filters, [dimension]: values });
  const active = Object.values(filters).some((v) => Array.isArray(v) && v.length > 0);
  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">{t('Filters')}</legend>
      <Choice
        label={t('Gemeente')}
        options={options.municipalities.map((m) => ({ value: m.code, label: m.name }))}
        chosen={filters.municipalities ?? []}
        onChange={(v) => set('municipalities', v)}
      />
      <Choice
        label={t('Type aanbieder')}
        options={options.providerGroups.map((g) => ({ value: g, label: groupLabel(g) }))}
        chosen={filters.providerGroups ?? []}
        onChange={(v) => set('providerGroups', v as ProviderGroup[])}
      />
      <Choice
        label={t('Aanbieder')}
        options={options.providers.map((p) => ({ value: p.id, label: p.name }))}
        chosen={filters.providers ?? []}
        onChange={(v) => set('providers', v)}
      />
      <Choice
        label={t('Product')}
        options={options.products.map((p) => ({ value: p, label: p }))}
        chosen={filters.products ?? []}
        onChange={(v) => set('products', v as IbProduct[])}
      />
      <Choice
        label={t('Leeftijd')}
        options={options.ageBands.map((b) => ({ value: b, label: b }))}
        chosen={filters.ageBands ?? []}
        onChange={(v) => set('ageBands', v)}
      />
      {active && (
        <button type="button" className="secondary" onClick={() => onChange({})}>
          {t('Filters wissen')}
        </button>
      )}
    </fieldset>
  );
}
