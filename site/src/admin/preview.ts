// The editor's preview pane: the entry as its page on the site shows it (site/src/pages/directory/[...id].astro), with
// the site's stylesheet (public/admin/preview.css, copied by site/scripts/admin.ts). The words are the site's own
// (strings.ts, taken by the build into snapshot.json); the product list is split from the body by the same
// parseCategoryBody that `sixin validate` and the build use. The breadcrumbs follow the entry's parent as edited; the
// history is the page's as the build found it (what the entry's edit changes shows once it is released). Not shown:
// the field tree at the foot of the page, which is the rest of the directory, not the entry.
import { createElement as h, Fragment, type ReactNode } from 'react';
import { parseCategoryBody, type Category, type IndustryRef } from '@sixin/core';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { joinChineseLines } from '../lib/notes-markdown.ts';
import { categoryPath } from '../lib/urls.ts';

/**
 * The site's words the preview uses: strings().category, two of the whole site and strings().admin (see previewText in
 * site/scripts/admin.ts). The catalog's wordings that are functions cannot travel in snapshot.json: `byCategory` holds
 * what they return for each category, computed by the build with the catalog's own functions.
 */
export interface PreviewText {
  titleSeparator: string;
  inferredBadge: string;
  category: {
    levelName: Record<string, string>;
    codeLabel: string;
    noCode: string;
    childrenHeading: Record<string, string>;
    industriesHeading: string;
    industryCode: string;
    industryName: string;
    industryScope: string;
    scopeWhole: string;
    scopePartial: string;
    partialExplanation: string;
    partialMarkExplanation: string;
    productsHeading: string;
    inferredTitle: string;
  };
  admin: { previewKeywords: string; previewKeywordsSeparator: string };
  /** The page's breadcrumbs: the nav's name, and the first two links (home, the directory) with their addresses. */
  breadcrumbs: { label: string; home: { label: string; href: string }; directory: { label: string; href: string } };
  /** strings().categoryHistory's plain words, and the colon between a revision and what it changed. */
  history: { heading: string; none: string; colon: string };
  byCategory: {
    /** t.category.directionCount of each level-1 and level-2 category, by id. */
    directionCount: Record<string, string>;
    /** t.category.directionIndustries of each direction, by id. */
    directionIndustries: Record<string, string>;
    /** t.category.inferredText of a direction placed under each level-2 category, by the level-2 id. */
    inferredText: Record<string, string>;
    /** t.categoryHistory.since of each listed id, when it has been released. */
    since: Record<string, string>;
    /** Each id's history as its page lists it, newest first: the revision's link and words, and what changed. */
    changes: Record<string, Array<{ label: string; href: string; text: string }>>;
  };
}

/** What Decap passes a preview template, as much as is read here. */
interface PreviewProps {
  entry: { get(key: 'data'): { toJS(): Record<string, unknown> }; get(key: 'path'): string | undefined };
}

const fullName = (x: Category) => (x.code ? `${x.code} ${x.name}` : x.name);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/**
 * The notes' Markdown as the category page's processor reads it (Astro's defaults: CommonMark, GFM, smartypants; see
 * site/src/lib/notes-markdown.ts), after the same joining of Chinese lines. Raw HTML in a note is shown as its text:
 * the preview frame is this origin's, so nothing an entry holds may run there.
 */
const markdown = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkSmartypants)
  .use(remarkRehype, {
    handlers: { html: (_state, node: { value: string }) => ({ type: 'text', value: node.value }) },
  });

