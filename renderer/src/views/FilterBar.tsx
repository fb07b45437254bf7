import { memo, useMemo, useRef, useState } from 'react';
import { type Filters, filterDimensions, hasFilters } from '../../../shared/metrics/filters';
import { t } from '../i18n/i18n';
import { groupLabel } from '../i18n/labels';
import type { FilterOptions } from '../worker/protocol';
import { closeOnEscape } from './closeOnEscape';

type Dimension = keyof Filters;

/** Options above which a choice gets a search field and shows only what matches. */
const SEARCH_FROM = 12;
const SHOWN_AT_MOST = 100;

type Option = { value: string; label: string };

/**
 * One dimension's choices in a keyboard-friendly disclosure with checkboxes. Memoised: a click
 * in one dimension draws that one again, not the up to a hundred checkboxes of the providers
 * (docs/performance.md, "The UI thread").
 */
const Choice = memo(function Choice({
  label,
  dimension,
  options,
  chosen,
  onChange,
}: {
  label: string;
  dimension: Dimension;
  options: readonly Option[];
  chosen: readonly string[];
  onChange: (dimension: Dimension, values: string[]) => void;
}) {
  const [query, setQuery] = useState('');
  if (options.length === 0) return null;
  const toggle = (value: string) =>
    onChange(
      dimension,
      chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value],
    );
  const searchable = options.length > SEARCH_FROM;
  const q = query.trim().toLocaleLowerCase('nl');
  const matching = q ? options.filter((o) => o.label.toLocaleLowerCase('nl').includes(q)) : options;
  // Chosen options stay visible whatever the search, and beyond the first hundred.
  const first = matching.slice(0, SHOWN_AT_MOST);
  const shown = [
    ...options.filter((o) => chosen.includes(o.value) && !first.includes(o)),
    ...first,
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
});

/** No choice in a dimension: one list, so an unchanged dimension's props stay the same. */
const NONE_CHOSEN: readonly string[] = [];

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
  // One function for the component's life, reading the latest filters: a memoised choice
  // is drawn again only when its own options or chosen values change.
  const latest = useRef({ filters, onChange });
  latest.current = { filters, onChange };
  const set = useMemo(
    () => (dimension: Dimension, values: string[]) =>
      latest.current.onChange({ ...latest.current.filters, [dimension]: values }),
    [],
  );
  const lists = useMemo(
    () => ({
      municipalities: options.municipalities.map((m) => ({ value: m.code, label: m.name })),
      providerGroups: options.providerGroups.map((g) => ({ value: g, label: groupLabel(g) })),
      providers: options.providers.map((p) => ({ value: p.id, label: p.name })),
      products: options.products.map((p) => ({ value: p, label: p })),
      ageBands: options.ageBands.map((b) => ({ value: b, label: b })),
    }),
    [options],
  );
  const labels: Record<Dimension, string> = {
    municipalities: t('Gemeente'),
    providerGroups: t('Type aanbieder'),
    providers: t('Aanbieder'),
    products: t('Product'),
    ageBands: t('Leeftijd'),
  };
  const active = hasFilters(filters);
  return (
    <fieldset className="filter-bar">
      <legend className="visually-hidden">{t('Filters')}</legend>
      {filterDimensions.map((dimension) => (
        <Choice
          key={dimension}
          label={labels[dimension]}
          dimension={dimension}
          options={lists[dimension]}
          chosen={filters[dimension] ?? NONE_CHOSEN}
          onChange={set}
        />
      ))}
      {active && (
        <button type="button" className="secondary" onClick={() => onChange({})}>
          {t('Filters wissen')}
        </button>
      )}
    </fieldset>
  );
}
