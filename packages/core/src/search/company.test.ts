import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { companyNameOf, tradeOfName } from './company.js';
import { normalizeText } from './normalize.js';

const nameOf = (text: string) => companyNameOf(normalizeText(text));

describe('the company’s name of a pasted licence', () => {
  it('is the 名称 field, up to the next field', () => {
    assert.equal(
      nameOf('名称：重庆两江稀土永磁材料有限公司 经营范围：一般项目：磁性材料生产'),
      '重庆两江稀土永磁材料有限公司',
    );
    assert.equal(
      nameOf('名称：重庆渝驰智联汽车电子有限公司 类型：有限责任公司（自然人投资或控股） 经营范围：软件开发'),
      '重庆渝驰智联汽车电子有限公司',
    );
    assert.equal(nameOf('企业名称：重庆某某科技有限公司\n住所：重庆市江北区'), '重庆某某科技有限公司');
  });

  it('is nothing when there is no such field, or the field is another’s', () => {
    assert.equal(nameOf('一般项目：软件开发'), undefined);
    assert.equal(nameOf('产品名称：工业机器人；工业机器人制造'), undefined);
    assert.equal(nameOf(`名称：${'很长的名字'.repeat(20)}`), undefined);
  });

  it('names its trade without region, parentheses, legal form and filler, keeping the trade name in front', () => {
    assert.equal(tradeOfName('重庆两江稀土永磁材料有限公司'), '两江稀土永磁材料');
    assert.equal(tradeOfName('重庆市江北区渝康医学影像诊断中心有限公司'), '渝康医学影像诊断中心');
    assert.equal(tradeOfName('重庆长安(集团)汽车科技股份有限公司'), '长安汽车');
    assert.equal(tradeOfName('重庆嘉陵硅酮胶业有限公司'), '嘉陵硅酮胶业');
  });
});
