/**
 * What a business does to its object: make it, sell it, repair it, build it, recycle it, research it, design it,
 * test it, lease it, farm it, or provide a service. A clause and a directory term must agree on it: selling phones is
 * not making them (issue 13), and the national classification says so itself — making is section C, selling is F,
 * building is E, repairing is divisions 43 and 81.
 *
 * A text's activities come from its own words (`activitiesOf`). A GB/T 4754-2017 class's activities come from the
 * data: the words of its official name, else what its section or division does (`classActivities`).
 */

import { contentEnd, contentSpans, GENERIC_HEADS, isGenericPlace } from './lexicon.js';

export type Activity =
  | 'make'
  | 'trade'
  | 'repair'
  | 'build'
  | 'recycle'
  | 'research'
  | 'design'
  | 'test'
  | 'lease'
  | 'farm'
  | 'teach'
  | 'service'
  | 'agency';

export const ACTIVITIES: readonly Activity[] = [
  'make',
  'trade',
  'repair',
  'build',
  'recycle',
  'research',
  'design',
  'test',
  'lease',
  'farm',
  'teach',
  'service',
  'agency',
];

/** A set of activities as a bit mask (bit i = `ACTIVITIES[i]`); 0 = the text names no activity. */
export type ActivityMask = number;

const bit = (activity: Activity): ActivityMask => 1 << ACTIVITIES.indexOf(activity);

/**
 * The words that name each activity in business scopes and in the classification's own names. `经营` is trading in
 * scopes (`药品经营`, `电线、电缆经营`); `开发` is research (`软件开发`, `技术开发`).
 */
export const ACTIVITY_WORDS: Record<Activity, readonly string[]> = {
  make: ['制造', '生产', '加工', '制作', '冶炼', '压延', '铸造', '锻造', '装配', '组装'],
  trade: ['销售', '批发', '零售', '经销', '经营', '进出口', '进口', '出口', '贸易', '卖', '代销', '专卖'],
  repair: ['修理', '维修', '维护', '保养', '检修'],
  build: ['施工', '安装', '装修', '装饰装修', '工程建筑', '建筑安装', '总承包', '承包', '建设', '改造'],
  recycle: ['回收', '拆解', '综合利用', '再生利用', '资源化', '再制造'],
  research: ['研发', '研究', '开发', '试验发展', '试验'],
  design: ['设计'],
  test: ['检测', '检验', '测试', '认证', '计量', '监测'],
  lease: ['租赁', '出租'],
  farm: ['种植', '养殖', '饲养', '培育', '捕捞'],
  // Teaching a subject is education (section P), not doing it: `人工智能培训` is not 人工智能.
  // A school is what teaches (`维修技能培训学校`).
  teach: ['培训', '教育', '教学', '辅导', '授课', '家教', '早教', '学校', '培训班', '驾校'],
  service: [
    '服务',
    // `网络预约出租汽车经营服务`: operating a service, not trading.
    '经营服务',
    '运营',
    '营运',
    '运维',
    '咨询',
    '推广',
    '转让',
    '支持',
    '处理',
    '管理',
    '活动',
    '业务',
    '承接',
    '托管',
    '外包',
    '发电',
    '供应',
    '投资',
    '注册',
  ],
  // Acting for others is a trade of its own: 5821 货物运输代理 is not 5612 航空货物运输 (`航空货物运输代理`).
  agency: ['代理'],
};

const WORD_MASK = new Map<string, ActivityMask>();
for (const activity of ACTIVITIES)
  for (const word of ACTIVITY_WORDS[activity]) WORD_MASK.set(word, (WORD_MASK.get(word) ?? 0) | bit(activity));
const LONGEST = Math.max(...[...WORD_MASK.keys()].map((w) => w.length));
const FIRST = new Set([...WORD_MASK.keys()].map((w) => w[0]));

/** Words that contain an activity word but name a thing (`服务器` is a server; `生产线` a production line). */
const NOT_ACTIVITY = [
  '服务器',
  '生产线',
  '生产性',
  '加工中心',
  '维护结构',
  '试验机',
  '试验台',
  '试验装置',
  '检测仪',
  '检测设备',
  '监测仪',
  '测试仪',
  '销钉',
  '发电机',
  '发电设备',
  '发电装备',
];
const NOT_ACTIVITY_FIRST = new Set(NOT_ACTIVITY.map((w) => w[0]));
const NOT_ACTIVITY_LONGEST = Math.max(...NOT_ACTIVITY.map((w) => w.length));

