import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildSearchIndexFromContent } from './build-index.js';
import { createSearcher } from './engine.js';
import { nameParts } from './prepare.js';

describe('the parts of a name that names several things', () => {
  it('cuts at 与, 和, 及 and 、', () => {
    assert.deepEqual(nameParts('云计算与大数据服务'), ['云计算', '大数据服务']);
    assert.deepEqual(nameParts('打印机、扫描仪维修'), ['打印机', '扫描仪维修']);
  });

  it('keeps a list of what one thing is for together (A及B专用C names one C)', () => {
    assert.deepEqual(nameParts('节能型建筑材料及制品专用机械零件'), ['节能型建筑材料及制品专用机械零件']);
  });

  it('gives a part that is only a kind of thing the modifier of the part before it', () => {
    assert.deepEqual(nameParts('口腔科用设备及器具制造'), ['口腔科用设备', '口腔科用器具制造']);
    assert.deepEqual(nameParts('医疗实验室及医用消毒设备和器具制造'), [
      '医疗实验室',
      '医用消毒设备',
      '医用消毒器具制造',
    ]);
    assert.deepEqual(nameParts('光伏设备及元器件制造'), ['光伏设备', '光伏元器件制造']);
  });

  it('so a clause about another kind of 器具 is not taken for dental or laboratory equipment', () => {
    const searcher = createSearcher(
      buildSearchIndexFromContent(fileURLToPath(new URL('../../../../content', import.meta.url))),
    );
    const codes = (q: string) => searcher.search(q).categories.map((c) => c.code);
    assert.ok(!codes('厨用器具制造').includes('4.2'), '厨用器具制造 is not 生物医学工程');
    assert.ok(!codes('元器件制造').includes('6.3'), '元器件制造 alone is not 光伏设备及元器件制造');
    assert.ok(codes('口腔科用器具制造').includes('4.2'));
  });
});
