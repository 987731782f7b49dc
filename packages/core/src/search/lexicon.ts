/**
 * What the engine treats as a word worth matching. Chinese has no spaces, and `Intl.Segmenter` splits domain words
 * unstably (电动汽车 → 电|动|汽车), so text is cut into character bigrams; but first the common words of business
 * scopes are taken out, because they appear in every category and would make anything match anything.
 */

/**
 * Words that say what a business does to something (服务, 销售, 制造 …) or qualify it generally (其他, 新型, 相关 …),
 * not what it is about. They never make a match by themselves: a clause made only of them (`技术服务、技术开发`)
 * matches nothing. Longer words win over shorter ones where they overlap.
 */
export const COMMON_WORDS: readonly string[] = [
  // activities
  '服务',
  '销售',
  '技术',
  '管理',
  '开发',
  '制造',
  '咨询',
  '研发',
  '研究',
  '生产',
  '加工',
  '批发',
  '零售',
  '经营',
  '代理',
  '推广',
  '转让',
  '交流',
  '活动',
  '业务',
  '项目',
  '安装',
  '维修',
  '维护',
  '修理',
  '检修',
  '保养',
  '租赁',
  '运营',
  '营运',
  '运维',
  '进出口',
  '进口',
  '出口',
  '贸易',
  '经销',
  '供应',
  '提供',
  '从事',
  '承接',
  // `药品委托生产`: made under contract, still made
  '委托',
  '受托',
  '施工',
  '试验',
  '发展',
  '实施',
  '处理',
  '支持',
  // what is handled, in general
  '产品',
  '用品',
  '制品',
  '零部件',
  '零配件',
  '配件',
  '部件',
  '器材',
  '整机',
  // general qualifiers
  '相关',
  '其他',
  '其它',
  '专用',
  '通用',
  '专业',
  '一般',
  '各类',
  '各种',
  '新型',
  '新兴',
  '高端',
  '先进',
  '现代',
  '应用',
  '基础',
  '支撑',
  '配套',
  '系列',
  '关键',
  '第一类',
  '第二类',
  '第三类',
  '一类',
  '二类',
  '三类',
  '产业',
  '行业',
  '领域',
  '服务业',
  '业态',
  // connectives and the words of free descriptions
  '以及',
  '及其',
  '及',
  '与',
  '和',
  '或',
  '的',
  '等',
  '不含',
  '除外',
  '包括',
  '主要',
  '我们',
  '我司',
  '本公司',
  '公司',
  '企业',
  '做',
  '搞',
  '给',
  '帮',
  '是',
  '卖',
  '将',
  '用',
  '用于',
  '为主',
  '方面',
  '一些',
  '一家',
  '开了',
  '这个',
  '那个',
  '这类',
  '这种',
  '之类',
  '那种',
  '造',
  '改造',
  '建造',
  '打造',
  // the business itself, as people name it after what it does (`工业酶制剂厂`, `外观设计工作室`): not its subject
  '厂',
  '工厂',
  '厂家',
  '厂商',
  '制造商',
  '生产商',
  '供应商',
  '服务商',
  '集成商',
  '经销商',
  '代理商',
  '工作室',
];

/**
 * What a product is, in general (机器翻译**软件**, 储能**装置**): a clause naming the rest of such a term
 * (`机器翻译算法`) is about the same thing.
 */
export const GENERIC_HEADS: readonly string[] = [
  '软件',
  '系统',
  '设备',
  '装备',
  '装置',
  '材料',
  '平台',
  '仪器',
  '器件',
  '设施',
  '机械',
  '工具',
  '模块',
  '组件',
];

/** Places and bodies a business may be named after (`皮肤管理中心`): as all a term names, they say nothing. */
const GENERIC_PLACES: readonly string[] = ['中心', '机构', '基地', '园区', '场所', '事务所'];

/** True when a content run is only a place or body (`中心`). */
export function isGenericPlace(run: string): boolean {
  return GENERIC_PLACES.includes(run);
}

/** True when all a text names is a place or body (`中心服务`): a business named after one is not about it. */
export function namesOnlyGeneric(text: string): boolean {
  const runs = contentRuns(text);
  return runs.length === 1 && isGenericPlace(runs[0]);
}

