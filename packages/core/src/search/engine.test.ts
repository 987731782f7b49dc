import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildSearchIndexFromContent } from './build-index.js';
import { alignWithin, createSearcher, editDistance } from './engine.js';
import { SearchIndexError } from './index-format.js';
import { MAX_QUERY_LENGTH } from './normalize.js';
import type { SearchResult } from './types.js';

const CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
const searcher = createSearcher(buildSearchIndexFromContent(CONTENT));
const search = (text: string) => searcher.search(text);
const codes = (result: SearchResult) => result.categories.map((c) => c.code);

describe('codes resolve directly', () => {
  it('a GB/T 4754 class, with or without its section letter, in any width', () => {
    for (const query of ['6513', 'I6513', 'i6513', '６５１３']) {
      const result = search(query);
      assert.equal(result.kind, 'code', query);
      assert.equal(result.categories[0].code, '1.3', query);
      assert.deepEqual(result.clauses[0].code, {
        code: query === '６５１３' ? '6513' : query.toUpperCase(),
        kind: 'gb-class',
        known: true,
        inDirectory: true,
        name: '应用软件开发',
      });
      assert.equal(result.categories[0].reasons[0].source, 'code');
    }
  });

  it('a class the directory does not list is named, and not found', () => {
    const result = search('6210');
    assert.equal(result.notFound, true);
    assert.deepEqual(result.categories, []);
    assert.deepEqual(result.clauses[0].code, {
      code: '6210',
      kind: 'gb-class',
      known: true,
      inDirectory: false,
      name: '正餐服务',
    });
  });

  it('a section letter that does not fit the digits makes the code unknown', () => {
    const result = search('A6513');
    assert.equal(result.clauses[0].code?.known, false);
    assert.equal(result.notFound, true);
  });

  it('division and group codes reach every category holding a class under them, as possible matches', () => {
    const division = search('65');
    assert.ok(codes(division).includes('1.3'));
    assert.ok(division.categories.every((c) => c.strength === 'possible'));
    assert.ok(codes(search('651')).includes('1.3'));
  });

  it('directory codes: a level-2 code is that category, a level-1 code its level-2 children', () => {
    const result = search('1.3');
    assert.deepEqual(codes(result), ['1.3']);
    assert.equal(result.categories[0].strength, 'strong');
    assert.deepEqual(codes(search('1')).sort(), ['1.1', '1.2', '1.3', '1.4', '1.5']);
    assert.equal(search('9.9').notFound, true);
  });
});

describe('pinyin, computed at build time', () => {
  it('full pinyin with or without spaces, and initials', () => {
    for (const query of ['rengong zhineng', 'rengongzhineng', 'RenGong ZhiNeng', 'rgzn']) {
      const result = search(query);
      assert.equal(result.kind, 'pinyin', query);
      assert.equal(result.categories[0]?.code, '1.5', query);
      assert.equal(result.categories[0].reasons[0].source, 'pinyin');
    }
  });

  it('the initials of a name’s first words, and pinyin with a word the directory does not use', () => {
    assert.equal(search('zscq').categories[0]?.code, '9.1');
    const oxygen = search('yiyong zhiyangji');
    assert.equal(oxygen.clauses[0].correctedTo, '制氧机');
    assert.equal(oxygen.categories[0]?.code, '4.2');
    assert.equal(oxygen.categories[0].strength, 'possible');
  });

  it('letters that spell nothing in the directory are not found', () => {
    assert.equal(search('qwertyuiop').notFound, true);
    // Mostly letters that are no word of the directory: not read from the one that is.
    assert.equal(search('hello world shuju').notFound, true);
  });
});

describe('typos in short clauses', () => {
  it('人工只能 is read as 人工智能', () => {
    const result = search('人工只能');
    assert.equal(result.categories[0]?.code, '1.5');
    assert.equal(result.clauses[0].correctedTo, '人工智能');
    assert.equal(result.categories[0].reasons[0].source, 'typo');
    assert.equal(result.categories[0].strength, 'possible');
  });

  it('a different business is not taken for a typo of a listed one', () => {
    for (const query of ['劳务服务', '理发服务', '家政服务']) assert.equal(search(query).notFound, true, query);
  });

  it('nor a different thing: the last character of a short name is what it names (内存卡 is no 内存条)', () => {
    const result = search('内存卡');
    assert.equal(result.notFound, true);
    assert.equal(result.clauses[0].correctedTo, undefined);
  });
});

