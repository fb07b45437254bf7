import { t } from '../i18n/i18n';

/** A radio group: one choice of a few, keyboard-operable as one control; labels are Dutch keys. */
export function Choices<K extends string>({
  legend,
  name,
  labels,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  labels: Record<K, string>;
  value: K;
  onChange: (k: K) => void;
}) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {(Object.keys(labels) as K[]).map((k) => (
        <label key={k}>
          <input type="radio" name={name} checked={value === k} onChange={() => onChange(k)} />{' '}
          {t(labels[k])}
        </label>
      ))}
    </fieldset>
  );
}
