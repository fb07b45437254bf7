import { utils, write } from 'xlsx';
import type { MetricsJson, YearFigures } from '../../shared/metrics/compute';
import { keyFigures } from './i18n/nl';

/** A spreadsheet cell that could be read as a formula is written as text with a leading apostrophe. */
export function safeCell(value: string | number | null): string | number | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The key figures per year as an .xlsx workbook: values only, never formulas. */
export function figuresWorkbook(m: MetricsJson, datasetName: string): Uint8Array {
  const rows: (string | number | null)[][] = [
    [`Begeleidingsmonitor — ${datasetName}`],
    [
      `Peildatum ${m.meta.peildatum.split('-').reverse().join('-')} · trajectgrens ${m.meta.gapDays} dagen · kostenbron ${m.meta.costSource}`,
    ],
    [],
    ['Cijfer', ...m.years],
    ...keyFigures.map(({ key, label }) => [
      label,
      ...m.years.map((y) => m.byYear[y]?.[key as keyof YearFigures] ?? null),
    ]),
  ];
  const ws = utils.aoa_to_sheet(rows.map((r) => r.map(safeCell)));
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, 'Kerncijfers');
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
