import { type EChartsCoreOption, init } from 'echarts/core';
import { t } from '../i18n/i18n';

/** The size of an exported chart: fits a memo or a slide as it is. */
export const PNG_WIDTH = 1600;
export const PNG_HEIGHT = 900;
const TOP = 150;
const BOTTOM = 70;

/** The unit a chart's value axis names (`seriesChart` puts it there), or ''. */
function unitOf(option: EChartsCoreOption): string {
  const axis = (option as { yAxis?: { name?: unknown } | { name?: unknown }[] }).yAxis;
  const first = Array.isArray(axis) ? axis[0] : axis;
  return typeof first?.name === 'string' ? first.name : '';
}

function image(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = url;
  return img.decode().then(() => img);
}

/**
 * A chart as a PNG that stands alone: 1600×900 with its title, unit, peildatum,
 * filters drawn above it and the source below, the chart itself drawn anew at
 * that size (not a stretched screenshot of the screen's strip).
 */
export async function standalonePng(
  option: EChartsCoreOption,
  title: string,
  header: readonly string[],
): Promise<Uint8Array> {
  const host = document.createElement('div');
  host.style.position = 'fixed';
  host.style.left = '-20000px';
  host.style.top = '0';
  host.style.width = `${PNG_WIDTH}px`;
  host.style.height = `${PNG_HEIGHT - TOP - BOTTOM}px`;
  document.body.append(host);
  const chart = init(host, undefined, {
    renderer: 'canvas',
    width: PNG_WIDTH,
    height: PNG_HEIGHT - TOP - BOTTOM,
  });
  try {
    chart.setOption({ ...option, animation: false });
    const drawn = await image(
      chart.getDataURL({ type: 'png', pixelRatio: 1, backgroundColor: '#fff' }),
    );
    const canvas = document.createElement('canvas');
    canvas.width = PNG_WIDTH;
    canvas.height = PNG_HEIGHT;
    const g = canvas.getContext('2d');
    if (!g) throw new Error(t('Tekenen op canvas is niet beschikbaar.'));
    g.fillStyle = '#fff';
    g.fillRect(0, 0, PNG_WIDTH, PNG_HEIGHT);
    g.fillStyle = '#1b1f24';
    g.font = '600 34px system-ui, sans-serif';
    g.fillText(title, 40, 56);
    g.font = '20px system-ui, sans-serif';
    g.fillStyle = '#4b5563';
    const unit = unitOf(option);
    // The header's dataset, peildatum and filter lines; its source and version go below.
    const [dataset, when, filter, ...below] = header;
    const first =
      [dataset, when].filter(Boolean).join(' · ') +
      (unit ? ` · ${t('eenheid: {unit}', { unit })}` : '');
    g.fillText(first, 40, 96);
    if (filter) g.fillText(filter, 40, 126);
    g.drawImage(drawn, 0, TOP);
    g.font = '17px system-ui, sans-serif';
    for (const [k, line] of below.entries())
      g.fillText(line, 40, PNG_HEIGHT - BOTTOM + 28 + k * 24);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(t('De grafiek kon niet als PNG worden gemaakt.'));
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    chart.dispose();
    host.remove();
  }
}
