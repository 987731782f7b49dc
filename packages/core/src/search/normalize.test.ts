import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clipText, isBoilerplate, MAX_QUERY_LENGTH, normalizeText, stripBoilerplate } from './normalize.js';

describe('normalizeText', () => {
  it('folds full-width letters, digits and punctuation to one form', () => {
    assert.equal(normalizeText('６５１３'), '6513');
    assert.equal(normalizeText('Ｉ６５１３'), 'i6513');
    assert.equal(
      normalizeText('软件开发；信息技术咨询服务（不含许可类信息咨询服务）'),
      '软件开发;信息技术咨询服务(不含许可类信息咨询服务)',
    );
    assert.equal(
      normalizeText('【许可项目】：第一类增值电信业务，基础电信业务'),
      '(许可项目):第一类增值电信业务,基础电信业务',
    );
  });

  it('removes stray spaces between Chinese characters but keeps spaces between Latin words', () => {
    assert.equal(normalizeText('软件 开发　；  信息系统 集成服务'), '软件开发;信息系统集成服务');
    assert.equal(normalizeText('rengong   zhineng'), 'rengong zhineng');
    assert.equal(normalizeText('  AI 芯片 '), 'ai芯片');
  });

  it('reads a space after a whole item as the end of that item', () => {
    assert.equal(normalizeText('工业机器人制造 软件开发 货物进出口'), '工业机器人制造\n软件开发\n货物进出口');
    assert.equal(normalizeText('1.工业机器人制造 2.软件开发'), '1.工业机器人制造\n2.软件开发');
    // Not inside an item, nor after a piece that does not end in what is done.
    assert.equal(normalizeText('工业机器人制 造'), '工业机器人制造');
    assert.equal(normalizeText('锂离子电池 制造'), '锂离子电池制造');
  });

  it('joins a line that wraps in the middle of an item, as a pasted licence does', () => {
    assert.equal(
      normalizeText('一般项目：工业机器人制造；智能机器人的研发；软件开\n发；货物进出口'),
      '一般项目:工业机器人制造;智能机器人的研发;软件开发;货物进出口',
    );
    // A short line, or one ending in what is done, is an item of its own.
    assert.equal(normalizeText('锂电池\n光伏组件'), '锂电池\n光伏组件');
    assert.equal(
      normalizeText('工业机器人制造；智能机器人的研发\n软件开发'),
      '工业机器人制造;智能机器人的研发\n软件开发',
    );
  });

  it('keeps line breaks (they separate clauses) and drops invisible characters', () => {
    assert.equal(normalizeText('软件开发\r\n信息系统集成服务'), '软件开发\n信息系统集成服务');
    assert.equal(normalizeText('软件\u200b开发\u0000'), '软件开发');
    assert.equal(normalizeText('\t \u3000\n'), '');
  });
});

describe('boilerplate', () => {
  it('recognises the standard sentences and their variants', () => {
    for (const text of [
      '除依法须经批准的项目外，凭营业执照依法自主开展经营活动',
      '依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准',
      '依法须经批准的项目，经相关部门批准后方可开展经营活动',
      '以上经营范围依法须经批准的项目，经相关部门批准后方可开展经营活动',
      '不得从事国家和本市产业政策禁止和限制类项目的经营活动。',
    ]) {
      assert.equal(isBoilerplate(normalizeText(text)), true, text);
    }
  });

  it('does not take a real clause or qualifier for boilerplate', () => {
    for (const text of ['不含危险废物经营', '软件开发', '除生产性废旧金属', '专利代理服务除外', '限分支机构经营']) {
      assert.equal(isBoilerplate(normalizeText(text)), false, text);
    }
  });

  it('removes parenthesised boilerplate and keeps qualifiers', () => {
    const text = normalizeText(
      '物联网技术研发（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）许可项目：第二类增值电信业务',
    );
    assert.equal(stripBoilerplate(text), '物联网技术研发许可项目:第二类增值电信业务');
    const kept = normalizeText('固体废物治理（不含危险废物经营）');
    assert.equal(stripBoilerplate(kept), kept);
  });
});

describe('clipText', () => {
  it('leaves short text alone and cuts long text at the limit', () => {
    assert.equal(clipText('软件开发'), '软件开发');
    const long = '软'.repeat(MAX_QUERY_LENGTH + 10);
    assert.equal(clipText(long).length, MAX_QUERY_LENGTH);
  });

  it('never leaves half of an emoji at the end', () => {
    const text = `${'a'.repeat(9)}😀`;
    const clipped = clipText(text, 10);
    assert.equal(clipped, 'a'.repeat(9));
    assert.doesNotThrow(() => encodeURIComponent(clipped));
  });
});
