import { Resvg } from '@resvg/resvg-js';
import type { Brief } from '../shared/report/brief';
import { briefDocx, type ChartImages } from '../shared/report/docx';
import { briefHtml } from '../shared/report/html';
import { briefPptx } from '../shared/report/pptx';
import { svgChart } from '../shared/report/svgChart';
import { launchChromium } from './chromium';

export const briefFormats = ['docx', 'pdf', 'pptx'] as const;
export type BriefFormat = (typeof briefFormats)[number];

/** Every chart of the brief as PNG: the shared SVG, rasterised at twice its size. */
export function chartImages(brief: Brief): ChartImages {
  const images = new Map<string, Uint8Array>();
  for (const s of brief.sections)
    for (const c of s.charts) {
      const png = new Resvg(svgChart(c), {
        fitTo: { mode: 'zoom', value: 2 },
        font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
      })
        .render()
        .asPng();
      images.set(c.id, new Uint8Array(png));
    }
  return images;
}

/** The brief's HTML printed by headless Chromium: A4, page numbers and the mode on every page. */
async function briefPdf(brief: Brief): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(briefHtml(brief), { waitUntil: 'load' });
    const small =
      'font-family: DejaVu Sans, Arial, sans-serif; font-size: 8px; color: #57606a; width: 100%; padding: 0 18mm;';
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${small} text-align: right;">${brief.mode === 'publicatie' ? 'Publicatieversie' : 'Interne versie'}</div>`,
      footerTemplate: `<div style="${small} text-align: center;">Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>`,
      margin: { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

export async function briefBytes(brief: Brief, format: BriefFormat): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return briefDocx(brief, chartImages(brief));
    case 'pptx':
      return briefPptx(brief, chartImages(brief));
    case 'pdf':
      return briefPdf(brief);
  }
}
