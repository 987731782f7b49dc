/**
 * Every user-facing string of the package except what a search result says, which is core's search wording
 * (`@sixin/core/search` messages, rendered from the lazily loaded engine chunk). Simplified Chinese, the default, is
 * here; English is its own module, `strings.en.ts`, fetched the first time an element is shown in English, so that
 * Chinese pages never download it. Elements pick the language from the nearest `lang` attribute (see `localize.ts`);
 * add a key to both catalogs or the build fails. Messages that carry data are functions, so word order can differ
 * between languages.
 */

/** Languages the elements speak. Anything not starting with `en` is shown in Chinese. */
export type Lang = 'zh-CN' | 'en';

/** Why data could not be used: each code has its explanation in both catalogs (`common.dataError`). */
export type DataErrorCode =
  | 'network'
  | 'http'
  | 'not-json'
  | 'timeout'
  | 'too-large'
  | 'unexpected'
  | 'not-directory'
  | 'category-not-object'
  | 'bad-field'
  | 'duplicate-id'
  | 'unknown-parent'
  | 'unknown-child'
  | 'child-mismatch'
  | 'bad-level'
  | 'parent-order'
  | 'duplicate-child'
  | 'too-many'
  | 'list-item-without-id'
  | 'list-too-deep'
  | 'no-source'
  | 'not-search-index'
  | 'engine-unavailable'
  | 'not-rules'
  | 'rules-version'
  | 'rules-invalid';

/** What a field of a category must hold, named in {@link DataProblem} params as `expected`. */
export type FieldKind =
  'text' | 'text-or-null' | 'level' | 'text-list' | 'industry-list' | 'status' | 'category-id' | 'code';

/** A problem with the data, in words that do not depend on the language until it is shown. */
export interface DataProblem {
  code: DataErrorCode;
  params: Record<string, string | number>;
}

