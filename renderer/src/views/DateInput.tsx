import { parseDate } from '../../../shared/import/values/dates';
import { isoDate } from '../../../shared/periods/days';

/**
 * A date as typed in a field: '' (none: the default), or a date as the import reads one
 * (`31-12-2019`, `2019-12-31`, …) as ISO; undefined when it is not a date.
 */
export function isoFromInput(text: string): string | null | undefined {
  if (text.trim() === '') return null;
  const read = parseDate(text.trim());
  return read.ok ? isoDate(read.day) : undefined;
}

/**
 * The text field in which a date is typed (read by `isoFromInput`): a numeric keyboard, the
 * date in use as placeholder, marked invalid, and tied to the caption that explains it.
 */
export function DateInput({
  value,
  placeholder,
  invalid,
  describedBy,
  testId,
  onChange,
}: {
  value: string;
  placeholder: string;
  invalid: boolean;
  /** The id of the caption that explains the field. */
  describedBy: string;
  testId?: string;
  onChange: (text: string) => void;
}) {
  return (
    <input
      type="text"
      inputMode="numeric"
      value={value}
      placeholder={placeholder}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
