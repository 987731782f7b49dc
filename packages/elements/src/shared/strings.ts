/**
 * Every user-facing string of the package, in Simplified Chinese (the default) and English.
 * Elements pick the language from the nearest `lang` attribute (see `localize.ts`); add a key to both catalogs or the
 * build fails. Messages that carry data are functions, so word order can differ between languages.
 */

/** Languages the elements speak. Anything not starting with `en` is shown in Chinese. */
export type Lang = 'zh-CN' | 'en';

/** Why data could not be used. Each code has a message in both languages ({@link Strings.dataError}). */
export type DataErrorCode =
  | 'network'
  | 'http'
  | 'not-json'
  | 'not-directory'
  | 'category-not-object'
  | 'bad-field'
  | 'duplicate-id'
  | 'unknown-parent'
  | 'unknown-child'
  | 'child-mismatch'
  | 'bad-level'
  | 'list-item-without-id'
  | 'list-too-deep';

/** What a field of a category must hold, named in {@link DataProblem} params as `expected`. */
export type FieldKind = 'text' | 'text-or-null' | 'level' | 'text-list' | 'industry-list' | 'status';

const FIELD_KIND_ZH: Record<FieldKind, string> = {
  text: '非空文字',
  'text-or-null': '文字或 null',
  level: ' 1、2 或 3',
  'text-list': '文字列表',
  'industry-list': '行业小类列表（每项有 code、name）',
  status: ' official 或 inferred',
};
const FIELD_KIND_EN: Record<FieldKind, string> = {
  text: 'non-empty text',
  'text-or-null': 'text or null',
  level: '1, 2 or 3',
  'text-list': 'a list of text',
  'industry-list': 'a list of industry classes (each with code and name)',
  status: 'official or inferred',
};

/** A problem with the data, in words that do not depend on the language until it is shown. */
export interface DataProblem {
  code: DataErrorCode;
  params: Record<string, string | number>;
}

export interface Strings {
  common: {
    loading: string;
    retry: string;
    /** Heading of the error box; the specific reason follows it. */
    loadFailed: string;
    dataError(problem: DataProblem): string;
  };
  tree: {
    /** Accessible name of the tree when the host gives no `label`. */
    label: string;
    filterLabel: string;
    filterHint: string;
    filterMatches(count: number): string;
    filterNoMatch(query: string): string;
    empty: string;
    /** Count shown after a level-1 or level-2 category. */
    directions(count: number): string;
    /** Count shown after a level-3 direction. */
    industries(count: number): string;
    inferred: string;
    /** Shown on a GB/T 4754 class marked `*` in the national table. */
    partial: string;
    /** Put before a keyword or alias that matched the filter (punctuation included). */
    matchedKeyword: string;
    matchedAlias: string;
  };
}

const zh: Strings = {
  common: {
    loading: '正在加载…',
    retry: '重试',
    loadFailed: '数据加载失败。',
    dataError: ({ code, params: p }) => {
      switch (code) {
        case 'network':
          return `无法连接到 ${p.url}，请检查网络后重试。`;
        case 'http':
          return `服务器对 ${p.url} 返回了 ${p.status} 错误。`;
        case 'not-json':
          return `${p.url} 的内容不是 JSON 数据。`;
        case 'not-directory':
          return '数据中没有 categories 列表：请使用 sixin export 生成的 directory.json 或 tree.json。';
        case 'category-not-object':
          return `categories 的第 ${p.index} 项不是对象。`;
        case 'bad-field':
          return `分类 ${p.category} 的 ${p.field} 字段有误：应为${FIELD_KIND_ZH[p.expected as FieldKind]}。`;
        case 'duplicate-id':
          return `有两个分类的 id 都是“${p.id}”。`;
        case 'unknown-parent':
          return `分类“${p.id}”的上级“${p.parent}”不在数据中。`;
        case 'unknown-child':
          return `分类“${p.id}”的下级“${p.child}”不在数据中。`;
        case 'child-mismatch':
          return `分类“${p.child}”列在“${p.id}”之下，但它的上级写的是“${p.parent}”。`;
        case 'bad-level':
          return `分类“${p.id}”是第 ${p.level} 级，与上级“${p.parent}”（第 ${p.parentLevel} 级）不衔接。`;
        case 'list-item-without-id':
          return `页面中的分类列表第 ${p.position} 项（“${p.name}”）缺少 data-id 属性。`;
        case 'list-too-deep':
          return `页面中的分类列表在“${p.name}”处超过了三级。`;
      }
    },
  },
  tree: {
    label: '四新经济行业分类目录',
    filterLabel: '筛选分类',
    filterHint: '可输入名称、代码、拼音首字母或行业小类代码，如“软件”“1.3”“xcl”“6513”',
    filterMatches: (n) => `找到 ${n} 个匹配项。`,
    filterNoMatch: (q) => `没有与“${q}”匹配的分类。请换一个词，或清空筛选查看全部分类。`,
    empty: '目录中没有分类。',
    directions: (n) => `${n} 个方向`,
    industries: (n) => `${n} 个行业小类`,
    inferred: '待核实',
    partial: '部分',
    matchedKeyword: '关键词：',
    matchedAlias: '别称：',
  },
};

