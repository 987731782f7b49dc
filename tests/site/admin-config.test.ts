// The browser editor's configuration (/admin/, Decap CMS) is generated from the content schema and the folders of
// content/directory; these tests fail when the two drift apart: a schema field without a widget, a widget for a field
// the schema does not have, a folder without its collection, a label without its Chinese wording.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { adminPageCsp } from '../../site/src/lib/csp.ts';
import { ADMIN_BACKEND, DECAP_SERVER_PORT, type AdminBackend } from '../../site/src/site-config.ts';
import { ADMIN_FIELD_TEXT, ADMIN_RULES_FIELD_TEXT } from '../../site/src/i18n/admin-strings.ts';
import { KEY_ORDER, RULES_FORMS, rulesForm } from '../../site/src/admin/rules-form.ts';
import { IndustryTable, parseCsv, RULES_FILES, RULES_ITEM_SCHEMAS } from '@sixin/core';
import { DATA_DIR, loadContent } from '@sixin/core/node';
import {
  adminConfig,
  adminSnapshot,
  FIELD_TEXT,
  INDUSTRY_OPTIONS,
  SCHEMAS,
  type DecapField,
} from '../../site/scripts/admin.ts';
import {
  ADMIN_FORMAT,
  fieldPaths,
  fromFile,
  RULES_FORMAT,
  rulesText,
  toFile,
} from '../../site/src/admin/frontmatter.ts';
import {
  ADMIN_PATH,
  CONTENT_DIR,
  distFiles,
  DIST_DIR,
  readPage,
  requireBuiltSite,
  ROOT,
  sitemapPaths,
} from './helpers/site.ts';

const csv = readFileSync(join(DATA_DIR, 'gbt4754_2017.csv'), 'utf8');
const config = adminConfig(CONTENT_DIR, ROOT, csv);
const keys = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape).sort();
const names = (fields: DecapField[]) =>
  fields
    .map((f) => f.name)
    .filter((n) => n !== 'body')
    .sort();
const collection = (name: string) => config.collections.find((c) => c.name === name)!;