export interface Strings {
  checker: CheckerStrings;
  common: {
    loading: string;
    retry: string;
    /** Heading of the error box; the specific reason follows it. */
    loadFailed: string;
    /** Before the date of the directory revision that answers (the checker's and the tree's `revision` part). */
    revision: string;
    /** After 目录版本：, for data with changes not yet released since that revision. */
    unreleasedAfter: (date: string) => string;
    /**
     * What a person reads about a data problem: the connection (offline too), a file that is not what the elements
     * read (a broken or out-of-date `directory.json`, `tree.json`, `rules.json` or search index), or markup they
     * cannot use.
     */
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
  search: {
    /** Visible label of the text box when the host gives no `label`. */
    label: string;
    hint: string;
    compactHint: string;
    submit: string;
    loading: string;
    /** Accessible name of the suggestion list (compact mode). */
    suggestions: string;
    // What a result says (answer, categories, clauses, next steps) is core's search wording, `@sixin/core/search`
    // messages, which the results render from the lazily loaded engine chunk.
  };
}

// ── <sixin-eligibility-checker> ─────────────────────────────────────────────────────────────────────────────────
// Only the checker's own chrome lives here. Questions, answers, outcomes and their headings come from rules.json.

/** What belongs at a place in rules.json, named in the `rules-invalid` problem as `expected`. */
export type RulesFieldKind =
  | 'object'
  | 'text'
  | 'id'
  | 'localized'
  | 'list'
  | 'boolean'
  | 'status'
  | 'measure-kind'
  | 'options'
  | 'question'
  | 'next'
  | 'option'
  | 'contact'
  | 'term'
  | 'clause'
  | 'source'
  | 'unique'
  | 'no-loop'
  | 'outcome';

/**
 * Why a shared link (`#answers=…`) cannot be opened; each code has a message in both languages. `revision` is the one
 * that opens all the same: the link's answers were given against another directory revision (`given`) than the rules'
 * (`current`), which the result says with its words.
 */
export interface LinkProblem {
  code:
    | 'damaged'
    | 'version'
    | 'duplicate'
    | 'unknown-question'
    | 'unknown-option'
    | 'changed'
    | 'unknown-category'
    | 'revision';
  params: Record<string, string | number>;
}

const DOCUMENTS_ZH: Record<string, string> = { notice: '通知', measures: '办法', annex: '附件' };

export interface CheckerStrings {
  /** Shown above each page's heading and announced politely when the page changes. */
  stepOf(step: number): string;
  back: string;
  continue: string;
  /** Step 1: finding the business with the business-scope search or the directory tree. */
  findHeading: string;
  findIntro: string;
  searchHeading: string;
  treeHeading: string;
  /** Accessible name of the embedded tree. */
  treeLabel: string;
  /** Over the categories the search shows the business very likely in (strong matches), which suggest an answer. */
  foundBySearch: string;
  /** Over the categories the search shows it possibly in, to be checked, which suggest nothing. */
  foundPossible: string;
  chosenInTree: string;
  searchNothing: string;
  /** Over the categories found or chosen, on the question whose answer they suggest (pre-selected, to confirm). */
  suggested(option: string): string;
  /** Row of the answer summary for step 1, and what it says when nothing was found or chosen. */
  business: string;
  businessNotGiven: string;
  /** The categories a shared link carries, before (or without) the directory that names them. */
  savedCategories(count: number): string;
  errorSummaryTitle: string;
  chooseAnswer: string;
  /** Read before an inline error message (visually hidden), as GOV.UK does. */
  errorPrefix: string;
  /** Summary of the expandable explanation of a term on a question page. */
  termMeaning(term: string): string;
  checkHeading: string;
  change: string;
  seeResult: string;
  print: string;
  shareHeading: string;
  shareText: string;
  shareLinkLabel: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  changeAnswers: string;
  startOver: string;
  /** Read before a red-line warning (visually hidden). */
  warning: string;
  linkHeading: string;
  /** Why a shared link cannot be opened, or (`revision`) that its answers were given against another revision. */
  linkProblem(problem: LinkProblem): string;
  /** Put before a cited clause's title: the document it is in (and, in English, the clause number). */
  clauseSource(document: string, clause: string): string;
  // ── Result led by the answer (issue 20) ──
  /** The sentence beside the overall status: how many measures apply and how many to confirm. */
  resultSummary(applies: number, may: number): string;
  /** Heading over the red lines (measures of kind `safeguard`), which are duties, not benefits. */
  mustKeep: string;
  /** Summary of the folded list of measures that do not apply. */
  notApplying(count: number): string;
}

// What a place in the data must hold, as the `bad-field` and `rules-invalid` problems say it (`expected`).
const FIELD_KIND_ZH: Record<FieldKind, string> = {
  text: '非空文字',
  'text-or-null': '文字或 null',
  level: ' 1、2 或 3',
  'text-list': '文字列表',
  'industry-list': '行业小类列表（每项有四位数字的 code 和 name）',
  status: ' official 或 inferred',
  'category-id': '与级别相符的分类 id（如 1、1.3、1.3/xinxing-ruanjian-kaifa）',
  code: '分类代码（如 1、1.3）或 null',
};

const RULES_KIND_ZH: Record<RulesFieldKind, string> = {
  object: '对象',
  text: '非空文字',
  id: '由小写字母、数字和连字符组成的 id（条款为 4.2 这样的编号）',
  localized: '含 zh-CN 和 en 两种文字的对象',
  list: '列表',
  boolean: ' true 或 false',
  status: ' applies、may-apply 或 does-not-apply',
  'measure-kind': ' scope、support 或 safeguard',
  options: '至少两个选项',
  question: '已有问题的 id',
  next: '已有问题的 id 或 end',
  option: '该问题已有选项的 id',
  contact: ' contacts 中已有的联系部门 id',
  term: ' glossary 中已有的术语 id',
  clause: ' clauses 中已有的条款 id',
  source: ' sources 中已有的来源 id',
  unique: '不重复的 id',
  'no-loop': '不绕圈的问题顺序（每条路径最后都到 end）',
  outcome: '对每一组回答都给出结论的规则',
};

const RULES_DATA_ZH = (code: DataErrorCode, p: DataProblem['params']): string =>
  code === 'not-rules'
    ? '数据不是资格规则：请使用 sixin export 生成的 rules.json。'
    : code === 'rules-version'
      ? `rules.json 的格式版本是 ${p.version}，本组件只能读取版本 1。请使用与组件同一版本的网站数据。`
      : `rules.json 中 ${p.path} 有误：应为${RULES_KIND_ZH[p.expected as RulesFieldKind]}。`;

const CHECKER_ZH: CheckerStrings = {
  stepOf: (step) => `第 ${step} 步`,
  back: '返回',
  continue: '继续',
  findHeading: '先在目录中找到您的业务',
  findIntro:
    '粘贴营业执照上的经营范围，或者在目录中选择您的行业。很可能属于的分类会作为“是否属于目录”的建议答案，由您确认。找不到也可以直接继续。',
  searchHeading: '粘贴经营范围',
  treeHeading: '在目录中选择',
  treeLabel: '选择您的行业分类',
  foundBySearch: '经营范围查询显示很可能属于以下分类：',
  foundPossible: '以下分类可能属于，需核实，不作为建议答案，请打开分类核对：',
  chosenInTree: '您选择的分类：',
  searchNothing:
    '经营范围查询没有显示很可能属于的分类。您可以在目录中选择，或者直接继续，在后面的问题中回答是否属于目录。',
  suggested: (option) => `根据您查询或选择的目录分类，预先选了“${option}”。请核对后确认，或改选其他答案：`,
  business: '您的业务',
  businessNotGiven: '没有很可能属于的分类，在问题中回答',
  savedCategories: (n) => `链接中保存的 ${n} 个目录分类`,
  errorSummaryTitle: '出现问题',
  chooseAnswer: '请选择一个答案。',
  errorPrefix: '错误：',
  termMeaning: (term) => `“${term}”是什么意思？`,
  checkHeading: '检查您的回答',
  change: '修改',
  seeResult: '确认并查看结果',
  print: '打印结果',
  shareHeading: '保存或分享结果',
  shareText: '下面的链接包含您的回答，在任何浏览器中打开都能看到同样的结果。回答只保存在链接里，不会发送给任何人。',
  shareLinkLabel: '结果链接',
  copyLink: '复制链接',
  copied: '链接已复制。',
  copyFailed: '无法自动复制，请选中上面的链接后手动复制。',
  changeAnswers: '修改回答',
  startOver: '重新开始',
  warning: '警告：',
  linkHeading: '无法打开这个链接中的结果',
  linkProblem: ({ code, params: p }) => {
    switch (code) {
      case 'damaged':
        return '链接中的回答不完整或已损坏，可能是复制时少了一部分。请重新开始，或者请分享给您的人再发一次完整的链接。';
      case 'version':
        return `这个链接是用另一版本的自查工具生成的（格式 v${p.version}），这里无法读取。请重新开始。`;
      case 'duplicate':
        return '链接中有一个问题回答了两次，链接已损坏。请重新开始。';
      case 'unknown-question':
        return '自查的问题已经更新，链接中回答的问题有的已不再使用。为免给出过时的结果，请重新开始。';
      case 'unknown-option':
        return `自查的问题已经更新，链接中对“${p.titleZh}”的回答已不再是可选的答案。为免给出过时的结果，请重新开始。`;
      case 'changed':
        return `自查的问题已经更新，链接中对 ${p.titlesZh} 的回答与现在的提问顺序对不上。为免给出过时的结果，请重新开始。`;
      case 'unknown-category':
        return '目录已经更新，链接中的分类已不在目录中。为免给出过时的结果，请重新开始。';
      case 'revision':
        return `这个链接中的回答是按目录版本 ${p.given} 作出的；现行目录版本为 ${p.current}，下面的结果按现行目录给出。`;
    }
  },
  clauseSource: (document) => `《${Object.hasOwn(DOCUMENTS_ZH, document) ? DOCUMENTS_ZH[document] : document}》`,
  // ── Result led by the answer (issue 20) ──
  resultSummary: (applies, may) =>
    applies
      ? `根据您的回答，有 ${applies} 项措施适用于您${may ? `，另有 ${may} 项请向有关部门确认` : ''}。`
      : may
        ? `根据您的回答，有 ${may} 项措施可能适用，请向有关部门确认。`
        : '根据您的回答，本政策的措施不适用于您的业务。',
  mustKeep: '您需要遵守',
  notApplying: (n) => `不适用的措施（${n} 项）`,
};

const zh: Strings = {
  checker: CHECKER_ZH,
  common: {
    loading: '正在加载…',
    retry: '重试',
    loadFailed: '数据加载失败。',
    revision: '目录版本：',
    unreleasedAfter: (date) => `${date} 版之后尚未发布的修改`,
    dataError: ({ code, params: p }) => {
      switch (code) {
        case 'network':
          return `无法连接到 ${p.url}，请检查网络后重试。`;
        case 'http':
          return `服务器对 ${p.url} 返回了 ${p.status} 错误。`;
        case 'not-json':
          return `${p.url} 的内容不是 JSON 数据。`;
        case 'timeout':
          return `${p.url} 在 ${p.seconds} 秒内没有加载完，请检查网络后重试。`;
        case 'engine-unavailable':
          return '检索程序加载失败，请检查网络后重试。';
        case 'no-source':
          return '没有设置检索数据：请用 src 属性给出 search-index.json 的地址。';
        case 'not-search-index':
          return `${p.url} 不是可用的检索索引（${p.reason}）。`;
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
        case 'parent-order':
          return `分类“${p.id}”排在它的上级“${p.parent}”之前：数据中每个分类都应排在它的上级之后。`;
        case 'duplicate-child':
          return `分类“${p.id}”的下级“${p.child}”列了不止一次。`;
        case 'too-many':
          return p.what === 'categories'
            ? `数据中的分类超过 ${p.limit} 个，不是本目录的数据。`
            : `数据中的行业小类超过 ${p.limit} 个，不是本目录的数据。`;
        case 'too-large':
          return `${p.url} 超过 ${p.megabytes} MB，不是本组件的数据文件，没有读取。请检查地址。`;
        case 'unexpected':
          return '读取数据时发生了意外的错误，数据可能已损坏。请稍后重试；如果一直这样，请告诉网站管理员。';
        case 'list-item-without-id':
          return `页面中的分类列表第 ${p.position} 项（“${p.name}”）缺少 data-id 属性。`;
        case 'list-too-deep':
          return `页面中的分类列表在“${p.name}”处超过了三级。`;
        case 'not-rules':
        case 'rules-version':
        case 'rules-invalid':
          return RULES_DATA_ZH(code, p);
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
    inferred: '归类待确认',
    partial: '部分',
    matchedKeyword: '关键词：',
    matchedAlias: '别称：',
  },
  search: {
    label: '经营范围或关键词',
    hint: '可粘贴营业执照上的整段经营范围，也可输入关键词、行业代码（如 6513、1.3）或拼音首字母（如 rgzn）。按 Enter 查询，Shift+Enter 换行。',
    compactHint: '输入关键词、行业代码或拼音首字母，用上下方向键选择分类。',
    submit: '查询',
    loading: '正在加载检索数据…',
    suggestions: '可能属于的分类',
  },
};

/** The catalogs that are here: Chinese always, English once loaded. */
const catalogs: Partial<Record<Lang, Strings>> = { 'zh-CN': zh };
let englishLoading: Promise<void> | undefined;
let englishSettled = false;

/**
 * The catalog of `lang` if it has been loaded, or Chinese. Call {@link loadStrings} first to have English.
 * @returns the catalog to show, and the language it is in.
 */
export function stringsFor(lang: Lang): { lang: Lang; strings: Strings } {
  const strings = catalogs[lang];
  return strings ? { lang, strings } : { lang: 'zh-CN', strings: zh };
}

/**
 * Fetches the catalog of `lang` if it is not here yet: English, from `strings.en.js` beside this module (in the
 * bundle, `sixin-strings-en-<hash>.js` beside the bundle). If that fails (offline, or a CSP that forbids it), the
 * elements keep speaking Chinese and the console says why, once.
 * @returns `undefined` when there is nothing to wait for; otherwise a promise that settles, and never rejects, once
 *   {@link stringsFor} gives its final answer.
 */
export function loadStrings(lang: Lang): Promise<void> | undefined {
  if (lang !== 'en' || englishSettled) return undefined;
  englishLoading ??= import('./strings.en.js')
    .then(
      (module) => {
        catalogs.en = module.en;
      },
      (error: unknown) => {
        console.warn(
          `@sixin/elements: the English strings could not be loaded, so the elements stay in Chinese (${String(error)}).`,
        );
      },
    )
    .finally(() => {
      englishSettled = true;
    });
  return englishLoading;
}

/** Maps any BCP 47 tag to a language the elements speak: `en`, `en-GB` → English; everything else → Chinese. */
export function toLang(tag: string | null | undefined): Lang {
  return /^en(-|$)/i.test(tag?.trim() ?? '') ? 'en' : 'zh-CN';
}
