/**
 * Every user-facing string of the search feature, zh-CN first, English available: what the `sixin search` command
 * prints and what `<sixin-scope-search>` shows under its form (the element reads them through its lazily loaded
 * engine chunk). One wording per concept: the command and the element say the same thing the same way.
 */
import { format, type Catalog, type Lang, type Message, type MessageParams } from '../messages.js';
import type { TermSource } from './index-format.js';
import type { CodeInfo, MatchStrength, OutsideIndustry, SearchNotice } from './types.js';

const plural = (n: unknown, one: string, many: string) => (n === 1 ? one : many);

export const SEARCH_MESSAGES = {
  // ── The answer a result leads with (很可能属于 / 可能属于，需核实 / 未找到) ──
  answerLikely: { 'zh-CN': '很可能属于“四新经济”目录。', en: 'Very likely in the new-economy (四新经济) directory.' },
  answerPossible: {
    'zh-CN': '可能属于“四新经济”目录，需核实：依据不够直接，请打开下面的分类核对。',
    en: 'Possibly in the new-economy (四新经济) directory, to be checked: the evidence is indirect, so open the categories below.',
  },
  notFound: {
    'zh-CN': '目录中未找到与这段经营范围相符的分类。',
    en: 'Not found in the directory: no category matches this business scope.',
  },
  nothingToSearch: { 'zh-CN': '这段文字中没有可检索的内容。', en: 'There is nothing to search for in this text.' },
  /** Said by the element's polite live region once typing pauses. */
  announce: {
    'zh-CN': '找到 {count} 个可能属于的分类。',
    en: (p) => plural(p.count, '1 category found.', `${p.count} categories found.`),
  },

  // ── Categories ──
  resultsHeading: {
    'zh-CN': '目录中相关的 {count} 个分类（按相关程度排序）',
    en: (p) =>
      plural(
        p.count,
        '1 related category in the directory',
        `${p.count} related categories in the directory (best first)`,
      ),
  },
  possibleHint: {
    'zh-CN': '“可能属于，需核实”表示依据不够直接（例如该行业小类只有部分属于此分类），请打开分类页面核实。',
    en: '“Possibly, to be checked” means the evidence is indirect (for example, only part of the industry class belongs here): check the category page.',
  },
  why: { 'zh-CN': '为什么', en: 'Why' },
  score: { 'zh-CN': '相关度', en: 'score' },
  directions: { 'zh-CN': '方向', en: 'directions' },
  industries: { 'zh-CN': '国家行业分类（代码）：', en: 'National industry classes (codes): ' },
  partial: {
    'zh-CN': '（只有部分属于本分类，国家分类表中标 *）',
    en: ' (only part of it belongs here; marked * in the national table)',
  },
  inferred: {
    'zh-CN': '国家分类未公布这一层的归属，目录归类待确认，不影响是否属于目录',
    en: 'the national classification does not publish this level, so its place in the directory awaits confirmation; this does not affect whether the business is in the directory',
  },
  /** How a clause matched: the directory's words and what they are. */
  matchedVia: { 'zh-CN': '对应“{term}”（{source}）', en: 'matches “{term}” ({source})' },
  because: { 'zh-CN': '依据', en: 'because' },
  moreReasons: { 'zh-CN': '另有 {count} 条依据', en: 'and {count} more' },

  // ── Clause by clause ──
  clausesHeading: { 'zh-CN': '逐条对照', en: 'Item by item' },
  clauseIn: { 'zh-CN': '很可能属于：{names}', en: 'very likely in the directory: {names}' },
  clausePossible: { 'zh-CN': '可能属于：{names}，需核实', en: 'possibly in the directory: {names}, to be checked' },
  noMatch: { 'zh-CN': '未识别，目录中没有对应内容', en: 'not recognised; nothing in the directory' },
  licensed: { 'zh-CN': '许可项目，需取得许可', en: 'permit required (许可项目)' },
  generic: { 'zh-CN': '过于笼统，无法单独判断', en: 'too general to decide on its own' },
  companyName: { 'zh-CN': '企业名称', en: 'company name' },
  correctedTo: { 'zh-CN': '按“{term}”理解', en: 'read as “{term}”' },
  outside: {
    'zh-CN': '不在目录中：属于国家行业分类“{name}”（{code}）',
    en: 'not in the directory: national industry class “{name}” ({code})',
  },
  outsidePart: {
    'zh-CN': '不在目录中：属于国家行业分类“{name}”（{code}），目录只收录其中一部分，不含此项',
    en: 'not in the directory: national industry class “{name}” ({code}), of which the directory lists only a part, not this',
  },
  outsideVia: { 'zh-CN': '；国家分类中的依据：“{term}”', en: '; the national classification says: “{term}”' },

  // ── Nothing found: what to do next ──
  nextSteps: { 'zh-CN': '您可以：', en: 'You can:' },
  tryOther: {
    'zh-CN': '换一种说法：写出具体的产品或服务，或输入国民经济行业代码（如 6513）；',
    en: 'put it another way: name the actual products or services, or type an industry code (such as 6513);',
  },
  /** The sentence around the link to the directory: text before, link text, text after. */
  browseBefore: { 'zh-CN': '浏览', en: 'browse the ' },
  browseLink: { 'zh-CN': '四新经济行业分类目录', en: 'new-economy industry directory' },
  browseAfter: { 'zh-CN': '，逐类查找；', en: ' category by category;' },
  contact: {
    'zh-CN': '向江北区市场监督管理局咨询。',
    en: 'ask the Jiangbei District Administration for Market Regulation (区市场监督管理局).',
  },

  // ── Around the result ──
  toChecker: { 'zh-CN': '用这段经营范围做资格自查', en: 'Check eligibility with this business scope' },
  clipped: {
    'zh-CN': '输入共 {length} 个字符，只检索了前 {limit} 个字符。',
    en: (p) =>
      `The text has ${p.length!.toLocaleString('en')} characters; only the first ${p.limit!.toLocaleString('en')} were searched.`,
  },
  revision: { 'zh-CN': '目录版本：{date}', en: 'Directory revision: {date}' },
  revisionUnreleased: {
    'zh-CN': '目录版本：{date} 版之后尚未发布的修改',
    en: 'Directory revision: unreleased changes after {date}',
  },
  codeUnknown: { 'zh-CN': '{code} 不是有效的{kind}代码。', en: '{code} is not a known {kind} code.' },
  codeIn: {
    'zh-CN': '{code} 是{kind}“{name}”，目录中有对应分类。',
    en: '{code} is the {kind} “{name}”, listed in the directory.',
  },
  codeOutside: {
    'zh-CN': '{code} 是{kind}“{name}”，不在目录中。',
    en: '{code} is the {kind} “{name}”, not in the directory.',
  },
} satisfies Catalog;

