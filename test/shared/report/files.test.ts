import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import type { MetricsJson } from '../../../shared/metrics/metricsJson';
import { publishCount } from '../../../shared/privacy/smallNumbers';
import { buildBrief } from '../../../shared/report/brief';
import { briefDocx } from '../../../shared/report/docx';
import { briefHtml } from '../../../shared/report/html';
import { briefPptx } from '../../../shared/report/pptx';
import { formatValue } from '../../../shared/report/text';
import { importSample } from '../../helpers';

// A 1×1 PNG: the writers embed what the face drew; here any picture will do.
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  ),
  (c) => c.charCodeAt(0),
);

/** The text of a Word XML part: its runs joined, paragraphs on lines. */
const wordText = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

describe('de raadsbrief als bestand (voorbeelddata)', () => {
  let m: MetricsJson;
  beforeAll(async () => {
    const { records } = await importSample();
    m = new MetricsEngine(buildDataset(records)).figures();
  });

  for (const mode of ['intern', 'publicatie'] as const) {
    it(`.docx (${mode}): Word-koppen, en elk kerncijfer is het cijfer van de app`, async () => {
      const brief = buildBrief(m, { datasetName: 'Drechtsteden', mode });
      const images = new Map(brief.sections.flatMap((s) => s.charts.map((c) => [c.id, PNG])));
      const files = unzipSync(await briefDocx(brief, images));
      const xml = strFromU8(files['word/document.xml'] as Uint8Array);
      const text = wordText(xml);
      expect((xml.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length).toBe(
        brief.sections.length,
      );
      for (const s of brief.sections) expect(text).toContain(s.title);
      // The key figures in the document equal the app's (MetricsEngine) figures, rounded in publication mode.
      const y = m.byYear['2019'];
      const app = (n: number | undefined) => (mode === 'intern' ? n : publishCount(n ?? 0));
      for (const [label, value] of [
        ['Cliënten', app(y?.clients)],
        ['Instroom', app(y?.inflow)],
        ['Uitstroom', app(y?.outflow)],
        ['Lopend op 31-12', app(y?.activeAtYearEnd)],
      ] as const)
        expect(text).toContain(`${label}\n${formatValue(value, 'count')}\n`);
      expect(text).toContain(`Kosten\n${formatValue(y?.costTotal, 'euro')}\n`);
      // Charts are pictures in the document, one per chart.
      const charts = brief.sections.flatMap((s) => s.charts);
      expect(charts.map((c) => c.id)).toEqual([
        'instroom-uitstroom',
        'duur-per-startjaar',
        'kosten-per-product',
      ]);
      expect((xml.match(/<pic:pic /g) ?? []).length).toBe(charts.length);
      expect(Object.keys(files).some((f) => f.startsWith('word/media/'))).toBe(true);
      // Page numbers in the footer, the mode in the header.
      const footer = strFromU8(files['word/footer1.xml'] as Uint8Array);
      expect(footer).toContain('PAGE');
      expect(footer).toContain('NUMPAGES');
      const header = wordText(strFromU8(files['word/header1.xml'] as Uint8Array));
      expect(header).toContain(mode === 'intern' ? 'interne versie' : 'publicatieversie');
      // The definitions appendix.
      expect(text).toContain('Verantwoording');
      expect(text).toContain('Kaplan–Meier-mediaan');
    });
  }

  it('.pptx: een titelpagina en één dia per hoofdstuk, met de grafiek', async () => {
    const brief = buildBrief(m, { datasetName: 'Drechtsteden' });
    const images = new Map(brief.sections.flatMap((s) => s.charts.map((c) => [c.id, PNG])));
    const files = unzipSync(await briefPptx(brief, images));
    const slides = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(brief.sections.length + 1);
    const second = strFromU8(files['ppt/slides/slide2.xml'] as Uint8Array);
    expect(second).toContain('Samenvatting');
    // Each key figure says its year: the brief may run on past the last whole year.
    expect(second).toContain('Cliënten 2019: 2.720');
    expect(Object.keys(files).some((f) => f.startsWith('ppt/media/'))).toBe(true);
    // The note on small numbers once (title slide); every slide says which version it is.
    const all = slides.map((f) => strFromU8(files[f] as Uint8Array));
    expect(all.filter((x) => x.includes(brief.modeNote))).toHaveLength(1);
    expect(all.slice(1).every((x) => x.includes('publicatieversie'))).toBe(true);
    // A chapter without key figures or chart shows its table's numbers.
    const plain = brief.sections.findIndex(
      (sec) =>
        sec.keyFigures.length === 0 && sec.charts.length === 0 && sec.tables.some((tb) => !tb.text),
    );
    if (plain >= 0) expect(all[plain + 1]).toContain('<a:tbl>');
  });

  it('HTML voor de PDF: omslag, hoofdstukken met grafieken, de definities als bijlage', () => {
    const brief = buildBrief(m, { datasetName: 'Drechtsteden' });
    const html = briefHtml(brief);
    expect(html).toContain('<div class="cover">');
    expect(html).toContain('<section class="appendix" id="verantwoording">');
    expect((html.match(/<svg /g) ?? []).length).toBe(
      brief.sections.flatMap((s) => s.charts).length,
    );
    // Self-contained: no script, nothing fetched.
    expect(html).not.toMatch(/<script|(src|href)="https?:/);
  });
});
