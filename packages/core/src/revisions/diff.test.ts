import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Category } from '../model/types.js';
import { describeDiff, diffDirectories, diffFor, isEmptyDiff } from './diff.js';
import { checkHistory, formatRevisionFile, parseRevisionFile, type PublishedRevision } from './history.js';

const cat = (id: string, name: string, extra: Partial<Category> = {}): Category => ({
  id,
  code: id.includes('/') ? null : id,
  level: id.includes('/') ? 3 : id.includes('.') ? 2 : 1,
  name,
  parent: id.includes('/') ? id.split('/')[0] : id.includes('.') ? id.split('.')[0] : null,
  children: [],
  order: 1,
  status: 'official',
  industries: [],
  products: [],
  keywords: [],
  aliases: [],
  notes: '',
  source: '',
  ...extra,
});

const BEFORE = [
  cat('1', '一'),
  cat('1.1', '甲'),
  cat('1.2', '乙'),
  cat('1.1/a', '方向A', {
    industries: [
      { code: '6513', name: '应用软件开发', partial: true },
      { code: '6511', name: '基础软件开发', partial: false },
    ],
    keywords: ['旧词'],
  }),
  cat('1.1/b', '方向B'),
];

describe('diffDirectories', () => {
  it('reports industry classes added, removed and re-marked partial, and keywords and aliases', () => {
    const after = [
      ...BEFORE.slice(0, 3),
      cat('1.1/a', '方向A', {
        industries: [
          { code: '6513', name: '应用软件开发', partial: false },
          { code: '6520', name: '集成电路设计', partial: true },
        ],
        keywords: ['新词'],
        aliases: ['别称'],
      }),
      BEFORE[4],
    ];
    const d = diffDirectories({ categories: BEFORE }, { categories: after });
    assert.deepEqual(d.industries, [
      {
        id: '1.1/a',
        name: '方向A',
        added: [{ code: '6520', name: '集成电路设计', partial: true }],
        removed: [{ code: '6511', name: '基础软件开发', partial: false }],
        partial: [{ code: '6513', name: '应用软件开发', from: true, to: false }],
      },
    ]);
    assert.deepEqual(d.words, [
      {
        id: '1.1/a',
        name: '方向A',
        keywords: { added: ['新词'], removed: ['旧词'] },
        aliases: { added: ['别称'], removed: [] },
      },
    ]);
    assert.deepEqual(describeDiff(d), [
      '“方向A”新增行业小类：6520 集成电路设计。',
      '“方向A”不再包括行业小类：6511 基础软件开发。',
      '“方向A”中的 6513 应用软件开发 改为整个小类都属于本分类。',
      '“方向A”：新增检索词 “新词”；删去检索词 “旧词”；新增别称 “别称”。',
    ]);
  });

  it('tells a declared move from a rename, and lists an undeclared removal as such', () => {
    const after = [...BEFORE.slice(0, 3), cat('1.2/a', '方向A'), cat('1.1/b2', '方向乙')];
    const d = diffDirectories(
      { categories: BEFORE },
      { categories: after },
      { replacedBy: { '1.1/a': '1.2/a' }, withdrawn: {} },
    );
    assert.deepEqual(
      d.moved.map((m) => [m.from.id, m.to.id]),
      [['1.1/a', '1.2/a']],
    );
    assert.deepEqual(
      d.undeclared.map((c) => c.id),
      ['1.1/b'],
    );
    assert.deepEqual(
      d.added.map((c) => c.id),
      ['1.1/b2'],
    );
    const names = new Map(after.map((c) => [c.id, `${c.code} ${c.name}`]));
    assert.ok(describeDiff(d, 'zh-CN', (id) => names.get(id)).includes('“方向A”从“1.1 甲”移到“1.2 乙”下。'));
    assert.deepEqual(diffFor(d, '1.2/a').moved.length, 1);
    assert.equal(isEmptyDiff(diffDirectories({ categories: BEFORE }, { categories: BEFORE })), true);
  });

  it('a new id under the same name is a new address, not a rename to the same name', () => {
    const after = [...BEFORE.slice(0, 3), cat('1.1/a2', '方向A', { industries: BEFORE[3].industries }), BEFORE[4]];
    const d = diffDirectories(
      { categories: BEFORE },
      { categories: after },
      { replacedBy: { '1.1/a': '1.1/a2' }, withdrawn: {} },
    );
    assert.deepEqual(
      d.renamed.map((r) => [r.from.id, r.to.id]),
      [['1.1/a', '1.1/a2']],
    );
    const zh = describeDiff(d, 'zh-CN', () => undefined).join('\n');
    assert.match(zh, /“方向A”的网页地址改了，原链接转到新地址。/);
    assert.doesNotMatch(zh, /更名为/);
    assert.match(describeDiff(d, 'en', () => undefined).join('\n'), /“方向A” has a new address/);
  });
});

describe('revision files', () => {
  it('round-trip through formatRevisionFile and parseRevisionFile', () => {
    const revision = {
      date: '2022-06-01',
      basis: '江北某部门通知',
      summary: '更名一个方向。',
      declaration: { replacedBy: { '1.1/a': '1.1/c' }, withdrawn: { '1.1/b': '已并入方向C。' } },
    };
    const parsed = parseRevisionFile(formatRevisionFile(revision), 'revisions/2022-06-01.md', '2022-06-01');
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.revision, { ...revision, file: 'revisions/2022-06-01.md' });
  });

  it('refuses a date that is not the file name, an unknown field and an empty summary, at their lines', () => {
    const r = parseRevisionFile(
      '---\ndate: 2022-06-02\nbasis: 某通知\nreplaces: x\n---\n',
      'r/2022-06-01.md',
      '2022-06-01',
    );
    assert.deepEqual(
      r.problems.map((p) => [p.code, p.line]),
      [['field-unknown', 4]],
    );
    const s = parseRevisionFile('---\ndate: 2022-06-02\nbasis: 某通知\n---\n\n', 'r/2022-06-01.md', '2022-06-01');
    assert.deepEqual(
      s.problems.map((p) => [p.code, p.line]),
      [
        ['revision-date-mismatch', 2],
        ['revision-summary-empty', 5],
      ],
    );
  });

  it('checkHistory refuses revisions out of order and declarations of ids that were never published', () => {
    const rev = (date: string, categories: Category[], replacedBy: Record<string, string> = {}): PublishedRevision => ({
      date,
      basis: 'b',
      summary: 's',
      declaration: { replacedBy, withdrawn: {} },
      file: `${date}.md`,
      snapshot: { categories } as PublishedRevision['snapshot'],
    });
    const { problems } = checkHistory(
      [rev('2022-01-01', BEFORE), rev('2021-06-01', BEFORE, { '9.9/x': '1.1/a' })],
      undefined,
      undefined,
      'unreleased.md',
    );
    assert.deepEqual(problems.map((p) => p.code).sort(), ['revision-declared-id-not-removed', 'revision-order']);
  });
});