/**
 * The activities a name does, read the way names in the classification are written: what is done comes last
 * (`服务消费机器人制造` is made; `服务` there says what kind of robot). Activity words count from where the name's
 * last content ends (`contentEnd`), and an activity word that is itself content counts when it ends there
 * (`工业设计服务`, `检测服务`).
 */
export function finalActivities(text: string): ActivityMask {
  return activitiesOf(text, contentEnd(text));
}

/**
 * Words that name a service in general: they say what a business does only when nothing else in the text does
 * (`技术服务` is a service; in `零售服务`, `维修服务` the other word says it).
 */
const GENERIC_SERVICE = new Set(['服务', '业务', '活动']);

/** General kinds of thing that an activity word before them describes (`处理设备`, `发电产品`, `管理软件`). */
const THINGS = [...GENERIC_HEADS, '产品', '用品', '制品', '器材', '器具', '中心', '基地', '工具', '器', '船'];

/**
 * What may stand between an activity word and the kind of thing it describes: the technique and the complete set
 * of equipment for it (`污水处理技术和设备`, `精馏-生化法耦合处理技术与成套装备`).
 */
const BEFORE_THING = /^(?:利用)?(?:[和与及]?技术)?(?:[和与及])?(?:成套)?/u;

/** True when a general kind of thing follows at `at`: the activity word before it says what kind. */
function namesThing(text: string, at: number): boolean {
  const skip = BEFORE_THING.exec(text.slice(at, at + 8))?.[0].length ?? 0;
  for (const head of THINGS) if (text.startsWith(head, at + skip)) return true;
  return false;
}

/** True when a text begins with a general kind of thing (`设备…`, `系统…`). */
export function startsWithThing(text: string): boolean {
  return namesThing(text, 0);
}

/**
 * The activities a text names, by longest match of the activity words (linear in the text). A word followed by 用
 * or by a general kind of thing says what the thing is for (`销售用机器人`, `污水处理设备`) and is not counted.
 */
export function activitiesOf(text: string, from = 0, inName?: (start: number, end: number) => boolean): ActivityMask {
  let mask = 0;
  let generic = 0;
  let i = 0;
  while (i < text.length) {
    let step = 1;
    if (NOT_ACTIVITY_FIRST.has(text[i])) {
      for (let len = Math.min(NOT_ACTIVITY_LONGEST, text.length - i); len >= 2; len--) {
        if (NOT_ACTIVITY.includes(text.substr(i, len))) {
          step = len;
          break;
        }
      }
    }
    if (step === 1 && FIRST.has(text[i])) {
      for (let len = Math.min(LONGEST, text.length - i); len >= 1; len--) {
        const found = WORD_MASK.get(text.substr(i, len));
        if (found !== undefined) {
          // `销售用机器人`, `试验用设备`: what a thing is for, not what the business does; `教育行业软件`: the trade a
          // thing serves.
          if (
            text[i + len] !== '用' &&
            !text.startsWith('行业', i + len) &&
            i + len >= from &&
            !namesThing(text, i + len) &&
            !inName?.(i, i + len)
          ) {
            if (GENERIC_SERVICE.has(text.substr(i, len))) generic |= found;
            else mask |= found;
          }
          step = len;
          break;
        }
      }
    }
    i += step;
  }
  return mask || generic;
}

/** Shops and bodies a business is named after: an activity word before them is what the business does (`汽车销售门店`). */
const PLACES_AFTER = new Set(['店', '门店', '网点', '点', '部', '商行', '站']);

/**
 * The activities a clause of a scope names. Scopes put what is done before the thing (`生产锂电池`) or after it
 * (`锂电池的生产`), so every activity word counts, except one inside the name of a thing: with content before it and
 * the rest of the thing's name right after it (`风力发电增速齿轮箱` is a gearbox, made; not power generation).
 */
export function clauseActivities(text: string): ActivityMask {
  // `计算机软件开发技术培训`, `工程机械设备租赁`: teaching or leasing written last, with no list before it, is what the
  // business does; the rest says what is taught or leased.
  const final = finalActivities(text);
  if ((final === bit('teach') || final === bit('lease')) && !/[、,;及和与]/u.test(text)) return final;
  const spans = contentSpans(text);
  if (!spans.length) return activitiesOf(text);
  const firstContent = spans[0][0];
  const inName = (start: number, end: number): boolean => {
    if (start <= firstContent) return false;
    const span = spans.find(([s, e]) => s <= end && end < e);
    if (!span) return false;
    const rest = text.slice(end, span[1]);
    return Array.from(rest).length >= 2 && !isGenericPlace(rest) && !PLACES_AFTER.has(rest);
  };
  return activitiesOf(text, 0, inName);
}

