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
  const lines = [
    ...s.keyFigures.map((k) => `${k.label} ${k.year}: ${k.text}`),
    ...s.sentences,
  ].slice(0, 9);
  slide.addText(
    lines.map((line) => ({ text: line, options: { bullet: true, breakLine: true } })),
    {
      x: 0.5,
      y: 1.2,
      w: textWidth,
      h: 5.2,
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
  slide.addText(`${brief.datasetName} · peildatum ${brief.peildatum} · ${brief.modeNote}`, {
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
