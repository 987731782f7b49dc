// The script of /admin/ (and of no other page): starts Decap CMS in Chinese with the configuration the build generated
// from the content schema, and refuses every save that the @sixin/core validator finds a problem in, with the
// validator's own messages (file:line, what is wrong, how to fix it). Bundled by site/scripts/admin.ts with esbuild.
//
// What runs here is what `sixin validate` runs over directory/ and policy/ (assembleContent on the files' text), with
// the edited entry in place of its file and every other file from the snapshot the build took. Not here: the check of
// content/revisions/ (it reads the published revisions from disk); `sixin validate` and the build still run it.
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';
import { zh_Hans } from 'decap-cms-locales';
import {
  assembleContent,
  assembleRules,
  formatProblem,
  IndustryTable,
  parseCsv,
  sortProblems,
  type ContentFile,
  type PolicyData,
} from '@sixin/core';
import { ADMIN_FORMAT, fieldPaths, fromFile, RULES_FORMAT, rulesText, toFile } from './frontmatter.ts';
import { previewTemplate } from './preview.ts';
import { RULES_FORMS, rulesForm, type RulesFormKind } from './rules-form.ts';
import type { AdminSnapshot } from './snapshot.ts';
import { ADMIN_STRINGS } from '../i18n/admin-strings.ts';

const words = ADMIN_STRINGS['zh-CN'];

interface Field {
  name: string;
  options?: unknown;
  fields?: Field[];
}

interface Collection {
  name: string;
  folder?: string;
  format?: string;
  fields?: Field[];
  files?: Array<{ name: string; file: string; fields: Field[] }>;
}

/** Puts the GB/T classes where the build left their marker (see INDUSTRY_OPTIONS in site/scripts/admin.ts). */
function fillIndustryOptions(collections: Collection[], csv: string): void {
  const options = parseCsv(csv)
    .filter((r) => r.level === 'class')
    .map((r) => ({ label: `${r.code} ${r.name}`, value: r.code }));
  const visit = (fields: Field[] = []) => {
    for (const f of fields) {
      if (f.options === 'gbt4754-2017-classes') f.options = options;
      visit(f.fields);
    }
  };
  for (const c of collections) {
    visit(c.fields);
    for (const file of c.files ?? []) visit(file.fields);
  }
}

/** The little of Decap's Immutable entry this script reads. */
interface DecapEntry {
  get(key: 'path' | 'collection' | 'slug'): string | undefined;
  get(key: 'data'): { toJS(): Record<string, unknown> };
  get(key: 'newRecord'): boolean | undefined;
}

interface DecapCms {
  init(options: { config: unknown }): void;
  registerLocale(locale: string, phrases: unknown): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  registerPreviewStyle(href: string): void;
  registerEventListener(listener: { name: string; handler: (data: { entry: DecapEntry }) => unknown }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: {
      fromFile(text: string): unknown;
      toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
    },
  ): void;
}

// Decap's prebuilt bundle expects React and ReactDOM as globals (React 19 no longer publishes a browser build); the
// build aliases them to React 19.2.0, the version of the react-dom inside Decap's bundle.
Object.assign(window, { React, ReactDOM: { ...ReactDOM, ...ReactDOMClient } });

const problemsBox = document.getElementById('sixin-problems') as HTMLElement;
// Above Decap's own layout, at the bottom of the window, until the next save succeeds.
Object.assign(problemsBox.style, {
  position: 'fixed',
  insetInline: '0',
  bottom: '0',
  zIndex: '1000',
  maxHeight: '40vh',
  overflow: 'auto',
  padding: '0.5rem 1rem',
  background: '#fff4f4',
  color: '#5c0a0a',
  borderTop: '3px solid #8c1c20',
  fontSize: '15px',
});

function showProblems(lines: string[]): void {
  problemsBox.replaceChildren();
  if (!lines.length) {
    problemsBox.hidden = true;
    return;
  }
  const title = document.createElement('p');
  title.textContent = words.problemsTitle;
  const list = document.createElement('ul');
  for (const line of lines) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  problemsBox.append(title, list);
  problemsBox.hidden = false;
}

/** Problems the validator finds when `text` replaces (or joins) `file` in the snapshot. */
export function check(snapshot: AdminSnapshot, industries: IndustryTable, file: string, text: string) {
  const prefix = `${snapshot.directoryRoot}/`;
  const edited: ContentFile = { file, path: file.startsWith(prefix) ? file.slice(prefix.length) : file, text };
  const directory = snapshot.directory.filter((f) => f.file !== file).concat(edited);
  const result = assembleContent({
    directory,
    policy: snapshot.policy,
    directoryRoot: snapshot.directoryRoot,
    industries,
    policyReference: snapshot.policyReference,
  });
  return { problems: sortProblems(result.problems), directory };
}

