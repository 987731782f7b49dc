// Issue 20 (site): what tells a reader how current and how official the pages are, and whom to ask. The policy's
// status block on / and /policy/ (only what the notice says), 内容更新于 and 我要纠错 in every footer, the /contacts/
// page made from content/contacts.yaml (a field left empty is not shown), the print stylesheet's full addresses, and
// the /embed/ page's complete blocks and 接入排错.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { SITE_URL } from '../../site/src/site-config.ts';
import { attr, byTag, find, findAll, parseHtml, text } from './helpers/html.ts';
import { CONTENT_DIR, DIST_DIR, htmlPages, readPage, requireBuiltSite } from './helpers/site.ts';

requireBuiltSite();
const page = (path: string) => parseHtml(readPage(path));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the policy status block', () => {
  for (const path of ['/', '/policy/']) {
    test(`${path} shows 文号, 成文日期, 试行, the source and where to confirm validity`, () => {
      const block = find(page(path), (el) => attr(el, 'data-policy-status') !== undefined);
      assert.ok(block, 'no status block');
      const facts = findAll(block, byTag('dt')).map((dt, i) => [text(dt), text(findAll(block, byTag('dd'))[i]!)]);
      assert.deepEqual(facts, [
        ['文号', '江北府办发〔2021〕79号'],
        ['成文日期', '2021年12月30日'],
        ['性质', '试行（原文未写明有效期）'],
        ['来源', '重庆市江北区人民政府办公室 （此件公开发布）'],
      ]);
      assert.match(text(block), /现行有效性请向区市场监督管理局核实/);
      // Every fact is in the policy's own text (the notice as the content folder holds it).
      const policy = readFileSync(join(CONTENT_DIR, 'policy', 'notice.md'), 'utf8');
      for (const [, value] of facts.slice(0, 2)) assert.ok(policy.includes(value), value);
    });
  }
});

describe('the footer', () => {
  test('every page says when the content was last changed, from the content folder’s own history, and links 我要纠错', () => {
    let expected: string;
    try {
      const dirty = execFileSync('git', ['status', '--porcelain', '--', '.'], {
        cwd: CONTENT_DIR,
        encoding: 'utf8',
      }).trim();
      expected = dirty
        ? ''
        : execFileSync('git', ['log', '-1', '--format=%cs', '--', '.'], { cwd: CONTENT_DIR, encoding: 'utf8' }).trim();
    } catch {
      expected = '';
    }
    const settings = parse(readFileSync(join(CONTENT_DIR, 'settings.yaml'), 'utf8')) as { feedback?: string };
    const feedback = settings.feedback || '/contacts/';
    const problems: string[] = [];
    for (const path of htmlPages()) {
      const root = page(path);
      const date = find(root, (el) => attr(el, 'data-content-updated') !== undefined);
      const value = date && attr(date, 'data-content-updated');
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(value!) || text(date) !== `内容更新于 ${value}`)
        problems.push(`${path}: no content date`);
      else if (expected && value !== expected)
        problems.push(`${path}: ${value}, but content/ was last committed on ${expected}`);
      const link = find(root, (el) => attr(el, 'data-feedback') !== undefined);
      if (!link || attr(link, 'href') !== feedback || text(link) !== '我要纠错')
        problems.push(`${path}: 我要纠错 missing or not ${feedback}`);
      if (problems.length > 5) break;
    }
    assert.deepEqual(problems, []);
  });

  test('printing adds the page’s full address and turns the text’s links into full addresses on this site', () => {
    const source = find(page('/policy/'), (el) => attr(el, 'data-print-source') !== undefined);
    assert.equal(text(source!), `打印自 ${new URL('/policy/', SITE_URL).href}`);
    const css = readFileSync(join(DIST_DIR, 'print.css'), 'utf8');
    assert.ok(css.includes(`content: " (" ${JSON.stringify(new URL(SITE_URL).origin)} attr(href) ")"`), css);
    assert.ok(
      find(
        page('/'),
        (el) => el.tagName === 'link' && attr(el, 'href') === '/print.css' && attr(el, 'media') === 'print',
      ),
    );
  });
});

describe('/contacts/', () => {
  const contacts = (
    parse(readFileSync(join(CONTENT_DIR, 'contacts.yaml'), 'utf8')) as { contacts: Array<Record<string, string>> }
  ).contacts;
  const root = page('/contacts/');

  test('lists every office of contacts.yaml under its anchor, the ones the checker links to included', () => {
    const shown = findAll(root, (el) => attr(el, 'data-contact') !== undefined).map((el) => [
      attr(el, 'id'),
      text(find(el, byTag('h3'))!),
    ]);
    assert.deepEqual(
      shown,
      contacts.map((c) => [c.id, c.office]),
    );
    assert.ok(find(root, (el) => attr(el, 'id') === 'amr'));
    assert.ok(
      find(root, (el) => attr(el, 'id') === 'authority'),
      'no #authority for 您所在行业的主管部门',
    );
  });

  test('shows exactly the details an editor filled in: an empty field is not shown, and nothing is made up', () => {
    for (const c of contacts) {
      const section = find(root, (el) => attr(el, 'data-contact') === c.id)!;
      const fields = findAll(section, (el) => attr(el, 'data-field') !== undefined).map((el) => [
        attr(el, 'data-field'),
        squash(text(el)),
      ]);
      const filled = ['address', 'phone', 'hours', 'online', 'note']
        .filter((f) => String(c[f] ?? '').trim())
        .map((f) => [f, squash(String(c[f]))]);
      assert.deepEqual(fields, filled, c.id);
      if (!filled.some(([f]) => f !== 'note')) assert.match(text(section), /本站尚未核实该部门的地址、电话和办公时间/);
    }
    // No phone number anywhere on the page that the file does not hold.
    const numbers = text(root).match(/\d{3,4}-?\d{7,8}/g) ?? [];
    assert.deepEqual(
      numbers.filter((n) => !contacts.some((c) => String(c.phone ?? '').includes(n))),
      [],
    );
  });

  test('the checker page’s fallback and JavaScript-off notice lead to it', () => {
    assert.ok(findAll(page('/checker/'), byTag('a')).some((a) => attr(a, 'href') === '/contacts/'));
  });
});

describe('/embed/ 五分钟接入', () => {
  const root = page('/embed/');
  test('one complete block per element, each with a copy button, and the three troubleshooting cases', () => {
    const blocks = findAll(root, (el) => attr(el, 'data-snippet') !== undefined);
    assert.deepEqual(
      blocks.map((b) => attr(b, 'data-snippet')),
      ['tree', 'search', 'checker'],
    );
    for (const block of blocks) {
      const code = text(find(block, byTag('code'))!);
      assert.ok(
        code.startsWith(
          `<script type="module" src="${new URL('/widgets/sixin-elements.js', SITE_URL).href}"></script>`,
        ),
        code,
      );
      assert.ok(
        find(block, (el) => el.tagName === 'button' && attr(el, 'data-copy') !== undefined),
        'no copy button',
      );
    }
    const troubles = findAll(root, (el) => attr(el, 'class') === 'trouble').map((el) => squash(text(el)));
    assert.equal(troubles.length, 3);
    // Blank element → CORS; data not loading → src; links that 404 → the templates.
    assert.match(troubles[0]!, /空白[\s\S]*CORS[\s\S]*\/widgets\/ 和 \/data\//);
    assert.match(troubles[1]!, /数据加载失败[\s\S]*src/);
    assert.match(troubles[2]!, /404[\s\S]*href-template/);
    assert.ok(text(root).includes('Access-Control-Allow-Origin: *'));
  });
});
