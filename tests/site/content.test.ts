// The built site says exactly what content/ says: one page per category and no other, the tree on /directory/ with
// the shape of the directory, every industry class, every policy clause with its anchor, every clause the checker
// cites, every validator message on the editors' page, and the published data equal to what the core exports.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatProblem, MESSAGES, type Category, type RulesData, type Sentence } from '@sixin/core';
import { loadContent, loadContentOrThrow, type TreeCategory } from '@sixin/core/node';
import {
  attr,
  byTag,
  closest,
  elementChildren,
  find,
  findAll,
  parseHtml,
  text,
  type Element,
  type Node,
} from './helpers/html.ts';
import { DIST_DIR, htmlPages, readPage, requireBuiltSite, ROOT } from './helpers/site.ts';

requireBuiltSite();
const { directory, policy } = loadContentOrThrow(join(ROOT, 'content'), { cwd: ROOT });
const byId = new Map(directory.categories.map((c) => [c.id, c]));
const page = (path: string) => parseHtml(readPage(path));
const main = (root: Element) => find(root, byTag('main'))!;
const anchor = (clause: string) => `clause-${clause.replaceAll('.', '-')}`;

test('there is one page per category in content/ and no other directory page', () => {
  // Besides the categories: the revisions page (/directory/changes/), tested with retired ids in revisions.test.ts.
  const built = htmlPages()
    .filter((p) => p.startsWith('/directory/') && p !== '/directory/' && p !== '/directory/changes/')
    .map((p) => p.slice('/directory/'.length, -1))
    .sort();
  assert.deepEqual(built, directory.categories.map((c) => c.id).sort());
  assert.equal(built.length, directory.counts.level1 + directory.counts.level2 + directory.counts.level3);
});

function ancestors(c: Category): Category[] {
  const chain: Category[] = [];
  for (let p = c.parent; p; p = byId.get(p)!.parent) chain.unshift(byId.get(p)!);
  return chain;
}