describe('the editor config follows the content schema', () => {
  test('every field of each schema has a widget, and every widget a schema field', () => {
    for (const file of collection('level1').files!) assert.deepEqual(names(file.fields), keys(SCHEMAS.level1));
    for (const file of collection('level2').files!) assert.deepEqual(names(file.fields), keys(SCHEMAS.level2));
    const level3 = config.collections.filter((c) => c.name.startsWith('l3-'));
    assert.ok(level3.length > 0);
    for (const c of level3) {
      assert.deepEqual(names(c.fields!), keys(SCHEMAS.level3), c.name);
      const industries = c.fields!.find((f) => f.name === 'industries')!;
      assert.deepEqual(names(industries.fields!), keys(SCHEMAS.industry), `${c.name} industries`);
    }
  });

  test('every field carries a Chinese label and hint', () => {
    const visit = (fields: DecapField[]) => {
      for (const f of fields) {
        assert.match(f.label, /\p{Script=Han}/u, `${f.name} label`);
        assert.match(f.hint ?? '', /\p{Script=Han}/u, `${f.name} hint`);
        if (f.fields) visit(f.fields);
      }
    };
    for (const c of config.collections) {
      assert.match(c.label, /\p{Script=Han}/u);
      for (const fields of c.fields ? [c.fields] : c.files!.map((f) => f.fields)) visit(fields);
    }
    // Nothing in the table that no schema has (a field removed from the schema takes its wording with it).
    const schemaKeys = new Set([
      ...keys(SCHEMAS.level1),
      ...keys(SCHEMAS.level2),
      ...keys(SCHEMAS.level3),
      ...keys(SCHEMAS.industry).map((k) => `industries.${k}`),
      'body',
    ]);
    assert.deepEqual(
      Object.keys(FIELD_TEXT).filter((k) => !schemaKeys.has(k)),
      [],
    );
  });

  test('the labels and hints come from the catalog, in the words of the table in content/README.md', () => {
    assert.equal(FIELD_TEXT, ADMIN_FIELD_TEXT);
    const readme = readFileSync(join(ROOT, 'content', 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('#### 编辑器中各栏的名称和说明'),
      readme.indexOf('#### 自查规则表单中各栏的名称和说明'),
    );
    const rows = new Map(
      [...section.matchAll(/^\| `([^`]+)` \|(.*)\|(.*)\|$/gm)].map((m) => [
        m[1],
        { label: m[2].trim(), hint: m[3].trim() },
      ]),
    );
    assert.deepEqual(Object.fromEntries(rows), { ...ADMIN_FIELD_TEXT });
    const rulesSection = readme.slice(readme.indexOf('#### 自查规则表单中各栏的名称和说明'));
    const rulesRows = new Map(
      [...rulesSection.matchAll(/^\| `([^`]+)` \|(.*)\|(.*)\|$/gm)].map((m) => [
        m[1],
        { label: m[2].trim(), hint: m[3].trim() },
      ]),
    );
    assert.deepEqual(Object.fromEntries(rulesRows), { ...ADMIN_RULES_FIELD_TEXT });
  });

  test('one file per level-1 and level-2 category, one collection of directions per level-2 folder', () => {
    const dir = join(CONTENT_DIR, 'directory');
    const isDir = (p: string) => statSync(p).isDirectory();
    const l1 = readdirSync(dir).filter((n) => isDir(join(dir, n)));
    const l2 = l1.flatMap((a) =>
      readdirSync(join(dir, a))
        .filter((b) => isDir(join(dir, a, b)))
        .map((b) => `${a}/${b}`),
    );
    const file = (rel: string) => `content/directory/${rel}/index.md`;
    assert.deepEqual(
      collection('level1')
        .files!.map((f) => f.file)
        .sort(),
      l1.map(file).sort(),
    );
    assert.deepEqual(
      collection('level2')
        .files!.map((f) => f.file)
        .sort(),
      l2.map(file).sort(),
    );
    const folders = config.collections.filter((c) => c.folder).map((c) => c.folder);
    assert.deepEqual(folders.sort(), l2.map((rel) => `content/directory/${rel}`).sort());
  });

  test('industry codes are chosen from every GB/T 4754-2017 class, with its name; parents from the categories', () => {
    const classes = parseCsv(csv).filter((r) => r.level === 'class');
    assert.equal(classes.length, IndustryTable.fromCsv(csv).classCount());
    const code = collection('l3-1-3')
      .fields!.find((f) => f.name === 'industries')!
      .fields!.find((f) => f.name === 'code')!;
    assert.equal(code.widget, 'select');
    assert.deepEqual(
      code.options,
      classes.map((r) => ({ label: `${r.code} ${r.name}`, value: r.code })),
    );
    const parent = collection('l3-1-3').fields!.find((f) => f.name === 'parent')!;
    assert.deepEqual(
      parent.options!.map((o) => o.value),
      collection('level2').files!.map((f) => f.label.split(' ')[0]),
    );
    assert.ok(parent.options!.some((o) => o.label === '1.3 新兴软件和新型信息技术服务'));
  });

  test('the validator snapshot holds every directory and policy file as it is on disk', () => {
    const snapshot = adminSnapshot(CONTENT_DIR, ROOT);
    assert.equal(snapshot.directoryRoot, 'content/directory');
    const one = snapshot.directory.find((f) => f.path === '1/1.3/index.md')!;
    assert.equal(one.file, 'content/directory/1/1.3/index.md');
    assert.equal(one.text, readFileSync(join(CONTENT_DIR, 'directory', '1', '1.3', 'index.md'), 'utf8'));
    assert.ok(snapshot.policy.length > 0);
  });
});

describe('the editor writes a file as it was, changed only where the form changed it', () => {
  const snapshot = adminSnapshot(CONTENT_DIR, ROOT);
  const order = fieldPaths(collection('l3-1-3').fields!);

  test('the rules files’ hint lists every clause id of the policy with its heading, and only those', () => {
    const clauses = loadContent(CONTENT_DIR, { cwd: ROOT }).policy!.clauses;
    assert.ok(clauses.some((c) => c.id === '4.2'));
    for (const file of collection('rules').files!) {
      const hint = file.fields[0].hint!;
      const listed = hint.slice(hint.indexOf('可引用的条款编号：') + '可引用的条款编号：'.length, -1).split('；');
      assert.deepEqual(
        listed,
        clauses.map((c) => `${c.id} ${c.title}`),
        file.name,
      );
    }
  });

  test('every collection uses the format that keeps the file; the rules files are edited as their text', () => {
    for (const c of config.collections.filter((c) => c.name !== 'rules' && !c.name.startsWith('form-'))) {
      assert.equal(c.format, ADMIN_FORMAT, c.name);
    }
    const rules = collection('rules');
    assert.equal(rules.format, RULES_FORMAT);
    assert.deepEqual(
      rules.files!.map((f) => f.file),
      Object.values(RULES_FILES).map((name) => `content/rules/${name}`),
    );
    const text = readFileSync(join(CONTENT_DIR, 'rules', 'measures.yaml'), 'utf8');
    assert.equal(rulesText.toFile(rulesText.fromFile(text)), text);
  });

  test('every directory file read and saved unchanged is the same text, comments included', () => {
    const commented = snapshot.directory.filter((f) => /^# /m.test(f.text));
    // The comments this is about: without them the round trip would prove less than it says.
    assert.ok(commented.length > 10, `${commented.length} files with comments`);
    for (const f of snapshot.directory) assert.equal(toFile(fromFile(f.text), order), f.text, f.file);
  });

  test('a changed value is patched into its own line; comments, quoting and list style stay', () => {
    const file = snapshot.directory.find((f) => f.path === '1/1.3/hulianwang-anquan-fuwu.md')!;
    const data = fromFile(file.text);
    const keywords = data.keywords as string[];
    const saved = toFile({ ...data, keywords: [...keywords, '安全运营'], aliases: ['网安服务'] }, order);
    const line = `keywords: [${keywords.join(', ')}]\n`;
    assert.ok(file.text.includes(line));
    assert.equal(
      saved,
      file.text.replace(line, `keywords: [${[...keywords, '安全运营'].join(', ')}]\naliases:\n  - 网安服务\n`),
    );
  });

  test('a new entry (nothing read) is written in the order of the fields, inside the list of classes too', () => {
    const saved = toFile(
      {
        industries: [{ partial: false, name: '信息处理和存储支持服务', code: '6550' }],
        body: '## 说明',
        order: 5,
        parent: '1.3',
        name: '数据标注服务',
        id: 'shuju-biaozhu-fuwu',
      },
      order,
    );
    assert.equal(
      saved,
      '---\nid: shuju-biaozhu-fuwu\nname: 数据标注服务\nparent: "1.3"\norder: 5\nindustries:\n' +
        '  - code: "6550"\n    name: 信息处理和存储支持服务\n    partial: false\n---\n\n## 说明\n',
    );
  });

  test('a class added to a file goes in with its fields in order', () => {
    const file = snapshot.directory.find((f) => f.path === '1/1.3/hulianwang-anquan-fuwu.md')!;
    const data = fromFile(file.text);
    const added = { partial: true, name: '应用软件开发', code: '6513' };
    const saved = toFile({ ...data, industries: [...(data.industries as object[]), added] }, order);
    assert.equal(
      saved,
      file.text.replace(
        '    partial: false\n',
        '    partial: false\n  - code: "6513"\n    name: 应用软件开发\n    partial: true\n',
      ),
    );
  });
});

describe('questions.yaml and measures.yaml as forms', () => {
  const form = (kind: 'questions' | 'measures') => collection(`form-${kind}`).files![0].fields[0];
  const sub = (f: DecapField, name: string) => f.fields!.find((x) => x.name === name)!;
  const clauseIds = loadContent(CONTENT_DIR, { cwd: ROOT }).policy!.clauses.map((c) => c.id);

  test('each item of a form has a widget for every field of its rules schema, and no other', () => {
    const question = form('questions');
    assert.deepEqual(names(question.fields!), keys(RULES_ITEM_SCHEMAS.question));
    assert.deepEqual(names(sub(question, 'options').fields!), keys(RULES_ITEM_SCHEMAS.option));
    const measure = form('measures');
    assert.deepEqual(names(measure.fields!), keys(RULES_ITEM_SCHEMAS.measure));
    const rule = sub(measure, 'rules');
    assert.deepEqual(names(rule.fields!), keys(RULES_ITEM_SCHEMAS.rule));
    const sentenceLists = [
      sub(question, 'help'),
      sub(measure, 'summary'),
      ...['reason', 'bring', 'next-steps'].map((n) => sub(rule, n)),
    ];
    for (const s of sentenceLists) assert.deepEqual(names(s.fields!), keys(RULES_ITEM_SCHEMAS.sentence), s.name);
    // Keys the form adds are written in the order of the fields of each form (KEY_ORDER serves them all).
    const rank = (n: string) => KEY_ORDER.indexOf(n);
    for (const fields of [question.fields!, sub(question, 'options').fields!, measure.fields!, rule.fields!]) {
      const order = fields.map((f) => rank(f.name));
      assert.ok(
        !order.includes(-1) && order.every((r, i) => i === 0 || r > order[i - 1]),
        fields.map((f) => f.name).join(),
      );
    }
  });

  test('clause ids are chosen from the policy’s clauses, each shown with its heading', () => {
    const rule = sub(form('measures'), 'rules');
    const selects = [
      sub(form('measures'), 'cites'),
      sub(rule, 'cites'),
      sub(sub(sub(rule, 'reason'), 'policy-terms'), 'clause'),
      sub(sub(sub(form('questions'), 'help'), 'policy-terms'), 'clause'),
    ];
    for (const s of selects) {
      assert.equal(s.widget, 'select');
      assert.deepEqual(
        s.options!.map((o) => o.value),
        clauseIds,
      );
      for (const o of s.options!) assert.match(o.label, new RegExp(`^${o.value.replace('.', '\\.')} \\S`));
    }
    assert.equal(sub(form('measures'), 'cites').multiple, true);
  });

  test('each form uses its own format, and a file read and saved unchanged is the same text', () => {
    for (const kind of ['questions', 'measures'] as const) {
      assert.equal(collection(`form-${kind}`).format, RULES_FORMS[kind]);
      const text = readFileSync(join(CONTENT_DIR, 'rules', RULES_FILES[kind]), 'utf8');
      const f = rulesForm(kind);
      assert.equal(f.toFile(JSON.parse(JSON.stringify(f.fromFile(text)))), text, kind);
    }
  });

  test('a changed sentence is patched into its own line; comments, anchors and flow maps stay', () => {
    const text = readFileSync(join(CONTENT_DIR, 'rules', 'measures.yaml'), 'utf8');
    const f = rulesForm('measures');
    const data = JSON.parse(JSON.stringify(f.fromFile(text)));
    const rongque = data.measures.find((m: { id: string }) => m.id === 'rongque');
    const old = rongque.rules[1].reason[0]['zh-CN'];
    rongque.rules[1].reason[0]['zh-CN'] = `${old}（改）`;
    rongque.rules[0].cites.push('4.2');
    const saved = f.toFile(data);
    const diff = (a: string, b: string) => {
      const x = a.split('\n');
      const y = b.split('\n');
      return x.flatMap((line, i) => (line === y[i] ? [] : [[line, y[i]]]));
    };
    assert.equal(saved.split('\n').length, text.split('\n').length);
    const changed = diff(text, saved);
    assert.equal(changed.length, 2, JSON.stringify(changed));
    assert.ok(changed.some(([a, b]) => a.includes(old) && b === a.replace(old, `${old}（改）`)));
    assert.ok(changed.some(([a, b]) => a.trim() === 'cites: [notice]' && b.trim() === 'cites: [notice, "4.2"]'));
  });
  test('a removed item whose sentence others reuse (&name, *name): the first reuse becomes the sentence', () => {
    const text = readFileSync(join(CONTENT_DIR, 'rules', 'measures.yaml'), 'utf8');
    assert.match(text, /&jiangbei-policy/);
    const f = rulesForm('measures');
    const data = JSON.parse(JSON.stringify(f.fromFile(text)));
    const removed = data.measures.shift();
    assert.equal(removed.id, 'in-scope');
    const saved = f.toFile(data);
    assert.match(saved, /&jiangbei-policy\n/);
    assert.match(saved, /\*jiangbei-policy\n/);
    // Read back, the remaining measures are what the form held.
    assert.deepEqual(f.fromFile(saved).measures, data.measures);
  });
});

describe('the built /admin/ page', () => {
  const built = () => {
    requireBuiltSite();
    return readPage(ADMIN_PATH);
  };

  test('is kept out of search engines: noindex, disallowed in robots.txt, not in the sitemap', () => {
    assert.match(built(), /<meta name="robots" content="noindex, nofollow"/);
    assert.match(readFileSync(join(DIST_DIR, 'robots.txt'), 'utf8'), /^Disallow: \/admin\/$/m);
    assert.deepEqual(
      sitemapPaths().filter((p) => p.startsWith(ADMIN_PATH)),
      [],
    );
  });

  test('loads only its own script, and no public page loads anything of the editor', () => {
    const scripts = [...built().matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(scripts, ['/admin/sixin-admin.js']);
    assert.doesNotMatch(built(), /\/_astro\/|<link[^>]+stylesheet/);
    for (const f of distFiles().filter((f) => !f.startsWith('admin/') && /\.(html|js|css)$/.test(f))) {
      const body = readFileSync(join(DIST_DIR, f), 'utf8');
      assert.ok(!/\/admin\/(?:sixin-admin|decap\/|config\.json|snapshot\.json)|decap-cms-app/.test(body), f);
    }
    // Decap's bundle is the file published on npm, copied as it is.
    const published = join(dirname(createRequire(import.meta.url).resolve('decap-cms-app/package.json')), 'dist');
    assert.ok(
      readFileSync(join(DIST_DIR, 'admin', 'decap', 'decap-cms-app.js')).equals(
        readFileSync(join(published, 'decap-cms-app.js')),
      ),
    );
  });

  test('has its own Content-Security-Policy, and the editors’ guide gives the same policy as a header', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(built())?.[1];
    assert.equal(meta, adminPageCsp(ADMIN_BACKEND, DECAP_SERVER_PORT));
    // The production header of content/README.md (and /editors/, content.test.ts): the policy for the example backend
    // the guide shows, with no local decap-server, and frame-ancestors, which only a header can carry.
    const readme = readFileSync(join(ROOT, 'content', 'README.md'), 'utf8');
    const example = /ADMIN_BACKEND = (\{.*\})/.exec(readme)?.[1];
    assert.ok(example);
    const backend = JSON.parse(example.replaceAll("'", '"').replace(/(?<=[{,]\s*)(\w+):/g, '"$1":')) as AdminBackend;
    const header = /add_header Content-Security-Policy "([^"]+)" always;/.exec(readme)?.[1];
    assert.equal(header, `${adminPageCsp(backend)}; frame-ancestors 'none'`);
  });

  test('config.json is the generated config, with the GB/T classes listed once', () => {
    const written = JSON.parse(readFileSync(join(DIST_DIR, 'admin', 'config.json'), 'utf8'));
    assert.equal(written.locale, 'zh_Hans');
    assert.deepEqual(
      written.collections.map((c: { name: string }) => c.name),
      config.collections.map((c) => c.name),
    );
    const code = written.collections
      .find((c: { name: string }) => c.name === 'l3-1-3')
      .fields.find((f: DecapField) => f.name === 'industries')
      .fields.find((f: DecapField) => f.name === 'code');
    assert.equal(code.options, INDUSTRY_OPTIONS);
  });
});
