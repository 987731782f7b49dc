/**
 * A synthetic register of enterprises for the batch benchmark, built from real clauses: the directory's GB/T 4754
 * class names, key products and level-3 direction names (from the search index), GB/T 4754 class names outside the
 * directory, and the standard items nearly every registered scope carries (技术服务、技术开发…, 货物进出口,
 * 日用百货销售 …, in the wording of the national 经营范围规范表述). Items are drawn with a long-tailed (Zipf-like)
 * frequency, as in real registers where a few items recur in most scopes and most items are rare; a scope has 2 to
 * 14 items, often 一般项目/许可项目 sections and the registration boilerplate. Deterministic for a given seed.
 */
import type { SearchIndex } from '../src/search/index-format.js';

/** Items of the national standard wording that recur across registers, most of them outside the directory. */
export const COMMON_ITEMS = [
  '技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广',
  '日用百货销售',
  '货物进出口',
  '技术进出口',
  '企业管理咨询',
  '信息咨询服务（不含许可类信息咨询服务）',
  '会议及展览服务',
  '广告设计、代理',
  '广告制作',
  '办公用品销售',
  '五金产品零售',
  '建筑材料销售',
  '家政服务',
  '物业管理',
  '餐饮管理',
  '食品销售（仅销售预包装食品）',
  '市场营销策划',
  '组织文化艺术交流活动',
  '专业设计服务',
  '劳务服务（不含劳务派遣）',
  '普通货物仓储服务（不含危险化学品等需许可审批的项目）',
  '国内货物运输代理',
  '汽车零配件零售',
  '电子产品销售',
  '计算机软硬件及辅助设备零售',
  '化妆品零售',
  '服装服饰零售',
  '工程管理服务',
  '园林绿化工程施工',
  '住房租赁',
  '非居住房地产租赁',
  '停车场服务',
  '互联网销售（除销售需要许可的商品）',
  '软件开发',
  '信息系统集成服务',
  '数据处理服务',
  '人工智能应用软件开发',
  '新能源汽车整车销售',
  '环境保护专用设备制造',
  '工业设计服务',
];

/** Items that need a permit, written under 许可项目. */
export const LICENSED_ITEMS = [
  '食品经营',
  '道路货物运输（不含危险货物）',
  '建设工程施工',
  '第二类增值电信业务',
  '餐饮服务',
  '酒类经营',
  '烟草制品零售',
  '检验检测服务',
  '医疗器械经营',
  '药品零售',
];

const BOILERPLATE = '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';
const LICENSED_BOILERPLATE =
  '（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）';

/** A small, fast, seeded generator (mulberry32), so every run builds the same register. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from `items` with probability falling as 1/(rank+1): a long tail. */
function zipf(items: string[], random: () => number): () => string {
  const weights = items.map((_, i) => 1 / (i + 1));
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The real clauses the register is made of, from the published search index. */
export function clausePools(index: SearchIndex): { inside: string[]; outside: string[] } {
  const classCode = /^\d{4}$/;
  const inside = new Set<string>();
  const outside = new Set<string>();
  for (const entry of index.industries) {
    if (!classCode.test(entry[0])) continue;
    (entry.length === 3 ? inside : outside).add(entry[1]);
  }
  for (const [text, source] of index.terms) {
    // Products and direction names as a person would write them: short phrases, not whole descriptions.
    if ((source === 'p' || source === 'd') && text.length >= 3 && text.length <= 16 && !/[()（）]/.test(text))
      inside.add(text);
  }
  return { inside: [...inside], outside: [...outside] };
}

export interface SyntheticRow {
  id: string;
  name: string;
  scope: string;
  date: string;
}

const ID_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Rows of the synthetic register, one at a time. */
export function* syntheticRows(index: SearchIndex, count: number, seed = 19): Generator<SyntheticRow> {
  const random = seededRandom(seed);
  const pools = clausePools(index);
  const common = zipf(COMMON_ITEMS, random);
  const inside = zipf(shuffle(pools.inside, random), random);
  const outside = zipf(shuffle(pools.outside, random), random);
  const licensed = zipf(LICENSED_ITEMS, random);
  for (let n = 0; n < count; n++) {
    const items = new Set<string>();
    const size = 2 + Math.floor(random() * random() * 13);
    // About one register in four is a 四新 business: those carry some directory items among the ordinary ones.
    const sixin = random() < 0.25;
    while (items.size < size) {
      const r = random();
      items.add(r < 0.45 ? common() : r < (sixin ? 0.8 : 0.95) ? outside() : inside());
    }
    let scope = `${[...items].join('；')}${BOILERPLATE}`;
    if (random() < 0.6) scope = `一般项目：${scope}`;
    if (random() < 0.3) {
      const permits = new Set([licensed(), ...(random() < 0.3 ? [licensed()] : [])]);
      scope += `许可项目：${[...permits].join('；')}${LICENSED_BOILERPLATE}`;
    }
    let id = '915001';
    for (let i = 0; i < 12; i++) id += ID_CHARS[Math.floor(random() * ID_CHARS.length)];
    const year = 2000 + Math.floor(Math.sqrt(random()) * 25);
    const date = `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
    yield { id, name: `企业${n + 1}`, scope, date };
  }
}

/** A CSV line of a row (scopes hold no quotes or commas, but they are quoted as exports do). */
export function csvLine(row: SyntheticRow): string {
  return `${row.id},${row.name},"${row.scope.replace(/"/g, '""')}",${row.date}\r\n`;
}

export const CSV_HEADER = '统一社会信用代码,企业名称,经营范围,成立日期\r\n';