/**
 * What a GB/T 4754-2017 section does when a class's name names no activity (`锂离子电池制造` names one;
 * `新能源车整车制造` too; `电力供应` does; `互联网生活服务平台` does). Divisions whose section says otherwise are listed
 * by their own two digits.
 */
const SECTION_ACTIVITY: Record<string, Activity> = {
  A: 'farm',
  B: 'make',
  C: 'make',
  D: 'service',
  E: 'build',
  F: 'trade',
  P: 'teach',
};
const DIVISION_ACTIVITY: Record<string, Activity> = {
  // 废弃资源综合利用业, 金属制品、机械和设备修理业 (section C), 研究和试验发展 (M), 机动车、电子产品和日用产品修理业 (O).
  '42': 'recycle',
  '43': 'repair',
  '73': 'research',
  '81': 'repair',
};

/** The activities of a GB/T 4754-2017 class: its name's activity words, or its division's or section's. */
export function classActivities(code: string, name: string, section: string): ActivityMask {
  const division = DIVISION_ACTIVITY[code.slice(0, 2)];
  if (division) return bit(division) | (division === 'recycle' ? bit('make') : 0);
  const own = finalActivities(name);
  if (own) return own;
  return bit(SECTION_ACTIVITY[section] ?? 'service');
}

/** True when a word names an activity by itself (`回收`, `设计`, `销售`). */
export function isActivityWord(word: string): boolean {
  return WORD_MASK.has(word);
}

/**
 * The activity word a text ends in, longest first, with at least two characters before it (`零售` of 烟草制品零售,
 * `认证` of 网络安全认证); undefined when it ends in none.
 */
export function finalActivityWord(text: string): string | undefined {
  const chars = Array.from(text);
  for (let length = Math.min(4, chars.length - 2); length >= 2; length--) {
    const tail = chars.slice(-length).join('');
    if (isActivityWord(tail)) return tail;
  }
  return undefined;
}

/** The mask of one activity. */
export function activityMask(activity: Activity): ActivityMask {
  return bit(activity);
}

/** The activities in a mask, in `ACTIVITIES` order. */
export function activitiesIn(mask: ActivityMask): Activity[] {
  return ACTIVITIES.filter((a) => mask & bit(a));
}

/**
 * Pairs of different activities that are close enough to count in part: developing a product and making it
 * (`智能机器人的研发`), the technical services around each other, collecting waste and processing it.
 * Any pair not listed disagrees: selling is never making, building never repairing.
 */
const NEAR: Array<[Activity, Activity, number]> = [
  ['research', 'make', 0.75],
  ['research', 'design', 0.85],
  ['research', 'test', 0.85],
  ['research', 'service', 0.85],
  ['design', 'service', 0.85],
  ['test', 'service', 0.85],
  ['repair', 'service', 0.75],
  ['recycle', 'service', 0.75],
  ['build', 'service', 0.6],
  ['agency', 'service', 0.6],
  ['farm', 'service', 0.6],
];
const NEAR_FACTOR = new Map<number, number>();
for (const [a, b, factor] of NEAR) {
  NEAR_FACTOR.set(bit(a) | bit(b), factor);
}

/** What a term keeps when the clause's activities and its own disagree outright. */
export const DISAGREEMENT = 0.2;

/**
 * How far a clause's activities agree with a term's: 1 when either names none or they share one, the best near-pair
 * factor when they are close, `DISAGREEMENT` otherwise. A clause naming several activities (`研发、生产、销售`)
 * agrees with a term naming any of them.
 */
export function agreement(clause: ActivityMask, term: ActivityMask): number {
  if (!clause || !term || clause & term) return 1;
  let best = DISAGREEMENT;
  for (let i = 0; i < ACTIVITIES.length; i++) {
    if (!(clause & (1 << i))) continue;
    for (let j = 0; j < ACTIVITIES.length; j++) {
      if (!(term & (1 << j))) continue;
      const factor = NEAR_FACTOR.get((1 << i) | (1 << j));
      if (factor !== undefined && factor > best) best = factor;
    }
  }
  return best;
}

/** True when a clause only trades (sells, wholesales, retails, imports): section F, which the directory lists once. */
export function onlyTrades(clause: ActivityMask): boolean {
  return clause === bit('trade');
}

/** True when a clause only teaches (培训, 教育): section P, which the directory lists only for 职业技能培训 in part. */
export function onlyTeaches(clause: ActivityMask): boolean {
  return clause === bit('teach');
}

/** True when a clause only leases things out: division 71 (租赁业), which the directory does not list. */
export function onlyLeases(clause: ActivityMask): boolean {
  return clause === bit('lease');
}