/** Words that contain a common word but mean something of their own (服务器 is a server, not a service). */
export const PROTECTED_WORDS: readonly string[] = [
  '服务器',
  '基础设施',
  '等离子',
  '等静压',
  '饱和',
  '中和',
  '技术玻璃',
  '生产性',
  '应用商店',
  '开发板',
  '维修车',
  // information technology, not information (`信息咨询服务` is no 信息技术咨询服务)
  '信息技术',
  // emerging energy (hydrogen, geothermal …: `新兴能源技术研发`, a standard scope item), not any energy
  '新兴能源',
  // machine tools, not the processing of things in some centre (`皮肤管理中心` is no 加工中心)
  '加工中心',
  '车削中心',
  '钻削中心',
  // 造 alone is a common word (`造车`, people's 做): inside these it is part of what is named (`血管造影导管` is an
  // angiography catheter, not 血管 + 影 + 导管)
  '造影',
  '造纸',
  '造船',
  '造型',
  '造林',
  '人造',
];

const MAX_WORD = Math.max(...COMMON_WORDS.map((w) => w.length), ...PROTECTED_WORDS.map((w) => w.length));
const COMMON = new Set(COMMON_WORDS);
const PROTECTED = new Set(PROTECTED_WORDS);
// Characters that can start a common or protected word: everywhere else, no lookup is needed.
const FIRST_CHARS = new Set([...COMMON_WORDS, ...PROTECTED_WORDS].map((w) => w[0]));

/** True for a code point of a CJK ideograph block (what `\p{Script=Han}` finds in practice, faster). */
function isHanCode(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f) ||
    cp === 0x3007
  );
}

function isLatinOrDigitCode(cp: number): boolean {
  return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);
}

/** True when the first character of `text` is a Han character. */
function startsHan(text: string): boolean {
  return text.length > 0 && isHanCode(text.codePointAt(0)!);
}

/**
 * Marks each UTF-16 unit of a Han run that belongs to a common word (longest match, left to right; protected
 * words are skipped over whole).
 */
function commonMask(run: string): Uint8Array {
  const mask = new Uint8Array(run.length);
  let i = 0;
  while (i < run.length) {
    let step = 1;
    if (FIRST_CHARS.has(run[i])) {
      for (let len = Math.min(MAX_WORD, run.length - i); len >= 1; len--) {
        const piece = run.substr(i, len);
        if (PROTECTED.has(piece)) {
          step = len;
          break;
        }
        if (COMMON.has(piece)) {
          mask.fill(1, i, i + len);
          step = len;
          break;
        }
      }
    }
    i += step;
  }
  return mask;
}

/**
 * The content of a text in units, for comparing wording: each Han character outside common words, and each Latin or
 * digit word whole (`5g`, `saas`). What is done (制造 vs 服务) is compared separately (`activity.ts`).
 */
export function contentUnits(text: string): string[] {
  const units: string[] = [];
  for (const run of contentRuns(text)) {
    if (startsHan(run)) units.push(...Array.from(run));
    else units.push(run);
  }
  return units;
}

/**
 * Walks the content of `text` — Han runs with common words taken out, and Latin/digit words — and calls `visit` with
 * the start and end index of each piece, in order.
 */
function forEachContent(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (isHanCode(cp)) {
      let j = i;
      while (j < text.length) {
        const c = text.codePointAt(j)!;
        if (!isHanCode(c)) break;
        j += c > 0xffff ? 2 : 1;
      }
      const mask = commonMask(text.slice(i, j));
      let start = -1;
      for (let k = 0; k <= mask.length; k++) {
        if (k < mask.length && !mask[k]) {
          if (start < 0) start = k;
        } else if (start >= 0) {
          visit(i + start, i + k);
          start = -1;
        }
      }
      i = j;
    } else if (isLatinOrDigitCode(cp)) {
      let j = i + 1;
      while (j < text.length && isLatinOrDigitCode(text.charCodeAt(j))) j++;
      visit(i, j);
      i = j;
    } else i += cp > 0xffff ? 2 : 1;
  }
}

