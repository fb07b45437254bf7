import { escapeXml } from '../../../shared/report/text';
import { palette } from './palette';

/** What ECharts hands an axis tooltip's formatter, as far as it is read here. */
interface TooltipParam {
  axisValueLabel?: string;
  seriesName?: string;
  seriesIndex?: number;
  color?: unknown;
  value?: unknown;
}

/** The swatch's class: the palette colour the series has, else a neutral one. */
function swatchClass(p: TooltipParam): string {
  const colour = typeof p.color === 'string' ? p.color.toUpperCase() : '';
  const k = palette.indexOf(colour);
  return k >= 0 ? `swatch swatch-${k}` : 'swatch swatch-other';
}

/**
 * An axis tooltip written with classes, not inline styles: ECharts' own markup
 * carries `style` attributes, which the app's CSP (style-src 'self', no
 * 'unsafe-inline') rightly blocks, and then name and value run together
 * ("IB04"). Its box is styled by ECharts through the CSSOM, which CSP allows;
 * the rows by styles.css (`.chart-tooltip`).
 */
export function axisTooltip(format: (value: unknown) => string) {
  return {
    trigger: 'axis',
    className: 'chart-tooltip',
    formatter: (params: TooltipParam | TooltipParam[]) => {
      const list = Array.isArray(params) ? params : [params];
      const head = `<div class="chart-tooltip-head">${escapeXml(list[0]?.axisValueLabel ?? '')}</div>`;
      const rows = list
        .map(
          (p) =>
            `<div class="chart-tooltip-row"><span class="${swatchClass(p)}"></span><span class="name">${escapeXml(p.seriesName ?? '')}</span><span class="value">${escapeXml(format(Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value))}</span></div>`,
        )
        .join('');
      return head + rows;
    },
  };
}
