// The editor's preview pane: the entry as its page on the site shows it (site/src/pages/directory/[...id].astro), with
// the site's stylesheet (public/admin/preview.css, copied by site/scripts/admin.ts). The words are the site's own
// (strings.ts, taken by the build into snapshot.json); the product list is split from the body by the same
// parseCategoryBody that `sixin validate` and the build use. Not shown: the page's breadcrumbs, history and field tree,
// which depend on the rest of the site, not on the entry.
import { createElement as h, Fragment, type ReactNode } from 'react';
import { parseCategoryBody, type Category, type IndustryRef } from '@sixin/core';

/** The site's words the preview uses: strings().category, and two of the whole site (see previewText in admin.ts). */
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
    productsHeading: string;
  };
}

/** What Decap passes a preview template, as much as is read here. */
interface PreviewProps {
  entry: { get(key: 'data'): { toJS(): Record<string, unknown> }; get(key: 'path'): string | undefined };
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** The body's notes (the sections other than the product list) as headings, list items and paragraphs. */
function notes(text: string): ReactNode {
  const blocks = text.split(/\n\s*\n/).filter((b) => b.trim());
  return blocks.map((block, i) => {
    const heading = /^(#{2,4})\s+(.*)$/.exec(block.trim());
    if (heading) return h(`h${heading[1].length}`, { key: i }, heading[2]);
    const lines = block.split('\n');
    if (lines.every((l) => /^[-*]\s/.test(l.trim())))
      return h('ul', { key: i }, ...lines.map((l, j) => h('li', { key: j }, l.trim().slice(2))));
    return h('p', { key: i }, block);
  });
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
    return h(
      'main',
      { className: 'wrap' },
      h('h1', null, name, data.status === 'inferred' ? h('span', { className: 'badge' }, t.inferredBadge) : null),
      h('p', { className: 'meta' }, c.levelName[level], t.titleSeparator, code ? `${c.codeLabel} ${code}` : c.noCode),
      children.length > 0 &&
        h(
          'section',
          null,
          h('h2', null, c.childrenHeading[level]),
          h(
            'ul',
            { className: 'child-list' },
            children.map((child) =>
              h('li', { key: child.id }, child.code ? `${child.code} ${child.name}` : child.name),
            ),
          ),
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
      // Not on the page (search reads them): shown so that an editor sees what the entry will be found by.
      keywords.length > 0 && h('p', { className: 'muted' }, `检索词（页面上不显示，用于检索）：${keywords.join('、')}`),
    );
  };
}