test('each category page shows its name, breadcrumbs, industry classes, products and verification status', () => {
  const problems: string[] = [];
  for (const c of directory.categories) {
    const root = page(`/directory/${c.id}/`);
    const m = main(root);
    const h1 = find(m, byTag('h1'))!;
    const badge = find(h1, (el) => attr(el, 'class') === 'badge');
    const h1Name = text(h1)
      .replace(badge ? text(badge) : '', '')
      .trim();
    if (h1Name !== c.name) problems.push(`${c.id}: h1 "${h1Name}", expected "${c.name}"`);
    if (Boolean(badge) !== (c.status === 'inferred'))
      problems.push(`${c.id}: 待核实 label ${badge ? 'shown' : 'missing'} for status ${c.status}`);
    if ((c.status === 'inferred') !== Boolean(find(m, (el) => attr(el, 'class') === 'notice')))
      problems.push(`${c.id}: explanation of 待核实 wrong`);

    const crumbs = findAll(
      find(m, (el) => el.tagName === 'nav' && attr(el, 'class') === 'breadcrumbs')!,
      byTag('li'),
    );
    const crumbLinks = crumbs.slice(2, -1).map((li) => attr(find(li, byTag('a'))!, 'href'));
    const expectedLinks = ancestors(c).map((a) => `/directory/${a.id}/`);
    if (JSON.stringify(crumbLinks) !== JSON.stringify(expectedLinks))
      problems.push(`${c.id}: breadcrumbs ${crumbLinks} ≠ ${expectedLinks}`);
    if (attr(crumbs[crumbs.length - 1], 'aria-current') !== 'page')
      problems.push(`${c.id}: last breadcrumb is not the current page`);

    const industriesSection = find(
      m,
      (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'industries-heading',
    );
    const rows = industriesSection
      ? findAll(find(industriesSection, byTag('tbody'))!, byTag('tr')).map((tr) => findAll(tr, byTag('td')).map(text))
      : [];
    const expectedRows = c.industries.map((i) => [i.code, i.name, i.partial ? '部分 *' : '全部']);
    if (JSON.stringify(rows) !== JSON.stringify(expectedRows))
      problems.push(`${c.id}: industry table ${JSON.stringify(rows)} ≠ ${JSON.stringify(expectedRows)}`);
    if (c.industries.some((i) => i.partial) && !text(industriesSection!).includes('只有部分活动属于本方向'))
      problems.push(`${c.id}: the * mark is not explained`);

    const productsSection = find(
      m,
      (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'products-heading',
    );
    const items = productsSection ? findAll(productsSection, byTag('li')).map(text) : [];
    const expectedItems = c.products.flatMap((g) => g.items.map((i) => i.replace(/\s+/g, ' ').trim()));
    if (JSON.stringify(items) !== JSON.stringify(expectedItems))
      problems.push(`${c.id}: ${items.length} products shown, ${expectedItems.length} in content`);

    const childLinks = c.children.length
      ? findAll(
          find(m, (el) => el.tagName === 'section' && attr(el, 'aria-labelledby') === 'children-heading')!,
          byTag('a'),
        ).map((a) => attr(a, 'href'))
      : [];
    if (JSON.stringify(childLinks) !== JSON.stringify(c.children.map((id) => `/directory/${id}/`)))
      problems.push(`${c.id}: children links ${childLinks}`);
  }
  assert.deepEqual(problems, []);
});

/** The published tree.json, what `<sixin-category-tree src>` reads: the server-rendered list must carry the same. */
const publishedTree = new Map(
  (
    JSON.parse(readFileSync(join(DIST_DIR, 'data', 'tree.json'), 'utf8')) as { categories: TreeCategory[] }
  ).categories.map((c) => [c.id, c]),
);
const listOf = (values: readonly string[]) => (values.length ? values.join('|') : undefined);

/**
 * Checks a server-rendered tree against the directory: the contract `<sixin-category-tree>` upgrades, carrying what
 * tree.json carries (pinyin initials, keywords, aliases, industry classes), so the upgraded tree filters the same.
 */
function checkTree(tree: Element, label: string, expected: Category[] = directory.categories): string[] {
  const problems: string[] = [];
  const items = findAll(tree, (el) => el.tagName === 'li' && attr(el, 'data-id') !== undefined);
  const ids = items.map((li) => attr(li, 'data-id'));
  if (JSON.stringify(ids) !== JSON.stringify(expected.map((c) => c.id))) {
    problems.push(
      `${label}: the tree lists ${ids.length} items, not the ${expected.length} categories expected, in tree order`,
    );
  }
  for (const li of items) {
    const c = byId.get(attr(li, 'data-id')!);
    if (!c) continue;
    const link = elementChildren(li).find((el) => el.tagName === 'a');
    if (!link || text(link) !== c.name || attr(link, 'href') !== `/directory/${c.id}/`)
      problems.push(`${label}: ${c.id} link is wrong`);
    if (attr(li, 'data-code') !== (c.code ?? undefined))
      problems.push(`${label}: ${c.id} data-code="${attr(li, 'data-code')}"`);
    if (attr(li, 'data-status') !== (c.status === 'inferred' ? 'inferred' : undefined))
      problems.push(`${label}: ${c.id} data-status`);
    const published = publishedTree.get(c.id);
    if (!published) problems.push(`${label}: ${c.id} is not in tree.json`);
    else {
      const industries = listOf(published.industries.map((i) => `${i.code}${i.partial ? '*' : ''} ${i.name}`));
      if (attr(li, 'data-initials') !== (published.initials || undefined))
        problems.push(`${label}: ${c.id} data-initials`);
      if (attr(li, 'data-keywords') !== listOf(published.keywords)) problems.push(`${label}: ${c.id} data-keywords`);
      if (attr(li, 'data-aliases') !== listOf(published.aliases)) problems.push(`${label}: ${c.id} data-aliases`);
      if (attr(li, 'data-industries') !== industries) problems.push(`${label}: ${c.id} data-industries`);
    }
    const parentLi = closest(li, (el) => el.tagName === 'li');
    if ((parentLi ? attr(parentLi, 'data-id') : null) !== c.parent)
      problems.push(`${label}: ${c.id} is nested under ${parentLi && attr(parentLi, 'data-id')}`);
  }
  return problems;
}

test('/directory/ holds the whole tree as nested links inside <sixin-category-tree>', () => {
  const tree = find(main(page('/directory/')), byTag('sixin-category-tree'));
  assert.ok(tree, 'no <sixin-category-tree> on /directory/');
  assert.equal(attr(tree, 'href-template'), '/directory/{id}/');
  assert.deepEqual(checkTree(tree, '/directory/'), []);
});

test('each category page carries the tree of its own field, with itself as current', () => {
  const problems: string[] = [];
  for (const c of directory.categories) {
    const field = [...ancestors(c), c][0];
    const inField = directory.categories.filter((x) => x.id === field.id || ancestors(x)[0]?.id === field.id);
    const tree = find(main(page(`/directory/${c.id}/`)), byTag('sixin-category-tree'));
    if (!tree) problems.push(`${c.id}: no <sixin-category-tree>`);
    else {
      if (attr(tree, 'current') !== c.id) problems.push(`${c.id}: current="${attr(tree, 'current')}"`);
      problems.push(...checkTree(tree, c.id, inField));
    }
  }
  assert.deepEqual(problems, []);
});

test('/industries/ lists every GB/T 4754 class of the directory, each linked to its categories', () => {
  const rows = findAll(find(main(page('/industries/')), byTag('tbody'))!, byTag('tr'));
  const shown = rows.map((tr) => {
    const cells = findAll(tr, byTag('td'));
    return {
      code: text(cells[0]),
      name: text(cells[1]),
      links: findAll(cells[2], byTag('a')).map((a) => attr(a, 'href')),
    };
  });
  const expected = Object.entries(directory.industries)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, e]) => ({ code, name: e.name, links: e.categories.map((id) => `/directory/${id}/`) }));
  assert.equal(shown.length, directory.counts.industries);
  assert.deepEqual(shown, expected);
});