// Links and images keep only addresses that cannot run script: web, mail, telephone, and this site's own paths.
const SAFE_URL = /^(?:https?:|mailto:|tel:|[/#?.]|[^:/?#]*(?:[/?#]|$))/i;
const URL_PROPS = new Set(['href', 'src', 'cite', 'action', 'formAction', 'poster']);

/** A hast property as React's prop: class names joined, data-* and aria-* spelled as attributes. */
function prop(name: string, value: unknown): [string, unknown] | undefined {
  if (value === null || value === undefined || value === false) return undefined;
  if (URL_PROPS.has(name) && !SAFE_URL.test(String(value).trim())) return undefined;
  if (/^on/i.test(name) || name === 'style') return undefined;
  if (/^(?:data|aria)[A-Z]/.test(name)) return [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value];
  if (Array.isArray(value)) return [name, value.join(name === 'className' ? ' ' : ',')];
  return [name, value];
}

/** The hast tree as React elements: no HTML string is ever parsed, so text stays text. */
function toReact(node: HastNode, key: number): ReactNode {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return h(Fragment, { key }, ...(node.children ?? []).map(toReact));
  if (node.type !== 'element' || !node.tagName || /^(?:script|style|iframe|object|embed)$/.test(node.tagName))
    return null;
  const props: Record<string, unknown> = { key };
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    const p = prop(name, value);
    if (p) props[p[0]] = p[1];
  }
  // A GFM task list's boxes: shown as written, not toggled in the preview.
  if (node.tagName === 'input') props.readOnly = true;
  return h(node.tagName, props, ...(node.children ?? []).map(toReact));
}

interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The body's notes (the sections other than the product list), rendered as the category page renders them. */
export function notes(text: string): ReactNode {
  const tree = markdown.runSync(markdown.parse(joinChineseLines(text))) as unknown as HastNode;
  return toReact(tree, 0);
}

/** A preview template for the entries of one level; `categories` is the directory as the build found it. */
export function previewTemplate(level: 1 | 2 | 3, t: PreviewText, categories: Category[]) {
  const c = t.category;
  return function Preview({ entry }: PreviewProps) {
    const data = entry.get('data').toJS();
    const name = String(data.name ?? '');
    const code = level < 3 ? String(data.code ?? '') : '';
    const industries = (Array.isArray(data.industries) ? data.industries : []) as IndustryRef[];
    const body = String(data.body ?? '');
    const parsed =
      level === 3
        ? parseCategoryBody(body, 1, entry.get('path') ?? '', industries)
        : { products: [], notes: body.trim() };
    const industryName = new Map(industries.map((i) => [String(i.code), i.name]));
    const self = categories.find((x) => x.id === code);
    const byId = new Map(categories.map((x) => [x.id, x]));
    const children = level < 3 && self ? self.children.map((id) => byId.get(id)).filter((x) => x !== undefined) : [];
    const keywords = list(data.keywords);
    // The id the page would have: a direction's is its parent's and its own (`1.3/xinxing-ruanjian-kaifa`).
    const id = level === 3 ? `${String(data.parent ?? '')}/${String(data.id ?? '')}` : code;
    const ancestors: Category[] = [];
    for (let up = byId.get(String(data.parent ?? '')); up && ancestors.length < 2; up = byId.get(up.parent ?? ''))
      ancestors.unshift(up);
    const crumbs = [
      t.breadcrumbs.home,
      t.breadcrumbs.directory,
      ...ancestors.map((a) => ({ label: fullName(a), href: categoryPath(a.id) })),
    ];
    const since = t.byCategory.since[id];
    const changes = t.byCategory.changes[id] ?? [];
    return h(
      'main',
      { className: 'wrap' },
      h(
        'nav',
        { className: 'breadcrumbs', 'aria-label': t.breadcrumbs.label },
        h(
          'ol',
          null,
          crumbs.map((crumb, k) => h('li', { key: k }, h('a', { href: crumb.href }, crumb.label))),
          h('li', { key: 'self', 'aria-current': 'page' }, code ? `${code} ${name}` : name),
        ),
      ),
      h(
        'h1',
        null,
        name,
        data.status === 'inferred' && [' ', h('span', { key: 'badge', className: 'badge' }, t.inferredBadge)],
      ),
      h('p', { className: 'meta' }, c.levelName[level], t.titleSeparator, code ? `${c.codeLabel} ${code}` : c.noCode),
      level === 3 &&
        data.status === 'inferred' &&
        t.byCategory.inferredText[String(data.parent ?? '')] &&
        h(
          'div',
          { className: 'notice' },
          h('p', null, h('strong', null, c.inferredTitle), t.byCategory.inferredText[String(data.parent)]),
        ),
      children.length > 0 &&
        h(
          'section',
          { 'aria-labelledby': 'children-heading' },
          h('h2', { id: 'children-heading' }, c.childrenHeading[level]),
          h(
            'ul',
            { className: 'child-list' },
            children.map((child) =>
              h(
                'li',
                { key: child.id },
                // The spaces between the parts are the page's (its template puts each part on a line of its own).
                h('a', { href: categoryPath(child.id) }, fullName(child)),
                ' ',
                child.level < 3 && h('span', { className: 'muted' }, t.byCategory.directionCount[child.id] ?? ''),
                ' ',
                child.status === 'inferred' && h('span', { className: 'badge' }, t.inferredBadge),
                ' ',
                child.level === 3 &&
                  h('p', { className: 'child-industries muted' }, t.byCategory.directionIndustries[child.id] ?? ''),
              ),
            ),
          ),
          level === 2 &&
            children.some((child) => child.industries.some((i) => i.partial)) &&
            h('p', { className: 'muted' }, c.partialMarkExplanation),
        ),
      industries.length > 0 &&
        h(
          'section',
          null,
          h('h2', null, c.industriesHeading),
          h(
            'div',
            { className: 'table-scroll' },
            h(
              'table',
              null,
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  h('th', { scope: 'col' }, c.industryCode),
                  h('th', { scope: 'col' }, c.industryName),
                  h('th', { scope: 'col' }, c.industryScope),
                ),
              ),
              h(
                'tbody',
                null,
                industries.map((i, k) =>
                  h(
                    'tr',
                    { key: k },
                    h('td', { className: 'code-cell' }, String(i.code ?? '')),
                    h('td', null, i.name),
                    h('td', null, i.partial ? c.scopePartial : c.scopeWhole),
                  ),
                ),
              ),
            ),
          ),
          h('p', { className: 'muted' }, c.partialExplanation),
        ),
      parsed.products.length > 0 &&
        h(
          'section',
          null,
          h('h2', null, c.productsHeading),
          parsed.products.map((group, k) =>
            h(
              Fragment,
              { key: k },
              h('h3', null, `${group.industry} ${industryName.get(group.industry) ?? ''}`),
              h(
                'ul',
                { className: 'product-list' },
                group.items.map((item, j) => h('li', { key: j }, item)),
              ),
            ),
          ),
        ),
      parsed.notes && h('div', { className: 'notes' }, notes(parsed.notes)),
      (since || changes.length > 0) &&
        h(
          'section',
          { 'aria-labelledby': 'history-heading' },
          h('h2', { id: 'history-heading' }, t.history.heading),
          since && h('p', null, since),
          changes.length
            ? h(
                'ul',
                { className: 'history' },
                changes.map((change, k) =>
                  h('li', { key: k }, h('a', { href: change.href }, change.label), t.history.colon, change.text),
                ),
              )
            : h('p', { className: 'muted' }, t.history.none),
        ),
      // Not on the page (search reads them): shown so that an editor sees what the entry will be found by.
      keywords.length > 0 &&
        h('p', { className: 'muted' }, t.admin.previewKeywords, keywords.join(t.admin.previewKeywordsSeparator)),
    );
  };
}
