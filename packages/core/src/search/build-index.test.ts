import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ARTIFACTS } from '../node/artifacts.js';
import { loadContentOrThrow } from '../node/load.js';
import { buildSearchIndexFromContent, noteKinds, notePhrases, productPhrases } from './build-index.js';
import { createSearcher } from './engine.js';
import { assertSearchIndex, SearchIndexError } from './index-format.js';

const CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));

describe('noteKinds', () => {
  it('lists the kinds a note names under a heading, by heading (6531 集成实施服务)', () => {
    const kinds = noteKinds(
      '◇ 包括下列信息系统集成服务活动：\n— 集成实施服务：主机系统集成、网络系统集成、信息系统集成\n◆ 不包括：\n— 售后：甲、乙',
    );
    assert.deepEqual([...kinds], [['集成实施服务', ['主机系统集成', '网络系统集成', '信息系统集成']]]);
  });

  it('leaves out a kind that only qualifies the heading, and a Latin abbreviation alone', () => {
    const kinds = noteKinds('— 丁基橡胶：初级形状丁基橡胶、丁基胶板\n— 工业软件：计算机辅助设计软件（CAD）');
    assert.deepEqual(kinds.get('丁基橡胶'), ['丁基胶板']);
    assert.deepEqual(kinds.get('工业软件'), ['计算机辅助设计软件']);
  });

  it('makes a category that names a heading as a key product answer its kinds', () => {
    const searcher = createSearcher(buildSearchIndexFromContent(CONTENT));
    const result = searcher.search('计算机系统集成');
    assert.equal(result.categories[0]?.id, '1.3');
    assert.equal(result.categories[0]?.strength, 'possible');
  });
});

describe('notePhrases', () => {
  it('takes the ◇ part only: what a class includes, not what it excludes', () => {
    const note =
      '◇ 包括下列工业机器人制造活动：\n— 焊接专用机器人\n— 喷涂机器人\n◆ 不包括：\n— 特殊作业机器人，列入3492（特殊作业机器人制造）';
    assert.deepEqual(notePhrases(note), ['焊接专用机器人', '喷涂机器人']);
  });

  it("gives an item that is no kind of the heading's thing and does nothing the heading's activity", () => {
    const phrases = notePhrases('— 农药、化肥检验服务：农药、化肥化学成分检测服务');
    assert.ok(phrases.includes('农药检验服务'), phrases.join(' | '));
    assert.ok(!phrases.includes('农药'), 'a bare 农药 would answer 9.1 for a farm-supply shop');
    assert.ok(notePhrases('— 通用应用软件：办公软件、开发管理软件').includes('办公软件'));
    // a trade heading lists what is sold: the things stay as they are
    assert.ok(notePhrases('— 通讯设备批发：手机、对讲机').includes('手机'));
  });

  it('takes the items of a "head：a、b" line and the head itself', () => {
    assert.deepEqual(notePhrases('— 通用应用软件：办公软件、开发管理软件、企业管理软件'), [
      '通用应用软件',
      '办公软件',
      '开发管理软件',
      '企业管理软件',
    ]);
  });

  it('takes the named examples before 等 (3749 其他航空航天器制造), however short each is', () => {
    const phrases = notePhrases(
      '— 室内外跳伞、滑翔伞、动力伞、悬挂滑翔翼、动力悬挂滑翔机等体育航空器材运动的器材及零配件制造',
    );
    for (const example of ['室内外跳伞', '滑翔伞', '动力伞', '悬挂滑翔翼', '动力悬挂滑翔机'])
      assert.ok(phrases.includes(example), example);
  });

  it('keeps a line whole where 、 shares one head, and skips list introductions', () => {
    assert.deepEqual(notePhrases('— 旧服装、相关纺织品'), ['旧服装、相关纺织品']);
    assert.deepEqual(notePhrases('◇ 包括下列卫星传输服务活动：\n— 卫星通信服务'), ['卫星通信服务']);
  });

  it('takes each example of a bracketed list, but not an exclusion', () => {
    assert.deepEqual(notePhrases('— 航空喷洒/撒飞行（农业植保、人工降水、城市消防、航空护林等）'), [
      '农业植保',
      '人工降水',
      '城市消防',
      '航空护林',
      '航空喷洒/撒飞行',
    ]);
    assert.deepEqual(notePhrases('— 软件开发（不含游戏软件、动漫软件）'), ['软件开发']);
  });

  it('gives a piece that only says what is done the thing of the piece before it', () => {
    assert.deepEqual(notePhrases('— 网络安全认证、检测服务'), ['网络安全认证', '网络安全检测服务']);
  });

  it('takes what follows 包括 in a sentence', () => {
    assert.deepEqual(notePhrases('◇ 指独立销售的软件，包括通用软件、工业软件、行业软件等。'), [
      '独立销售的软件',
      '通用软件',
      '工业软件',
      '行业软件',
    ]);
  });
});