test('/policy/ has every clause with its anchor, and every paragraph of the policy word for word', () => {
  const root = page('/policy/');
  const m = main(root);
  for (const clause of policy.clauses) {
    const heading = find(m, (el) => attr(el, 'id') === anchor(clause.id));
    assert.ok(heading, `no id="${anchor(clause.id)}" for clause ${clause.id}`);
    assert.match(heading.tagName, /^h[2-6]$/);
    assert.equal(text(heading), clause.title);
  }
  const pageText = text(m).replace(/\s+/g, '');
  for (const doc of policy.documents) {
    for (const block of doc.blocks) {
      const words = block.type === 'table' ? [...block.header, ...block.rows.flat()] : [block.text];
      for (const w of words)
        assert.ok(pageText.includes(w.replace(/\s+/g, '')), `${doc.source}: "${w.slice(0, 30)}…" is not on /policy/`);
    }
  }
  const toc = find(m, (el) => el.tagName === 'nav' && attr(el, 'class') === 'toc')!;
  assert.deepEqual(
    findAll(toc, byTag('a')).map((a) => attr(a, 'href')),
    policy.clauses.map((c) => `#${anchor(c.id)}`),
  );
});

/** Clause ids a rules file cites: values of fields named like clause/cites, and /policy/#clause-… links. */
function citedClauses(value: unknown, key = ''): string[] {
  if (typeof value === 'string') {
    const fromLink = /\/policy\/#clause-([\w-]+)/.exec(value);
    if (fromLink) return [fromLink[1]];
    return /^(clause|clauses|cite|cites|citation|citations)$/i.test(key) ? [value] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v) => citedClauses(v, key));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      // A list or map of the cited clauses with their titles names them by `id` or by key.
      const listed = /^(clauses|citations|clauseTitles)$/i.test(k) && v && typeof v === 'object';
      const keys = !listed
        ? []
        : Array.isArray(v)
          ? v
              .map((x) => (x && typeof x === 'object' ? (x as { id?: unknown }).id : undefined))
              .filter((id): id is string => typeof id === 'string')
          : Object.keys(v);
      return [...keys, ...citedClauses(v, k)];
    });
  }
  return [];
}