describe('text', () => {
  it('the issue’s paragraph: sections, boilerplate dropped, the right categories first with reasons', () => {
    const result = search(
      '一般项目：大数据服务；软件开发；信息系统集成服务；物联网技术研发（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）许可项目：第二类增值电信业务',
    );
    assert.deepEqual(
      result.clauses.map((c) => c.text),
      ['大数据服务', '软件开发', '信息系统集成服务', '物联网技术研发', '第二类增值电信业务'],
    );
    assert.deepEqual(
      result.clauses.map((c) => c.licensed),
      [false, false, false, false, true],
    );
    assert.deepEqual(codes(result).slice(0, 2).sort(), ['1.3', '1.4']);
    const software = result.categories.find((c) => c.code === '1.3')!;
    assert.equal(software.strength, 'strong');
    assert.equal(software.parent.code, '1');
    assert.ok(software.directions.some((d) => d.id === '1.3/xinxing-ruanjian-kaifa'));
    assert.ok(
      software.reasons.some((r) => r.clause === '软件开发' && result.clauses[r.clauseIndex].text === '软件开发'),
    );
    assert.ok(result.clauses[1].matches.some((m) => m.category === '1.3'));
    assert.equal(result.notFound, false);
  });

  it('a phrase: 工业机器人制造 is 2.1, through its GB/T 4754 class', () => {
    const result = search('工业机器人制造');
    assert.equal(result.categories[0].code, '2.1');
    assert.ok(result.categories[0].industries.some((i) => i.code === '3491' && !i.partial));
  });

  it('a free description: 我们做手游和动画短片 is 8.2', () => {
    const result = search('我们做手游和动画短片');
    assert.equal(result.categories[0]?.code, '8.2');
  });

  it('a term naming another kind of the same thing counts less (葡甘聚糖凝胶 is no 气凝胶)', () => {
    assert.deepEqual(codes(search('魔芋葡甘聚糖及葡甘聚糖凝胶的研发、生产')), ['4.5']);
    assert.equal(search('硅气凝胶生产').categories[0]?.code, '3.4');
    // …and holds no general clause when both kind words are things several terms name: rubber seals are no 6.2 seals.
    assert.equal(search('橡胶密封件').notFound, true);
  });

  it('a business named after what it does (厂, 生产商, 工作室) is about what it does', () => {
    assert.equal(search('工业酶制剂厂').categories[0]?.code, '4.5');
    assert.equal(search('造纯电动汽车的整车厂').categories[0]?.code, '5.1');
    assert.equal(search('无人机生产商').categories[0]?.code, '1.5');
    // the establishment word does not make an ordinary business a directory one
    assert.deepEqual(search('手机店').categories, []);
    assert.deepEqual(search('卖手机的').categories, []);
  });

  it('common words never make a match by themselves', () => {
    for (const query of [
      '服务',
      '销售',
      '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
      '管理咨询',
      '制造；开发',
    ]) {
      const result = search(query);
      assert.deepEqual(result.categories, [], query);
      assert.ok(
        result.clauses.every((c) => c.generic),
        query,
      );
    }
  });

  it('a word that holds a common one but means something of its own keeps it: 新兴能源技术研发 is 6.4', () => {
    // 新兴 alone is a general qualifier; 新兴能源 (hydrogen, geothermal …) is what 6.4's products name.
    assert.deepEqual(codes(search('新兴能源技术研发')), ['6.4']);
    assert.deepEqual(codes(search('名称：重庆某氢能科技有限公司 经营范围：一般项目：新兴能源技术研发')), ['6.4']);
  });

  it('餐饮服务；食品销售 and 理发服务；生活美容服务 are not in the directory', () => {
    for (const query of ['餐饮服务；食品销售', '理发服务；生活美容服务']) {
      const result = search(query);
      assert.equal(result.notFound, true, query);
      assert.deepEqual(result.categories, [], query);
      assert.deepEqual(result.unmatched, [0, 1], query);
    }
  });

  it('a clause that is the name of an industry outside the directory says which', () => {
    const result = search('物业管理');
    assert.deepEqual(result.clauses[0].outsideIndustry, { code: '7020', name: '物业管理' });
    assert.equal(result.notFound, true);
  });

  it('teaching a subject is education, not the subject: 人工智能培训 and 软件培训 are not in the directory', () => {
    for (const query of ['人工智能培训', '软件培训', '少儿机器人编程教育']) {
      const result = search(query);
      assert.equal(result.notFound, true, query);
      assert.equal(result.clauses[0].outsideIndustry?.code, 'P', query);
    }
    // Intellectual-property training is the part of 8391 职业技能培训 that 9.1 lists.
    assert.ok(codes(search('知识产权培训')).includes('9.1'));
  });

  it('a scope says 生产 where the classification says 制造: 食品生产 is 14 食品制造业', () => {
    const result = search('食品生产');
    assert.equal(result.clauses[0].outsideIndustry?.code, '14');
    assert.equal(result.notFound, true);
  });

  it('a clause that is the name of a listed class is answered by the categories listing it', () => {
    // 4028 is listed in part by 1.2, 5.2 and 6.2; 3569 其他电子专用设备制造 by 1.2, 2.1, 6.3 and 7.1 (a scope drops 其他).
    for (const [query, listing] of [
      ['电子测量仪器制造', ['1.2', '5.2', '6.2']],
      ['电子专用设备制造', ['1.2', '2.1', '6.3', '7.1']],
    ] as const) {
      const found = codes(search(query));
      assert.ok(found.length > 0, query);
      for (const code of found) assert.ok((listing as readonly string[]).includes(code!), `${query}: ${code}`);
    }
  });

  it('of the categories listing such a class in part, the one whose direction names the same thing answers', () => {
    // 3073 is listed in part by 1.2 (高储能和关键电子材料制造), 3.4 (功能陶瓷制造, 结构陶瓷制造), 3.5 and 3.6.
    assert.deepEqual(codes(search('特种陶瓷制品制造')), ['3.4']);
    // 6820 财产保险: no direction of 2.5, 9.1 or 9.2 names insurance, so each stays possible.
    assert.deepEqual(codes(search('财产保险')).sort(), ['2.5', '9.1', '9.2']);
  });

  it('信息咨询服务, in nearly every scope, is not 信息技术咨询服务 (1.3)', () => {
    assert.equal(search('信息咨询服务（不含许可类信息咨询服务）').notFound, true);
    assert.deepEqual(codes(search('信息技术咨询服务')), ['1.3']);
  });

  it('a business named after a centre is not matched by terms that name only a centre, nor by 加工中心', () => {
    assert.equal(search('生物科技皮肤管理中心').notFound, true);
    assert.deepEqual(codes(search('立式加工中心')), ['2.1']);
  });

  it('a term that names only what is done does not speak for a thing: 安防监控系统的设计、安装 is not 设计服务', () => {
    const result = search('门禁系统、楼宇可视对讲系统的设计、安装、维修');
    assert.equal(result.notFound, true, JSON.stringify(codes(result)));
  });

  it('what comes before 用 says what the thing is for: 芯片用光刻胶 is photoresist (3.3), not chips', () => {
    assert.deepEqual(codes(search('芯片用光刻胶')), ['3.3']);
    assert.deepEqual(codes(search('锂电池用铜箔')), ['3.2']);
  });

  it('a purpose written first still names a kind of the thing: 医疗诊断仪器 is held by 医用电气诊断仪器及装置 (4.2)', () => {
    assert.deepEqual(codes(search('医疗诊断仪器')), ['4.2']);
    assert.deepEqual(codes(search('超声诊断仪器')), ['4.2']);
  });

  it('qualifiers stay with their clause and do not match by their own words', () => {
    const result = search('固体废物治理（不含危险化学品）');
    assert.deepEqual(result.clauses[0].qualifiers, ['不含危险化学品']);
    assert.ok(!codes(result).includes('3.3'), 'chemicals named in a restriction do not point to 3.3');
  });
});

