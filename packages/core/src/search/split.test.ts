import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeText } from './normalize.js';
import { splitAtJi, splitClauses } from './split.js';

const split = (text: string) => splitClauses(normalizeText(text));
const texts = (text: string) => split(text).map((c) => c.text);

describe('splitClauses', () => {
  it('splits the example of the issue into its sections, dropping the boilerplate', () => {
    const clauses = split(
      '一般项目：大数据服务；软件开发；信息系统集成服务；物联网技术研发（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）许可项目：第二类增值电信业务',
    );
    assert.deepEqual(
      clauses.map((c) => [c.text, c.licensed]),
      [
        ['大数据服务', false],
        ['软件开发', false],
        ['信息系统集成服务', false],
        ['物联网技术研发', false],
        ['第二类增值电信业务', true],
      ],
    );
  });

  it('remembers 许可项目 until a 一般项目 section starts again, whichever comes first', () => {
    const clauses = split('许可项目：检验检测服务；认证服务。一般项目：计量技术服务');
    assert.deepEqual(
      clauses.map((c) => [c.text, c.licensed]),
      [
        ['检验检测服务', true],
        ['认证服务', true],
        ['计量技术服务', false],
      ],
    );
  });

  it('reads 主营 and 兼营 as parts of the scope, and items separated by spaces', () => {
    assert.deepEqual(texts('主营：锂离子电池制造 兼营：电池销售'), ['锂离子电池制造', '电池销售']);
    assert.deepEqual(texts('(一)工业机器人制造 (二)软件开发'), ['工业机器人制造', '软件开发']);
  });

  it('reads a whole licence pasted in by its 经营范围 field only', () => {
    assert.deepEqual(
      texts(
        '名称：重庆江北新能源汽车科技有限公司 类型：有限责任公司 经营范围：一般项目：软件开发；信息系统集成服务。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）登记机关：重庆市江北区市场监督管理局',
      ),
      ['软件开发', '信息系统集成服务'],
    );
    assert.deepEqual(texts('名称：重庆机器人科技有限公司\n住所：重庆市江北区\n软件开发'), ['软件开发']);
    // A label inside a scope is only a label.
    assert.deepEqual(texts('工业机器人制造；经营范围：软件开发'), ['工业机器人制造', '软件开发']);
  });

  it('reads the other section markers (一般经营项目是, 许可经营项目)', () => {
    const clauses = split('一般经营项目是：软件开发。许可经营项目是：互联网信息服务');
    assert.deepEqual(
      clauses.map((c) => [c.text, c.licensed]),
      [
        ['软件开发', false],
        ['互联网信息服务', true],
      ],
    );
  });

  it('splits at ；;。 and line breaks, never inside parentheses', () => {
    assert.deepEqual(texts('软件开发;软件销售。数据处理服务\n网络技术服务'), [
      '软件开发',
      '软件销售',
      '数据处理服务',
      '网络技术服务',
    ]);
    assert.deepEqual(texts('固体废物治理（不含危险废物经营；不含医疗废物）；水污染治理'), [
      '固体废物治理(不含危险废物经营;不含医疗废物)',
      '水污染治理',
    ]);
  });

  it('keeps qualifiers with their clause, and does not match restricting ones', () => {
    const [clause] = split('再生资源回收（除生产性废旧金属）');
    assert.equal(clause.text, '再生资源回收(除生产性废旧金属)');
    assert.deepEqual(clause.qualifiers, ['除生产性废旧金属']);
    assert.equal(clause.matchText, '再生资源回收');
    const [explained] = split('软件运营服务（SaaS）');
    assert.equal(explained.matchText, '软件运营服务 saas');
  });

  it('reads a platform run online with 互联网, the word the classification writes; the text shown is unchanged', () => {
    const [own] = split('依托自有网站及手机APP运营房屋租赁信息服务平台');
    assert.equal(own.text, '依托自有网站及手机app运营房屋租赁信息服务平台');
    assert.equal(own.matchText, '互联网运营房屋租赁信息服务平台');
    assert.equal(split('网络招聘平台')[0].matchText, '互联网招聘平台');
    // Security is no online platform; a channel with nothing offered to others after it is left as written.
    assert.equal(split('网络安全监测平台')[0].matchText, '网络安全监测平台');
    assert.equal(split('通过自有网站销售服装')[0].matchText, '通过自有网站销售服装');
    assert.equal(split('依托自有网站为客户提供在线英语培训')[0].matchText, '依托自有网站为客户提供在线英语培训');
  });

  it('reads information, matching or booking offered to others through an own site or app as an internet platform, in one clause', () => {
    const clauses = split(
      '依托自有网站及手机APP为货主和货车司机提供车源、货源信息发布及车货匹配撮合服务；国内货运代理',
    );
    assert.equal(clauses.length, 2);
    assert.equal(clauses[0].text, '依托自有网站及手机app为货主和货车司机提供车源、货源信息发布及车货匹配撮合服务');
    assert.equal(clauses[0].matchText, '互联网为货主和货车司机提供车源、货源信息发布及车货匹配撮合服务平台');
    assert.equal(split('通过互联网平台为医疗机构提供预约挂号')[0].matchText, '互联网为医疗机构提供预约挂号平台');
  });

  it('splits at 、 and ， only where every piece stands alone', () => {
    assert.deepEqual(texts('广告设计、代理'), ['广告设计、代理']);
    assert.deepEqual(texts('电线、电缆经营'), ['电线、电缆经营']);
    assert.deepEqual(texts('技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广'), [
      '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
    ]);
    assert.deepEqual(texts('软件开发、信息系统集成服务'), ['软件开发', '信息系统集成服务']);
    assert.deepEqual(texts('人工智能应用软件开发，工业机器人制造'), ['人工智能应用软件开发', '工业机器人制造']);
  });

  it('drops the scope label, list numbers, empty items and 无', () => {
    assert.deepEqual(texts('经营范围：1.软件开发；2、信息系统集成服务；；许可经营项目：无'), [
      '软件开发',
      '信息系统集成服务',
    ]);
    assert.deepEqual(texts('（1）软件开发；①数据处理服务；（二）网络技术服务'), [
      '软件开发',
      '数据处理服务',
      '网络技术服务',
    ]);
    assert.deepEqual(texts('1.3'), ['1.3']);
  });

  it('survives unbalanced parentheses without swallowing the rest', () => {
    assert.deepEqual(texts('软件开发（不含；信息系统集成服务'), ['软件开发 不含', '信息系统集成服务']);
    assert.deepEqual(texts('软件开发）；数据处理服务'), ['软件开发', '数据处理服务']);
  });

  it('returns nothing for empty or boilerplate-only text', () => {
    assert.deepEqual(split(''), []);
    assert.deepEqual(split('（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）'), []);
    assert.deepEqual(split('依法须经批准的项目，经相关部门批准后方可开展经营活动'), []);
  });
});