test('every clause the eligibility rules cite exists on /policy/', (t) => {
  const rulesFile = join(DIST_DIR, 'data', 'rules.json');
  if (!existsSync(rulesFile)) {
    t.skip('the site publishes no /data/rules.json yet (the rules artifact has not been added to the core export)');
    return;
  }
  const cited = [...new Set(citedClauses(JSON.parse(readFileSync(rulesFile, 'utf8'))))];
  assert.ok(
    cited.length > 0,
    '/data/rules.json cites no clause that this test can find; update citedClauses() to its format',
  );
  const ids = new Set(
    findAll(main(page('/policy/')), (el) => attr(el, 'id') !== undefined).map((el) => attr(el, 'id')),
  );
  const missing = cited.filter((c) => !ids.has(c.startsWith('clause-') ? c : anchor(c)) && !ids.has(`clause-${c}`));
  assert.deepEqual(missing, [], `clauses cited by /data/rules.json but missing on /policy/: ${missing.join(', ')}`);
});

test('/checker/how-it-decides/ shows every question, every case of every measure, and every sentence beside its basis', () => {
  const rules = JSON.parse(readFileSync(join(DIST_DIR, 'data', 'rules.json'), 'utf8')) as RulesData;
  const m = main(page('/checker/how-it-decides/'));
  const byIdOn = (id: string) => find(m, (el) => attr(el, 'id') === id);
  rules.questions.forEach((q, i) => assert.equal(text(byIdOn(`question-${q.id}`)!), `${i + 1}. ${q.title['zh-CN']}`));
  for (const measure of rules.measures) {
    const section = closest(byIdOn(`measure-${measure.id}`)!, (el) => el.tagName === 'section')!;
    const cases = findAll(section, (el) => el.tagName === 'li' && (attr(el, 'class') ?? '').startsWith('rule-case'));
    assert.deepEqual(
      cases.map((li) => attr(li, 'class')),
      measure.rules.map((r) => `rule-case ${r.status}`),
      measure.id,
    );
  }
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const shown = findAll(m, (el) => attr(el, 'class') === 'sentence');
  const sentences: Sentence[] = [
    ...rules.questions.flatMap((q) => q.help ?? []),
    ...rules.measures.flatMap((x) => [
      ...x.summary,
      ...x.rules.flatMap((r) => [...r.reason, ...r.bring, ...r.nextSteps]),
    ]),
    ...rules.expectations.intro,
    ...rules.expectations.items.flatMap((e) => e.text),
    ...rules.glossary.flatMap((g) => g.definition),
    ...rules.contacts.flatMap((c) => c.note ?? []),
  ];
  assert.equal(shown.length, sentences.length, 'one block per sentence, wherever it is used');
  /** What is wrong with `li` as the block of sentence `s`: its basis must be shown as the rules give it. */
  const wrongs = (li: Element, s: Sentence): string[] => {
    const out: string[] = [];
    for (const [clause, words] of Object.entries(s.policyTerms ?? {})) {
      const quote = findAll(li, byTag('blockquote')).find((q) => attr(q, 'cite') === `/policy/#${anchor(clause)}`);
      const marked = quote ? findAll(quote, byTag('strong')).map((b) => squeeze(text(b))) : [];
      for (const word of words)
        if (!marked.some((b) => b.includes(squeeze(word)))) out.push(`“${word}” of ${clause} not marked`);
    }
    const outside = find(li, (el) => (attr(el, 'class') ?? '').includes('outside-basis'));
    if (s.outside && !(outside && text(outside).includes(rules.sources.find((x) => x.id === s.outside)!.name['zh-CN'])))
      out.push('no source named');
    if (!s.outside && outside) out.push('marked as outside the policy');
    return out;
  };
  const problems: string[] = [];
  for (const s of sentences) {
    // The same words may stand in several places with different bases (a question's help and a measure's summary).
    const blocks = shown.filter((li) => text(find(li, (el) => attr(el, 'class') === 'said')!) === s['zh-CN']);
    const found = blocks.map((li) => wrongs(li, s));
    if (!found.some((w) => w.length === 0))
      problems.push(`“${s['zh-CN']}”: ${found.map((w) => w.join(', ')).join(' | ') || 'not shown'}`);
  }
  assert.deepEqual(problems, []);
  // The checker page links to it, without JavaScript and from the result.
  const checker = main(page('/checker/'));
  assert.ok(
    findAll(checker, byTag('a')).some((a) => attr(a, 'href') === '/checker/how-it-decides/'),
    'no link on /checker/',
  );
  assert.equal(attr(find(checker, byTag('sixin-eligibility-checker'))!, 'how-href'), '/checker/how-it-decides/');
});

