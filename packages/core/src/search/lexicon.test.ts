import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  collectWords,
  contentEnd,
  contentRuns,
  contentUnits,
  hasContent,
  headOf,
  segmentRun,
  tokenize,
} from './lexicon.js';

describe('contentRuns', () => {
  it('sets common words aside and keeps what the business is about', () => {
    assert.deepEqual(contentRuns('软件开发'), ['软件']);
    assert.deepEqual(contentRuns('信息技术咨询服务'), ['信息技术']);
    assert.deepEqual(contentRuns('我们做手游和动画短片'), ['手游', '动画短片']);
    // Made under contract is still made.
    assert.deepEqual(contentRuns('药品委托生产'), ['药品']);
    assert.deepEqual(contentRuns('5g通信技术服务'), ['5g', '通信']);
  });

  it('leaves nothing for clauses made only of common words', () => {
    for (const text of [
      '服务',
      '销售',
      '技术',
      '管理',
      '开发',
      '制造',
      '咨询',
      '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
    ]) {
      assert.equal(hasContent(text), false, text);
    }
    assert.equal(hasContent('2021'), false);
    assert.equal(hasContent('餐饮服务'), true);
  });

  it('keeps protected words whole (a server is not a service)', () => {
    assert.deepEqual(contentRuns('服务器制造'), ['服务器']);
    assert.deepEqual(contentRuns('充电基础设施运营'), ['充电基础设施']);
    // 造 alone is a common word (造车); inside 造影 or 人造 it is part of the thing
    assert.deepEqual(contentRuns('血管造影导管'), ['血管造影导管']);
    assert.deepEqual(contentRuns('人造金刚石'), ['人造金刚石']);
    assert.deepEqual(contentRuns('造车'), ['车']);
  });
});

describe('segmentation and tokens', () => {
  const words = collectWords([
    ['通信'],
    ['设备'],
    ['通信行业'],
    ['稀土磁性'],
    ['稀土催化'],
    ['高纯稀土'],
    ['生物'],
    ['生物业'],
  ]);

  it('learns words that the vocabulary writes on their own or in varied company', () => {
    assert.ok(words.has('通信'));
    assert.ok(words.has('稀土'), 'a pair met in three texts with different neighbours');
    assert.ok(!words.has('生物业'), 'a known word plus one character is not a word');
  });

  it('does not pair characters across two known words', () => {
    assert.deepEqual(segmentRun('通信设备', words), ['通信', '设备']);
    assert.deepEqual(tokenize('通信设备', words), ['通信', '设备']);
  });

  it('keeps single characters of unknown stretches so differently cut texts still meet', () => {
    assert.ok(tokenize('石墨烯材料', collectWords([['石墨'], ['材料']])).includes('烯'));
  });

  it('reads Latin words whole and leaves plain numbers out', () => {
    assert.deepEqual(tokenize('saas平台2000'), ['saas', '平台']);
    assert.deepEqual(tokenize('3d打印'), ['3d', '打印']);
  });
});

describe('contentUnits, contentEnd and headOf', () => {
  it('keeps the content characters and Latin words, not what is done', () => {
    assert.deepEqual(contentUnits('其他电池制造'), ['电', '池']);
    assert.deepEqual(contentUnits('5g通信技术服务'), ['5g', '通', '信']);
  });

  it('finds where the content of a name ends, before what is done to it', () => {
    assert.equal(contentEnd('服务消费机器人制造'), '服务消费机器人'.length);
    assert.equal(contentEnd('技术服务'), 0);
  });

  it('reads the head of a phrase as its last word, before an activity word when asked', () => {
    const words = collectWords([['汽车'], ['轴承'], ['资源'], ['再生']]);
    assert.equal(headOf(contentRuns('汽车高端轴承'), words), '轴承');
    assert.equal(headOf(contentRuns('轴承钢'), words), '钢');
    assert.equal(
      headOf(contentRuns('再生资源回收'), words, (w) => w === '回收'),
      '资源',
    );
  });
});

describe('spellings', () => {
  it('compares 通讯 and 通信 as one word, as older licences and the classification write it', () => {
    const words = new Set(['通讯', '通信', '设备']);
    assert.deepEqual(tokenize('通讯设备', words), tokenize('通信设备', words));
  });
});
