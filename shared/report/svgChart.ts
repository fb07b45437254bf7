import type { ChartSpec } from './brief';
import { escapeXml, formatValue } from './text';

/** Okabe–Ito, as on screen: distinguishable with every common colour blindness. */
const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'];
const FONT = 'DejaVu Sans, Arial, Helvetica, sans-serif';

/** A round axis maximum and step: 0, 500, 1.000, … */
function axis(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((f) => f * magnitude >= raw) ?? 10) * magnitude;
  return { top: Math.ceil(max / step) * step, step };
}

/**
 * A bar or line chart as a standalone SVG: the same picture in the .docx,
 * .pptx and .pdf of a brief, with the numbers on the axis in Dutch. Hidden
 * (null) values are left out, never drawn as zero.
 */
export function svgChart(spec: ChartSpec, width = 720, height = 360): string {
  const left = 78;
  const right = 16;
  const top = 36;
  const bottom = 64;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = spec.categories.length;
  const totals = spec.categories.map((_, k) =>
    spec.stacked
      ? spec.series.reduce((s, x) => s + Math.max(0, x.values[k] ?? 0), 0)
      : Math.max(0, ...spec.series.map((x) => x.values[k] ?? 0)),
  );
  const { top: yMax, step } = axis(Math.max(0, ...totals));
  const y = (v: number) => top + plotH - (v / yMax) * plotH;
  const band = plotW / Math.max(1, n);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold" fill="#1b1f24">${escapeXml(spec.title)}</text>`,
  ];
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    out.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(v)}" y2="${y(v)}" stroke="#d0d7de"/>`,
      `<text x="${left - 6}" y="${y(v) + 4}" text-anchor="end" fill="#57606a">${escapeXml(formatValue(v, spec.unit === 'euroCents' ? 'euro' : spec.unit))}</text>`,
    );
  }
  spec.categories.forEach((c, k) => {
    out.push(
      `<text x="${left + band * (k + 0.5)}" y="${top + plotH + 16}" text-anchor="middle" fill="#57606a">${escapeXml(c)}</text>`,
    );
  });
  if (spec.kind === 'bar') {
    const groups = spec.stacked ? 1 : spec.series.length;
    const barW = (band * 0.7) / Math.max(1, groups);
    spec.categories.forEach((_, k) => {
      let base = 0;
      spec.series.forEach((s, i) => {
        const v = s.values[k];
        if (v === null || v === undefined || v <= 0) return;
        const x = left + band * k + band * 0.15 + (spec.stacked ? 0 : i * barW);
        const y0 = spec.stacked ? base : 0;
        out.push(
          `<rect x="${x.toFixed(1)}" y="${y(y0 + v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(y0) - y(y0 + v)).toFixed(1)}" fill="${palette[i % palette.length]}"/>`,
        );
        if (spec.stacked) base += v;
      });
    });
  } else {
    spec.series.forEach((s, i) => {
      const points = s.values
        .map((v, k) =>
          v === null || v === undefined ? null : `${left + band * (k + 0.5)},${y(v).toFixed(1)}`,
        )
        .filter((pt): pt is string => pt !== null);
      out.push(
        `<polyline points="${points.join(' ')}" fill="none" stroke="${palette[i % palette.length]}" stroke-width="2.5"/>`,
      );
    });
  }
  out.push(
    `<line x1="${left}" x2="${width - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="#57606a"/>`,
  );
  // The legend, centred under the axis.
  const items = spec.series.map((s) => s.name);
  const itemW = items.map((t) => 22 + t.length * 7.2);
  let x = (width - itemW.reduce((a, b) => a + b + 12, -12)) / 2;
  items.forEach((t, i) => {
    out.push(
      `<rect x="${x.toFixed(1)}" y="${height - 22}" width="12" height="12" fill="${palette[i % palette.length]}"/>`,
      `<text x="${(x + 17).toFixed(1)}" y="${height - 12}" fill="#1b1f24">${escapeXml(t)}</text>`,
    );
    x += (itemW[i] as number) + 12;
  });
  out.push('</svg>');
  return out.join('');
}
