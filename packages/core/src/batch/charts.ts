/**
 * The report's charts, drawn by Apache ECharts in its server-side mode straight to SVG text: no DOM and no canvas,
 * so the same code runs in Node (the command line) and in a Web Worker (the /batch/ page), and the SVG goes inline
 * into a report that opens offline. Charts are static pictures: hover effects and animation are off, and every
 * chart has a table of the same figures beside it.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Lang } from '../content/problems.js';
import { batchText } from './messages.js';
import { displayWidth } from './present.js';
import type { BatchFigures } from './summary.js';

let registered = false;
function register(): void {
  if (registered) return;
  echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);
  registered = true;
}

export interface Chart {
  /** Stable id (`level1`, `level2`, `outside`, `years`). */
  id: 'level1' | 'level2' | 'outside' | 'years';
  title: string;
  /** A complete `<svg>` element. */
  svg: string;
  width: number;
  height: number;
}

/** The site's colours: strong in the site's red, possible in a lighter tint of it, others in grey-blue. */
const STRONG = '#8c1c20';
const POSSIBLE = '#d98c8f';
const OTHER = '#4a6a8a';
const TEXT = '#333333';
const WIDTH = 720;
const FONT = { fontSize: 12, fontFamily: 'sans-serif', color: TEXT };

/** Approximate drawn width of a label in pixels at 12 px: a full-width character is 12 px, others about half. */
const labelWidth = (label: string) => Math.ceil(displayWidth(label) * 6.5);

function render(option: echarts.EChartsCoreOption, height: number): string {
  register();
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption({ animation: false, textStyle: FONT, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Horizontal bars, one row per label, top row first; `series` stack when there are several. */
function horizontalBars(
  labels: string[],
  series: Array<{ name: string; color: string; data: number[] }>,
): { svg: string; height: number } {
  const height = Math.max(140, labels.length * 26 + (series.length > 1 ? 80 : 50));
  const left = Math.min(340, Math.max(...labels.map(labelWidth), 40)) + 16;
  const svg = render(
    {
      grid: { left, right: 48, top: series.length > 1 ? 40 : 16, bottom: 28 },
      legend: series.length > 1 ? { top: 8, left, selectedMode: false, silent: true, textStyle: FONT } : undefined,
      xAxis: { type: 'value', minInterval: 1, axisLabel: FONT, splitLine: { lineStyle: { color: '#e3e3e3' } } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: labels,
        axisLabel: { ...FONT, width: left - 16, overflow: 'truncate' },
        axisTick: { show: false },
      },
      series: series.map((s, i) => ({
        type: 'bar',
        name: s.name,
        stack: 'all',
        silent: true,
        emphasis: { disabled: true },
        itemStyle: { color: s.color },
        barMaxWidth: 18,
        data: s.data,
        // The total at the end of the last bar of each row.
        label:
          i === series.length - 1
            ? {
                show: true,
                position: 'right',
                ...FONT,
                formatter: (p: { dataIndex: number }) =>
                  String(series.reduce((sum, x) => sum + x.data[p.dataIndex], 0)),
              }
            : undefined,
      })),
    },
    height,
  );
  return { svg, height };
}

/** The charts for a batch's figures (the years chart only when a date column was read). */
export function renderCharts(
  f: BatchFigures,
  lang: Lang,
  options: { topLevel2?: number; topOutside?: number } = {},
): Chart[] {
  const strongName = batchText('headStrong', lang);
  const possibleName = batchText('headPossible', lang);
  const charts: Chart[] = [];
  const push = (id: Chart['id'], title: string, drawn: { svg: string; height: number }) =>
    charts.push({ id, title, svg: drawn.svg, width: WIDTH, height: drawn.height });

  push(
    'level1',
    batchText('chartLevel1', lang),
    horizontalBars(
      f.level1.map((c) => `${c.code} ${c.name}`),
      [
        { name: strongName, color: STRONG, data: f.level1.map((c) => c.strong) },
        { name: possibleName, color: POSSIBLE, data: f.level1.map((c) => c.possible) },
      ],
    ),
  );

  const level2 = f.level2
    .filter((c) => c.strong + c.possible > 0)
    .sort((a, b) => b.strong + b.possible - (a.strong + a.possible))
    .slice(0, options.topLevel2 ?? 15);
  if (level2.length) {
    push(
      'level2',
      batchText('chartLevel2', lang),
      horizontalBars(
        level2.map((c) => `${c.code} ${c.name}`),
        [
          { name: strongName, color: STRONG, data: level2.map((c) => c.strong) },
          { name: possibleName, color: POSSIBLE, data: level2.map((c) => c.possible) },
        ],
      ),
    );
  }

  const outside = f.outside.slice(0, options.topOutside ?? 10);
  if (outside.length) {
    push(
      'outside',
      batchText('chartOutside', lang),
      horizontalBars(
        outside.map((o) => `${o.code} ${o.name}`),
        [{ name: batchText('headEnterprises', lang), color: OTHER, data: outside.map((o) => o.enterprises) }],
      ),
    );
  }

  if (f.years?.length) {
    const years = f.years;
    const height = 320;
    const svg = render(
      {
        grid: { left: 56, right: 24, top: 40, bottom: 40 },
        legend: { top: 8, selectedMode: false, silent: true, textStyle: FONT },
        xAxis: {
          type: 'category',
          data: years.map((y) => String(y.year)),
          axisLabel: FONT,
          axisTick: { alignWithLabel: true },
        },
        yAxis: { type: 'value', minInterval: 1, axisLabel: FONT, splitLine: { lineStyle: { color: '#e3e3e3' } } },
        series: [
          {
            type: 'bar',
            name: strongName,
            stack: 'all',
            silent: true,
            emphasis: { disabled: true },
            itemStyle: { color: STRONG },
            barMaxWidth: 36,
            data: years.map((y) => y.strong),
          },
          {
            type: 'bar',
            name: possibleName,
            stack: 'all',
            silent: true,
            emphasis: { disabled: true },
            itemStyle: { color: POSSIBLE },
            barMaxWidth: 36,
            data: years.map((y) => y.possible),
          },
        ],
      },
      height,
    );
    charts.push({ id: 'years', title: batchText('chartYears', lang), svg, width: WIDTH, height });
  }
  return charts;
}
