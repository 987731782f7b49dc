/**
 * The explanations of problems that a working page never meets: data that is not what the elements read (a broken or
 * out-of-date `directory.json`, `tree.json` or `rules.json`, a server-rendered list they cannot use) and a shared
 * checker link that cannot be opened. Both languages, in a module of its own that `problem-text.ts` fetches the first
 * time such a problem happens, so that pages where all is well never download it. Problems with the connection are
 * not here: they are explained at once, offline too (`common.dataError` in the catalogs).
 */

import type { DataErrorCode, DataProblem, FieldKind, Lang, LinkProblem, RulesFieldKind } from './strings.js';

type Params = DataProblem['params'];

/** The words for the problems of one language. */
export interface ProblemTexts {
  /** A problem with the data (any code that `common.dataError` of the catalog does not explain). */
  data(problem: DataProblem): string;
  /** Why a shared link (`#answers=…`) cannot be opened. */
  link(problem: LinkProblem): string;
}

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

const RULES_DATA_ZH = (code: DataErrorCode, p: Params): string =>
  code === 'not-rules'
    ? '数据不是资格规则：请使用 sixin export 生成的 rules.json。'
    : code === 'rules-version'
      ? `rules.json 的格式版本是 ${p.version}，本组件只能读取版本 1。请使用与组件同一版本的网站数据。`
      : `rules.json 中 ${p.path} 有误：应为${RULES_KIND_ZH[p.expected as RulesFieldKind]}。`;

const ZH: ProblemTexts = {
  data: ({ code, params: p }) => {
    switch (code) {
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
      default:
        return `${code}: ${JSON.stringify(p)}`;
    }
  },
  link: ({ code, params: p }) => {
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
};

const FIELD_KIND_EN: Record<FieldKind, string> = {
  text: 'non-empty text',
  'text-or-null': 'text or null',
  level: '1, 2 or 3',
  'text-list': 'a list of text',
  'industry-list': 'a list of industry classes (each with a four-digit code and a name)',
  status: 'official or inferred',
  'category-id': 'a category id that fits its level (such as 1, 1.3 or 1.3/xinxing-ruanjian-kaifa)',
  code: 'a category code (such as 1 or 1.3) or null',
};

const RULES_KIND_EN: Record<RulesFieldKind, string> = {
  object: 'an object',
  text: 'non-empty text',
  id: 'an id of lowercase letters, digits and hyphens (a clause: a number such as 4.2)',
  localized: 'an object with zh-CN and en text',
  list: 'a list',
  boolean: 'true or false',
  status: 'applies, may-apply or does-not-apply',
  'measure-kind': 'scope, support or safeguard',
  options: 'at least two options',
  question: 'the id of a question',
  next: 'the id of a question, or end',
  option: "the id of one of the question's options",
  contact: 'the id of a contact in "contacts"',
  term: 'the id of a term in "glossary"',
  clause: 'the id of a clause in "clauses"',
  source: 'the id of a source in "sources"',
  unique: 'an id used only once',
  'no-loop': 'questions that never loop back (every path reaches end)',
  outcome: 'rules that give an outcome for every set of answers',
};

const RULES_DATA_EN = (code: DataErrorCode, p: Params): string =>
  code === 'not-rules'
    ? 'The data is not eligibility rules: use the rules.json that sixin export writes.'
    : code === 'rules-version'
      ? `rules.json is in format version ${p.version}; this element reads version 1. Use the site data that matches the element's version.`
      : `rules.json is wrong at ${p.path}: expected ${RULES_KIND_EN[p.expected as RulesFieldKind]}.`;

const EN: ProblemTexts = {
  data: ({ code, params: p }) => {
    switch (code) {
      case 'no-source':
        return 'No search data: set the src attribute to the URL of search-index.json.';
      case 'not-search-index':
        return `${p.url} is not a search index this element can read (${p.reason}).`;
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
      case 'parent-order':
        return `Category "${p.id}" comes before its parent "${p.parent}": in the data, every category must come after its parent.`;
      case 'duplicate-child':
        return `Category "${p.id}" lists the child "${p.child}" more than once.`;
      case 'too-many':
        return `The data has more than ${p.limit} ${p.what === 'categories' ? 'categories' : 'industry classes'}: it is not this directory.`;
      case 'too-large':
        return `${p.url} is larger than ${p.megabytes} MB, so it is not data for these elements and was not read. Check the URL.`;
      case 'unexpected':
        return "Something unexpected went wrong while reading the data; it may be damaged. Try again later; if this goes on, tell the site's administrators.";
      case 'list-item-without-id':
        return `Item ${p.position} ("${p.name}") of the category list in the page has no data-id attribute.`;
      case 'list-too-deep':
        return `The category list in the page is more than three levels deep at "${p.name}".`;
      case 'not-rules':
      case 'rules-version':
      case 'rules-invalid':
        return RULES_DATA_EN(code, p);
      default:
        return `${code}: ${JSON.stringify(p)}`;
    }
  },
  link: ({ code, params: p }) => {
    switch (code) {
      case 'damaged':
        return 'The answers in this link are incomplete or damaged, perhaps because part of it was lost when it was copied. Start again, or ask whoever shared it for the whole link.';
      case 'version':
        return `This link was made by a different version of the checker (format v${p.version}) and cannot be read here. Start again.`;
      case 'duplicate':
        return 'This link answers one question twice, so it is damaged. Start again.';
      case 'unknown-question':
        return 'The questions have changed since this link was made: some of the questions it answers are no longer asked. Start again, so that you do not get an out-of-date result.';
      case 'unknown-option':
        return `The questions have changed since this link was made: its answer to “${p.titleEn}” is no longer one of the answers. Start again, so that you do not get an out-of-date result.`;
      case 'changed':
        return `The questions have changed since this link was made: its answers to ${p.titlesEn} no longer fit the order of the questions. Start again, so that you do not get an out-of-date result.`;
      case 'unknown-category':
        return 'The directory has changed since this link was made: a category in it is no longer in the directory. Start again, so that you do not get an out-of-date result.';
      case 'revision':
        return `The answers in this link were given against directory revision ${p.given}. The current revision is ${p.current}, and the result below follows it.`;
    }
  },
};

/** The words for problems, by language. */
export const PROBLEM_TEXTS: Record<Lang, ProblemTexts> = { 'zh-CN': ZH, en: EN };
