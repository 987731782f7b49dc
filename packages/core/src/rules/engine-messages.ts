/**
 * Wording of the errors the rules engine itself raises (bad answers, rules that cannot run). Kept apart from the
 * validator's catalog (`content/problems.ts`, which includes these) so that browsers running the engine do not
 * download every validation message.
 */

import { format, type Catalog, type Lang, type MessageParams as Params } from '../messages.js';

const q = (s: unknown) => `"${String(s)}"`;

export const ENGINE_MESSAGES = {
  'rules-next-unknown': {
    'zh-CN': (p) =>
      `问题 ${p.question} 的选项 ${p.option} 的 next 指向不存在的问题 ${q(p.next)}；应为某个问题的 id 或 end。现有问题：${p.known}`,
    en: (p) =>
      `option ${p.option} of question ${p.question} goes to ${q(p.next)}, which is not a question; next must be a question id or end. The questions are: ${p.known}`,
  },
  'rules-cycle': {
    'zh-CN': (p) => `问题之间出现循环：${p.cycle}；提问必须一直向前，每条路径最终都以 next: end 结束`,
    en: (p) =>
      `the questions go round in a loop: ${p.cycle}; questions must always move forward and every path must finish with next: end`,
  },
  'rules-contact-unknown': {
    'zh-CN': (p) => `联系部门 ${q(p.contact)} 没有在 common.yaml 的 contacts 中定义；现有：${p.known}`,
    en: (p) => `contact ${q(p.contact)} is not defined under contacts in common.yaml; the contacts are: ${p.known}`,
  },
  'rules-no-outcome': {
    'zh-CN': (p) => `措施 ${p.measure} 对这组回答没有结论，规则不完整；请运行 npx sixin validate content 检查规则`,
    en: (p) =>
      `measure ${p.measure} has no outcome for these answers, so the rules are incomplete; run npx sixin validate content to check them`,
  },
  'answers-json-invalid': {
    'zh-CN': (p) => `答案文件不是有效的 JSON：${p.reason}`,
    en: (p) => `the answers file is not valid JSON: ${p.reason}`,
  },
  'answers-not-object': {
    'zh-CN': (p) => `答案应为一个 JSON 对象，例如 {"answers": {"in-directory": "yes"}}，收到的是 ${p.received}`,
    en: (p) => `the answers must be a JSON object such as {"answers": {"in-directory": "yes"}}, not ${p.received}`,
  },
  'answer-unknown-question': {
    'zh-CN': (p) => `答案中的问题 ${q(p.question)} 不存在（可能来自旧版本的问题，请重新开始）；现有问题：${p.known}`,
    en: (p) =>
      `the answers name question ${q(p.question)}, which does not exist (perhaps from an older version of the questions: start again); the questions are: ${p.known}`,
  },
  'answer-wrong-type': {
    'zh-CN': (p) =>
      `问题 ${p.question} 的答案应为选项 id（一个字符串，例如 "${p.example}"），收到的是 ${p.received}；可选：${p.known}`,
    en: (p) =>
      `the answer to question ${p.question} must be an option id (a string such as "${p.example}"), not ${p.received}; the options are: ${p.known}`,
  },
  'answer-unknown-option': {
    'zh-CN': (p) => `问题 ${p.question} 没有选项 ${q(p.option)}；可选：${p.known}`,
    en: (p) => `question ${p.question} has no option ${q(p.option)}; the options are: ${p.known}`,
  },
  'answer-missing': {
    'zh-CN': (p) => `还没有回答问题 ${p.question}（${p.title}），无法给出结论；可选：${p.known}`,
    en: (p) =>
      `question ${p.question} (${p.titleEn}) has not been answered yet, so there is no result; the options are: ${p.known}`,
  },
  'context-invalid': {
    'zh-CN': (p) => `经营范围查询结果的格式不对：${p.reasonZh}；应为 {"categories": ["1.3"], "licensed": false}`,
    en: (p) =>
      `the business-scope search result is malformed: ${p.reason}; it must look like {"categories": ["1.3"], "licensed": false}`,
  },
} satisfies Catalog;

export type EngineMessageCode = keyof typeof ENGINE_MESSAGES;

export function engineMessage(code: EngineMessageCode, params: Params, lang: Lang): string {
  return format(ENGINE_MESSAGES[code], lang, params);
}

/** The wording of an error the engine raised (`AnswerError` or `RulesError`), in the given language. */
export function engineErrorMessage(error: { code: EngineMessageCode; params: Params }, lang: Lang): string {
  return engineMessage(error.code, error.params, lang);
}