describe('productPhrases', () => {
  it('drops long explanations in parentheses but keeps a short Latin name', () => {
    assert.deepEqual(productPhrases('软件运营服务（SaaS）'), ['软件运营服务', 'saas']);
    assert.deepEqual(productPhrases('新能源汽车用充电桩，包括配电、监控、充电等设备'), ['新能源汽车用充电桩']);
  });

  it('reads each short word listed before 等 with the thing after it', () => {
    assert.deepEqual(productPhrases('质量、安全和环境等检验检测服务'), [
      '质量、安全和环境等检验检测服务',
      '质量检验检测服务',
      '安全检验检测服务',
      '环境检验检测服务',
    ]);
    // Longer pieces are not words that say what the thing is about: nothing is added.
    assert.deepEqual(productPhrases('高速动车组车轴、轴承等关键基础材料'), ['高速动车组车轴、轴承等关键基础材料']);
  });

  it('takes the head and each item of "head：a、b"', () => {
    assert.deepEqual(productPhrases('动漫及衍生产品设计服务：动漫产品设计服务、动漫衍生产品设计服务'), [
      '动漫及衍生产品设计服务',
      '动漫产品设计服务',
      '动漫衍生产品设计服务',
    ]);
  });

  it('takes a bracketed list of kinds of one thing, and no bracket that explains or lists uses', () => {
    assert.deepEqual(productPhrases('氧化物纳米粉体原料（氧化锌纳米粉体、氧化硅纳米粉体等）'), [
      '氧化物纳米粉体原料',
      '氧化锌纳米粉体',
      '氧化硅纳米粉体',
    ]);
    assert.deepEqual(productPhrases('数字博物馆（指运用虚拟现实技术、三维图形图像技术）'), ['数字博物馆']);
    assert.deepEqual(productPhrases('高强玻璃纤维（用于航空航天、体育用品、大型风电叶片等领域）'), ['高强玻璃纤维']);
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

  it('keeps a product’s Latin name alone only where no other category’s editors use it for something else', () => {
    // 塑性体改性沥青防水卷材（APP） is 3.4's; the editors of 1.3 write APP开发 (an app, not atactic polypropylene).
    const latin = (text: string) => index.terms.filter((t) => t[0] === text && t[1] === 'p');
    assert.equal(latin('app').length, 0);
    assert.ok(index.terms.some((t) => t[0] === '塑性体改性沥青防水卷材' && t[1] === 'p'));
    assert.equal(latin('saas').length > 0, true, 'SaaS is only ever software');
    const searcher = createSearcher(index);
    assert.ok(!searcher.search('做APP的').categories.some((c) => c.id === '3.4'));
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
    assert.throws(
      () => assertSearchIndex(null),
      (err: Error) => err instanceof SearchIndexError && /expected a JSON object/.test(err.message),
    );
    assert.throws(() => assertSearchIndex({ format: 'other' }), /"format" should be "sixin-search-index"/);
    assert.throws(
      () => assertSearchIndex({ format: 'sixin-search-index', version: 1 }),
      /version 1 is not supported \(expected 2\)/,
    );
    assert.throws(
      () =>
        assertSearchIndex({
          format: 'sixin-search-index',
          version: 2,
          categories: [['1', '1', 'x', -1, 0]],
          industries: [],
          sections: {},
          terms: [['x', 'p', [5]]],
        }),
      /term "x" refers to a category that does not exist/,
    );
  });

  // Issue 15: an index comes from a URL a host page chose; nothing in it may loop, throw later or reach prototypes.
  const valid = () => ({
    format: 'sixin-search-index',
    version: 2,
    categories: [
      ['1', '1', '一级', -1, 0],
      ['1.1', '1.1', '二级', 0, 0],
      ['1.1/a', '', '方向', 1, 0],
    ],
    industries: [['6513', '应用软件开发', [2]]],
    sections: { I: ['65'] },
    terms: [['软件', 'p', [2], '6513']],
  });
  const refused = (change: (index: ReturnType<typeof valid>) => void, message: RegExp) => {
    const index = valid();
    change(index);
    assert.throws(
      () => assertSearchIndex(index),
      (err: Error) => err instanceof SearchIndexError && message.test(err.message),
    );
  };

  it('accepts a well-formed index', () => {
    assert.doesNotThrow(() => assertSearchIndex(valid()));
  });

  it('refuses a category that is its own parent, or parents that point at each other or skip a level', () => {
    refused(
      (i) => (i.categories[1][3] = 1),
      /category "1.1" has parent #1, which is not an earlier category one level up/,
    );
    refused((i) => ((i.categories[1][3] = 2), (i.categories[2][3] = 1)), /category "1.1" has parent #2/);
    refused((i) => (i.categories[2][3] = 0), /category "1.1\/a" has parent #0/);
    refused((i) => i.categories.push(['1.1', '1.1', 'again', 0, 0]), /category "1.1" appears twice/);
  });

  it('refuses term sources that are not its own letters, even those every object has', () => {
    for (const source of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      refused((i) => (i.terms[0][1] = source), /term #0 is malformed/);
    }
  });

  it('refuses sections that do not list two-digit divisions', () => {
    refused((i) => ((i.sections as Record<string, unknown>).I = 5), /section I should list two-digit divisions/);
    refused(
      (i) => ((i.sections as Record<string, unknown>).constructor = ['65']),
      /section "constructor" is not a GB\/T 4754 section letter/,
    );
  });

  it('refuses malformed industry codes and over-long terms', () => {
    refused((i) => (i.industries[0][0] = '<img>'), /industry #0 is malformed/);
    refused((i) => (i.terms[0][3] = '../x'), /malformed industry code/);
    refused((i) => (i.terms[0][0] = 'x'.repeat(401)), /longer than 400 characters/);
  });
});