/** Problems the rules validator finds when `text` replaces `file` among the rules files of the snapshot. */
export function checkRules(snapshot: AdminSnapshot, policy: PolicyData | undefined, file: string, text: string) {
  const rules = snapshot.rules.map((f) => (f.file === file ? { ...f, text } : f));
  const result = assembleRules({ files: rules, rulesRoot: snapshot.rulesRoot, policy });
  return { problems: sortProblems(result.problems), rules };
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} could not be loaded`));
    document.body.append(script);
  });
}

async function start(): Promise<void> {
  const [config, snapshot] = await Promise.all([
    fetch('/admin/config.json').then((r) => r.json() as Promise<{ collections: Collection[] }>),
    fetch('/admin/snapshot.json').then((r) => r.json() as Promise<AdminSnapshot>),
  ]);
  const industries = IndustryTable.fromCsv(snapshot.industriesCsv);
  fillIndustryOptions(config.collections, snapshot.industriesCsv);
  await loadScript('/admin/decap/decap-cms-app.js');
  const app = (window as unknown as { DecapCmsApp: DecapCms & { default?: DecapCms; DecapCmsApp?: DecapCms } })
    .DecapCmsApp;
  const CMS = app.default ?? app.DecapCmsApp ?? app;
  CMS.registerLocale('zh_Hans', zh_Hans);
  // The format every collection names: the validator below checks the very text it writes. Decap passes the order of
  // the top-level fields only; the fields inside a list (industries) come from the configuration.
  const nested = [
    ...new Set(
      config.collections
        .flatMap((c) => [c.fields ?? [], ...(c.files ?? []).map((f) => f.fields)])
        .flatMap((fields) => fieldPaths(fields).filter((p) => p.includes('.'))),
    ),
  ];
  CMS.registerCustomFormat(ADMIN_FORMAT, 'md', {
    fromFile,
    toFile: (data, sortedKeys = []) => toFile(data, [...sortedKeys, ...nested]),
  });
  CMS.registerCustomFormat(RULES_FORMAT, 'yaml', rulesText);
  // questions.yaml and measures.yaml as forms: each its own format, which patches the form's values into the file.
  const forms = new Map<string, ReturnType<typeof rulesForm>>();
  for (const [kind, format] of Object.entries(RULES_FORMS)) {
    const formatter = rulesForm(kind as RulesFormKind);
    forms.set(format, formatter);
    CMS.registerCustomFormat(format, 'yaml', formatter);
  }
  // The policy the rules cite, and the directory the previews list children from, as `sixin validate` parses them.
  const { policy, directory } = assembleContent({
    directory: snapshot.directory,
    policy: snapshot.policy,
    directoryRoot: snapshot.directoryRoot,
    industries,
    policyReference: snapshot.policyReference,
  });
  // Decap names a preview template after the file of a file collection, after the collection of a folder one.
  CMS.registerPreviewStyle('/admin/preview.css');
  // Decap's preview frame has no accessible name (axe: frame-title): it gets one whenever Decap renders it.
  new MutationObserver(() => {
    const frame = document.getElementById('preview-pane');
    if (frame && !frame.title) frame.title = words.previewFrameTitle;
  }).observe(document.body, { childList: true, subtree: true });
  const categories = directory?.categories ?? [];
  for (const c of config.collections) {
    const level = c.name === 'level1' ? 1 : c.name === 'level2' ? 2 : c.name.startsWith('l3-') ? 3 : undefined;
    if (!level) continue;
    const template = previewTemplate(level, snapshot.previewText, categories);
    for (const name of c.files ? c.files.map((f) => f.name) : [c.name]) CMS.registerPreviewTemplate(name, template);
  }
  const refuse = (problems: Parameters<typeof formatProblem>[0][]) => {
    const lines = problems.map((p) => formatProblem(p, 'zh-CN'));
    showProblems(lines);
    throw new Error(`${words.saveRefused}\n${lines.join('\n')}`);
  };
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const data = entry.get('data').toJS();
      const collection = config.collections.find((c) => c.name === entry.get('collection'));
      const form = forms.get(collection?.format ?? '');
      if (collection?.format === RULES_FORMAT || form) {
        const file = entry.get('path') ?? '';
        // The very text the format will write: the form's values patched into the file.
        const text = form ? form.toFile(data) : rulesText.toFile(data);
        const { problems, rules } = checkRules(snapshot, policy, file, text);
        if (problems.length) refuse(problems);
        showProblems([]);
        snapshot.rules = rules;
        return undefined;
      }
      const file = entry.get('path') || `${collection?.folder}/${String(data.id ?? entry.get('slug'))}.md`;
      const order = fieldPaths(collection?.fields ?? collection?.files?.[0]?.fields ?? []);
      const { problems, directory } = check(snapshot, industries, file, toFile(data, order));
      if (problems.length) refuse(problems);
      showProblems([]);
      // Later saves in this session are checked against this one.
      snapshot.directory = directory;
      return undefined;
    },
  });
  CMS.init({ config });
}

start().catch((err: unknown) => showProblems([words.startFailed(String(err))]));
