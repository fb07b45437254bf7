import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Brief, BriefTable, ChartSpec } from './brief';
import { TEXT_WIDTH, tableLayout } from './tableLayout';

/** Chart pictures by chart id (PNG bytes), drawn by the face that writes the file. */
export type ChartImages = ReadonlyMap<string, Uint8Array>;

const FONT = 'Calibri';
const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFC7CF' };
const borders = { top: border, bottom: border, left: border, right: border };

/** A table this long may break over pages; a shorter one is kept on one page with its caption. */
const KEPT_ROWS = 20;

function table(t: BriefTable): Table {
  const { widths, size } = tableLayout(t);
  const textual = t.text === true;
  const together = !textual && t.rows.length <= KEPT_ROWS;
  const cell = (text: string, header: boolean, first: boolean, column: number, last = false) =>
    new TableCell({
      borders,
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF2F6', color: 'auto' } } : {}),
      children: [
        new Paragraph({
          alignment: first ? AlignmentType.LEFT : AlignmentType.RIGHT,
          // Every row but the last keeps with the next: the table stays on one page.
          keepNext: together && !last,
          keepLines: true,
          children: [new TextRun({ text, bold: header, font: FONT, size })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: t.head.map((h, i) => cell(h, true, i === 0 || textual, i)),
      }),
      ...t.rows.map(
        (r, k) =>
          new TableRow({
            cantSplit: true,
            children: r.map((c, i) =>
              cell(c, false, i === 0 || textual, i, k === t.rows.length - 1),
            ),
          }),
      ),
    ],
  });
}

/** A table's caption, kept on the page of its table. */
const caption = (text: string) =>
  new Paragraph({
    spacing: { before: 240, after: 80 },
    keepNext: true,
    keepLines: true,
    children: [new TextRun({ text, bold: true, font: FONT, size: 20 })],
  });

/** Small grey text under a table or chart: what its signs mean, what it leaves out. */
const note = (text: string) =>
  new Paragraph({
    spacing: { before: 60, after: 60 },
    children: [new TextRun({ text, font: FONT, size: 16, color: '57606A' })],
  });

function chart(spec: ChartSpec, images: ChartImages): Paragraph[] {
  const png = images.get(spec.id);
  if (!png) return [];
  return [
    new Paragraph({
      spacing: { before: 200, after: 200 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: 600, height: 300 },
          altText: { name: spec.id, title: spec.title, description: spec.title },
        }),
      ],
    }),
    ...(spec.note ? [note(spec.note)] : []),
  ];
}

/**
 * The brief as an editable Word document: a cover, real headings, key
 * figures, sentences, tables and chart pictures; the mode on every page and
 * page numbers in the footer.
 */
export async function briefDocx(brief: Brief, images: ChartImages): Promise<Uint8Array> {
  const text = (t: string, extra: { bold?: boolean; size?: number; color?: string } = {}) =>
    new TextRun({ text: t, font: FONT, size: extra.size ?? 22, ...extra });
  const cover = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [text(brief.title, { size: 48 })] }),
    new Paragraph({ children: [text(brief.datasetName, { size: 28 })] }),
    ...(brief.letter ? [new Paragraph({ children: [text(brief.letter)] })] : []),
    ...(brief.scope ? [new Paragraph({ children: [text(brief.scope)] })] : []),
    new Paragraph({
      spacing: { before: 240 },
      children: [text(`Peildatum ${brief.peildatum}`)],
    }),
    new Paragraph({
      spacing: { before: 480 },
      children: [text(brief.modeNote, { color: '57606A' })],
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const body = brief.sections.flatMap((s) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 360, after: 120 },
      keepNext: true,
      children: [text(s.title, { size: 32 })],
    }),
    ...(s.keyFigures.length > 0
      ? [
          table({
            caption: '',
            head: ['Kerncijfer', s.keyFigures[0]?.year ?? ''],
            rows: s.keyFigures.map((k) => [k.label, k.text]),
          }),
        ]
      : []),
    ...s.sentences.map(
      (line) => new Paragraph({ spacing: { before: 120 }, children: [text(line)] }),
    ),
    ...s.charts.flatMap((c) => chart(c, images)),
    ...s.tables.flatMap((t) => [caption(t.caption), table(t), ...(t.notes ?? []).map(note)]),
  ]);
  const doc = new Document({
    creator: 'Begeleidingsmonitor',
    title: brief.title,
    description: brief.modeNote,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [
      {
        properties: { titlePage: true },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  text(
                    `${brief.title} · ${brief.mode === 'publicatie' ? 'publicatieversie' : 'interne versie'}`,
                    {
                      size: 16,
                      color: '57606A',
                    },
                  ),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
                    font: FONT,
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [...cover, ...body],
      },
    ],
  });
  return Packer.pack(doc, 'uint8array');
}
