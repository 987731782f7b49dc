import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS } from '../node/artifacts.js';
import { loadContentOrThrow } from '../node/load.js';
import { buildSearchIndexFromContent, notePhrases, productPhrases } from './build-index.js';
import { assertSearchIndex, SearchIndexError } from './index-format.js';

const CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));

describe('notePhrases', () => {
  it('takes the ◇ part only: what a class includes, not what it excludes', () => {
    const note = '◇ 包括下列工业机器人制造活动：\n— 焊接专用机器人\n— 喷涂机器人\n◆ 不包括：\n— 特殊作业机器人，列入3492（特殊作业机器人制造）';
    assert.deepEqual(notePhrases(note), ['焊接专用机器人', '喷涂机器人']);
  });

  it('takes the items of a "head：a、b" line and the head itself', () => {
    assert.deepEqual(notePhrases('— 通用应用软件：办公软件、开发管理软件、企业管理软件'), ['通用应用软件', '办公软件', '开发管理软件', '企业管理软件']);
  });

  it('keeps a line whole where 、 shares one head, and skips list introductions', () => {
    assert.deepEqual(notePhrases('— 旧服装、相关纺织品'), ['旧服装、相关纺织品']);
    assert.deepEqual(notePhrases('◇ 包括下列卫星传输服务活动：\n— 卫星通信服务'), ['卫星通信服务']);
  });

  it('takes what follows 包括 in a sentence', () => {
    assert.deepEqual(notePhrases('◇ 指独立销售的软件，包括通用软件、工业软件、行业软件等。'), ['独立销售的软件', '通用软件', '工业软件', '行业软件']);
  });
});

describe('productPhrases', () => {
  it('drops long explanations in parentheses but keeps a short Latin name', () => {
    assert.deepEqual(productPhrases('软件运营服务（SaaS）'), ['软件运营服务', 'saas']);
    assert.deepEqual(productPhrases('新能源汽车用充电桩，包括配电、监控、充电等设备'), ['新能源汽车用充电桩']);
  });

  it('takes the head and each item of "head：a、b"', () => {
    assert.deepEqual(productPhrases('动漫及衍生产品设计服务：动漫产品设计服务、动漫衍生产品设计服务'), [
      '动漫及衍生产品设计服务',
      '动漫产品设计服务',
      '动漫衍生产品设计服务',
    ]);
  });
});

describe('buildSearchIndex on the real content', () => {
  const index = buildSearchIndexFromContent(CONTENT);
  const { directory } = loadContentOrThrow(CONTENT);

  it('produces an index the engine accepts, holding every category and referenced class', () => {
    assert.doesNotThrow(() => assertSearchIndex(index));
    assert.equal(index.categories.length, directory.categories.length);
    const listed = index.industries.filter((e) => e.length === 3).map((e) => e[0]);
    assert.deepEqual(listed.sort(), Object.keys(directory.industries).sort());
    assert.deepEqual(index.sections.I, ['63', '64', '65']);
  });

  it('carries pinyin computed at build time for names, full and initials', () => {
    const ai = index.terms.find((t) => t[0] === '人工智能' && t[1] === 'n');
    assert.ok(ai, 'the level-2 name 人工智能 is a term');
    assert.equal(ai[4], 'rengongzhineng|rgzn');
    assert.ok(!index.terms.some((t) => t[1] === 'p' && t.length > 4), 'products carry no pinyin');
  });

  it('includes editors’ keywords and aliases from content', () => {
    assert.ok(index.terms.some((t) => t[0] === '手游' && t[1] === 'k'));
    assert.ok(index.terms.some((t) => t[0] === 'ai' && t[1] === 'a'));
  });

  it('is registered as the search-index.json artifact', () => {
    const artifact = ARTIFACTS.find((a) => a.file === 'search-index.json');
    assert.ok(artifact, 'sixin export --out-dir writes search-index.json');
  });
});

describe('assertSearchIndex', () => {
  it('names what is wrong with something that is not an index', () => {
    assert.throws(() => assertSearchIndex(null), (err: Error) => err instanceof SearchIndexError && /expected a JSON object/.test(err.message));
    assert.throws(() => assertSearchIndex({ format: 'other' }), /"format" should be "sixin-search-index"/);
    assert.throws(
      () => assertSearchIndex({ format: 'sixin-search-index', version: 1, categories: [['1', '1', 'x', -1, 0]], industries: [], sections: {}, terms: [['x', 'p', [5]]] }),
      /term "x" refers to a category that does not exist/,
    );
  });
});
