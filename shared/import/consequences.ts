import { type ColumnarRecords, type ColumnTable, NULL_INT } from '../model/columnar';
import type { ImportReport } from './report';

/** What is missing from data about to be stored, each with what it will cause. */
export type ConsequenceCode =
  | 'unread_sheets'
  | 'no_provider_groups'
  | 'no_birth'
  | 'no_costs'
  | 'no_end_dates'
  | 'no_municipality';

export interface Consequence {
  code: ConsequenceCode;
  /** For `unread_sheets`: `file · sheet` of each sheet with rows that nothing was read from. */
  sheets?: string[];
}

/** Whether any row of a column holds a value (dictionary code ≥ 0, or an int that is not null). */
function anyValue(table: ColumnTable, field: string, kind: 'code' | 'int'): boolean {
  const column = table.columns[field];
  if (!column) return false;
  for (let i = 0; i < table.length; i++) {
    const v = column[i] as number;
    if (kind === 'code' ? v >= 0 : v !== NULL_INT) return true;
  }
  return false;
}

/**
 * The preview's warnings: what the figures will lack because a sheet or field
 * is missing from `data` (an import, or a dataset with an import added), and
 * which sheets were not read at all. Only for data with allocations: a file
 * of population or reference figures alone lacks them by nature.
 */
export function importConsequences(data: ColumnarRecords, report: ImportReport): Consequence[] {
  const out: Consequence[] = [];
  const unread = report.sheets
    .filter((s) => s.kind === 'unknown' && s.rows > 0)
    .map((s) => `${s.file} · ${s.sheet}`);
  if (unread.length > 0) out.push({ code: 'unread_sheets', sheets: unread });
  const { allocations: a, clients: c } = data;
  if (a.length === 0) return out;
  if (!data.providers.some((p) => p.group !== 'overig')) out.push({ code: 'no_provider_groups' });
  if (!anyValue(c, 'birthMonth', 'int') && !anyValue(c, 'birthYear', 'int'))
    out.push({ code: 'no_birth' });
  if (data.costLines.length === 0 && data.tariffs.length === 0) out.push({ code: 'no_costs' });
  if (!anyValue(a, 'end', 'int')) out.push({ code: 'no_end_dates' });
  if (!anyValue(a, 'municipality', 'code') && !anyValue(c, 'municipality', 'code'))
    out.push({ code: 'no_municipality' });
  return out;
}
