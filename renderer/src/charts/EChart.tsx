import { BarChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import { type EChartsCoreOption, type EChartsType, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { BriefMode } from '../../../shared/report/publish';
import { suffix, useExportHeader } from '../exportHeader';
import { t } from '../i18n/i18n';
import { saveBytes } from '../platform';
import { ExportMenu } from '../views/ExportMenu';
import { chartTable } from './chartTable';
import { standalonePng } from './standalonePng';

use([
  LineChart,
  BarChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** A title from a chart's description: "Staafdiagram: uitstroom per jaar" → "Uitstroom per jaar". */
function titleOf(label: string): string {
  const rest = label.replace(/^[^:]+:\s*/, '');
  return rest.charAt(0).toLocaleUpperCase('nl') + rest.slice(1);
}

/**
 * The one chart component: draws an option made by the pure builders in
 * charts/, exports it as PNG and its data as .xlsx, and reports a click on a
 * category (a bar or point) so the figure can open the trajectories behind it.
 */
export function EChart({
  option,
  label,
  title,
  name,
  height = 320,
  onPick,
  counts = false,
}: {
  option: EChartsCoreOption;
  label: string;
  /** The title an exported PNG carries (default: the label). */
  title?: string;
  /** File name (without extension) for the exports. */
  name: string;
  height?: number;
  onPick?: (categoryIndex: number, seriesName: string) => void;
  /** Whether every value is a count (of clients, trajectories): only then is there a publication version. */
  counts?: boolean;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  // One chart instance for the component's life; a new option replaces the old one in place
  // (far cheaper than disposing and creating a chart on every filter change).
  useEffect(() => {
    if (!element.current) return;
    const instance = init(element.current, undefined, { renderer: 'canvas' });
    instance.on('click', (event) => {
      if (typeof event.dataIndex === 'number')
        pick.current?.(event.dataIndex, String(event.seriesName ?? ''));
    });
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);
  // Drawn in a task of its own, after the screen's render: a screen and its charts do not
  // take the UI thread for one long task together (docs/performance.md, "The UI thread").
  useEffect(() => {
    const timer = setTimeout(() => chart.current?.setOption(option, { notMerge: true }), 0);
    return () => clearTimeout(timer);
  }, [option]);

  const header = useExportHeader();
  const version = async (mode: BriefMode) =>
    mode === 'intern' ? option : (await import('../publishExport')).publishedChartOption(option);
  const savePng = async (mode: BriefMode) => {
    const png = await standalonePng(await version(mode), title ?? titleOf(label), header(mode));
    await saveBytes(`${name}${suffix(mode)}.png`, png, 'image/png');
  };
  const saveData = async (mode: BriefMode) => {
    const exact = chartTable(option);
    const { head, rows } =
      mode === 'intern'
        ? exact
        : (await import('../publishExport')).publishedTable(
            exact.head,
            exact.rows,
            exact.head.map((_, i) => i).slice(1),
          );
    // SheetJS loads with the first export, not with the app.
    const { tableWorkbook, XLSX_TYPE } = await import('../exportFigures');
    await saveBytes(
      `${name}${suffix(mode)}.xlsx`,
      tableWorkbook(title ?? titleOf(label), head, rows, header(mode)),
      XLSX_TYPE,
    );
  };
  const publishable =
    counts ||
    t(
      'Geen publicatieversie: dit zijn geen aantallen. De raadsbrief rekent ze uit afgeronde aantallen.',
    );

  return (
    <figure className="chart">
      <div
        ref={element}
        role="img"
        aria-label={label}
        style={{ width: '100%', height, cursor: onPick ? 'pointer' : undefined }}
      />
      <div className="chart-tools">
        <ExportMenu
          label={t('Grafiek als PNG')}
          publishable={publishable}
          onExport={(mode) => void savePng(mode)}
        />
        <ExportMenu
          label={t('Gegevens als .xlsx')}
          publishable={publishable}
          onExport={(mode) => void saveData(mode)}
        />
      </div>
    </figure>
  );
}