/** Where the parts of `text` that carry meaning stand: [start, end) of each, in order. */
export function contentSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  forEachContent(text, (start, end) => spans.push([start, end]));
  return spans;
}

/** The parts of `text` that carry meaning: Han runs with common words taken out, and Latin/digit words. */
export function contentRuns(text: string): string[] {
  const runs: string[] = [];
  forEachContent(text, (start, end) => runs.push(text.slice(start, end)));
  return runs;
}

/**
 * Where the meaning of a text ends: the index just after its last content character (a Han character outside the
 * common words, or a Latin letter or digit); 0 when it has none. What comes after is what is done to it
 * (`服务消费机器人制造` → 制造).
 */
export function contentEnd(text: string): number {
  let last = 0;
  forEachContent(text, (_, end) => (last = end));
  return last;
}

/** Longest word the segmenter looks up in the vocabulary's own word list. */
const MAX_SEGMENT = 3;

/**
 * Cuts a Han content run into the words the directory itself writes on their own (`通信设备` → 通信|设备 when both
 * occur as separate words in the vocabulary), longest first, left to right. Characters that form no known word stay
 * together. Without this, a bigram across two words (`信设`) would count as if it meant something.
 */
export function segmentRun(run: string, words?: ReadonlySet<string>): string[] {
  const chars = Array.from(run);
  if (!words || chars.length <= 2) return [run];
  const out: string[] = [];
  let unknown = '';
  let i = 0;
  while (i < chars.length) {
    let found = 0;
    for (let len = Math.min(MAX_SEGMENT, chars.length - i); len >= 2; len--) {
      if (words.has(chars.slice(i, i + len).join(''))) {
        found = len;
        break;
      }
    }
    if (found) {
      if (unknown) out.push(unknown);
      unknown = '';
      out.push(chars.slice(i, i + found).join(''));
      i += found;
    } else unknown += chars[i++];
  }
  if (unknown) out.push(unknown);
  return out;
}

/**
 * A pair of characters is taken for a word when at least this many vocabulary texts write it, and it appears after
 * and before at least two different characters (or a run edge): `稀土` (高纯稀土, 稀土磁性, 稀土催化 …) is a word,
 * `源汽` (always 新能源汽车) is not.
 */
const FREQUENT_PAIR = 3;
const PAIR_CONTEXTS = 2;

/**
 * The word list `segmentRun` uses, taken from the content runs of vocabulary texts: every content run of two or three Han characters
 * that appears on its own in some text (`软件` in `软件开发`, `通信` in `通信行业软件`), and every pair of characters
 * that several texts write in varied company (see `FREQUENT_PAIR`).
 */
export function collectWords(runsOfTexts: Iterable<readonly string[]>): Set<string> {
  const runs = new Set<string>();
  const pairs = new Map<string, { count: number; before: Set<string>; after: Set<string> }>();
  for (const textRuns of runsOfTexts) {
    const seen = new Set<string>();
    for (const run of textRuns) {
      if (!startsHan(run)) continue;
      const chars = Array.from(run);
      if (chars.length >= 2 && chars.length <= MAX_SEGMENT) runs.add(run);
      for (let k = 0; k + 1 < chars.length; k++) {
        const pair = chars[k] + chars[k + 1];
        let stats = pairs.get(pair);
        if (!stats) pairs.set(pair, (stats = { count: 0, before: new Set(), after: new Set() }));
        stats.before.add(chars[k - 1] ?? '^');
        stats.after.add(chars[k + 2] ?? '$');
        if (!seen.has(pair)) stats.count++;
        seen.add(pair);
      }
    }
  }
  const known = new Set(runs);
  for (const [pair, stats] of pairs) {
    if (stats.count >= FREQUENT_PAIR && stats.before.size >= PAIR_CONTEXTS && stats.after.size >= PAIR_CONTEXTS)
      known.add(pair);
  }
  // A three-character run that starts or ends with a known word is that word plus a character (`生物业` is
  // 生物 + 业), not a word of its own: keeping it would pair 物业 inside it.
  const words = new Set<string>();
  for (const word of known) {
    const chars = Array.from(word);
    if (chars.length === 3 && (known.has(chars[0] + chars[1]) || known.has(chars[1] + chars[2]))) continue;
    words.add(word);
  }
  return words;
}

