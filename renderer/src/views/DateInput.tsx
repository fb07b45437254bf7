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
