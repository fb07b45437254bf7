import type { Brief, BriefTable } from './brief';
import { svgChart } from './svgChart';
import { escapeXml } from './text';

function table(t: BriefTable): string {
  const cls = (i: number) => (i === 0 || t.text ? '' : ' class="num"');
  return `<table><caption>${escapeXml(t.caption)}</caption><thead><tr>${t.head
    .map((h, i) => `<th scope="col"${cls(i)}>${escapeXml(h)}</th>`)
    .join('')}</tr></thead><tbody>${t.rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeXml(c)}</th>` : `<td${cls(i)}>${escapeXml(c)}</td>`)).join('')}</tr>`,
    )
    .join(
      '',
    )}</tbody></table>${(t.notes ?? []).map((n) => `<p class="note">${escapeXml(n)}</p>`).join('')}`;
}

const css = `
@page { size: A4; margin: 22mm 18mm 20mm; }
body { font-family: 'DejaVu Sans', Calibri, Arial, sans-serif; color: #1b1f24; font-size: 10.5pt; line-height: 1.45; }
.cover { height: 230mm; display: flex; flex-direction: column; justify-content: center; page-break-after: always; }
.cover h1 { font-size: 26pt; margin: 0 0 8pt; }
.cover .sub { font-size: 14pt; }
.cover .mode { margin-top: 24pt; color: #57606a; }
h2 { font-size: 16pt; margin: 18pt 0 6pt; page-break-after: avoid; }
section { page-break-inside: auto; }
section.appendix { page-break-before: always; }
.figures { display: flex; flex-wrap: wrap; gap: 6pt; margin: 6pt 0; }
.figure { border: 1px solid #d0d7de; border-radius: 4pt; padding: 4pt 8pt; min-width: 36mm; }
.figure b { display: block; font-size: 13pt; }
table { border-collapse: collapse; width: 100%; margin: 8pt 0; page-break-inside: avoid; font-size: 9pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 3pt; }
th, td { border-bottom: 1px solid #d0d7de; padding: 2pt 4pt; text-align: left; vertical-align: top; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 8pt 0; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; }
.note, figcaption { font-size: 8pt; color: #57606a; margin: 2pt 0 8pt; }
`;

/**
 * The brief as one printable HTML page (cover, sections, charts as inline SVG,
 * definitions appendix). Printed to PDF by Chromium in the CLI; page numbers
 * and the mode come from the printer's header and footer.
 */
export function briefHtml(brief: Brief): string {
  const sections = brief.sections
    .map((s) => {
      const figures = s.keyFigures.length
        ? `<div class="figures">${s.keyFigures
            .map(
              (k) =>
                `<div class="figure">${escapeXml(`${k.label} ${k.year}`)}<b>${escapeXml(k.text)}</b></div>`,
            )
            .join('')}</div>`
        : '';
      const text = s.sentences.map((line) => `<p>${escapeXml(line)}</p>`).join('');
      const charts = s.charts
        .map(
          (c) =>
            `<figure aria-label="${escapeXml(c.title)}">${svgChart(c)}${c.note ? `<figcaption>${escapeXml(c.note)}</figcaption>` : ''}</figure>`,
        )
        .join('');
      const tables = s.tables.map(table).join('');
      const cls = s.id === 'verantwoording' ? ' class="appendix"' : '';
      return `<section${cls} id="${s.id}"><h2>${escapeXml(s.title)}</h2>${figures}${text}${charts}${tables}</section>`;
    })
    .join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeXml(brief.title)}</title><style>${css}</style></head><body><div class="cover"><h1>${escapeXml(brief.title)}</h1><div class="sub">${escapeXml(brief.datasetName)}</div>${brief.letter ? `<div>${escapeXml(brief.letter)}</div>` : ''}${brief.scope ? `<div>${escapeXml(brief.scope)}</div>` : ''}<div>Peildatum ${escapeXml(brief.peildatum)}</div><div class="mode">${escapeXml(brief.modeNote)}</div></div>${sections}</body></html>`;
}
