/**
 * Every user-facing string of the search feature, zh-CN first, English available: notices in results and the
 * `sixin search` output. The widgets may use the same wording.
 */
import type { Lang } from '../content/problems.js';
import type { TermSource } from './index-format.js';
import type { CodeInfo, MatchStrength, OutsideIndustry, SearchNotice } from './types.js';

type Text = Record<Lang, string>;

export const SEARCH_MESSAGES = {
  notFound: {
    'zh-CN': '目录中未找到与此经营范围相符的分类。',
    en: 'Not found in the directory: no category matches this business scope.',
  },
  empty: { 'zh-CN': '请输入经营范围、行业代码或关键词。', en: 'Type a business scope, an industry code or a keyword.' },
  categoriesHeading: { 'zh-CN': '可能属于的分类（按相关程度排序）：', en: 'Categories it may fall in (best first):' },
  clausesHeading: { 'zh-CN': '逐条结果：', en: 'Clause by clause:' },
  unmatchedHeading: { 'zh-CN': '未匹配到目录的条目：', en: 'Clauses that matched nothing in the directory:' },
  licensed: { 'zh-CN': '许可项目', en: 'permit required' },
  generic: { 'zh-CN': '过于笼统，无法单独判断', en: 'too general to decide on its own' },
  score: { 'zh-CN': '相关度', en: 'score' },
  directions: { 'zh-CN': '方向', en: 'directions' },
  industries: { 'zh-CN': '国民经济行业', en: 'GB/T 4754 classes' },
  because: { 'zh-CN': '依据', en: 'because' },
  partial: { 'zh-CN': '（该行业仅部分属于本分类）', en: ' (only part of this class belongs here)' },
  inferred: { 'zh-CN': '（归属待核实）', en: ' (placement awaiting verification)' },
  correctedTo: { 'zh-CN': '按“{term}”理解', en: 'read as "{term}"' },
  moreReasons: { 'zh-CN': '另有 {count} 条依据', en: 'and {count} more' },
  outside: {
    'zh-CN': '属于国民经济行业 {code} {name}，不在目录中',
    en: 'GB/T 4754 {code} {name}, not in the directory',
  },
  outsidePart: {
    'zh-CN': '属于国民经济行业 {code} {name}，目录只收录其中一部分，不含此项',
    en: 'GB/T 4754 {code} {name}, of which the directory lists only a part, not this',
  },
  outsideVia: { 'zh-CN': '；国家分类中的依据：“{term}”', en: '; the national classification says: "{term}"' },
  revision: { 'zh-CN': '目录版本：{date}', en: 'Directory revision: {date}' },
  revisionUnreleased: {
    'zh-CN': '目录版本：{date} 版之后尚未发布的修改',
    en: 'Directory revision: unreleased changes after {date}',
  },
} satisfies Record<string, Text>;

const STRENGTH: Record<MatchStrength, Text> = {
  strong: { 'zh-CN': '明确', en: 'strong' },
  possible: { 'zh-CN': '可能（请查看分类页面核实）', en: 'possible (check the category page)' },
};

const SOURCE: Record<TermSource, Text> = {
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
};

const CODE_KIND: Record<CodeInfo['kind'], Text> = {
  'gb-section': { 'zh-CN': '国民经济行业门类', en: 'GB/T 4754 section' },
  'gb-division': { 'zh-CN': '国民经济行业大类', en: 'GB/T 4754 division' },
  'gb-group': { 'zh-CN': '国民经济行业中类', en: 'GB/T 4754 group' },
  'gb-class': { 'zh-CN': '国民经济行业小类', en: 'GB/T 4754 class' },
  'level-1': { 'zh-CN': '目录一级分类', en: 'directory level-1 category' },
  'level-2': { 'zh-CN': '目录二级分类', en: 'directory level-2 category' },
};

/** One of `SEARCH_MESSAGES` in the given language, with `{name}` placeholders filled from `params`. */
export function searchText(key: keyof typeof SEARCH_MESSAGES, lang: Lang, params: Record<string, string> = {}): string {
  return SEARCH_MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
}

/** How sure a category is, in words (`明确`, `可能（请查看分类页面核实）`). */
export function strengthLabel(strength: MatchStrength, lang: Lang): string {
  return STRENGTH[strength][lang];
}

/** Where a matched term comes from, in words (`重点产品和服务`, `GB/T 4754 class`). */
export function sourceLabel(source: TermSource, lang: Lang): string {
  return SOURCE[source][lang];
}

/** Where a clause belongs outside the directory, in one line (`属于国民经济行业 52 零售业，不在目录中`). */
export function describeOutside(outside: OutsideIndustry, lang: Lang): string {
  const params = { code: outside.code, name: outside.name, term: outside.via ?? '' };
  return (
    searchText(outside.partial ? 'outsidePart' : 'outside', lang, params) +
    (outside.via ? searchText('outsideVia', lang, params) : '')
  );
}

/** One sentence about a notice, such as the input being clipped. */
export function formatNotice(notice: SearchNotice, lang: Lang): string {
  return lang === 'en'
    ? `The text has ${notice.length.toLocaleString('en')} characters; only the first ${notice.limit.toLocaleString('en')} were searched.`
    : `输入共 ${notice.length} 个字符，只检索了前 ${notice.limit} 个字符。`;
}

/** What a typed code is, in one line (`6210 是国民经济行业小类“正餐服务”，不在目录中`). */
export function describeCode(info: CodeInfo, lang: Lang): string {
  const kind = CODE_KIND[info.kind][lang];
  if (!info.known)
    return lang === 'en' ? `${info.code} is not a known ${kind} code.` : `${info.code} 不是有效的${kind}代码。`;
  if (lang === 'en')
    return `${info.code} is ${kind} "${info.name}"${info.inDirectory ? ', listed in the directory' : ', not in the directory'}.`;
  return `${info.code} 是${kind}“${info.name}”${info.inDirectory ? '，目录中有对应分类' : '，不在目录中'}。`;
}