const en: Strings = {
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    loadFailed: 'The data could not be loaded.',
    dataError: ({ code, params: p }) => {
      switch (code) {
        case 'network':
          return `Could not reach ${p.url}. Check the connection and try again.`;
        case 'http':
          return `The server answered ${p.status} for ${p.url}.`;
        case 'not-json':
          return `${p.url} does not contain JSON.`;
        case 'not-directory':
          return 'The data has no "categories" list: use the directory.json or tree.json that sixin export writes.';
        case 'category-not-object':
          return `Item ${p.index} of "categories" is not an object.`;
        case 'bad-field':
          return `Category ${p.category} has a bad "${p.field}": expected ${FIELD_KIND_EN[p.expected as FieldKind]}.`;
        case 'duplicate-id':
          return `Two categories have the id "${p.id}".`;
        case 'unknown-parent':
          return `Category "${p.id}" names the parent "${p.parent}", which is not in the data.`;
        case 'unknown-child':
          return `Category "${p.id}" lists the child "${p.child}", which is not in the data.`;
        case 'child-mismatch':
          return `Category "${p.child}" is listed under "${p.id}", but its parent is "${p.parent}".`;
        case 'bad-level':
          return `Category "${p.id}" is at level ${p.level}, which does not follow its parent "${p.parent}" at level ${p.parentLevel}.`;
        case 'list-item-without-id':
          return `Item ${p.position} ("${p.name}") of the category list in the page has no data-id attribute.`;
        case 'list-too-deep':
          return `The category list in the page is more than three levels deep at "${p.name}".`;
      }
    },
  },
  tree: {
    label: 'New-economy industry directory',
    filterLabel: 'Filter categories',
    filterHint: 'Name, code, pinyin initials or industry class code, such as 软件, 1.3, xcl or 6513',
    filterMatches: (n) => (n === 1 ? '1 match.' : `${n} matches.`),
    filterNoMatch: (q) => `Nothing matches “${q}”. Try another word, or clear the filter to see every category.`,
    empty: 'The directory has no categories.',
    directions: (n) => (n === 1 ? '1 direction' : `${n} directions`),
    industries: (n) => (n === 1 ? '1 industry class' : `${n} industry classes`),
    inferred: 'awaiting verification',
    partial: 'in part',
    matchedKeyword: 'keyword: ',
    matchedAlias: 'also called: ',
  },
};

/** The catalogs, by language. */
export const STRINGS: Record<Lang, Strings> = { 'zh-CN': zh, en };

/** Maps any BCP 47 tag to a language the elements speak: `en`, `en-GB` → English; everything else → Chinese. */
export function toLang(tag: string | null | undefined): Lang {
  return /^en(-|$)/i.test(tag?.trim() ?? '') ? 'en' : 'zh-CN';
}
