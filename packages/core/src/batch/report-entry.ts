/** `@sixin/core/batch/report`: the charts (Apache ECharts, drawn to SVG text) and the self-contained HTML report. */
export { renderCharts, type Chart } from './charts.js';
export { renderReport, labelledSvg, escapeHtml } from './report.js';
