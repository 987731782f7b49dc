/**
 * The /batch/ page: the person chooses (or drops) a register, checks the columns, and starts; a Web Worker does all
 * the reading and classifying on this computer while the page shows progress; the figures, charts and downloads
 * appear when it is done. Every text from the file is inserted as text, never as markup.
 */
import {
  batchText,
  columnsSentence,
  formatCount,
  formatDuration,
  inputSentence,
  level1Table,
  level2Table,
  outsideTable,
  overview,
  rowsSentence,
  yearsTable,
  type BatchInput,
  type BatchOutcome,
  type FigureTable,
} from '@sixin/core/batch';
import workerUrl from './worker.ts?worker&url';
import type { ChartPicture, FromWorker, Inspection, ToWorker } from './protocol.ts';

type Lang = 'zh-CN' | 'en';
type PageStrings = Record<string, string>;

const app = document.getElementById('batch-app') as HTMLElement | null;
if (app) start(app);

function start(root: HTMLElement): void {
  const t = JSON.parse(root.dataset.strings ?? '{}') as PageStrings;
  const lang: Lang = root.dataset.lang === 'en' ? 'en' : 'zh-CN';
  const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const form = byId<HTMLFormElement>('batch-form');
  const fileInput = byId<HTMLInputElement>('batch-file');
  const drop = byId<HTMLElement>('batch-drop');
  const options = byId<HTMLFieldSetElement>('batch-options');
  const detected = byId<HTMLElement>('batch-detected');
  const scopeSelect = byId<HTMLSelectElement>('batch-scope');
  const idSelect = byId<HTMLSelectElement>('batch-id');
  const dateSelect = byId<HTMLSelectElement>('batch-date');
  const encodingSelect = byId<HTMLSelectElement>('batch-encoding');
  const encodingField = byId<HTMLElement>('batch-encoding-field');
  const sheetSelect = byId<HTMLSelectElement>('batch-sheet');
  const sheetField = byId<HTMLElement>('batch-sheet-field');
  const startButton = byId<HTMLButtonElement>('batch-start');
  const status = byId<HTMLElement>('batch-status');
  const running = byId<HTMLElement>('batch-running');
  const progressBar = byId<HTMLProgressElement>('batch-progress');
  const cancelButton = byId<HTMLButtonElement>('batch-cancel');
  const errorBox = byId<HTMLElement>('batch-error');
  const result = byId<HTMLElement>('batch-result');
  const summary = byId<HTMLElement>('batch-summary');
  const downloads = byId<HTMLUListElement>('batch-downloads');

  let file: File | undefined;
  let indexReady = false;
  let busy = false;
  let objectUrls: string[] = [];
  let worker = createWorker();

  root.hidden = false;

  function createWorker(): Worker {
    // Started from a blob: URL made here, so the worker runs under this page's Content-Security-Policy.
    const bootstrap = new Blob([`import ${JSON.stringify(new URL(workerUrl, location.href).href)};`], {
      type: 'text/javascript',
    });
    const bootstrapUrl = URL.createObjectURL(bootstrap);
    const w = new Worker(bootstrapUrl, { type: 'module' });
    w.addEventListener('message', (event: MessageEvent<FromWorker>) => onMessage(event.data));
    w.addEventListener('error', (event) => {
      setBusy(false);
      showError(indexReady ? t.unexpected + (event.message ?? '') : t.indexFailed);
    });
    indexReady = false;
    say(t.loadingIndex);
    send(w, {
      type: 'init',
      indexUrl: new URL(root.dataset.index ?? '/data/search-index.json', location.href).href,
      lang,
    });
    return w;
  }

  function send(target: Worker, message: ToWorker) {
    target.postMessage(message);
  }

  function say(text: string) {
    status.textContent = text;
  }

  function showError(text: string) {
    errorBox.textContent = text;
    errorBox.hidden = false;
  }

  function setBusy(value: boolean) {
    busy = value;
    running.hidden = !value;
    for (const control of [fileInput, scopeSelect, idSelect, dateSelect, encodingSelect, sheetSelect])
      control.disabled = value;
    updateStart();
  }

  function updateStart() {
    startButton.disabled = busy || !file || !indexReady || !scopeSelect.value;
  }

  function onMessage(message: FromWorker) {
    switch (message.type) {
      case 'ready':
        indexReady = true;
        if (!busy) say('');
        updateStart();
        break;
      case 'index-failed':
        showError(t.indexFailed);
        say('');
        break;
      case 'inspected':
        fillOptions(message.inspection);
        say('');
        break;
      case 'progress': {
        const p = message.progress;
        progressBar.value = p.fraction;
        say(
          t.progress
            .replace('{rows}', formatCount(p.rows))
            .replace('{percent}', String(Math.floor(p.fraction * 100)))
            .replace('{rate}', formatCount(Math.round(p.rate)))
            .replace('{eta}', p.eta === undefined ? '…' : formatDuration(p.eta, lang)),
        );
        break;
      }
      case 'done':
        setBusy(false);
        progressBar.value = 1;
        say(batchText('progressDone', lang, { rows: formatCount(message.outcome.figures.rows) }));
        showResult(message.input, message.outcome, message.charts, message.csv, message.report);
        break;
      case 'failed':
        setBusy(false);
        say('');
        showError(message.expected ? message.message : t.unexpected + message.message);
        break;
    }
  }

  function option(select: HTMLSelectElement, value: string, label = value) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    select.append(o);
  }

  function fillOptions(inspection: Inspection) {
    const headers = inspection.header.filter((h) => h !== '');
    const keep = (select: HTMLSelectElement) => select.value;
    const previous = { scope: keep(scopeSelect), id: keep(idSelect), date: keep(dateSelect) };
    scopeSelect.replaceChildren();
    idSelect.replaceChildren();
    dateSelect.replaceChildren();
    if (!inspection.scope) option(scopeSelect, '', t.noColumn);
    option(idSelect, '', t.noColumn);
    option(dateSelect, '', t.noColumn);
    for (const h of headers) {
      option(scopeSelect, h);
      option(idSelect, h);
      option(dateSelect, h);
    }
    const pick = (select: HTMLSelectElement, ...values: Array<string | undefined>) => {
      const value = values.find((v) => v && headers.includes(v));
      if (value) select.value = value;
    };
    pick(scopeSelect, previous.scope, inspection.scope);
    pick(idSelect, previous.id, inspection.id);
    pick(
      dateSelect,
      previous.date,
      headers.find((h) => /成立日期|登记日期|注册日期|成立时间/.test(h)),
    );

    encodingField.hidden = inspection.kind !== 'csv';
    sheetField.hidden = inspection.kind !== 'xlsx';
    if (inspection.sheets) {
      sheetSelect.replaceChildren();
      for (const s of inspection.sheets) option(sheetSelect, s);
      if (inspection.sheet !== undefined) sheetSelect.value = inspection.sheet;
    }
    detected.textContent = inputSentence(
      { file: file?.name ?? '', kind: inspection.kind, encoding: inspection.encoding, sheet: inspection.sheet },
      lang,
    );
    options.hidden = false;
    updateStart();
  }

  function choose(chosen: File | undefined) {
    if (!chosen || busy) return;
    file = chosen;
    errorBox.hidden = true;
    result.hidden = true;
    encodingSelect.value = '';
    say(t.reading);
    send(worker, { type: 'inspect', file, options: {} });
  }

  function readOptions() {
    return {
      encoding: encodingSelect.value || undefined,
      sheet: sheetField.hidden ? undefined : sheetSelect.value || undefined,
    };
  }

  fileInput.addEventListener('change', () => choose(fileInput.files?.[0]));
  for (const select of [encodingSelect, sheetSelect]) {
    select.addEventListener('change', () => {
      if (!file) return;
      say(t.reading);
      send(worker, { type: 'inspect', file, options: readOptions() });
    });
  }
  scopeSelect.addEventListener('change', updateStart);
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dragging');
    choose(event.dataTransfer?.files[0]);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!file || busy || !indexReady || !scopeSelect.value) return;
    errorBox.hidden = true;
    result.hidden = true;
    progressBar.value = 0;
    setBusy(true);
    say(t.reading);
    send(worker, {
      type: 'run',
      file,
      options: {
        ...readOptions(),
        scope: scopeSelect.value,
        id: idSelect.value || undefined,
        date: dateSelect.value || undefined,
      },
    });
  });

  cancelButton.addEventListener('click', () => {
    worker.terminate();
    setBusy(false);
    worker = createWorker();
    say(t.cancelled);
  });

  function tableElement(data: FigureTable): HTMLTableElement {
    const table = document.createElement('table');
    const caption = table.createCaption();
    caption.textContent = data.caption;
    const head = table.createTHead().insertRow();
    data.head.forEach((h, i) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = h;
      if (data.numeric[i]) th.className = 'num';
      head.append(th);
    });
    const body = table.createTBody();
    for (const row of data.rows) {
      const tr = body.insertRow();
      row.forEach((cell, i) => {
        const el = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) (el as HTMLTableCellElement).scope = 'row';
        if (data.numeric[i]) el.className = 'num';
        el.textContent = cell;
        tr.append(el);
      });
    }
    return table;
  }

  function paragraph(text: string, className?: string): HTMLParagraphElement {
    const p = document.createElement('p');
    p.textContent = text;
    if (className) p.className = className;
    return p;
  }

  function figure(chart: ChartPicture | undefined): HTMLElement[] {
    if (!chart) return [];
    const fig = document.createElement('figure');
    fig.className = 'chart';
    const caption = document.createElement('figcaption');
    caption.textContent = chart.title;
    const img = document.createElement('img');
    // A picture, not markup in the page: the SVG is drawn by the browser's image decoder, with no script.
    const url = URL.createObjectURL(new Blob([chart.svg], { type: 'image/svg+xml' }));
    objectUrls.push(url);
    img.src = url;
    img.alt = `${chart.title}。${batchText('chartAlt', lang)}`;
    fig.append(caption, img);
    return [fig];
  }

  function showResult(input: BatchInput, outcome: BatchOutcome, charts: ChartPicture[], csv: Blob, report: Blob) {
    for (const url of objectUrls) URL.revokeObjectURL(url);
    objectUrls = [];
    const f = outcome.figures;
    const chart = (id: string) => charts.find((c) => c.id === id);
    const over = document.createElement('table');
    over.className = 'overview';
    const body = over.createTBody();
    for (const line of overview(f, lang)) {
      const tr = body.insertRow();
      if (line.sub) tr.className = 'sub';
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = line.label;
      tr.append(th);
      for (const value of [line.count, line.share]) {
        const td = tr.insertCell();
        td.className = 'num';
        td.textContent = value;
      }
    }
    const parts: HTMLElement[] = [
      paragraph(`${inputSentence(input, lang)}　${columnsSentence(input.columns, lang)}`, 'meta-line'),
      paragraph(rowsSentence(f, lang)),
      over,
      ...figure(chart('level1')),
      tableElement(level1Table(f, lang)),
      ...figure(chart('level2')),
      tableElement(level2Table(f, lang)),
      ...figure(chart('outside')),
    ];
    if (f.outside.length) parts.push(tableElement(outsideTable(f, lang, 20)));
    const years = yearsTable(f, lang);
    if (years) {
      parts.push(...figure(chart('years')), tableElement(years));
      if (f.undated) parts.push(paragraph(batchText('undatedLine', lang, { count: formatCount(f.undated) })));
    }
    if (outcome.problems.length) {
      const heading = document.createElement('h3');
      heading.textContent = t.problemsHeading;
      const list = document.createElement('ul');
      for (const p of outcome.problems) {
        const li = document.createElement('li');
        li.textContent = batchText('rowProblem', lang, {
          row: String(p.row),
          problem: batchText(`problem:${p.problem}`, lang),
        });
        list.append(li);
      }
      if (f.skipped > outcome.problems.length) {
        const li = document.createElement('li');
        li.textContent = batchText('moreProblems', lang, { count: formatCount(f.skipped - outcome.problems.length) });
        list.append(li);
      }
      parts.push(heading, list);
    }
    parts.push(paragraph(batchText('caveat', lang), 'notice'));
    summary.replaceChildren(...parts);

    const base = input.file.replace(/\.[^.]+$/, '') || 'register';
    const download = (blob: Blob, name: string, label: string) => {
      const url = URL.createObjectURL(blob);
      objectUrls.push(url);
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.className = 'button';
      a.href = url;
      a.download = name;
      a.textContent = label;
      li.append(a);
      return li;
    };
    downloads.replaceChildren(
      download(csv, `${base}.sixin.csv`, t.downloadCsv),
      download(report, `${base}.sixin-report.html`, t.downloadReport),
    );
    result.hidden = false;
    byId<HTMLElement>('batch-result-heading').focus();
  }

  updateStart();
}
