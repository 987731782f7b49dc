import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACTIVITIES,
  activitiesIn,
  activitiesOf,
  agreement,
  classActivities,
  clauseActivities,
  finalActivities,
  finalActivityWord,
  onlyLeases,
  onlyTrades,
  type Activity,
} from './activity.js';

const of = (text: string) => activitiesIn(activitiesOf(text));
const mask = (...list: Activity[]) => list.reduce((m, a) => m | (1 << ACTIVITIES.indexOf(a)), 0);

describe('what a text says is done', () => {
  it('reads each activity word, longest first', () => {
    assert.deepEqual(of('石墨烯材料的研发、生产、销售'), ['make', 'trade', 'research']);
    assert.deepEqual(of('手机零售'), ['trade']);
    // Remanufacturing is recycling (7.3 lists 汽车零部件再制造, 机床再制造), not making.
    assert.deepEqual(of('汽车零部件再制造'), ['recycle']);
    assert.deepEqual(of('计算机和辅助设备修理'), ['repair']);
    assert.deepEqual(of('园林绿化工程施工'), ['build']);
    // 经营 is trading (药品经营), but a service operated is a service.
    assert.deepEqual(of('药品经营'), ['trade']);
    assert.deepEqual(activitiesIn(clauseActivities('网络预约出租汽车经营服务')), ['service']);
  });

  it('a general service word counts only when nothing else says what is done', () => {
    assert.deepEqual(of('技术服务'), ['service']);
    assert.deepEqual(of('计算机整机专门零售服务'), ['trade']);
  });

  it('an activity word that says what a thing is for is not what the business does', () => {
    assert.deepEqual(of('销售用机器人'), []);
    assert.deepEqual(of('污水处理设备'), []);
    assert.deepEqual(of('服务器'), []);
    // Also with the technique and the complete set between them.
    assert.deepEqual(of('重金属、含汞废水处理技术设备'), []);
    assert.deepEqual(of('精馏-生化法耦合处理技术与成套装备'), []);
    assert.deepEqual(of('污水处理技术服务'), ['service']);
    assert.deepEqual(of('煤矸石综合利用和技术装备'), []);
    assert.deepEqual(of('餐厨废弃物回收利用装置'), []);
    // A device or a vessel named after what it does.
    assert.deepEqual(of('存储器测试器'), []);
    assert.deepEqual(of('风车安装船'), []);
    // The trade a thing serves.
    assert.deepEqual(of('教育行业软件'), []);
  });

  it('in a name, only what comes after its content counts (服务 in 服务消费机器人制造 says what kind of robot)', () => {
    assert.deepEqual(activitiesIn(finalActivities('服务消费机器人制造')), ['make']);
    assert.deepEqual(activitiesIn(finalActivities('检测服务')), ['test']);
  });

  it('names the activity word a text ends in, leaving at least two characters before it', () => {
    assert.equal(finalActivityWord('烟草制品零售'), '零售');
    assert.equal(finalActivityWord('网络安全认证'), '认证');
    assert.equal(finalActivityWord('预包装食品'), undefined);
    assert.equal(finalActivityWord('销售'), undefined);
  });
});

describe('what a clause of a scope says is done', () => {
  const clause = (text: string) => activitiesIn(clauseActivities(text));
  it('counts what is done before or after the thing', () => {
    assert.deepEqual(clause('生产锂电池'), ['make']);
    assert.deepEqual(clause('锂电池的生产、销售'), ['make', 'trade']);
    assert.deepEqual(clause('锂电池生产及回收'), ['make', 'recycle']);
  });

  it('not an activity word inside the name of a thing (风力发电增速齿轮箱 is a gearbox)', () => {
    assert.deepEqual(clause('风力发电增速齿轮箱'), []);
    assert.deepEqual(clause('风力发电'), ['service']);
    assert.deepEqual(clause('风力发电增速齿轮箱制造'), ['make']);
  });

  it('teaching or leasing written last is what the business does (计算机软件开发技术培训 is training)', () => {
    assert.deepEqual(clause('计算机软件开发技术培训'), ['teach']);
    assert.deepEqual(clause('工程机械设备租赁'), ['lease']);
    // A list still names each activity.
    assert.deepEqual(clause('软件开发、培训'), ['research', 'teach']);
  });

  it('but before a shop or body the business is named after, it is what the business does', () => {
    assert.deepEqual(clause('汽车销售门店'), ['trade']);
    assert.deepEqual(clause('电动车维修点'), ['repair']);
    assert.deepEqual(clause('汽车检测站'), ['test']);
  });
});

describe('what a GB/T 4754-2017 class does, from the data', () => {
  it('from the words of its name, else from its section or division', () => {
    assert.deepEqual(activitiesIn(classActivities('3841', '锂离子电池制造', 'C')), ['make']);
    assert.deepEqual(activitiesIn(classActivities('5274', '通信设备零售', 'F')), ['trade']);
    assert.deepEqual(activitiesIn(classActivities('4710', '住宅房屋建筑', 'E')), ['build']);
    assert.deepEqual(activitiesIn(classActivities('8122', '通讯设备修理', 'O')), ['repair']);
    assert.deepEqual(activitiesIn(classActivities('4210', '金属废料和碎屑加工处理', 'C')), ['make', 'recycle']);
    // Acting for others is its own trade: 5821 货物运输代理 is not 5612 航空货物运输.
    assert.deepEqual(activitiesIn(classActivities('5821', '货物运输代理', 'G')), ['agency']);
  });
});

describe('agreement between a clause and a term', () => {
  it('agrees when either says nothing or both share an activity', () => {
    assert.equal(agreement(0, mask('make')), 1);
    assert.equal(agreement(mask('make', 'trade'), mask('make')), 1);
  });

  it('counts developing and making in part, but selling is never making', () => {
    assert.equal(agreement(mask('research'), mask('make')), 0.75);
    assert.equal(agreement(mask('trade'), mask('make')), 0.2);
    assert.equal(agreement(mask('lease'), mask('service')), 0.2);
    assert.equal(agreement(mask('agency'), mask('service')), 0.6);
  });

  it('knows the clauses that only sell or only lease', () => {
    assert.equal(onlyTrades(mask('trade')), true);
    assert.equal(onlyTrades(mask('trade', 'make')), false);
    assert.equal(onlyLeases(mask('lease')), true);
  });
});
