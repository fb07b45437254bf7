import type { Filters } from '../../../shared/metrics/filters';
import type { IbProduct } from '../../../shared/model/products';
import { type ProviderGroup, providerGroupLabels } from '../../../shared/model/providerGroups';
import type { FilterOptions } from '../worker/protocol';

type Dimension = keyof Filters;

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
  if (options.length === 0) return null;
  const toggle = (value: string) =>
    onChange(chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value]);
  return (
    <details className="filter">
      <summary>
        {label}:{' '}
        {chosen.length === 0
          ? 'alle'
          : chosen.map((v) => options.find((o) => o.value === v)?.label ?? v).join(', ')}
      </summary>
      <div className="filter-options">
        {options.map((o) => (
          <label key={o.value}>
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={() => toggle(o.value)}
            />{' '}
            {o.label}
          </label>
        ))}
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
      <legend className="visually-hidden">Filters</legend>
      <Choice
        label="Gemeente"
        options={options.municipalities.map((m) => ({ value: m.code, label: m.name }))}
        chosen={filters.municipalities ?? []}
        onChange={(v) => set('municipalities', v)}
      />
      <Choice
        label="Type aanbieder"
        options={options.providerGroups.map((g) => ({
          value: g,
          label: providerGroupLabels[g as ProviderGroup],
        }))}
        chosen={filters.providerGroups ?? []}
        onChange={(v) => set('providerGroups', v as ProviderGroup[])}
      />
      <Choice
        label="Product"
        options={options.products.map((p) => ({ value: p, label: p }))}
        chosen={filters.products ?? []}
        onChange={(v) => set('products', v as IbProduct[])}
      />
      <Choice
        label="Leeftijd"
        options={options.ageBands.map((b) => ({ value: b, label: b }))}
        chosen={filters.ageBands ?? []}
        onChange={(v) => set('ageBands', v)}
      />
      {active && (
        <button type="button" className="secondary" onClick={() => onChange({})}>
          Filters wissen
        </button>
      )}
    </fieldset>
  );
}