describe('input handling', () => {
  it('empty and blank input is empty, not "not found"', () => {
    for (const query of ['', '   ', '\n\t', '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）']) {
      const result = search(query);
      assert.equal(result.kind, 'empty', JSON.stringify(query));
      assert.equal(result.notFound, false);
    }
  });

  it('long input is clipped with a notice', () => {
    const text = '软件开发；'.repeat(20_000);
    const result = search(text);
    assert.deepEqual(result.notice, { code: 'clipped', limit: MAX_QUERY_LENGTH, length: text.length });
    assert.equal(result.query.length, MAX_QUERY_LENGTH);
    assert.equal(result.categories[0].code, '1.3');
  });

  it('results are data: the engine adds no markup of its own', () => {
    const result = searcher.search('一般项目：软件开发；人工智能应用软件开发；工业机器人制造；6513', { limit: 20 });
    const strings: string[] = [];
    JSON.stringify(result, (_key, value) => {
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    assert.ok(strings.length > 20);
    for (const s of strings) assert.doesNotMatch(s, /[<>&]/, s);
  });

  it('markup in the input comes back as the same plain text', () => {
    const result = search('<script>alert(1)</script>软件开发');
    assert.ok(result.query.startsWith('<script>'));
    assert.ok(result.clauses.some((c) => c.text.includes('<script>')));
  });

  it('bad arguments get a clear error', () => {
    assert.throws(() => searcher.search(42 as unknown as string), {
      name: 'TypeError',
      message: 'search(text): text must be a string, got number',
    });
    assert.throws(() => searcher.search('软件开发', { limit: 0 }), { name: 'RangeError' });
    assert.throws(() => createSearcher({} as never), SearchIndexError);
  });

  it('limit caps the categories returned', () => {
    const result = searcher.search('65', { limit: 2 });
    assert.equal(result.categories.length, 2);
  });
});

describe('helpers', () => {
  it('alignWithin finds the closest stretch of a longer text', () => {
    assert.deepEqual(alignWithin([...'人工只能'], [...'人工智能软件开发']), { text: '人工智能', distance: 1 });
  });

  it('editDistance counts single-character edits', () => {
    assert.equal(editDistance([...'劳务'], [...'税务']), 1);
    assert.equal(editDistance([...'人工智能'], [...'人工智能']), 0);
    assert.equal(editDistance([], [...'ab']), 2);
  });
});

describe('a clause cache across searches (for registers of enterprises)', () => {
  it('gives the same answers as no cache, whatever the order of the searches', () => {
    const cached = createSearcher(buildSearchIndexFromContent(CONTENT), { clauseCache: 3 });
    const texts = [
      '一般项目：软件开发；技术服务、技术开发；手机零售',
      '软件开发；物业管理',
      '工业机器人制照；新能源车维修',
      '机器人销售；软件开发',
      '光伏组件制造；手机零售',
      '新能源车维修；工业机器人制照',
      '一般项目：软件开发；技术服务、技术开发；手机零售',
    ];
    for (let round = 0; round < 2; round++)
      for (const text of texts) assert.deepEqual(cached.search(text), search(text), text);
  });

  it('refuses a size that is not a whole number', () => {
    assert.throws(
      () => createSearcher(buildSearchIndexFromContent(CONTENT), { clauseCache: -1 }),
      /a whole number of clauses/,
    );
  });
});

describe('competitive placement: each clause goes where its best evidence is (issue 13)', () => {
  const outside = (text: string) => search(text).clauses[0].outsideIndustry;

  it('selling, wholesale and retail are section F, which the directory does not list', () => {
    for (const text of ['手机零售', '医疗器械批发', '新能源汽车销售', '电线电缆销售', '卖光伏板的', '石墨烯材料销售']) {
      const result = search(text);
      assert.equal(result.notFound, true, text);
      assert.ok(
        /^(?:F|5\d{1,3})$/u.test(outside(text)?.code ?? ''),
        `${text} is placed in section F, got ${outside(text)?.code}`,
      );
    }
    // Selling written first is lent to the things listed after it: 农药 here is sold, not tested (9.1).
    assert.equal(search('乡镇农资店，卖生物有机肥、种子和农药').notFound, true);
  });

  it('weak hints in several clauses do not add up to a category none of them reaches (an auto-finance scope)', () => {
    // Each item touches 9.2 a little (金融, 贷款); an auto-finance company (6634) is not in the directory.
    const items = ['发行金融债券', '营运设备贷款', '向金融机构出售或回购汽车贷款应收款业务'];
    for (const item of items) assert.equal(search(item).notFound, true, item);
    assert.equal(search(items.join('；')).notFound, true);
    // Clauses that each reach a category on their own still add up.
    assert.deepEqual(codes(search('工业机器人制造；服务机器人制造')), ['2.1']);
  });

  it('the one selling class the directory lists is found: 5267 机动车充电销售', () => {
    assert.deepEqual(codes(search('机动车充电销售')), ['5.4']);
    assert.equal(search('充电桩运营').categories[0]?.code, '5.4');
  });

  it('repair of phones, leasing and other ordinary services are not in the directory', () => {
    for (const text of ['手机维修', '新能源汽车租赁', '物业管理', '美容美发服务'])
      assert.equal(search(text).notFound, true, text);
    assert.equal(outside('新能源汽车租赁')?.code, '71');
    assert.equal(outside('物业管理')?.code, '7020');
  });

  it('making what the directory lists is found, with the free and shortened words people use', () => {
    assert.equal(search('轴承制造').categories[0]?.code, '2.1');
    assert.equal(search('轴承').categories[0]?.code, '2.1');
    assert.equal(search('芯片封测').categories[0]?.code, '1.2');
    assert.equal(search('新能源车维修').categories[0]?.code, '5.4');
    assert.equal(search('新能源车维修').clauses[0].correctedTo, '新能源汽车维修');
  });

  it('a shortened word is not read into a word the clause already writes in full (装修工程 is no 修复工程)', () => {
    const result = search('室内外装饰装修工程设计');
    assert.equal(result.clauses[0].correctedTo, undefined);
  });

  it('things sold in a list are sold, not made (预包装食品 is no food-packaging inspection)', () => {
    assert.deepEqual(codes(search('预包装食品、烟草制品零售')), []);
  });

  it('full pinyin of any directory word is read back into Chinese', () => {
    const result = search('shuju fenxi');
    assert.equal(result.kind, 'pinyin');
    assert.equal(result.clauses[0].correctedTo, '数据分析');
    assert.ok(codes(result).includes('1.4'));
  });

  it('strong only for a whole class, a direction or category name, or an alias, doing the same thing', () => {
    assert.equal(search('工业机器人制造').categories[0].strength, 'strong');
    // 6531 is listed by 1.3 only in part (*).
    assert.equal(search('信息系统集成服务').categories[0].strength, 'possible');
    // Key products say which part to check.
    const bearings = search('轴承');
    assert.equal(bearings.categories[0].strength, 'possible');
    assert.ok(bearings.categories[0].reasons.every((r) => r.possible));
  });

  it('the older way of writing a scope is read thing by thing, with the activities they share', () => {
    const result = search('电动汽车充电设备、充电站的研发、制造、销售、安装和运营');
    assert.deepEqual(
      result.clauses.map((c) => c.text),
      ['电动汽车充电设备的研发、制造、销售、安装和运营', '充电站的研发、制造、销售、安装和运营'],
    );
    // 装配 is making; what follows 的 is what is done to the thing, so the thing is still 假肢 (3586's 智能仿生假肢).
    const prosthetics = search('假肢、矫形器的设计、制造、装配及维修');
    assert.deepEqual(
      prosthetics.clauses.map((c) => c.text),
      ['假肢的设计、制造、装配及维修', '矫形器的设计、制造、装配及维修'],
    );
    assert.deepEqual(codes(prosthetics), ['4.2']);
    assert.equal(prosthetics.categories[0].strength, 'possible');
  });

  it('a free phrase that finds nothing whole is read by its telling part, where its category is named for the rest', () => {
    // 芳纶 is listed (对位芳纶, 2829*) under 3.5 高性能纤维及制品和复合材料, whose name holds the 纤维 left out.
    const fibre = search('我们厂做芳纶纤维');
    assert.equal(fibre.categories[0]?.code, '3.5');
    assert.equal(fibre.categories[0].strength, 'possible');
    // 磁悬浮 is listed only for maglev trains (2.4), whose names say nothing of 鼓风机: no answer rather than a wrong one.
    assert.ok(!codes(search('造磁悬浮鼓风机')).includes('2.4'));
    // 监理 is named by no category that 建设工程 finds.
    assert.equal(search('建设工程监理').notFound, true);
    // A word before the thing that the category uses somewhere narrows it there: 钢轨打磨车 is a 2.4 product
    // (钢轨探伤、打磨、铣磨车) and 2.4 writes 地铁; 燃料电池双极板 is 5.2's 新能源汽车双极板, and 5.2 writes 燃料电池.
    assert.equal(search('造地铁钢轨打磨车的').categories[0]?.code, '2.4');
    assert.equal(search('做燃料电池双极板的').categories[0]?.code, '5.2');
    // …but a thing of two characters left alone says too little (调查 in 社会调查研究 is no 海洋调查服务).
    assert.equal(search('社会调查研究').notFound, true);
    // The form a material comes in (丝, 板, 毡 …) may be left out at the end: 形状记忆合金粉末 is 3.6's.
    assert.equal(search('做记忆合金丝的').categories[0]?.code, '3.6');
    // So may 机 or 仪, what a device is: 彩超机 is a 彩超 (4.2's keyword, 3581).
    assert.equal(search('彩超机').categories[0]?.code, '4.2');
    // So may a place or body the business is named after: 危废处置中心 is a 危废处置 business (7.2); a centre named
    // after what no category does stays not found.
    assert.equal(search('危废处置中心').categories[0]?.code, '7.2');
    assert.equal(search('皮肤管理中心').notFound, true);
    // A firm (事务所) too: 专利事务所 is a patent agency (9.1); 会计师事务所 is accounting, not in the directory.
    assert.equal(search('专利事务所').categories[0]?.code, '9.1');
    assert.equal(search('会计师事务所').notFound, true);
  });

  it('a product or keyword before a head nobody uses names the thing; a category name before one does not', () => {
    // 磁钢 is no word of the vocabulary; 钕铁硼 is a keyword of 3.2 (3985's 烧结钕铁硼磁体).
    const magnets = search('钕铁硼磁钢');
    assert.deepEqual(codes(magnets), ['3.2']);
    assert.equal(magnets.categories[0].strength, 'possible');
    // 大数据 and 新能源 are words of category names: a marriage agency and a chauffeur service are not those.
    for (const query of ['大数据婚介所', '新能源车代驾']) assert.equal(search(query).notFound, true, query);
  });

  it('two things joined by 和 are read one by one, and an official name with 和 stays whole', () => {
    const robots = search('我们给医院做手术机器人和康复机器人');
    assert.equal(robots.clauses.length, 2);
    assert.ok(codes(robots).includes('4.2') && codes(robots).includes('2.1'), codes(robots).join());
    // 4210 金属废料和碎屑加工处理 is listed whole in 7.3: still the class, still strong.
    const scrap = search('金属废料和碎屑加工处理');
    assert.equal(scrap.clauses.length, 1);
    assert.equal(scrap.categories[0].code, '7.3');
    assert.equal(scrap.categories[0].strength, 'strong');
    // 3453 齿轮及齿轮减、变速箱制造 has a 、 inside; 2.1 and 2.4 list it in part.
    const gears = search('齿轮及齿轮减、变速箱制造');
    assert.equal(gears.clauses.length, 1);
    assert.deepEqual(codes(gears).sort(), ['2.1', '2.4']);
  });

  it('a term that names only a kind of thing (通用基础软件: 软件) does not answer a clause saying which', () => {
    // 人脸识别软件 is 1.5's (face recognition); 1.3's 通用基础软件, 企业管理软件 … say only 软件.
    assert.ok(!codes(search('人脸识别软件')).includes('1.3'), codes(search('人脸识别软件')).join());
    assert.equal(search('软件').categories[0]?.code, '1.3');
  });

  it('an activity word inside the name of a listed product does not say what the business does', () => {
    // 3453's listed product 风力发电增速齿轮箱 (2.4) is a gearbox that is made, not 发电 (power generation, a service).
    assert.ok(codes(search('风力发电增速齿轮箱')).includes('2.4'), codes(search('风力发电增速齿轮箱')).join());
    assert.equal(search('汽车销售门店').notFound, true);
  });

  it('a note line listing things before what is done to them is read thing by thing', () => {
    // 8121 (listed whole in 1.1) notes 打印机、扫描仪维修; copiers are 8129, outside.
    assert.deepEqual(codes(search('打印机维修')), ['1.1']);
    assert.equal(search('复印机维修').notFound, true);
  });

  it('an item placed outside as a whole is read thing by thing when 及 joins two things done the same way', () => {
    // 计算机及办公设备维修: the whole is nearest 8129 其他办公设备维修 (outside), yet 计算机维修 is 8121 (1.1).
    const repair = search('计算机及办公设备维修');
    assert.deepEqual(codes(repair), ['1.1']);
    assert.equal(repair.categories[0].strength, 'possible');
    // Both things outside: still not found, and told where it belongs.
    const office = search('办公设备及家用电器维修');
    assert.equal(office.notFound, true);
  });

  it('an item that finds nothing as a whole is read thing by thing too, but not through a class listed in part', () => {
    // 掌上超声诊断仪 finds nothing; 超声探头 is a 3581 key product of 4.2 (高密度面阵超声探头).
    const probes = search('掌上超声诊断仪及超声探头的研发、生产');
    assert.deepEqual(codes(probes), ['4.2']);
    assert.equal(probes.categories[0].strength, 'possible');
    // 工程机械轮胎 reads as the name 轮胎制造, which 7.3 lists only for retreading: a guess on a guess, not reported.
    assert.equal(search('半钢子午线轮胎及工程机械轮胎的研发、生产').notFound, true);
  });

  it('a freight forwarder is not the airline: 航空国际货物运输代理 is 5821 货物运输代理, outside', () => {
    assert.equal(search('航空国际货物运输代理').notFound, true);
    assert.equal(search('航空货物运输').categories[0]?.code, '9.2');
    // An agency the directory lists keeps its category: 知识产权代理 is 9.1's note 知识产权代理服务.
    assert.equal(search('知识产权代理').categories[0]?.code, '9.1');
  });

  it('a platform run through the business’s own website or app is an internet platform (6432, 1.4)', () => {
    const rentals = search('依托自有网站及手机APP运营房屋租赁信息服务平台，为房东和租客提供房源信息发布服务');
    assert.deepEqual(codes(rentals), ['1.4']);
    assert.equal(search('同城搬家的网络预约平台').categories[0]?.code, '1.4');
    const travel = search('通过自有网站及手机APP为游客提供旅游线路、酒店住宿、景区门票的在线预订信息服务');
    assert.deepEqual(codes(travel), ['1.4']);
    // Its own lessons taught online are teaching, not a platform.
    assert.equal(search('依托自有网站为客户提供在线英语培训').notFound, true);
  });

  it('an item of a scope that the leading categories do not answer is answered by its own best category', () => {
    // 合同能源管理 is 7514's note (7.1), weaker than 3825 (6.3, strong) but the only answer to its item.
    assert.deepEqual(codes(search('光伏设备及元器件制造；合同能源管理')), ['6.3', '7.1']);
    // The name of a class listed only in part (4350 电气设备修理, for wind turbines in 6.2) is not enough on its own.
    assert.deepEqual(codes(search('智能配电柜的研发、生产；电气设备修理')), ['6.5']);
  });

  it('an older spelling finds what the classification spells otherwise (通讯 for 通信), and selling stays out', () => {
    assert.deepEqual(codes(search('通讯设备制造')), codes(search('通信设备制造')));
    assert.ok(codes(search('通讯设备制造')).includes('1.1'));
    assert.equal(search('通讯器材销售').notFound, true);
  });

  it('a general clause is not the directory’s when the classification outside names it as often', () => {
    // 建设工程 is in 氢能新兴能源工程建设 (6.4), and in the many kinds of building work of section E outside it.
    assert.equal(search('建设工程施工').notFound, true);
    // 特种设备 (boilers, lifts …) is not 特种锻造设备 of 2.1.
    assert.ok(!codes(search('特种设备制造')).includes('2.1'));
    // A word the directory alone holds is still read from its many terms.
    assert.equal(search('轴承').categories[0]?.code, '2.1');
  });

  it('a term that lacks a thing the clause names does not hold it', () => {
    // 中医诊断、治疗仪器设备 (4.2) shares 诊断设备 but not 汽车; 新能源汽车维护诊断设备 (5.3) names both.
    const car = codes(search('汽车维护诊断设备'));
    assert.ok(!car.includes('4.2'), car.join());
    assert.ok(car.includes('5.3'), car.join());
    // What a thing is for, said with 用的, may go unnamed: 真空蒸气灭菌器 is a hospital steriliser.
    assert.equal(search('生产医院用的灭菌器').categories[0]?.code, '4.2');
    // Things made of a material are not the material: 工程塑料制造 (3.3) does not hold 塑料制品制造 (292).
    assert.equal(search('塑料制品制造').notFound, true);
  });

  it('the trade a business serves, written before 行业, is not what it is', () => {
    // A headhunter for the chip trade is 7262 (human resources), not chip making; software for education is software.
    assert.equal(search('芯片行业猎头').notFound, true);
    assert.ok(codes(search('教育行业软件')).includes('1.3'));
  });

  it('a part of the name of a class listed only in part does not stand for the listed part', () => {
    // 7241 会计、审计及税务服务 is in 7.1 only for 能源审计: a bookkeeper's 税务服务 is not.
    assert.equal(search('税务服务').notFound, true);
  });
});

describe('a venue named after a technology', () => {
  it('is not the technology’s equipment (a VR arcade is entertainment, 90)', () => {
    for (const q of ['VR虚拟现实体验馆', '智能家居体验馆', '无人机体验店', '5G智慧主题餐厅', 'AI证件照照相馆'])
      assert.deepEqual(
        searcher.search(q).categories.map((c) => c.code),
        [],
        q,
      );
  });

  it('while the equipment itself and a venue the directory lists are still found', () => {
    assert.ok(searcher.search('虚拟现实设备制造').categories.some((c) => c.code === '1.5'));
    assert.ok(searcher.search('数字博物馆').categories.some((c) => c.code === '8.4'));
  });
});

describe('a repair clause', () => {
  it('is placed by the first thing it names, with the part or level of the work after it', () => {
    const codes = searcher.search('新能源汽车三电系统维修保养').categories.map((c) => c.code);
    assert.ok(
      codes.includes('5.4'),
      `repair of a new energy vehicle's drive system is 8111 (5.4): ${codes.join(', ')}`,
    );
  });

  it('that repairs something outside the directory stays not found', () => {
    for (const q of ['手机屏幕维修', '汽车音响维修'])
      assert.deepEqual(
        searcher.search(q).categories.map((c) => c.code),
        [],
        q,
      );
  });
});

describe('a school', () => {
  it('teaches: a school for a trade is education, not the trade', () => {
    assert.deepEqual(
      searcher.search('新能源汽车维修技能培训学校').categories.map((c) => c.code),
      [],
    );
  });
});

describe('a general item read in its scope’s context', () => {
  const clauseOf = (result: SearchResult, text: string) => result.clauses.find((c) => c.text === text);

  it('takes the qualifier another item gives its first word, and says so', () => {
    const result = search('一般项目：新能源汽车整车制造；新能源汽车电附件销售；汽车零部件及配件制造。');
    assert.deepEqual(codes(result), ['5.1', '5.2']);
    const parts = clauseOf(result, '汽车零部件及配件制造');
    assert.equal(parts?.correctedTo, '新能源汽车零部件及配件制造');
    assert.equal(result.categories[1].strength, 'possible');
  });

  it('takes it from the company’s name in a pasted licence', () => {
    const result = search(
      '名称：重庆两江新能源汽车高压线束有限公司 经营范围：一般项目：汽车零部件及配件制造；汽车零配件批发。',
    );
    assert.deepEqual(codes(result), ['5.2']);
  });

  it('finds nothing when nothing in the scope qualifies the item', () => {
    for (const query of ['汽车零部件及配件制造', '一般项目：汽车零部件及配件制造；汽车新车销售；智能车载设备制造。'])
      assert.ok(!codes(search(query)).includes('5.2'), query);
  });
});

describe('the company’s name in a pasted licence', () => {
  const licence = (name: string, scope: string) => `名称：${name} 经营范围：一般项目：${scope}`;

  it('is read for its trade with what the items do, and told of when no answer holds it', () => {
    const result = search(licence('重庆两江稀土永磁材料有限公司', '磁性材料生产；磁性材料销售；稀土功能材料销售。'));
    assert.ok(codes(result).includes('3.2'), codes(result).join());
    const name = result.clauses[0];
    assert.equal(name.text, '重庆两江稀土永磁材料有限公司');
    assert.equal(name.companyName, true);
    assert.equal(name.correctedTo, '两江稀土永磁材料生产');
    const reason = result.categories.find((c) => c.code === '3.2')!.reasons[0];
    assert.equal(reason.clauseIndex, 0);
    assert.equal(reason.possible, true);
    // The items keep their own answers, one place on.
    assert.equal(result.clauses[1].text, '磁性材料生产');
    assert.ok(result.clauses[1].matches.length > 0);
  });

  it('adds what the name names beside what the items name (低辐射镀膜玻璃 is also 7.1’s low-E glass)', () => {
    const result = search(
      licence('重庆鱼嘴低辐射镀膜玻璃有限公司', '技术玻璃制品制造；技术玻璃制品销售；建筑材料销售。'),
    );
    assert.deepEqual(codes(result), ['3.4', '7.1']);
    assert.equal(result.categories[1].strength, 'possible');
  });

  it('adds nothing when an answer already holds the name about as well', () => {
    const result = search(
      '名称：重庆两江IPTV集成播控有限公司 经营范围：许可项目：广播电视视频点播业务。一般项目：数字内容制作服务（不含出版发行）',
    );
    assert.deepEqual(codes(result), ['8.2']);
  });

  it('is not read when no item that touches the directory makes or serves: a seller’s name stays a seller’s', () => {
    for (const query of [
      licence('重庆渝鑫医疗器械有限公司', '第二类医疗器械销售；医疗器械维修；信息咨询服务（不含许可类信息咨询服务）'),
      licence('重庆绿源环保科技有限公司', '园林绿化工程施工；专业保洁、清洗、消毒服务；城市绿化管理'),
      licence('重庆巨力新材料科技有限公司', '建筑材料销售；五金产品零售；装卸搬运；普通货物仓储服务'),
    ]) {
      const result = search(query);
      assert.equal(result.notFound, true, query);
      assert.ok(!result.clauses.some((c) => c.companyName), query);
    }
  });
});
