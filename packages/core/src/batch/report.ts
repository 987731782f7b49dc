/**
 * The report of a batch as one self-contained HTML file: figures, tables and charts (inline SVG), its own styles,
 * no script and no link to anything elsewhere, so it opens offline, prints, and can be mailed as it is. Every text
 * from the register (file name, column names, industries) is escaped.
 */
import type { Lang } from '../content/problems.js';
import { renderCharts, type Chart } from './charts.js';
import { batchText, formatCount } from './messages.js';
import type { BatchInput } from './run-info.js';
import {
  columnsSentence,
  inputSentence,
  level1Table,
  level2Table,
  outsideTable,
  overview,
  rowsSentence,
  yearsTable,
  type FigureTable,
} from './present.js';
import type { BatchOutcome } from './pipeline.js';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function table(t: FigureTable): string {
  const cell = (tag: 'th' | 'td', text: string, i: number) =>
    `<${tag}${t.numeric[i] ? ' class="num"' : ''}>${escapeHtml(text)}</${tag}>`;
  const head = `<tr>${t.head.map((h, i) => cell('th', h, i)).join('')}</tr>`;
  const rows = t.rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : cell('td', c, i))).join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<caption>${escapeHtml(t.caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

/** An ECharts SVG with its title as its accessible name. */
export function labelledSvg(chart: Chart): string {
  return chart.svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeHtml(chart.title)}" `);
}

function figure(chart: Chart | undefined, lang: Lang): string {
  if (!chart) return '';
  return `<figure>\n<figcaption>${escapeHtml(chart.title)}</figcaption>\n${labelledSvg(chart)}\n<p class="note">${escapeHtml(batchText('chartAlt', lang))}</p>\n</figure>`;
}

const STYLE = `
body{font:15px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#222;margin:0;background:#fff}
main{max-width:960px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 8px;color:#8c1c20}
h2{font-size:20px;margin:32px 0 8px;border-bottom:2px solid #8c1c20;padding-bottom:4px}
table{border-collapse:collapse;margin:8px 0 24px;min-width:50%}
caption{text-align:left;font-weight:bold;padding:4px 0}
th,td{border-bottom:1px solid #ddd;padding:4px 10px;text-align:left;vertical-align:top}
thead th{background:#f4ecec}
.num{text-align:right;font-variant-numeric:tabular-nums}
tbody th{font-weight:normal}
.sub th{padding-left:28px}
figure{margin:16px 0}
figcaption{font-weight:bold}
svg{max-width:100%;height:auto}
.note,.meta{color:#555;font-size:13px}
.caveat{background:#fff7e6;border-left:4px solid #d48806;padding:8px 12px}
@media print{main{padding:0}h2{break-after:avoid}figure,table{break-inside:avoid}}
`;

/**
 * The whole report. `made` is when it was made (passed in so a test can fix it); `charts`, when the caller has
 * already drawn them (`renderCharts`) for its own page.
 */
export function renderReport(
  input: BatchInput,
  outcome: BatchOutcome,
  lang: Lang,
  made: Date = new Date(),
  charts: Chart[] = renderCharts(outcome.figures, lang),
): string {
  const f = outcome.figures;
  const chart = (id: Chart['id']) => charts.find((c) => c.id === id);
  const over = overview(f, lang)
    .map(
      (l) =>
        `<tr${l.sub ? ' class="sub"' : ''}><th scope="row">${escapeHtml(l.label)}</th><td class="num">${escapeHtml(l.count)}</td><td class="num">${escapeHtml(l.share)}</td></tr>`,
    )
    .join('\n');
  const years = yearsTable(f, lang);
  const problems = outcome.problems.map(
    (p) =>
      `<li>${escapeHtml(batchText('rowProblem', lang, { row: String(p.row), problem: batchText(`problem:${p.problem}`, lang) }))}</li>`,
  );
  if (f.skipped > outcome.problems.length)
    problems.push(
      `<li>${escapeHtml(batchText('moreProblems', lang, { count: formatCount(f.skipped - outcome.problems.length) }))}</li>`,
    );
  const time = made.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

  const body = [
    `<h1>${escapeHtml(batchText('reportTitle', lang))}</h1>`,
    `<p class="meta">${escapeHtml(inputSentence(input, lang))}<br>${escapeHtml(columnsSentence(input.columns, lang))}<br>${escapeHtml(batchText('reportMade', lang, { time }))}</p>`,
    `<p class="caveat">${escapeHtml(batchText('caveat', lang))}</p>`,
    `<h2>${escapeHtml(batchText('reportOverview', lang))}</h2>`,
    `<p>${escapeHtml(rowsSentence(f, lang))}</p>`,
    `<table>\n<thead><tr><th></th><th class="num">${escapeHtml(batchText('headEnterprises', lang))}</th><th class="num">${escapeHtml(batchText('shareOf', lang))}</th></tr></thead>\n<tbody>\n${over}\n</tbody>\n</table>`,
    `<h2>${escapeHtml(batchText('reportStructure', lang))}</h2>`,
    figure(chart('level1'), lang),
    table(level1Table(f, lang)),
    figure(chart('level2'), lang),
    table(level2Table(f, lang)),
    figure(chart('outside'), lang),
    f.outside.length ? table(outsideTable(f, lang, 30)) : `<p>${escapeHtml(batchText('nothingOutside', lang))}</p>`,
    years ? `<h2>${escapeHtml(batchText('reportSpeed', lang))}</h2>` : '',
    years ? figure(chart('years'), lang) : '',
    years ? table(years) : '',
    years && f.undated
      ? `<p class="note">${escapeHtml(batchText('undatedLine', lang, { count: formatCount(f.undated) }))}</p>`
      : '',
    problems.length
      ? `<h2>${escapeHtml(batchText('reportSkipped', lang))}</h2>\n<ul>\n${problems.join('\n')}\n</ul>`
      : '',
    `<h2>${escapeHtml(batchText('reportMethod', lang))}</h2>`,
    `<p>${escapeHtml(batchText('reportMethodText', lang))}</p>`,
  ]
    .filter(Boolean)
    .join('\n');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(batchText('reportTitle', lang))} · ${escapeHtml(input.file)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
