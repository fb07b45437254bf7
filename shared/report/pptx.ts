import PptxGenJS from 'pptxgenjs';
import { toBase64 } from '../base64';
import type { Brief, BriefSection } from './brief';
import type { ChartImages } from './docx';

const FONT = 'Calibri';
const INK = '1B1F24';
const MUTED = '57606A';

function sectionSlide(pptx: PptxGenJS, brief: Brief, s: BriefSection, images: ChartImages): void {
  const slide = pptx.addSlide();
  slide.addText(s.title, {
    x: 0.5,
    y: 0.3,
    w: 12.3,
    h: 0.7,
    fontFace: FONT,
    fontSize: 28,
    bold: true,
    color: INK,
  });
  const chart = s.charts.find((c) => images.has(c.id));
  const png = chart ? images.get(chart.id) : undefined;
  const textWidth = png ? 5.6 : 12.3;
  // A chapter without key figures shows its first table's numbers (a few rows), not a sentence alone.
  const table = s.keyFigures.length === 0 && !png ? s.tables.find((tb) => !tb.text) : undefined;
  const lines = [
    ...s.keyFigures.map((k) => `${k.label} ${k.year}: ${k.text}`),
    // The note on small numbers stands on the title slide, not again here.
    ...s.sentences.filter((line) => line !== brief.modeNote),
  ].slice(0, table ? 4 : 9);
  slide.addText(
    lines.map((line) => ({ text: line, options: { bullet: true, breakLine: true } })),
    {
      x: 0.5,
      y: 1.2,
      w: textWidth,
      h: table ? 2.1 : 5.2,
      fontFace: FONT,
      fontSize: 15,
      color: INK,
      valign: 'top',
    },
  );
  if (png && chart)
    slide.addImage({
      data: `data:image/png;base64,${toBase64(png)}`,
      x: 6.4,
      y: 1.3,
      w: 6.4,
      h: 3.2,
      altText: chart.title,
    });
  if (png && chart?.note)
    slide.addText(chart.note, {
      x: 6.4,
      y: 4.55,
      w: 6.4,
      h: 0.5,
      fontFace: FONT,
      fontSize: 10,
      color: MUTED,
    });
  if (table) {
    const cell = (text: string, k: number, head = false) => ({
      text,
      options: { bold: head, align: k === 0 ? ('left' as const) : ('right' as const) },
    });
    const columns =
      table.head.length > 7
        ? [0, ...table.head.slice(-6).map((_, k) => table.head.length - 6 + k)]
        : table.head.map((_, k) => k);
    slide.addTable(
      [
        columns.map((c, k) => cell(table.head[c] ?? '', k, true)),
        // At most nine rows; a longer table keeps its last (the total) after the first eight.
        ...(table.rows.length > 9
          ? [...table.rows.slice(0, 8), table.rows.at(-1) as string[]]
          : table.rows
        ).map((r) => columns.map((c, k) => cell(r[c] ?? '', k))),
      ],
      {
        x: 0.5,
        y: 3.2,
        w: 12.3,
        // Row labels ("Thuiszorg en maatschappelijke dienstverlening") get room; numbers share the rest.
        colW: [3.6, ...columns.slice(1).map(() => (12.3 - 3.6) / (columns.length - 1))],
        fontFace: FONT,
        fontSize: 12,
        color: INK,
        border: { type: 'none' },
      },
    );
    if (table.notes?.length)
      slide.addText(table.notes.join(' '), {
        x: 0.5,
        y: 6.45,
        w: 12.3,
        h: 0.35,
        fontFace: FONT,
        fontSize: 10,
        color: MUTED,
      });
  }
  // The full note on small numbers stands once, on the title slide; here only which version it is.
  const version = brief.mode === 'publicatie' ? 'publicatieversie' : 'interne versie';
  slide.addText(`${brief.datasetName} · peildatum ${brief.peildatum} · ${version}`, {
    x: 0.5,
    y: 6.85,
    w: 12.3,
    h: 0.4,
    fontFace: FONT,
    fontSize: 9,
    color: MUTED,
  });
}

/** The brief as a slide deck: a title slide and one slide per section (Verantwoording as text). */
export async function briefPptx(brief: Brief, images: ChartImages): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = brief.title;
  pptx.author = 'Begeleidingsmonitor';
  const title = pptx.addSlide();
  title.addText(brief.title, {
    x: 0.6,
    y: 2.2,
    w: 12,
    h: 1.2,
    fontFace: FONT,
    fontSize: 40,
    bold: true,
    color: INK,
  });
  title.addText(
    `${brief.datasetName}${brief.scope ? ` · ${brief.scope}` : ''} · peildatum ${brief.peildatum}`,
    {
      x: 0.6,
      y: 3.5,
      w: 12,
      h: 0.6,
      fontFace: FONT,
      fontSize: 20,
      color: MUTED,
    },
  );
  if (brief.letter)
    title.addText(brief.letter, {
      x: 0.6,
      y: 4.2,
      w: 12,
      h: 0.5,
      fontFace: FONT,
      fontSize: 16,
      color: MUTED,
    });
  title.addText(brief.modeNote, {
    x: 0.6,
    y: 6.2,
    w: 12,
    h: 0.6,
    fontFace: FONT,
    fontSize: 12,
    color: MUTED,
  });
  for (const s of brief.sections) sectionSlide(pptx, brief, s, images);
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}
