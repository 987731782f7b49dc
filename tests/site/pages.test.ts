// The built site as a static host serves it: every page returns, every internal link and anchor resolves, nothing is
// fetched from elsewhere, and every page has the frame a reader relies on (language, title, one h1, skip link).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { attr, byTag, find, findAll, parseHtml, text, type Element } from './helpers/html.ts';
import { DIST_DIR, fileOfPath, htmlPages, readPage, requireBuiltSite, sitemapPaths } from './helpers/site.ts';
import { serveStatic, type StaticServer } from './helpers/static-server.ts';

requireBuiltSite();
const pages = htmlPages();
const parsed = new Map(pages.map((p) => [p, parseHtml(readPage(p))]));
const idCache = new Map<Element, Set<string>>();
const idsOf = (root: Element) => {
  let ids = idCache.get(root);
  if (!ids)
    idCache.set(
      root,
      (ids = new Set(findAll(root, (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')!))),
    );
  return ids;
};

describe('served like a static host', () => {
  let server: StaticServer;
  before(async () => {
    server = await serveStatic(DIST_DIR);
  });
  after(() => server.close());

  test('every page of the build returns 200 with HTML', async () => {
    const failures: string[] = [];
    // A few at a time: the server and the test share two cores.
    for (let i = 0; i < pages.length; i += 16) {
      await Promise.all(
        pages.slice(i, i + 16).map(async (path) => {
          const res = await fetch(server.origin + path);
          const body = await res.text();
          if (
            res.status !== 200 ||
            !res.headers.get('content-type')?.startsWith('text/html') ||
            !body.includes('<html')
          ) {
            failures.push(`${path}: ${res.status} ${res.headers.get('content-type')}`);
          }
        }),
      );
    }
    assert.deepEqual(failures, []);
    assert.ok(pages.length > 350, `expected the whole directory to be built, found ${pages.length} pages`);
  });

  test('an unknown address gets the 404 page with status 404', async () => {
    const res = await fetch(`${server.origin}/directory/no-such-category/`);
    assert.equal(res.status, 404);
    const page = parseHtml(await res.text());
    assert.equal(text(find(page, byTag('h1'))!), '找不到这个页面');
  });
});

test('the sitemap lists every page but the 404 page, and nothing else', () => {
  const listed = sitemapPaths();
  assert.equal(new Set(listed).size, listed.length, 'the sitemap lists a page twice');
  assert.deepEqual([...listed].sort(), pages.filter((p) => p !== '/404.html').sort());
});

test('robots.txt points at the sitemap', () => {
  const robots = readPage('/robots.txt');
  assert.match(robots, /^Sitemap: https:\/\/[^/]+\/sitemap-index\.xml$/m);
});

/** Every URL a page refers to, with where it was found. */
function references(page: Element): Array<{ url: string; where: string; resource: boolean }> {
  const refs: Array<{ url: string; where: string; resource: boolean }> = [];
  const take = (tag: string, name: string, resource: boolean) => {
    for (const el of findAll(page, byTag(tag))) {
      const value = attr(el, name);
      if (value !== undefined) refs.push({ url: value, where: `<${tag} ${name}="${value}">`, resource });
    }
  };
  take('a', 'href', false);
  take('link', 'href', true);
  take('script', 'src', true);
  take('img', 'src', true);
  take('iframe', 'src', true);
  take('source', 'src', true);
  take('form', 'action', false);
  for (const el of findAll(page, (e) => attr(e, 'style') !== undefined)) {
    for (const m of attr(el, 'style')!.matchAll(/url\(\s*['"]?([^'")]+)/g))
      refs.push({ url: m[1], where: `style url(${m[1]})`, resource: true });
  }
  return refs;
}

test('every internal link and anchor resolves, and nothing is loaded from another host', () => {
  const broken: string[] = [];
  const base = 'http://site.invalid';
  for (const [path, page] of parsed) {
    for (const ref of references(page)) {
      const url = new URL(ref.url, base + path);
      if (url.origin !== base) {
        broken.push(`${path}: ${ref.where} ${ref.resource ? 'loads from another host' : 'leaves the site'}`);
        continue;
      }
      const target = url.pathname === path ? page : undefined;
      const file = fileOfPath(url.pathname);
      if (!file) {
        broken.push(`${path}: ${ref.where} → ${url.pathname} does not exist`);
        continue;
      }
      if (url.hash && url.hash !== '#') {
        const targetPage = target ?? parsed.get(url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
        if (!targetPage) {
          broken.push(`${path}: ${ref.where} has an anchor on a non-HTML target`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(targetPage).has(id)) broken.push(`${path}: ${ref.where} → no id="${id}" on ${url.pathname}`);
      }
    }
  }
  assert.deepEqual(broken, []);
});

test('no page has a duplicate id', () => {
  const duplicates: string[] = [];
  for (const [path, page] of parsed) {
    const seen = new Set<string>();
    for (const el of findAll(page, (e) => attr(e, 'id') !== undefined)) {
      const id = attr(el, 'id')!;
      if (seen.has(id)) duplicates.push(`${path}: id="${id}"`);
      seen.add(id);
    }
  }
  assert.deepEqual(duplicates, []);
});

test('every page is zh-CN, has a title, a description, one h1 and a skip link to the main content', () => {
  const problems: string[] = [];
  for (const [path, page] of parsed) {
    if (attr(page, 'lang') !== 'zh-CN') problems.push(`${path}: lang="${attr(page, 'lang')}"`);
    const title = find(page, byTag('title'));
    if (!title || !text(title)) problems.push(`${path}: no title`);
    const description = find(page, (el) => el.tagName === 'meta' && attr(el, 'name') === 'description');
    if (!description || !attr(description, 'content')) problems.push(`${path}: no meta description`);
    const h1s = findAll(page, byTag('h1'));
    if (h1s.length !== 1 || !text(h1s[0])) problems.push(`${path}: ${h1s.length} h1 elements`);
    const body = find(page, byTag('body'))!;
    const firstLink = find(body, byTag('a'));
    if (!firstLink || attr(firstLink, 'href') !== '#main')
      problems.push(`${path}: the first link is not the skip link`);
    const main = find(page, byTag('main'));
    if (!main || attr(main, 'id') !== 'main') problems.push(`${path}: no <main id="main">`);
    if (!find(page, (el) => el.tagName === 'meta' && attr(el, 'name') === 'viewport'))
      problems.push(`${path}: no viewport meta`);
  }
  assert.deepEqual(problems, []);
});