/**
 * What a text names, as the last word of its last content run (`汽车高端轴承` → 轴承, `轴承钢` → 钢, `新能源汽车` → 汽车):
 * in Chinese the head of a noun phrase comes last, and everything before it narrows it. A Latin last run is its own
 * head; so is an activity word at the end, when `isActivity` says which words are (`再生资源回收` → 资源). Empty when
 * the text has no content.
 */
export function headOf(
  runs: readonly string[],
  words?: ReadonlySet<string>,
  isActivity?: (word: string) => boolean,
): string {
  const last = runs[runs.length - 1];
  if (!last) return '';
  if (!startsHan(last)) return last;
  const pieces = segmentRun(last, words);
  // What is done to the thing (`再生资源回收`, `商标设计`) is not the thing: the head is the word before it.
  while (pieces.length > 1 && isActivity?.(pieces[pieces.length - 1])) pieces.pop();
  const piece = pieces[pieces.length - 1];
  // A piece the vocabulary does not know is read by its last two characters (`机床轴承` → 轴承).
  return words && !words.has(piece) ? Array.from(piece).slice(-2).join('') : piece;
}

/**
 * Two spellings of one word that scopes and the classification use side by side: older licences write 通讯 where
 * GB/T 4754-2017 writes 通信 (`通讯设备制造`), and the data itself has both. Tokens are compared in one spelling; the
 * text shown is never changed.
 */
const SPELLINGS = new Map([['通讯', '通信']]);

/** A token in the spelling the index compares (`通讯` → 通信). */
export function canonicalToken(token: string): string {
  return SPELLINGS.get(token) ?? token;
}

/** How a token was formed: a pair of characters, a single character, a Latin word. */
export type TokenKind = 'bigram' | 'char' | 'latin';

/**
 * Tokens of content runs (see `contentRuns`), for matching, with how each was formed. Each Han run is cut into
 * known words (`segmentRun`); tokens are the character pairs inside each piece — never across two pieces, so
 * `信设` in 通信|设备 is no token — plus the single characters of pieces that form no known word (so `石墨烯` and
 * `石墨烯粉体` share `烯` however each is cut). Latin words of two or more characters are tokens too (`5g`, `3d`,
 * `saas`; plain numbers are left out: they are codes or specifications, not words). Unique, in order of first
 * appearance. Without `words`, each run is one piece.
 */
export function tokenizeRuns(runs: readonly string[], words?: ReadonlySet<string>): Map<string, TokenKind> {
  const out = new Map<string, TokenKind>();
  const add = (token: string, kind: TokenKind) => {
    const canonical = canonicalToken(token);
    if (!out.has(canonical)) out.set(canonical, kind);
  };
  for (const run of runs) {
    if (!startsHan(run)) {
      if (run.length >= 2 && !/^\d+$/.test(run)) add(run, 'latin');
      continue;
    }
    const pieces = segmentRun(run, words);
    if (pieces.length === 1 && Array.from(run).length === 1) {
      add(run, 'char');
      continue;
    }
    for (const piece of pieces) {
      const chars = Array.from(piece);
      for (let c = 0; c + 1 < chars.length; c++) add(chars[c] + chars[c + 1], 'bigram');
      if (words && !words.has(piece)) for (const ch of chars) add(ch, 'char');
    }
  }
  return out;
}

/** Tokens of a text with how each was formed (`tokenizeRuns` of its `contentRuns`). */
export function tokenizeDetailed(text: string, words?: ReadonlySet<string>): Map<string, TokenKind> {
  return tokenizeRuns(contentRuns(text), words);
}

/** The tokens of a text, for matching (see `tokenizeRuns`). */
export function tokenize(text: string, words?: ReadonlySet<string>): string[] {
  return [...tokenizeDetailed(text, words).keys()];
}

/** True when the text has something to match once common words are set aside. */
export function hasContent(text: string): boolean {
  return contentRuns(text).some((run) => startsHan(run) || (run.length >= 2 && !/^\d+$/.test(run)));
}