/** The ids of {@link SEARCH_MESSAGES}. */
export type SearchMessageId = keyof typeof SEARCH_MESSAGES;

/**
 * How sure a category is, in the words of the answer a result leads with: 很可能属于 (strong) and 可能属于，需核实
 * (possible), the same words everywhere the search speaks, batch classification's result file and report included.
 */
export const STRENGTH_MESSAGES = {
  strong: { 'zh-CN': '很可能属于', en: 'very likely' },
  possible: { 'zh-CN': '可能属于，需核实', en: 'possibly, to be checked' },
} satisfies Record<MatchStrength, Message>;

const SOURCE = {
  category: { 'zh-CN': '二级分类名称', en: 'category name' },
  direction: { 'zh-CN': '三级方向名称', en: 'direction name' },
  industry: { 'zh-CN': '国民经济行业小类', en: 'GB/T 4754 class' },
  'industry-note': { 'zh-CN': '国民经济行业分类注释', en: 'GB/T 4754 official note' },
  product: { 'zh-CN': '重点产品和服务', en: 'key product or service' },
  keyword: { 'zh-CN': '关键词', en: 'keyword' },
  alias: { 'zh-CN': '别称', en: 'alias' },
  code: { 'zh-CN': '代码', en: 'code' },
  pinyin: { 'zh-CN': '拼音', en: 'pinyin' },
  typo: { 'zh-CN': '纠正错别字', en: 'typo corrected' },
} satisfies Record<TermSource, Message>;

const CODE_KIND = {
  'gb-section': { 'zh-CN': '国民经济行业门类', en: 'GB/T 4754 section' },
  'gb-division': { 'zh-CN': '国民经济行业大类', en: 'GB/T 4754 division' },
  'gb-group': { 'zh-CN': '国民经济行业中类', en: 'GB/T 4754 group' },
  'gb-class': { 'zh-CN': '国民经济行业小类', en: 'GB/T 4754 class' },
  'level-1': { 'zh-CN': '目录一级分类', en: 'directory level-1 category' },
  'level-2': { 'zh-CN': '目录二级分类', en: 'directory level-2 category' },
} satisfies Record<CodeInfo['kind'], Message>;

/** One of `SEARCH_MESSAGES` in the given language, with `{name}` placeholders filled from `params`. */
export function searchText(key: SearchMessageId, lang: Lang, params: MessageParams = {}): string {
  return format(SEARCH_MESSAGES[key], lang, params);
}

/** How sure a category is, in words (`很可能属于`, `可能属于，需核实`). */
export function strengthLabel(strength: MatchStrength, lang: Lang): string {
  return format(STRENGTH_MESSAGES[strength], lang);
}

/** Where a matched term comes from, in words (`重点产品和服务`, `GB/T 4754 class`). */
export function sourceLabel(source: TermSource, lang: Lang): string {
  return format(SOURCE[source], lang);
}

/** Where a clause belongs outside the directory, in one line (`不在目录中：属于国家行业分类“零售业”（52）`). */
export function describeOutside(outside: OutsideIndustry, lang: Lang): string {
  const params = { code: outside.code, name: outside.name, term: outside.via ?? '' };
  return (
    searchText(outside.partial ? 'outsidePart' : 'outside', lang, params) +
    (outside.via ? searchText('outsideVia', lang, params) : '')
  );
}

/** One sentence about a notice, such as the input being clipped. */
export function formatNotice(notice: SearchNotice, lang: Lang): string {
  return searchText('clipped', lang, { length: notice.length, limit: notice.limit });
}

/** What a typed code is, in one line (`6210 是国民经济行业小类“正餐服务”，不在目录中。`). */
export function describeCode(info: CodeInfo, lang: Lang): string {
  const params = { code: info.code, kind: format(CODE_KIND[info.kind], lang), name: info.name ?? '' };
  return searchText(!info.known ? 'codeUnknown' : info.inDirectory ? 'codeIn' : 'codeOutside', lang, params);
}