test('the directory explains 355 versus its classes and the national source of levels 3 and below; the policy page says it is a trial', () => {
  for (const path of ['/directory/', '/industries/']) {
    const section = find(main(page(path)), (el) => attr(el, 'aria-labelledby') === 'directory-sources');
    assert.ok(section, `${path} has no explanation of the directory's sources`);
    const words = text(section);
    assert.match(words, /355 个行业小类/, path);
    assert.ok(words.includes(`${directory.counts.industries} 个国民经济行业小类`), path);
    assert.match(words, /战略性新兴产业分类（2018）/, path);
    assert.match(words, /三级及以下是国家分类的内容/, path);
  }
  assert.match(text(main(page('/policy/'))), /本办法标题注明“试行”[^。]*原文没有写明有效期/);
});

test('the editors page explains every message the validator can give', () => {
  const rows = findAll(find(main(page('/editors/')), byTag('tbody'))!, byTag('tr')).map((tr) => attr(tr, 'id'));
  assert.deepEqual(
    rows,
    Object.keys(MESSAGES).map((code) => `problem-${code}`),
  );
});

/** Text as written (code blocks keep their line breaks). */
const rawText = (n: Node): string =>
  n.nodeName === '#text' ? (n.value ?? '') : ((n as Element).childNodes ?? []).map(rawText).join('');

const HOWTOS = ['setup', 'keyword', 'direction', 'rename', 'search', 'preview', 'editor', 'publish'];