describe('the older way of writing a scope', () => {
  it('gives each thing the activities an older scope names first, as a label (销售：A、B)', () => {
    assert.deepEqual(texts('销售：五金交电、仪器仪表；水电安装'), ['五金交电的销售', '仪器仪表的销售', '水电安装']);
    assert.deepEqual(texts('批发、零售：医疗器械'), ['医疗器械的批发、零售']);
    // A label that is not what is done stays as it is.
    assert.deepEqual(texts('主要产品：锂电池'), ['主要产品:锂电池']);
  });

  it('gives each thing of a list the activities they share after 的', () => {
    const texts = (text: string) => splitClauses(normalizeText(text)).map((c) => c.text);
    assert.deepEqual(texts('污水处理设备、废气处理设备、除尘设备的研发、生产、销售及安装。'), [
      '污水处理设备的研发、生产、销售及安装',
      '废气处理设备的研发、生产、销售及安装',
      '除尘设备的研发、生产、销售及安装',
    ]);
    // One thing, or a tail that names another thing, stays as written.
    assert.deepEqual(texts('石墨烯材料的研发、生产、销售'), ['石墨烯材料的研发、生产、销售']);
    assert.deepEqual(texts('光纤、光缆的研发中心'), ['光纤、光缆的研发中心']);
  });

  it('shares the activities when the last of them names its field (及技术服务, 及网络运营)', () => {
    const texts = (text: string) => splitClauses(normalizeText(text)).map((c) => c.text);
    assert.deepEqual(texts('生物疫苗、诊断试剂的研发、生产及技术服务（凭许可证经营）。'), [
      '生物疫苗的研发、生产及技术服务(凭许可证经营)',
      '诊断试剂的研发、生产及技术服务(凭许可证经营)',
    ]);
    assert.deepEqual(texts('游戏软件、动漫作品的设计、制作及网络运营'), [
      '游戏软件的设计、制作及网络运营',
      '动漫作品的设计、制作及网络运营',
    ]);
    // Things that each carry their own activity are separate items, not one list.
    assert.deepEqual(texts('新能源汽车的销售、充电设施的建设'), ['新能源汽车的销售', '充电设施的建设']);
  });

  it('reads the general name after 等 as a thing of the list too, and 再制造 as what is done', () => {
    assert.deepEqual(texts('汽车发动机、变速箱、发电机等汽车零部件的再制造'), [
      '汽车发动机的再制造',
      '变速箱的再制造',
      '发电机等汽车零部件的再制造',
      '汽车零部件的再制造',
    ]);
    // 等 inside a word (等级, 等离子) or inside brackets lists nothing.
    assert.deepEqual(texts('离心泵、多级泵（能效等级1级、2级）的设计、制造'), [
      '离心泵的设计、制造',
      '多级泵(能效等级1级、2级)的设计、制造',
    ]);
    assert.deepEqual(texts('电焊机、低温等离子设备的制造'), ['电焊机的制造', '低温等离子设备的制造']);
  });

  it('reads a first or second energy grade as 节能, the word the classification writes, unless it is in brackets', () => {
    assert.equal(split('一级能效水泵制造')[0].matchText, '节能水泵制造');
    assert.equal(split('能效等级为1级的空调生产')[0].matchText, '节能空调生产');
    assert.equal(split('三级能效冰箱生产')[0].matchText, '三级能效冰箱生产');
    assert.equal(split('多级泵（能效等级1级、2级）制造')[0].matchText, '多级泵 制造');
  });

  it('gives things listed after an item that sells first the selling too', () => {
    assert.deepEqual(texts('乡镇农资店，卖生物有机肥、种子和农药'), ['乡镇农资店', '卖生物有机肥', '卖种子和农药']);
    // a thing that says what is done to it keeps its own reading
    assert.deepEqual(texts('销售手机、手机维修'), ['销售手机', '手机维修']);
  });

  it('gives things listed before a last item that sells the selling too', () => {
    assert.deepEqual(texts('预包装食品、烟草制品零售'), ['预包装食品零售', '烟草制品零售']);
    assert.deepEqual(texts('医疗器械、电子产品销售'), ['医疗器械销售', '电子产品销售']);
    // Only selling: things before 加工 keep their own reading.
    assert.deepEqual(texts('机械零件、零部件加工'), ['机械零件、零部件加工']);
  });

  it('does not cut off a piece that only says what is done', () => {
    assert.deepEqual(splitClauses(normalizeText('电子元器件、集成电路的研发、设计与销售')).length, 2);
  });

  it('cuts two things joined by 和 or 以及 when each stands alone, unless the item is one name', () => {
    assert.deepEqual(texts('我们给医院做手术机器人和康复机器人'), ['我们给医院做手术机器人', '康复机器人']);
    assert.deepEqual(texts('主营3D打印设备以及金属3D打印粉末'), ['主营3d打印设备', '金属3d打印粉末']);
    // What is sold at the end is sold of the first thing too, as with 、 (a toy shop's trains are not trains made).
    assert.deepEqual(texts('高铁、地铁列车和民航客机仿真模型玩具批发零售'), [
      '高铁、地铁列车零售',
      '民航客机仿真模型玩具批发零售',
    ]);
    // 和 before what is provided joins whom it is for: one clause.
    assert.deepEqual(texts('为货主和货车司机提供车源信息发布服务'), ['为货主和货车司机提供车源信息发布服务']);
    // Too short to stand alone: one name.
    assert.deepEqual(texts('软件和信息技术服务'), ['软件和信息技术服务']);
    // An official name the engine knows stays whole (class 4210).
    const keepWhole = (text: string) => text === '金属废料和碎屑加工处理';
    assert.deepEqual(
      splitClauses(normalizeText('金属废料和碎屑加工处理'), keepWhole).map((c) => c.text),
      ['金属废料和碎屑加工处理'],
    );
    // Also one with a 、 inside (class 3453), where the pieces would each stand alone.
    const gears = (text: string) => text === '齿轮及齿轮减、变速箱制造';
    assert.deepEqual(texts('齿轮及齿轮减、变速箱制造'), ['齿轮及齿轮减', '变速箱制造']);
    assert.deepEqual(
      splitClauses(normalizeText('齿轮及齿轮减、变速箱制造'), gears).map((c) => c.text),
      ['齿轮及齿轮减、变速箱制造'],
    );
  });
});

describe('splitAtJi', () => {
  it('gives each of two things joined by 及 the activity written once at the end', () => {
    assert.deepEqual(splitAtJi('计算机及办公设备维修'), ['计算机维修', '办公设备维修']);
  });

  it('reads nothing into an item without that shape', () => {
    for (const item of ['会议及展览服务', '软件开发', '电子元器件及其零部件', '光伏(组件)及支架安装', '甲及乙及丙制造'])
      assert.equal(splitAtJi(item), undefined, item);
  });
});
