// Dutch number and date formats, the one place the UI formats figures.
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const euro = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  maximumFractionDigits: 0,
});
const euroCents = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

export type FigureFormat = 'count' | 'percent' | 'euro' | 'euroCents' | 'days' | 'years';

/** Formats a figure; `–` for a figure that is undefined. */
export function formatFigure(value: number | null | undefined, format: FigureFormat): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  switch (format) {
    case 'count':
    case 'days':
      return integer.format(value);
    case 'percent':
      return `${oneDecimal.format(value)}%`;
    case 'euro':
      return euro.format(value);
    case 'euroCents':
      return euroCents.format(value);
    case 'years':
      return oneDecimal.format(value);
  }
}

/** Change from a to b in percent with one decimal and a sign: `+20,4%`. */
export function formatChange(a: number | null | undefined, b: number | null | undefined): string {
  if (a === null || a === undefined || b === null || b === undefined || a === 0) return '';
  const pct = ((b - a) / a) * 100;
  return `${pct >= 0 ? '+' : '−'}${oneDecimal.format(Math.abs(pct))}%`;
}

/** ISO `2019-12-31` as Dutch `31-12-2019`. */
export const dutchDate = (iso: string): string => iso.split('-').reverse().join('-');