test('the editors page has a how-to for each task an editor does, with the rules and commands each needs', () => {
  const m = main(page('/editors/'));
  const section = (id: string) => find(m, (el) => attr(el, 'id') === `howto-${id}`);
  assert.deepEqual(
    HOWTOS.filter((id) => !section(id)),
    [],
    'how-tos missing',
  );
  // Each is listed at the top and linked.
  const links = findAll(m, byTag('a')).map((a) => attr(a, 'href'));
  for (const id of HOWTOS) assert.ok(links.includes(`#howto-${id}`), `no link to #howto-${id}`);
  const must: Record<string, RegExp[]> = {
    setup: [/npm ci/, /npx sixin validate content/, /Node\.js/, /半角/],
    keyword: [/keywords: \[芯片设计, 数据标注, [^\]]*, 数据治理\]/, /npx sixin search "数据治理"/],
    direction: [/拼音/, /小写/, /连字符/, /order/, /\/industries\//, /gbt4754_2017\.csv/, /partial/, /\* 号/],
    rename: [/政策附件/, /unreleased\.md/, /replaced-by/, /withdrawn/, /npx sixin diff/, /npx sixin release --date/],
    search: [/npx sixin search/, /未匹配/],
    preview: [/npm run dev -w @sixin\/site/, /127\.0\.0\.1:4321/],
    editor: [/npm run edit/, /127\.0\.0\.1:4321\/admin\//, /ADMIN_BACKEND/, /合并请求/, /revisions/],
    publish: [/合并请求/, /区市场监督管理局/, /行业主管部门/, /npm run build -w @sixin\/site/],
  };
  const missing = Object.entries(must).flatMap(([id, patterns]) =>
    patterns.filter((re) => !re.test(text(section(id)!))).map((re) => `${id}: ${re}`),
  );
  assert.deepEqual(missing, []);
  // The policy is compared word for word by the check command itself now, not only by the tests.
  assert.doesNotMatch(text(m), /测试会把全文/);
  assert.match(text(m), /检查命令和网站构建都会把全文与发布的原文/);
});

test('content/README.md has the same how-tos, with the same commands', () => {
  const readme = readFileSync(join(ROOT, 'content', 'README.md'), 'utf8');
  assert.doesNotMatch(readme, /测试会把全文/);
  const m = main(page('/editors/'));
  for (const id of HOWTOS) {
    const section = find(m, (el) => attr(el, 'id') === `howto-${id}`)!;
    const title = text(find(section, byTag('h3'))!);
    assert.ok(readme.includes(`### ${title}\n`), `content/README.md has no how-to "${title}"`);
    for (const code of findAll(section, byTag('code'))) {
      for (const line of rawText(code)
        .split('\n')
        .filter((l) => l.trim())) {
        assert.ok(readme.includes(line.trim()), `${id}: content/README.md lacks "${line.trim()}"`);
      }
    }
  }
});

test('the how-tos’ example direction and keyword pass the check and are found by search as the steps say', () => {
  const m = main(page('/editors/'));
  const codes = (id: string) =>
    findAll(
      find(m, (el) => attr(el, 'id') === `howto-${id}`)!,
      byTag('code'),
    ).map((c) => rawText(c));
  const example = codes('direction').find((c) => c.startsWith('---\nid: '))!;
  assert.ok(example, 'no example direction file');
  const keywordLine = codes('keyword').find((c) => c.startsWith('keywords: '))!;
  const dir = mkdtempSync(join(tmpdir(), 'sixin-howto-'));
  try {
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'directory', '1', '1.3', 'shuju-biaozhu-fuwu.md'), example + '\n');
    const target = join(content, 'directory', '1', '1.3', 'xinxing-xinxi-jishu-fuwu.md');
    const before = readFileSync(target, 'utf8');
    // The how-to adds one word to the line as it is in the file: when editors change that line, the how-to follows.
    assert.ok(
      before.includes(`\n${keywordLine.replace(/, 数据治理\]$/u, ']')}\n`),
      `the keyword how-to starts from the file as it is: ${/^keywords: .*$/m.exec(before)?.[0]}`,
    );
    writeFileSync(target, before.replace(/^keywords: .*$/m, keywordLine));
    const result = loadContent(content, { cwd: dir });
    assert.deepEqual(
      result.problems.map((p) => formatProblem(p)),
      [],
    );
    const added = result.directory!.categories.find((c) => c.id === '1.3/shuju-biaozhu-fuwu')!;
    assert.equal(added.name, '数据标注服务');
    assert.deepEqual(added.keywords, ['数据标注', '数据清洗']);
    assert.ok(
      result.directory!.categories.find((c) => c.id === '1.3/xinxing-xinxi-jishu-fuwu')!.keywords.includes('数据治理'),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the published directory data is what the core package exports', () => {
  // Stamped with the directory revision it belongs to (issue 18); otherwise exactly the core's data.
  const { revision, ...published } = JSON.parse(readFileSync(join(DIST_DIR, 'data', 'directory.json'), 'utf8'));
  assert.ok(revision, 'directory.json names its revision');
  assert.deepEqual(published, JSON.parse(JSON.stringify(directory)));
});

test('the widget bundle is published, versioned, when the elements package has built it, and only then loaded', () => {
  const source = join(ROOT, 'packages', 'elements', 'dist', 'bundle', 'sixin-elements.js');
  const published = join(DIST_DIR, 'widgets', 'sixin-elements.js');
  const loading = htmlPages().filter((p) => readPage(p).includes('src="/widgets/sixin-elements.js"'));
  if (!existsSync(source)) {
    assert.equal(existsSync(published), false, 'a bundle is published that the elements package does not have');
    assert.deepEqual(loading, [], 'pages load a bundle the site does not publish');
    return;
  }
  const { version } = JSON.parse(readFileSync(join(ROOT, 'packages', 'elements', 'package.json'), 'utf8')) as {
    version: string;
  };
  assert.ok(
    readFileSync(published).equals(readFileSync(source)),
    '/widgets/sixin-elements.js differs from the built bundle',
  );
  assert.ok(
    readFileSync(join(DIST_DIR, 'widgets', version, 'sixin-elements.js')).equals(readFileSync(source)),
    `no /widgets/${version}/sixin-elements.js`,
  );
  for (const path of ['/directory/', '/directory/1.3/', '/search/', '/checker/'])
    assert.ok(loading.includes(path), `${path} does not load the bundle`);
  assert.ok(!loading.includes('/'), 'the home page loads the bundle, though it holds no element');
});

test('the home page shows what the policy offers from the published rules, the checker’s own words, with red lines apart', () => {
  const rules = JSON.parse(readFileSync(join(DIST_DIR, 'data', 'rules.json'), 'utf8')) as RulesData;
  const home = main(page('/'));
  const section = (id: string) =>
    closest(
      find(home, (el) => attr(el, 'id') === id)!,
      byTag('section'),
    )!;
  const cards = (id: string) =>
    findAll(section(id), (el) => el.tagName === 'li' && closest(el, byTag('ul')) !== undefined).map((li) => ({
      title: text(find(li, byTag('h3'))!),
      text: text(find(li, byTag('p'))!),
    }));
  const zh = (measure: RulesData['measures'][number]) => ({
    title: measure.title['zh-CN'],
    text: measure.summary.map((sentence) => sentence['zh-CN']).join(''),
  });
  const offered = cards('offers-heading');
  for (const measure of rules.measures.filter((m) => m.kind === 'support')) {
    assert.ok(
      offered.some((card) => card.title === zh(measure).title && card.text === zh(measure).text),
      `no card says what rules.json says of ${measure.id}`,
    );
  }
  assert.deepEqual(
    cards('safeguards-heading'),
    rules.measures.filter((m) => m.kind === 'safeguard').map(zh),
    'the red lines are a section of their own',
  );
  assert.ok(!offered.some((card) => card.title.includes('红线')), 'the red lines are not offered as a benefit');
  // The policy's modal words survive on the page: 鼓励, 可, 探索 and 依法 are not turned into promises.
  for (const [topic, modal] of [
    [/托管服务/, '鼓励'],
    [/专利、商标/, '鼓励'],
    [/先予办理登记/, '可先予办理登记'],
    [/包容期/, '探索'],
    [/减轻或不予行政处罚/, '依法'],
  ] as const) {
    const about = offered.filter((card) => topic.test(card.text));
    assert.ok(about.length, `no card about ${topic}`);
    for (const card of about) assert.ok(card.text.includes(modal), `“${card.text}” drops ${modal}`);
  }
  for (const card of [...offered, ...cards('safeguards-heading')])
    assert.doesNotMatch(card.text, /必须守住|将实施|可以先办理/, card.text);
});
