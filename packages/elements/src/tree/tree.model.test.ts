import { expect } from '@open-wc/testing';
import { buildModel, filterModel, findByFirstCharacter, fold, visibleRows } from './tree.model.js';
import { parseDirectory } from '../shared/directory.js';
import { fixtureData } from '../test-support/helpers.js';

const SOFTWARE = '1.3/xinxing-ruanjian-kaifa';

describe('tree model', () => {
  it('counts the level-3 directions under each level-1 and level-2 category', async () => {
    const model = buildModel(parseDirectory(await fixtureData()));
    expect(model.roots.map((n) => [n.key, n.directions])).to.deep.equal([
      ['1', 4],
      ['2', 1],
      ['3', 1],
    ]);
    expect(model.byKey.get('1.3')!.directions).to.equal(2);
    expect(model.byKey.get(SOFTWARE)!.children.map((n) => n.key)).to.deep.equal([
      `${SOFTWARE}#6511`,
      `${SOFTWARE}#6512`,
      `${SOFTWARE}#6513`,
    ]);
    expect(model.size).to.equal(13);
  });

  it('takes children from parent links, in data order, when the data has no children lists', () => {
    const model = buildModel({
      categories: [
        { id: '2', code: '2', level: 1, name: '高端装备制造产业' },
        { id: '1', code: '1', level: 1, name: '新一代信息技术产业' },
        { id: '1.3', code: '1.3', level: 2, name: '新兴软件和新型信息技术服务', parent: '1' },
        { id: '1.1', code: '1.1', level: 2, name: '下一代信息网络产业', parent: '1' },
      ],
    });
    expect(model.roots.map((n) => n.key)).to.deep.equal(['2', '1']);
    expect(model.byKey.get('1')!.children.map((n) => n.key)).to.deep.equal(['1.3', '1.1']);
  });

  it('folds full-width input so ６５１３ finds 6513', async () => {
    const model = buildModel(parseDirectory(await fixtureData()));
    expect(fold('６５１３ＡＢ')).to.equal('6513ab');
    expect([...filterModel(model, '６５１３')!.matches.keys()]).to.deep.equal([`${SOFTWARE}#6513`]);
  });

  it('matches codes from their start only, names anywhere', async () => {
    const model = buildModel(parseDirectory(await fixtureData()));
    expect([...filterModel(model, '3.')!.matches.keys()]).to.deep.equal(['3.1']);
    expect([...filterModel(model, '39')!.matches.keys()]).to.deep.equal([
      '1.1/xinxi-anquan-shebei-zhizao#3915',
      '1.1/wangluo-shebei-zhizao#3919',
      '1.1/wangluo-shebei-zhizao#3921',
    ]);
    expect([...filterModel(model, '13')!.matches.keys()]).to.deep.equal([]);
    expect(filterModel(model, '   ')).to.equal(undefined);
  });

  it('highlights the characters behind matching pinyin initials', async () => {
    const model = buildModel(parseDirectory(await fixtureData()));
    const match = filterModel(model, 'rjkf')!.matches.get(SOFTWARE)!;
    expect(match.field).to.equal('initials');
    expect(match.text.slice(match.start, match.end)).to.equal('软件开发');
    expect(filterModel(model, 'r')!.matches.has(SOFTWARE), 'one letter is too little to match initials').to.equal(
      false,
    );
  });

  it('shows the descendants of a match but opens only the ancestors', async () => {
    const model = buildModel(parseDirectory(await fixtureData()));
    const result = filterModel(model, '先进钢铁')!;
    expect([...result.expand]).to.deep.equal(['3']);
    expect(visibleRows(model, result.expand, result).map((r) => r.node.key)).to.deep.equal(['3', '3.1']);
    expect(result.visible.has('3.1/youzhi-hanjie-cailiao-zhizao')).to.equal(true);
  });

  it('type-ahead wraps around and skips the item it starts from', async () => {
    const model = buildModel(parseDirectory(await fixtureData()));
    const rows = visibleRows(model, new Set());
    expect(findByFirstCharacter(rows, 0, '新')).to.equal(2);
    expect(findByFirstCharacter(rows, 2, '新')).to.equal(0);
    expect(findByFirstCharacter(rows, 0, 'G')).to.equal(1);
    expect(findByFirstCharacter(rows, 0, '?')).to.equal(-1);
  });
});
