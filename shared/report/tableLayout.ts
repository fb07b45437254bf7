import type { BriefTable } from './brief';

/** The width of an A4 page's text with the default margins of 2,54 cm, in twips (1/1440 inch). */
export const TEXT_WIDTH = 11906 - 2 * 1440;

/** Font sizes a table is set in, in half-points: 9 pt, and 8 pt when 9 pt does not fit. */
const SIZES = [18, 16] as const;
/** A character's width at 9 pt, in twips (wide enough for the fonts Word and LibreOffice use). */
const CHAR = 110;
/** Row labels up to this many characters never wrap. */
const SHORT_LABEL = 16;
/** A cell's margins and border, in twips. */
const PADDING = 240;

/**
 * Column widths (twips) and a font size for a table of figures, such that no
 * figure breaks over two lines: each column as wide as its widest cell (a
 * header or row label may wrap between words, a figure never), the rest of the page width
 * shared out in proportion. A table of text gets equal columns.
 */
export function tableLayout(t: BriefTable): { widths: number[]; size: number } {
  const columns = t.head.length;
  if (t.text === true || columns === 0)
    return { widths: Array(columns).fill(Math.floor(TEXT_WIDTH / Math.max(1, columns))), size: 18 };
  // Headers and row labels may wrap between words; a figure never.
  const longestWord = (text: string) => Math.max(...text.split(/\s+/).map((word) => word.length));
  const widest = (labelChars: (text: string) => number) =>
    t.head.map((head, c) =>
      Math.max(
        longestWord(head),
        ...t.rows.map((row) => (c === 0 ? labelChars(row[c] ?? '') : (row[c] ?? '').length)),
      ),
    );
  // First a short row label ("2019 t/m 30-09") on one line; where that does not fit, it wraps.
  const tries = [
    widest((text) => (text.length <= SHORT_LABEL ? text.length : longestWord(text))),
    widest(longestWord),
  ];
  const last = tries.length * SIZES.length - 1;
  let k = 0;
  for (const size of SIZES)
    for (const chars of tries) {
      const need = chars.map((n) => (n * CHAR * size) / 18 + PADDING);
      const total = need.reduce((a, b) => a + b, 0);
      if (total <= TEXT_WIDTH || k++ === last) {
        const scale = TEXT_WIDTH / total;
        return { widths: need.map((w) => Math.floor(w * scale)), size };
      }
    }
  throw new Error('unreachable');
}
