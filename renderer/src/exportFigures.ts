import { utils, write } from 'xlsx';
import { costSourceLabels, yearFigures } from '../../shared/figures/catalogue';
import type { MetricsJson } from '../../shared/metrics/metricsJson';
import { formatDate } from './format';
import { t } from './i18n/i18n';

/** A spreadsheet cell that could be read as a formula is written as text with a leading apostrophe. */
export function safeCell(value: string | number | null): string | number | null {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const workbookBytes = (rows: (string | number | null)[][], sheet: string): Uint8Array => {
  const ws = utils.aoa_to_sheet(rows.map((r) => r.map(safeCell)));
  const wb = utils.book_new();
  utils.book_append_sheet(wb, ws, sheet.slice(0, 31));
  return new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
};

/** One table (a chart's data, a figure table) as an .xlsx workbook: a title row, the head, the values. */
export function tableWorkbook(
  title: string,
  head: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
  /** What the export says about itself (`exportHeader`): peildatum, filters, source, version. */
  header: readonly string[] = [],
): Uint8Array {
  return workbookBytes(
    [[title], ...header.map((line) => [line]), [], [...head], ...rows.map((r) => [...r])],
    'Gegevens',
  );
}

/** The key figures per year as an .xlsx workbook: values only, never formulas. */
export function figuresWorkbook(m: MetricsJson, datasetName: string): Uint8Array {
  const rows: (string | number | null)[][] = [
    [`Begeleidingsmonitor — ${datasetName}`],
    [
      t('Peildatum {date} · trajectgrens {days} dagen · kosten uit {source}', {
        date: formatDate(m.meta.peildatum),
        days: m.meta.gapDays,
        source: t(costSourceLabels[m.meta.costSource]),
      }),
    ],
    [],
    [t('Cijfer'), ...m.years],
    ...yearFigures
      .filter((f) => f.overview)
      .map(({ key, label }) => [t(label.nl), ...m.years.map((y) => m.byYear[y]?.[key] ?? null)]),
  ];
  return workbookBytes(rows, t('Kerncijfers'));
}
