import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { RulesData, Sentence } from '@sixin/core';
import { enumeratePaths, evaluate, type Answers, type CheckContext } from '@sixin/core/rules';
import '../sixin-eligibility-checker.js';
import '../sixin-category-tree.js';
import '../sixin-scope-search.js';
import type { SixinEligibilityChecker } from './checker.component.js';
import type { SixinCheckerCompleteEvent } from '../events/sixin-checker-complete.js';
import type { SixinErrorEvent } from '../events/sixin-load.js';
import type { SixinSearchEvent } from '../events/sixin-search.js';
import { expectAccessible, textOf, waitFor } from '../test-support/helpers.js';

// ── Helpers ──────────────────────────────────────────────────────────────────────────────────────────────────────

const rulesText = new Map<string, string>();
/** A fresh copy of the rules at `url` (the small fixture by default; `/test-data/real/rules.json` is the real export). */
async function loadRules(url = '/src/checker/rules.fixture.json'): Promise<RulesData> {
  if (!rulesText.has(url)) rulesText.set(url, await (await fetch(url)).text());
  return JSON.parse(rulesText.get(url)!) as RulesData;
}

const startUrl = location.href;
afterEach(() => history.replaceState(null, '', startUrl));

interface Options {
  rules?: RulesData;
  attrs?: Record<string, string>;
  lang?: string;
}

/** A checker between two buttons (to tab in and out), with the page's URL left alone unless `url-state` is given. */
async function checkerWith({ rules, attrs = {}, lang = 'zh-CN' }: Options = {}): Promise<SixinEligibilityChecker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><button id="before">before</button></div>`);
  const checker = document.createElement('sixin-eligibility-checker');
  for (const [name, value] of Object.entries({ 'url-state': 'none', ...attrs })) checker.setAttribute(name, value);
  if (rules) checker.data = rules;
  wrapper.append(checker, Object.assign(document.createElement('button'), { id: 'after', textContent: 'after' }));
  await checker.updateComplete;
  return checker;
}

const root = (checker: Element) => checker.shadowRoot!;
/** The heading of the page shown (step 1 stays in the page, hidden, once left). */
const headingOf = (checker: Element) =>
  [...root(checker).querySelectorAll<HTMLElement>('.heading')].find((el) => !el.closest('[hidden]'));
const heading = (checker: Element) => textOf(headingOf(checker));
const part = (checker: Element, name: string) =>
  root(checker).querySelector<HTMLElement>(`[part~="${name}"]:not([hidden] *)`);
const status = (checker: Element) => textOf(root(checker).querySelector('[role="status"].visually-hidden'));

async function click(checker: SixinEligibilityChecker, element: HTMLElement | null | undefined) {
  expect(element, 'element to click').to.exist;
  element!.click();
  await checker.updateComplete;
}

/** The question on screen, found by its heading among the rules' questions. */
function questionOnScreen(checker: SixinEligibilityChecker, rules: RulesData, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const text = heading(checker);
  return rules.questions.find((q) => q.title[lang] === text);
}

/** Chooses an answer with the mouse and presses 继续. */
async function answer(checker: SixinEligibilityChecker, option: string) {
  await click(checker, root(checker).querySelector<HTMLInputElement>(`#answer-${option}`));
  await click(checker, part(checker, 'continue-button'));
}

/** Answers every question the path asks, in the order the element asks them, and stops at "check your answers". */
async function answerAll(
  checker: SixinEligibilityChecker,
  rules: RulesData,
  answers: Answers,
  lang: 'zh-CN' | 'en' = 'zh-CN',
) {
  for (let guard = 0; guard < rules.questions.length + 1; guard++) {
    const question = questionOnScreen(checker, rules, lang);
    if (!question) break;
    expect(answers, `the path has an answer to "${question.id}"`).to.have.property(question.id);
    await answer(checker, answers[question.id]!);
  }
  expect(heading(checker)).to.equal(lang === 'en' ? 'Check your answers' : '检查您的回答');
}

/** The text of a list item by item (`a | b`), or of the element when it holds no list. */
const itemsOf = (element: Element | null) => {
  const items = [...(element?.querySelectorAll('li') ?? [])];
  return items.length ? items.map(textOf).join(' | ') : textOf(element);
};

/** Status and reason of each measure on the result page, as a person reads them. */
function outcomesOnScreen(checker: Element) {
  return [...root(checker).querySelectorAll('.measure')].map((measure) => ({
    title: textOf(measure.querySelector('.measure-title')),
    status: textOf(measure.querySelector('[part="status"]')),
    text: textOf(measure),
  }));
}

/** Sentences as the element shows them in Chinese: one paragraph, an explanation outside the policy marked with its source. */
function said(rules: RulesData, sentences: readonly Sentence[]): string {
  const outside = rules.labels.outside['zh-CN'];
  return sentences
    .map((s) =>
      s.outside
        ? `${s['zh-CN']}（${outside}：${rules.sources.find((x) => x.id === s.outside)!.name['zh-CN']}）`
        : s['zh-CN'],
    )
    .join('');
}

/** What `evaluate()` of @sixin/core says, in the same words. */
function expectedOutcomes(rules: RulesData, answers: Answers, context?: CheckContext) {
  return evaluate(rules, answers, context).outcomes.map((o) => ({
    title: o.title['zh-CN'],
    status: rules.statuses[o.status]['zh-CN'],
    reason: said(rules, o.reason),
  }));
}

/**
 * The result shows every measure evaluate() gives, in its order within each group: the benefits that apply or may
 * apply with their status, then the red lines to keep to (no status badge), then those that do not apply, folded.
 */
function expectResult(checker: SixinEligibilityChecker, rules: RulesData, answers: Answers, context?: CheckContext) {
  const shown = outcomesOnScreen(checker);
  const outcomes = evaluate(rules, answers, context).outcomes;
  const expected = expectedOutcomes(rules, answers, context).map((e, i) => ({
    ...e,
    kind: outcomes[i]!.kind,
    raw: outcomes[i]!.status,
  }));
  const label = JSON.stringify({ answers, context });
  const ordered = [
    ...expected.filter((e) => e.raw !== 'does-not-apply' && e.kind !== 'safeguard'),
    ...expected.filter((e) => e.raw !== 'does-not-apply' && e.kind === 'safeguard').map((e) => ({ ...e, status: '' })),
    ...expected.filter((e) => e.raw === 'does-not-apply'),
  ];
  expect(
    shown.map(({ title, status }) => ({ title, status })),
    label,
  ).to.deep.equal(ordered.map(({ title, status }) => ({ title, status })));
  shown.forEach((measure, i) =>
    expect(measure.text, `${label} reason of ${measure.title}`).to.contain(ordered[i]!.reason),
  );
  const folded = [...root(checker).querySelectorAll('.not-applying .measure-title')].map(textOf);
  expect(folded, label).to.deep.equal(ordered.filter((e) => e.raw === 'does-not-apply').map((e) => e.title));
}

/** Paths that together choose every answer of every question and reach every rule of every measure. */
function coveringPaths(rules: RulesData, context?: CheckContext): Answers[] {
  const all = enumeratePaths(rules);
  const keysOf = (answers: Answers) => {
    const keys = Object.entries(answers).map(([q, o]) => `${q}=${o}`);
    for (const outcome of evaluate(rules, answers, context).outcomes) keys.push(`${outcome.measure}#${outcome.rule}`);
    return keys;
  };
  const keyed = all.map((answers) => ({ answers, keys: keysOf(answers) }));
  const uncovered = new Set(keyed.flatMap((p) => p.keys));
  const chosen: Answers[] = [];
  while (uncovered.size) {
    let best = keyed[0]!;
    let bestCount = -1;
    for (const path of keyed) {
      const count = path.keys.filter((k) => uncovered.has(k)).length;
      if (count > bestCount) [best, bestCount] = [path, count];
    }
    chosen.push(best.answers);
    for (const key of best.keys) uncovered.delete(key);
  }
  return chosen;
}

/** Clicks the tree item `key` inside the embedded tree of step 1. */
async function chooseInTree(checker: SixinEligibilityChecker, key: string) {
  const tree = root(checker).querySelector('sixin-category-tree')!;
  await waitFor(() => tree.shadowRoot?.querySelector(`[data-key="${key}"]`), `tree item ${key}`);
  (tree.shadowRoot!.querySelector(`[data-key="${key}"]`) as HTMLElement).click();
  await checker.updateComplete;
}

const focusedIn = (checker: Element) => root(checker).activeElement as HTMLElement | null;
async function expectFocusOnHeading(checker: SixinEligibilityChecker) {
  await waitFor(
    () => focusedIn(checker) === headingOf(checker),
    `focus should be on the heading "${heading(checker)}", is on ${focusedIn(checker)?.outerHTML}`,
  );
}

// ── Tests ────────────────────────────────────────────────────────────────────────────────────────────────────────

/** The answer chosen on the question on screen. */
const checkedAnswer = (checker: HTMLElement) =>
  root(checker).querySelector<HTMLInputElement>('input[name="answer"]:checked')?.value;

/** Moves through the browser's history (`history.back()`, …) and waits until the checker shows where it landed. */
async function moveInHistory(checker: SixinEligibilityChecker, to: () => void): Promise<void> {
  const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
  to();
  await popped;
  await checker.updateComplete;
}

/**
 * A checker opened from a link at the second question (涉及前置许可吗？), keeping its answers in the URL. Opening from
 * a link adds few entries to the tab's history: Chromium keeps 50, and the test files share one tab.
 */
async function checkerAtSecondQuestion(): Promise<SixinEligibilityChecker> {
  history.replaceState(null, '', '#answers=v1;scope:yes');
  const checker = await checkerWith({ rules: await loadRules(), attrs: { 'url-state': 'hash' } });
  expect(heading(checker)).to.equal('涉及前置许可吗？');
  return checker;
}

/**
 * After 涉及前置许可吗？ was answered 'yes' instead of 'no' (the page on screen is the next question): Back shows that
 * question with the new answer, Forward the new answer's page; ends back at the question, where the test began (the
 * test files share one tab's 50 entries, and the next entry pushed drops this one).
 */
async function expectBackAndForwardOverChangedAnswer(checker: SixinEligibilityChecker): Promise<void> {
  await moveInHistory(checker, () => history.back());
  expect(heading(checker)).to.equal('涉及前置许可吗？');
  expect(checkedAnswer(checker), 'Back shows the answer given last, not the one changed').to.equal('yes');
  expect(location.hash).to.equal('#answers=v1;scope:yes');
  await moveInHistory(checker, () => history.forward());
  expect(heading(checker)).to.equal('是否危及用户资金安全？');
  expect(location.hash).to.equal('#answers=v1;scope:yes,permit:yes');
  await moveInHistory(checker, () => history.back());
}

describe('<sixin-eligibility-checker> question pages', () => {
  it('asks one question at a time: the question is the legend and the heading, with help, terms, step and answers', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules });
    const legend = root(checker).querySelector('fieldset legend')!;
    expect(legend.querySelector('h2')!.textContent!.trim()).to.equal('您的业务属于目录吗？');
    expect(textOf(part(checker, 'step'))).to.equal('第 1 步');
    expect(legend.contains(part(checker, 'step'))).to.equal(true);
    expect(textOf(part(checker, 'help'))).to.equal('目录共 9 大类产业。');
    expect(root(checker).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('help');
    expect([...root(checker).querySelectorAll('label')].map(textOf)).to.deep.equal(['属于', '不属于', '不确定']);
    expect(part(checker, 'back-link'), 'no Back link on the first page').to.equal(null);
    expect(status(checker)).to.equal('第 1 步');
    await expectAccessible(checker, 'first question');

    await answer(checker, 'yes');
    expect(heading(checker)).to.equal('涉及前置许可吗？');
    expect(textOf(part(checker, 'step'))).to.equal('第 2 步');
    const term = root(checker).querySelector('details')!;
    expect(textOf(term.querySelector('summary'))).to.equal('“前置许可”是什么意思？');
    expect(textOf(term.querySelector('p'))).to.equal('登记前必须取得的许可。');
    expect(part(checker, 'suggestion'), 'nothing was searched, nothing is suggested').to.equal(null);
    expect(part(checker, 'note'), 'the 许可项目 note only follows a search that found them').to.equal(null);
    await answer(checker, 'no');
    const hinted = root(checker).querySelector('#answer-gaps')!;
    expect(textOf(root(checker).getElementById(hinted.getAttribute('aria-describedby')!))).to.equal('不是关键性材料');
    await expectAccessible(checker, 'question with terms and a hint');
  });

  it('shows an error summary when continuing without an answer, and its link leads to the answers', async () => {
    const checker = await checkerWith({ rules: await loadRules() });
    await click(checker, part(checker, 'continue-button'));
    const summary = part(checker, 'error-summary')!;
    expect(textOf(summary)).to.equal('出现问题 请选择一个答案。');
    await waitFor(() => focusedIn(checker) === summary, 'focus moves to the error summary');
    expect(textOf(part(checker, 'error-message'))).to.equal('错误：请选择一个答案。');
    expect(root(checker).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('help error-message');
    expect(heading(checker), 'still the same question').to.equal('您的业务属于目录吗？');
    await expectAccessible(checker, 'error summary');
    await click(checker, summary.querySelector('a'));
    expect(focusedIn(checker)?.id).to.equal('answer-yes');
    expect(location.hash, 'the link inside the element does not change the page URL').to.equal('');
    await answer(checker, 'no');
    expect(part(checker, 'error-summary')).to.equal(null);
  });

  it('moves focus to each new heading and announces "第 X 步"', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules });
    expect(focusedIn(checker), 'loading the page does not take focus').to.equal(null);
    await answer(checker, 'not-sure');
    await expectFocusOnHeading(checker);
    expect(status(checker)).to.equal('第 2 步');
    await answer(checker, 'yes');
    await expectFocusOnHeading(checker);
    expect(heading(checker)).to.equal('是否危及用户资金安全？');
    expect(status(checker)).to.equal('第 3 步');
    await answer(checker, 'no');
    await expectFocusOnHeading(checker);
    expect(heading(checker)).to.equal('检查您的回答');
    await click(checker, part(checker, 'continue-button'));
    await expectFocusOnHeading(checker);
    expect(heading(checker)).to.equal('哪些措施适用于您');
  });

  it('a new question starts with nothing chosen and its explanations closed, whatever the one before had', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules });
    await answer(checker, 'yes');
    expect(heading(checker)).to.equal('涉及前置许可吗？');
    expect(
      [...root(checker).querySelectorAll<HTMLInputElement>('input[name="answer"]')].filter((r) => r.checked),
    ).to.deep.equal([]);
    root(checker).querySelector('details')!.open = true;
    await answer(checker, 'no');
    expect(heading(checker)).to.equal('材料齐全吗？');
    expect(root(checker).querySelector('details')!.open).to.equal(false);
    expect(
      [...root(checker).querySelectorAll<HTMLInputElement>('input[name="answer"]')].filter((r) => r.checked),
    ).to.deep.equal([]);
  });

  it('goes Back one question at a time, keeping the answers given', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules });
    await answer(checker, 'yes');
    await answer(checker, 'no');
    expect(heading(checker)).to.equal('材料齐全吗？');
    await click(checker, part(checker, 'back-link'));
    expect(heading(checker)).to.equal('涉及前置许可吗？');
    await expectFocusOnHeading(checker);
    expect(root(checker).querySelector<HTMLInputElement>('#answer-no')!.checked).to.equal(true);
    await click(checker, part(checker, 'back-link'));
    expect(heading(checker)).to.equal('您的业务属于目录吗？');
    expect(root(checker).querySelector<HTMLInputElement>('#answer-yes')!.checked).to.equal(true);
    expect(part(checker, 'back-link')).to.equal(null);
    // Going forward again passes the answered questions one by one, with their answers chosen.
    await click(checker, part(checker, 'continue-button'));
    expect(heading(checker)).to.equal('涉及前置许可吗？');
    // A different answer takes another way; the earlier answers of the old way no longer count.
    await answer(checker, 'yes');
    expect(heading(checker)).to.equal('是否危及用户资金安全？');
    await answer(checker, 'yes');
    expect([...root(checker).querySelectorAll('dt')].map(textOf)).to.deep.equal([
      '您的业务属于目录吗？',
      '涉及前置许可吗？',
      '是否危及用户资金安全？',
    ]);
  });
});

describe('<sixin-eligibility-checker> check your answers and the result', () => {
  it('lists the answers with 修改 links; a change that needs no new question returns to the summary', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules });
    await answerAll(checker, rules, { scope: 'yes', permit: 'no', papers: 'gaps' });
    const rows = () =>
      [...root(checker).querySelectorAll('.summary-list .row')].map((row) => [
        textOf(row.querySelector('dt')),
        textOf(row.querySelector('dd')),
      ]);
    expect(rows()).to.deep.equal([
      ['您的业务属于目录吗？', '属于'],
      ['涉及前置许可吗？', '不涉及'],
      ['材料齐全吗？', '缺少个别材料'],
    ]);
    const changeLinks = [...root(checker).querySelectorAll<HTMLElement>('[part="change-link"]')];
    expect(changeLinks.map(textOf)).to.deep.equal([
      '修改 您的业务属于目录吗？',
      '修改 涉及前置许可吗？',
      '修改 材料齐全吗？',
    ]);
    await expectAccessible(checker, 'check your answers');

    await click(checker, changeLinks[2]);
    expect(heading(checker)).to.equal('材料齐全吗？');
    expect(root(checker).querySelector<HTMLInputElement>('#answer-gaps')!.checked).to.equal(true);
    await answer(checker, 'complete');
    expect(heading(checker)).to.equal('检查您的回答');
    expect(rows()[2]).to.deep.equal(['材料齐全吗？', '齐全']);

    // A change that opens another way asks its new questions first, then returns to the summary.
    await click(checker, root(checker).querySelectorAll<HTMLElement>('[part="change-link"]')[1]);
    await answer(checker, 'yes');
    expect(heading(checker)).to.equal('是否危及用户资金安全？');
    await answer(checker, 'no');
    expect(heading(checker)).to.equal('检查您的回答');
    expect(rows().map(([q]) => q)).to.deep.equal([
      '您的业务属于目录吗？',
      '涉及前置许可吗？',
      '是否危及用户资金安全？',
    ]);

    // Back from a question opened with 修改 returns to the summary without changing anything.
    await click(checker, root(checker).querySelectorAll<HTMLElement>('[part="change-link"]')[0]);
    await click(checker, part(checker, 'back-link'));
    expect(heading(checker)).to.equal('检查您的回答');
  });

  it('shows each measure with its status, reason, answers, clauses, contacts and what to bring', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules });
    const answers = { scope: 'yes', permit: 'no', papers: 'gaps' };
    await answerAll(checker, rules, answers);
    const completed = oneEvent(checker, 'sixin-checker-complete') as Promise<SixinCheckerCompleteEvent>;
    await click(checker, part(checker, 'continue-button'));
    const event = await completed;
    expect(event.detail.answers).to.deep.equal(answers);
    expect(event.detail.outcomes).to.deep.equal(evaluate(rules, answers).outcomes);
    expect(event.detail.fragment).to.equal('#answers=v1;scope:yes,permit:no,papers:gaps');
    expect(event.detail).to.not.have.property('context');
    expect(event.composed && event.bubbles).to.equal(true);

    expectResult(checker, rules, answers);
    expect(textOf(part(checker, 'disclaimer'))).to.equal('仅供参考，不是行政决定。');
    const rongque = root(checker).querySelectorAll('.measure')[1]!;
    expect(rongque.getAttribute('part')).to.equal('measure measure-applies');
    expect(textOf(rongque.querySelector('h3'))).to.equal('容缺登记 适用');
    const facts = [...rongque.querySelectorAll('dt')].map((dt) => [textOf(dt), itemsOf(dt.nextElementSibling)]);
    expect(facts).to.deep.equal([
      ['原因', '符合容缺登记条件。'],
      ['依据您的回答', '您的业务属于目录吗？ 属于 | 涉及前置许可吗？ 不涉及 | 材料齐全吗？ 缺少个别材料'],
      ['政策依据', '《办法》（二）营造宽松开放的市场准入环境 | 《办法》三、适用范围'],
      ['联系', '江北区市场监督管理局：办理企业登记。'],
      ['需要准备', '已有材料 | 补正承诺'],
      ['下一步', '申请时说明容缺办理。'],
    ]);
    const links = [...rongque.querySelectorAll<HTMLAnchorElement>('[part="clause-link"]')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/policy/#clause-4-2', '/policy/#clause-3']);
    expect(textOf(part(checker, 'warning')), 'no red line on this path').to.equal('');
    await expectAccessible(checker, 'result');
  });

  it('says plainly when a red line is crossed, and who to confirm with when a measure may apply', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({
      rules,
      attrs: { 'policy-href-template': 'https://example.gov.cn/zhengce/#{anchor}?id={id}' },
    });
    await answerAll(checker, rules, { scope: 'not-sure', permit: 'yes', harm: 'yes' });
    await click(checker, part(checker, 'continue-button'));
    const warning = part(checker, 'warning')!;
    expect(textOf(warning)).to.equal('!警告：危及用户资金安全，不在包容范围内。');
    expect(warning.querySelector('.visually-hidden')).to.exist;
    const duties = part(checker, 'duties')!;
    expect(textOf(duties.querySelector('h3'))).to.equal('您需要遵守');
    expect(textOf(duties.querySelector('h4')), 'a red line has no 适用 badge').to.equal('三条底线');
    expect(duties.querySelector('[part="status"]')).to.equal(null);
    const scope = root(checker).querySelector('.measure')!;
    expect(textOf(scope.querySelector('h3'))).to.equal('适用本办法 可能适用，请确认');
    expect([...scope.querySelectorAll('dt')].map(textOf)).to.include('请向以下部门确认');
    expect(scope.querySelector('a')!.getAttribute('href')).to.equal('https://example.gov.cn/zhengce/#clause-3?id=3');
    await expectAccessible(checker, 'result with a red-line warning');
  });

  it('leads the result with the answer and the actions, and folds the measures that do not apply', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
    await answerAll(checker, rules, { scope: 'no' });
    await click(checker, part(checker, 'continue-button'));
    expect(textOf(part(checker, 'result-summary'))).to.equal('不适用 根据您的回答，本政策的措施不适用于您的业务。');
    // What a person meets first, in order: heading, answer, actions and share, then the measures.
    const order = ['heading', 'result-summary', 'actions', 'share', 'not-applying'].map((name) => part(checker, name)!);
    for (let i = 1; i < order.length; i++) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING, `${i}`).to.not.equal(
        0,
      );
    }
    expect(root(checker).querySelectorAll('[part~="actions"]')).to.have.length(1);
    const folded = part(checker, 'not-applying') as HTMLDetailsElement;
    expect(folded.open).to.equal(false);
    expect(textOf(folded.querySelector('summary'))).to.equal('不适用的措施（3 项）');
    expect(part(checker, 'duties')).to.equal(null);
    await expectAccessible(checker, 'result that does not apply');

    await click(checker, part(checker, 'start-over-button'));
    await answerAll(checker, rules, { scope: 'yes', permit: 'no', papers: 'gaps' });
    await click(checker, part(checker, 'continue-button'));
    expect(textOf(part(checker, 'result-summary'))).to.equal('适用 根据您的回答，有 2 项措施适用于您。');
    await click(checker, part(checker, 'start-over-button'));
    await answerAll(checker, rules, { scope: 'not-sure', permit: 'yes', harm: 'yes' });
    await click(checker, part(checker, 'continue-button'));
    expect(textOf(part(checker, 'result-summary'))).to.equal(
      '可能适用，请确认 根据您的回答，有 1 项措施可能适用，请向有关部门确认。',
    );
  });

  it('marks what is not from the policy, adds what every covered business can expect, and links to how the check decides', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules });
    await answerAll(checker, rules, { scope: 'yes', permit: 'not-sure', papers: 'gaps' });
    await click(checker, part(checker, 'continue-button'));
    const rongque = root(checker).querySelectorAll('.measure')[1]!;
    expect(textOf(rongque.querySelector('dd'))).to.equal(
      '不确定是否涉及前置许可。本办法没有规定前置许可的范围。（政策外说明：本办法未作规定）',
    );
    expect(textOf(rongque.querySelector('[part="outside"]'))).to.equal('（政策外说明：本办法未作规定）');
    const how = part(checker, 'how-link') as HTMLAnchorElement;
    expect(textOf(how)).to.equal('自查工具如何判断');
    expect(how.getAttribute('href')).to.equal('/checker/how-it-decides/');
    const expectations = part(checker, 'expectations')!;
    expect(textOf(expectations.querySelector('h3'))).to.equal('您还可以期待');
    expect(textOf(expectations.querySelector('li'))).to.equal(
      '无事不扰：执法检查采取“无事不扰”原则。 《办法》（二）营造宽松开放的市场准入环境',
    );
    expect(expectations.querySelector('a')!.getAttribute('href')).to.equal('/policy/#clause-4-2');
    await expectAccessible(checker, 'result with expectations');

    // Only where the policy applies; and the link goes where the host says, or nowhere.
    const unsure = await checkerWith({ rules, attrs: { 'how-href': '' } });
    await answerAll(unsure, rules, { scope: 'not-sure', permit: 'yes', harm: 'no' });
    await click(unsure, part(unsure, 'continue-button'));
    expect(part(unsure, 'expectations')).to.equal(null);
    expect(part(unsure, 'how-link')).to.equal(null);
    const elsewhere = await checkerWith({
      rules,
      attrs: { 'how-href': 'https://example.gov.cn/sixin/checker/how-it-decides/' },
    });
    await answerAll(elsewhere, rules, { scope: 'no' });
    await click(elsewhere, part(elsewhere, 'continue-button'));
    expect(part(elsewhere, 'how-link')!.getAttribute('href')).to.equal(
      'https://example.gov.cn/sixin/checker/how-it-decides/',
    );
  });

  it('prints the result without the controls', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
    await answerAll(checker, rules, { scope: 'no' });
    await click(checker, part(checker, 'continue-button'));
    let printed = 0;
    const original = window.print;
    window.print = () => void printed++;
    try {
      await click(checker, part(checker, 'print-button'));
    } finally {
      window.print = original;
    }
    expect(printed).to.equal(1);
    // Folded on screen: the measures that do not apply are not shown until the person opens them.
    const folded = () => [...root(checker).querySelectorAll<HTMLElement>('.not-applying .measure')];
    expect(folded().length, 'measures that do not apply').to.be.greaterThan(0);
    expect(part(checker, 'not-applying')!.hasAttribute('open')).to.equal(false);
    expect(
      folded().every((m) => !m.checkVisibility()),
      'folded on screen',
    ).to.equal(true);
    await emulateMedia({ media: 'print' });
    try {
      for (const name of ['actions', 'share', 'back-link'])
        expect(getComputedStyle(part(checker, name)!).display, name).to.equal('none');
      expect(getComputedStyle(root(checker).querySelector('.measure')!).display).to.equal('block');
      // Paper cannot be opened: the folded measures are printed, with their reasons.
      for (const measure of folded()) {
        expect(measure.checkVisibility(), textOf(measure.querySelector('.measure-title'))).to.equal(true);
        expect(measure.getBoundingClientRect().height).to.be.greaterThan(0);
      }
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('opens what is folded while printing, for browsers that print a closed details folded, and closes it after', async () => {
    const rules = await loadRules();
    // Without url-state: the answers add no entry to the tab's history, which the test files share (Chromium keeps 50).
    const checker = await checkerWith({ rules });
    await answerAll(checker, rules, { scope: 'no' });
    await click(checker, part(checker, 'continue-button'));
    const folded = part(checker, 'not-applying') as HTMLDetailsElement;
    expect(folded.open).to.equal(false);
    window.dispatchEvent(new Event('beforeprint'));
    expect(folded.open, 'open while printing').to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(folded.open, 'folded again').to.equal(false);
    // What the person had opened stays open.
    folded.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    window.dispatchEvent(new Event('afterprint'));
    expect(folded.open).to.equal(true);
  });
});

describe('<sixin-eligibility-checker> every path', () => {
  it('gives the outcomes evaluate() gives on every path of the fixture rules', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules });
    const paths = enumeratePaths(rules);
    expect(paths).to.have.length(13);
    for (const answers of paths) {
      await answerAll(checker, rules, answers);
      await click(checker, part(checker, 'continue-button'));
      expectResult(checker, rules, answers);
      await click(checker, part(checker, 'start-over-button'));
    }
  });

  it('gives the outcomes evaluate() gives on paths of the real rules that reach every answer and every rule', async () => {
    const rules = await loadRules('/test-data/real/rules.json');
    const checker = await checkerWith({ rules });
    const paths = coveringPaths(rules);
    for (const answers of paths) {
      await answerAll(checker, rules, answers);
      await click(checker, part(checker, 'continue-button'));
      expectResult(checker, rules, answers);
      await click(checker, part(checker, 'start-over-button'));
    }
  });
});

describe('<sixin-eligibility-checker> keyboard only', () => {
  it('answers, goes back, changes and reaches the result with the keyboard alone', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules });
    (checker.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(checker)?.id, 'Tab reaches the first answer').to.equal('answer-yes');
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedIn(checker)?.id).to.equal('answer-no');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Enter' });
    await checker.updateComplete;
    expect(heading(checker)).to.equal('涉及前置许可吗？');
    await expectFocusOnHeading(checker);

    // From the heading: Shift+Tab reaches Back; Enter goes back.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedIn(checker)?.getAttribute('part')).to.equal('back-link');
    await sendKeys({ press: 'Enter' });
    await checker.updateComplete;
    expect(heading(checker)).to.equal('您的业务属于目录吗？');
    await expectFocusOnHeading(checker);

    // Tab to the chosen answer, Enter continues; the term's explanation opens with Enter.
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(checker)?.id).to.equal('answer-yes');
    await sendKeys({ press: 'Enter' });
    await checker.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(checker)?.tagName).to.equal('SUMMARY');
    await sendKeys({ press: 'Enter' });
    expect(root(checker).querySelector('details')!.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    expect(root(checker).querySelector<HTMLInputElement>('#answer-yes')!.checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await checker.updateComplete;
    expect(heading(checker)).to.equal('是否危及用户资金安全？');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await checker.updateComplete;
    expect(heading(checker)).to.equal('检查您的回答');

    // Summary: Tab to the first 修改, Enter opens that question.
    await sendKeys({ press: 'Tab' });
    expect(textOf(focusedIn(checker))).to.equal('修改 您的业务属于目录吗？');
    await sendKeys({ press: 'Enter' });
    await checker.updateComplete;
    expect(heading(checker)).to.equal('您的业务属于目录吗？');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await checker.updateComplete;
    expect(heading(checker)).to.equal('检查您的回答');
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(textOf(focusedIn(checker))).to.equal('确认并查看结果');
    await sendKeys({ press: 'Enter' });
    await checker.updateComplete;
    expect(heading(checker)).to.equal('哪些措施适用于您');
    await expectFocusOnHeading(checker);
    expectResult(checker, rules, { scope: 'yes', permit: 'yes', harm: 'no' });
  });
});

describe('<sixin-eligibility-checker> sharing through the URL', () => {
  it('keeps the answers in the fragment as they are given', async () => {
    const rules = await loadRules();
    history.replaceState(null, '', '#tab=2');
    const checker = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
    await answer(checker, 'yes');
    expect(location.hash).to.equal('#tab=2&answers=v1;scope:yes');
    await answer(checker, 'not-sure');
    expect(location.hash).to.equal('#tab=2&answers=v1;scope:yes,permit:not-sure');
    // The Back link goes back through the tab's history (to the entry of that question), which takes a moment.
    await click(checker, part(checker, 'back-link'));
    await waitFor(() => heading(checker) === '涉及前置许可吗？', 'the Back link shows the question before');
    await answer(checker, 'yes');
    expect(location.hash, 'answers off the path are not kept in the link').to.equal(
      '#tab=2&answers=v1;scope:yes,permit:yes',
    );
    await answer(checker, 'no');
    await click(checker, part(checker, 'continue-button'));
    const shareLink = part(checker, 'share-link') as HTMLInputElement;
    expect(shareLink.value).to.equal(`${startUrl.replace(/#.*$/, '')}#tab=2&answers=v1;scope:yes,permit:yes,harm:no`);
    await expectAccessible(checker, 'result with the share box');
    await click(checker, part(checker, 'start-over-button'));
    expect(location.hash, 'starting again removes the answers').to.equal('#tab=2');
  });

  it("goes back to the previous question with the browser's Back, one history entry per question", async () => {
    const rules = await loadRules();
    history.replaceState({ host: 1 }, '', '#tab=2');
    const checker = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
    await answer(checker, 'yes');
    await answer(checker, 'no');
    expect(heading(checker)).to.equal('材料齐全吗？');
    await moveInHistory(checker, () => history.back());
    expect(heading(checker)).to.equal('涉及前置许可吗？');
    expect(root(checker).querySelector<HTMLInputElement>('#answer-no')!.checked, 'the answer given is chosen').to.equal(
      true,
    );
    expect(location.hash).to.equal('#tab=2&answers=v1;scope:yes');
    await expectFocusOnHeading(checker);
    await moveInHistory(checker, () => history.back());
    expect(heading(checker)).to.equal('您的业务属于目录吗？');
    expect(location.hash, 'the first entry is the page as it was').to.equal('#tab=2');
    expect((history.state as { host?: number }).host, "the host's own state is kept").to.equal(1);
    await moveInHistory(checker, () => history.forward());
    expect(heading(checker)).to.equal('涉及前置许可吗？');
    // Answering again goes forward from here, then to the result, each a step Back can return to.
    await answer(checker, 'no');
    await answer(checker, 'gaps');
    await click(checker, part(checker, 'continue-button'));
    expect(heading(checker)).to.equal('哪些措施适用于您');
    await moveInHistory(checker, () => history.back());
    expect(heading(checker)).to.equal('检查您的回答');
    await moveInHistory(checker, () => history.back());
    expect(heading(checker)).to.equal('材料齐全吗？');
  });

  it('going Back a step and answering otherwise drops the pages that followed the old answer', async () => {
    const checker = await checkerAtSecondQuestion();
    await answer(checker, 'no');
    expect(heading(checker)).to.equal('材料齐全吗？');
    await answer(checker, 'gaps');
    expect(heading(checker)).to.equal('检查您的回答');
    const entries = history.length;
    await moveInHistory(checker, () => history.back());
    await moveInHistory(checker, () => history.back());
    expect(heading(checker)).to.equal('涉及前置许可吗？');
    expect(checkedAnswer(checker), 'the answer given is chosen').to.equal('no');
    // Answered otherwise: the path goes on to another question, and the link says what is on screen.
    await answer(checker, 'yes');
    const after = heading(checker);
    expect(after).to.not.equal('材料齐全吗？');
    expect(location.hash).to.equal('#answers=v1;scope:yes,permit:yes');
    // Nothing to go Forward to: the pages of the old answer (材料齐全吗？, its summary) left the history, and the
    // new page took their place.
    expect(history.length, 'entries of the old answer were left to go Forward to').to.equal(entries - 1);
    // Back shows the question with the answer now given, and Forward returns to the page of that answer.
    await moveInHistory(checker, () => history.back());
    expect(heading(checker)).to.equal('涉及前置许可吗？');
    expect(checkedAnswer(checker), 'Back shows the answer given last').to.equal('yes');
    await moveInHistory(checker, () => history.forward());
    expect(heading(checker)).to.equal(after);
    expect(location.hash).to.equal('#answers=v1;scope:yes,permit:yes');
    // Back to where the test began: the next entry pushed drops this one (the test files share one tab's 50).
    await moveInHistory(checker, () => history.back());
  });

  it("after the Back link and another answer, the browser's Back goes to that question, never to the old answer's page", async () => {
    // Back at the second question at the end, where the test began.
    const checker = await checkerAtSecondQuestion();
    await answer(checker, 'no');
    expect(heading(checker)).to.equal('材料齐全吗？');
    await click(checker, part(checker, 'back-link'));
    await waitFor(() => heading(checker) === '涉及前置许可吗？', 'the Back link shows the question before');
    await expectFocusOnHeading(checker);
    expect(checkedAnswer(checker), 'the answer given is chosen').to.equal('no');
    // Answered otherwise: the page of the old answer (材料齐全吗？) must not be left behind in the history.
    await answer(checker, 'yes');
    expect(heading(checker)).to.equal('是否危及用户资金安全？');
    await expectBackAndForwardOverChangedAnswer(checker);
  });

  it("after 修改 and another answer, the browser's Back goes to that question, never to a page of the old answers", async () => {
    // Back at the second question at the end, where the test began.
    const checker = await checkerAtSecondQuestion();
    await answer(checker, 'no');
    const entries = history.length;
    await answer(checker, 'complete');
    expect(heading(checker)).to.equal('检查您的回答');
    await click(checker, root(checker).querySelectorAll<HTMLElement>('[part="change-link"]')[1]);
    await waitFor(() => heading(checker) === '涉及前置许可吗？', '修改 shows that question');
    await expectFocusOnHeading(checker);
    expect(checkedAnswer(checker), 'the answer given is chosen').to.equal('no');
    // Answered otherwise: the pages of the old answers (材料齐全吗？, the summary) must not be left in the history.
    await answer(checker, 'yes');
    expect(heading(checker)).to.equal('是否危及用户资金安全？');
    expect(history.length, 'entries of the old answers were left').to.equal(entries);
    await expectBackAndForwardOverChangedAnswer(checker);
  });

  it('opens a shared link at the result, with the same outcomes, and copies the link', async () => {
    const rules = await loadRules();
    history.replaceState(null, '', '#answers=v1;scope:yes,permit:no,papers:gaps');
    const completed = new Promise<SixinCheckerCompleteEvent>((resolve) =>
      document.addEventListener('sixin-checker-complete', resolve, { once: true }),
    );
    const checker = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
    expect(heading(checker)).to.equal('哪些措施适用于您');
    expectResult(checker, rules, { scope: 'yes', permit: 'no', papers: 'gaps' });
    expect((await completed).detail.fragment).to.equal('#answers=v1;scope:yes,permit:no,papers:gaps');
    expect(focusedIn(checker), 'opening the page does not take focus').to.equal(null);

    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    try {
      await click(checker, part(checker, 'copy-button'));
      await waitFor(() => textOf(part(checker, 'share')).includes('链接已复制。'), 'copied');
      expect(copied).to.deep.equal([location.href]);
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
      await click(checker, part(checker, 'copy-button'));
      await waitFor(() => textOf(part(checker, 'share')).includes('无法自动复制'), 'copy failed');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }

    // A link pasted into the same tab opens too; the page's own anchors do not disturb the answers.
    location.hash = '#answers=v1;scope:no';
    await waitFor(() => outcomesOnScreen(checker)[0]?.status === '不适用', 'the new link is opened');
    await expectFocusOnHeading(checker);
    // The checker's own listener was added first, so it has run once the page's hashchange arrives here.
    const changed = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#main';
    await changed;
    await checker.updateComplete;
    expect(heading(checker)).to.equal('哪些措施适用于您');
  });

  it('names the directory revision with the result and in the link; an older link says it was answered against another', async () => {
    const rules = { ...(await loadRules()), revision: { date: '2021-12-30' } } as RulesData;
    const revisionLine = (checker: Element) => textOf(part(checker, 'revision'));
    history.replaceState(null, '', '#answers=v1;scope:yes,permit:no,papers:gaps');
    const checker = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
    expect(heading(checker)).to.equal('哪些措施适用于您');
    expect(revisionLine(checker)).to.equal('目录版本：2021-12-30');
    expect(location.hash).to.equal('#answers=v1;scope:yes,permit:no,papers:gaps;r:2021-12-30');
    expect((part(checker, 'share-link') as HTMLInputElement).value).to.match(/;r:2021-12-30$/);
    checker.remove();

    // A link answered against an older revision opens with the result by today's directory, and says so.
    history.replaceState(null, '', '#answers=v1;scope:yes,permit:no,papers:gaps;r:2020-06-30');
    const old = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
    await waitFor(() => heading(old) === '哪些措施适用于您', 'the result of the older link');
    expect(revisionLine(old)).to.equal(
      '这个链接中的回答是按目录版本 2020-06-30 作出的；现行目录版本为 2021-12-30，下面的结果按现行目录给出。',
    );
    expectResult(old, rules, { scope: 'yes', permit: 'no', papers: 'gaps' });
    expect(location.hash, 'the link still says what it was answered against').to.match(/;r:2020-06-30$/);
    await expectAccessible(old, 'result of an older link');
    // Answered again, the answers are today's.
    await click(old, part(old, 'change-answers-button'));
    await click(old, part(old, 'change-link'));
    await answer(old, 'yes');
    expect(heading(old)).to.equal('检查您的回答');
    await click(old, part(old, 'continue-button'));
    expect(revisionLine(old)).to.equal('目录版本：2021-12-30');
    expect(location.hash).to.equal('#answers=v1;scope:yes,permit:no,papers:gaps;r:2021-12-30');
    old.remove();
    // Back to where the test began: the next entry pushed drops the two this one added (the files share one tab).
    const popped = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    history.go(-2);
    await popped;

    // A link from the same revision, or from before links named one, says only the revision.
    for (const fragment of ['#answers=v1;scope:no;r:2021-12-30', '#answers=v1;scope:no']) {
      history.replaceState(null, '', fragment);
      const same = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
      expect(revisionLine(same), fragment).to.equal('目录版本：2021-12-30');
      same.remove();
    }
    // Rules without a revision (unreleased changes) name none, and links made with them carry none.
    history.replaceState(null, '', '#answers=v1;scope:no');
    const unnamed = await checkerWith({ rules: await loadRules(), attrs: { 'url-state': 'hash' } });
    expect(part(unnamed, 'revision')).to.equal(null);
    expect(location.hash).to.equal('#answers=v1;scope:no');
    unnamed.remove();
    // Rules with changes not yet released name the revision they follow, and links made with them carry none.
    const unreleased = await checkerWith({
      rules: { ...(await loadRules()), revision: { unreleased: true, after: '2021-12-30' } },
      attrs: { 'url-state': 'hash' },
    });
    expect(revisionLine(unreleased)).to.equal('目录版本：2021-12-30 版之后尚未发布的修改');
    expect(location.hash).to.equal('#answers=v1;scope:no');
  });

  it("leaves the page's own anchor alone until there is an answer to keep", async () => {
    history.replaceState(null, '', '#intro');
    const checker = await checkerWith({ rules: await loadRules(), attrs: { 'url-state': 'hash' } });
    expect(location.hash).to.equal('#intro');
    await answer(checker, 'no');
    expect(location.hash).to.equal('#answers=v1;scope:no');
  });

  it('opens an unfinished link at the next question', async () => {
    const checker = await checkerAtSecondQuestion();
    expect(textOf(part(checker, 'step'))).to.equal('第 2 步');
  });

  it('says why a damaged or out-of-date link cannot be opened, and starts again', async () => {
    const rules = await loadRules();
    const cases: Array<[string, string]> = [
      ['#answers=v1;scope', '链接中的回答不完整或已损坏'],
      ['#answers=v7;scope:yes', '另一版本的自查工具生成的（格式 v7）'],
      ['#answers=v1;scope:yes,size:small', '链接中回答的问题有的已不再使用'],
      ['#answers=v1;scope:yes,permit:maybe', '链接中对“涉及前置许可吗？”的回答已不再是可选的答案'],
      ['#answers=v1;scope:no,permit:yes', '链接中对 “涉及前置许可吗？” 的回答与现在的提问顺序对不上'],
      ['#answers=v1;scope:yes,call-4008-123-456-now:yes', '链接中回答的问题有的已不再使用'],
      ['#answers=v1;scope:yes,permit:call-4008-123-456-now', '的回答已不再是可选的答案'],
      ['#answers=v1;scope:call-4008-123-456-now,scope:no', '链接中有一个问题回答了两次'],
    ];
    for (const [fragment, message] of cases) {
      history.replaceState(null, '', fragment);
      const checker = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
      await waitFor(() => part(checker, 'link-problem'), `${fragment}: the link problem is not shown`);
      expect(heading(checker), fragment).to.equal('无法打开这个链接中的结果');
      expect(textOf(part(checker, 'link-problem')), fragment).to.contain(message);
      expect(textOf(part(checker, 'link-problem')), 'nothing from the link is repeated in the page').to.not.match(
        /4008|size|maybe/,
      );
      expect(location.hash, 'the link stays until the person starts again').to.equal(fragment);
      expect(outcomesOnScreen(checker)).to.deep.equal([]);
      checker.parentElement!.remove();
    }
    const checker = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
    await expectAccessible(checker, 'link problem');
    await click(checker, part(checker, 'continue-button'));
    expect(heading(checker)).to.equal('您的业务属于目录吗？');
    await expectFocusOnHeading(checker);
    expect(location.hash).to.equal('');
  });

  it('names the categories a link carries from the directory, and never shows ids it has not checked', async () => {
    const rules = await loadRules();
    const summary = (checker: SixinEligibilityChecker) =>
      textOf(root(checker).querySelector('.answers .summary-list .row'));
    history.replaceState(null, '', '#answers=v1;scope:yes,permit:no,papers:gaps;c:1.3');
    let checker = await checkerWith({
      rules,
      attrs: { 'url-state': 'hash', 'tree-src': '/test-data/fixture.json', 'href-template': '/d/{id}/' },
    });
    expect(heading(checker)).to.equal('哪些措施适用于您');
    await waitFor(() => summary(checker).includes('新兴软件'), 'the category is named from tree-src');
    expect(summary(checker)).to.equal('您的业务 1.3 新兴软件和新型信息技术服务');
    expect(root(checker).querySelector('.answers .summary-list a')!.getAttribute('href')).to.equal('/d/1.3/');
    checker.parentElement!.remove();

    // A category the directory does not have: the link is out of date, whatever the id.
    history.replaceState(null, '', '#answers=v1;scope:yes,permit:no,papers:gaps;c:9.99');
    checker = await checkerWith({ rules, attrs: { 'url-state': 'hash', 'tree-src': '/test-data/fixture.json' } });
    await waitFor(() => part(checker, 'link-problem'), 'an unknown category makes the link out of date');
    expect(textOf(part(checker, 'link-problem')))
      .to.contain('链接中的分类已不在目录中')
      .and.not.contain('9.99');
    checker.parentElement!.remove();

    // Without a directory to check against, the categories are not named at all.
    checker = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
    expect(summary(checker)).to.equal('您的业务 链接中保存的 1 个目录分类');
    expect(root(checker).textContent).to.not.contain('9.99');
  });

  it('links only what is safe: a template that would run script gives no link', async () => {
    history.replaceState(null, '', '#answers=v1;scope:yes,permit:no,papers:gaps');
    const checker = await checkerWith({
      rules: await loadRules(),
      attrs: { 'url-state': 'hash', 'policy-href-template': 'javascript:alert("{id}")' },
    });
    const clauses = [...root(checker).querySelectorAll('[part="clause-link"]')];
    expect(clauses.length).to.be.greaterThan(0);
    expect(clauses.map((a) => a.getAttribute('href')).filter((href) => href !== null)).to.deep.equal([]);
  });

  it('leaves the URL alone with url-state="none"', async () => {
    history.replaceState(null, '', '#answers=v1;scope:no');
    const rules = await loadRules();
    const checker = await checkerWith({ rules });
    expect(heading(checker)).to.equal('您的业务属于目录吗？');
    await answer(checker, 'yes');
    expect(location.hash).to.equal('#answers=v1;scope:no');
    await answerAll(checker, rules, { permit: 'yes', harm: 'no' });
    await click(checker, part(checker, 'continue-button'));
    expect(part(checker, 'share')).to.equal(null);
  });
});

describe('<sixin-eligibility-checker> step 1: finding the business', () => {
  it('takes a category chosen in the tree as the suggested answer to the directory question, which the person confirms', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({
      rules,
      attrs: { 'tree-src': '/test-data/fixture.json', 'href-template': '/directory/{id}/' },
    });
    expect(heading(checker)).to.equal('先在目录中找到您的业务');
    expect(textOf(part(checker, 'step'))).to.equal('第 1 步');
    expect(root(checker).querySelector('sixin-category-tree')!.getAttribute('label')).to.equal('选择您的行业分类');
    const heardByPage: string[] = [];
    const listen = (event: Event) => heardByPage.push(event.type);
    for (const type of ['sixin-select', 'sixin-load']) document.addEventListener(type, listen);
    await chooseInTree(checker, '1');
    for (const type of ['sixin-select', 'sixin-load']) document.removeEventListener(type, listen);
    expect(heardByPage, "the embedded tree's events stay inside the checker").to.deep.equal([]);
    expect(textOf(part(checker, 'found'))).to.equal('您选择的分类： 1 新一代信息技术产业');
    await expectAccessible(checker, 'step 1 with the tree');

    await click(checker, part(checker, 'continue-button'));
    expect(heading(checker), 'the directory question is still asked').to.equal('您的业务属于目录吗？');
    expect(textOf(part(checker, 'step'))).to.equal('第 2 步');
    expect(textOf(part(checker, 'suggestion'))).to.equal(
      '根据您查询或选择的目录分类，预先选了“属于”。请核对后确认，或改选其他答案： 1 新一代信息技术产业',
    );
    expect(root(checker).querySelector<HTMLInputElement>('#answer-yes')!.checked, 'pre-selected').to.equal(true);
    expect(root(checker).querySelector('fieldset')!.getAttribute('aria-describedby')).to.equal('help suggestion');
    expect(location.hash, 'nothing is answered until the person continues').to.equal('');
    await expectAccessible(checker, 'directory question with a suggestion');
    await click(checker, part(checker, 'back-link'));
    expect(heading(checker)).to.equal('先在目录中找到您的业务');
    expect(
      root(checker).querySelector('sixin-category-tree')!.getAttribute('selected'),
      'the choice is still there',
    ).to.equal('1');
    await click(checker, part(checker, 'continue-button'));
    await answerAll(checker, rules, { scope: 'yes', permit: 'no', papers: 'gaps' });
    const rows = [...root(checker).querySelectorAll('.summary-list .row')].map((row) =>
      textOf(row.querySelector('dd')),
    );
    expect(rows).to.deep.equal(['1 新一代信息技术产业', '属于', '不涉及', '缺少个别材料']);
    expect(root(checker).querySelector('.summary-list a')!.getAttribute('href')).to.equal('/directory/1/');
    await click(checker, part(checker, 'continue-button'));
    const context = { categories: ['1'], licensed: false };
    expectResult(checker, rules, { scope: 'yes', permit: 'no', papers: 'gaps' }, context);
  });

  it('a suggestion is only that: the person can answer otherwise, and that answer counts', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules, attrs: { 'tree-src': '/test-data/fixture.json' } });
    await chooseInTree(checker, '2');
    await click(checker, part(checker, 'continue-button'));
    await answer(checker, 'no');
    expect(heading(checker)).to.equal('检查您的回答');
    await click(checker, part(checker, 'continue-button'));
    expectResult(checker, rules, { scope: 'no' }, { categories: ['2'], licensed: false });
    expect(outcomesOnScreen(checker)[0]!.status).to.equal('不适用');
  });

  it('gives the outcomes evaluate() gives on every path after a category is chosen', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules, attrs: { 'tree-src': '/test-data/fixture.json' } });
    const context = { categories: ['2'], licensed: false };
    const paths = enumeratePaths(rules);
    expect(paths).to.have.length(13);
    for (const answers of paths) {
      await chooseInTree(checker, '2');
      await click(checker, part(checker, 'continue-button'));
      await answerAll(checker, rules, answers);
      await click(checker, part(checker, 'continue-button'));
      expectResult(checker, rules, answers, context);
      await click(checker, part(checker, 'start-over-button'));
      expect(heading(checker)).to.equal('先在目录中找到您的业务');
    }
  });

  it('puts 继续 right under what the search found on a phone (390 px), the tree below it', async () => {
    const rules = await loadRules('/test-data/real/rules.json');
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}?q=${encodeURIComponent('软件开发')}`);
    await setViewport({ width: 390, height: 844 });
    try {
      const checker = await checkerWith({
        rules,
        attrs: { 'search-src': '/test-data/real/search-index.json', 'tree-src': '/test-data/real/tree.json' },
      });
      await waitFor(() => !!part(checker, 'found'), 'the text is searched');
      const box = (el: Element | null) => el!.getBoundingClientRect();
      const found = box(part(checker, 'found'));
      const next = box(part(checker, 'continue-button'));
      const tree = box(root(checker).querySelector('.tree-part'));
      const search = box(root(checker).querySelector('sixin-scope-search'));
      expect(found.top, 'what was found is under the search').to.be.at.least(search.bottom);
      expect(next.top - found.bottom, '继续 directly under what was found').to.be.within(0, 40);
      expect(tree.top, 'the tree under 继续').to.be.at.least(next.bottom);
    } finally {
      await setViewport({ width: 1280, height: 800 });
      history.replaceState(history.state, '', before);
    }
  });

  it("reads ?q= (the search's 用这段经营范围做资格自查) into step 1 and searches it at once", async () => {
    const rules = await loadRules('/test-data/real/rules.json');
    const before = location.href;
    history.replaceState(
      history.state,
      '',
      `${location.pathname}?q=${encodeURIComponent('软件开发；第二类增值电信业务')}`,
    );
    try {
      const checker = await checkerWith({
        rules,
        attrs: { 'search-src': '/test-data/real/search-index.json', 'url-state': 'none' },
      });
      const search = root(checker).querySelector('sixin-scope-search')!;
      await waitFor(() => !!part(checker, 'found'), 'the carried text is searched without a click');
      expect(search.query).to.equal('软件开发；第二类增值电信业务');
      expect(textOf(part(checker, 'found'))).to.contain('经营范围查询显示很可能属于以下分类：');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('carries a pasted business scope over: a strong match pre-selects the directory answer, 许可项目 flag the permit question', async () => {
    const rules = await loadRules('/test-data/real/rules.json');
    const checker = await checkerWith({
      rules,
      attrs: { 'search-src': '/test-data/real/search-index.json', 'url-state': 'hash' },
    });
    const search = root(checker).querySelector('sixin-scope-search')!;
    expect(search.getAttribute('href-template'), 'results are choices here, not links away').to.equal('');
    const searched = oneEvent(search, 'sixin-search') as Promise<SixinSearchEvent>;
    search.query = '一般项目：软件开发；信息技术咨询服务。许可项目：第二类增值电信业务';
    const { detail } = await searched;
    const strong = detail.result.categories.filter((c) => c.strength === 'strong');
    expect(strong.length).to.be.greaterThan(0);
    await checker.updateComplete;
    const found = textOf(part(checker, 'found'));
    expect(found).to.contain('经营范围查询显示很可能属于以下分类：');
    expect(found).to.contain(`${strong[0]!.code} ${strong[0]!.name}`);
    expect(found).to.contain('您查询的经营范围中有“许可项目”');
    await expectAccessible(checker, 'step 1 after a search');

    await click(checker, part(checker, 'continue-button'));
    expect(heading(checker)).to.equal('您的企业在哪里登记，或者准备在哪里登记？');
    await answer(checker, 'jiangbei');
    expect(heading(checker), 'the directory question is asked, not answered by the search').to.equal(
      '您的业务属于江北区“四新经济”行业分类目录吗？',
    );
    expect(
      root(checker).querySelector<HTMLInputElement>('#answer-yes')!.checked,
      'a strong match pre-selects “属于”',
    ).to.equal(true);
    expect(textOf(part(checker, 'suggestion'))).to.contain(`${strong[0]!.code} ${strong[0]!.name}`);
    const context = { categories: strong.map((c) => c.id), licensed: true };
    const answers = {
      'registered-in': 'jiangbei',
      'in-directory': 'yes',
      established: 'no',
      investment: 'no',
      location: 'no',
      'prior-permit': 'no',
      materials: 'minor-gaps',
      promise: 'yes',
    };
    for (let guard = 0; guard < 10 && heading(checker) !== '您要登记的经营项目涉及前置许可吗？'; guard++) {
      await answer(checker, answers[questionOnScreen(checker, rules)!.id as keyof typeof answers]);
    }
    expect(textOf(part(checker, 'note'))).to.equal(
      rules.questions.find((q) => q.id === 'prior-permit')!.licensedNote!['zh-CN'],
    );
    await answerAll(checker, rules, answers);
    expect(textOf(part(checker, 'note'))).to.equal('您查询的经营范围中有“许可项目”');
    await click(checker, part(checker, 'continue-button'));
    expectResult(checker, rules, answers, context);
    const rongque = outcomesOnScreen(checker).find((o) => o.title === '容缺登记')!;
    expect(rongque.status, 'licensed items make 容缺登记 a "may apply"').to.equal('可能适用，请确认');
    expect(location.hash).to.equal(
      `#answers=v1;registered-in:jiangbei,in-directory:yes,established:no,investment:no,location:no,prior-permit:no,materials:minor-gaps,promise:yes;c:${context.categories.join(',')};licensed`,
    );

    // The link opens the same result elsewhere (without the search: the link carries what it found).
    const elsewhere = await checkerWith({ rules, attrs: { 'url-state': 'hash' } });
    expectResult(elsewhere, rules, answers, context);
  });

  it('a weak search (only "possible" matches, or none) leaves the directory question unanswered', async () => {
    const rules = await loadRules('/test-data/real/rules.json');
    const checker = await checkerWith({ rules, attrs: { 'search-src': '/test-data/real/search-index.json' } });
    const search = root(checker).querySelector('sixin-scope-search')!;
    const searched = oneEvent(search, 'sixin-search') as Promise<SixinSearchEvent>;
    search.query = '一般项目：家用电器销售';
    const { detail } = await searched;
    expect(
      detail.result.categories.filter((c) => c.strength === 'strong'),
      "the issue's example is no strong match",
    ).to.deep.equal([]);
    await checker.updateComplete;
    expect(textOf(part(checker, 'found'))).to.contain('经营范围查询没有显示很可能属于的分类');
    for (const possible of detail.result.categories)
      expect(textOf(part(checker, 'found'))).to.contain(`${possible.code} ${possible.name}`);
    await click(checker, part(checker, 'continue-button'));
    await answer(checker, 'jiangbei');
    expect(heading(checker)).to.equal('您的业务属于江北区“四新经济”行业分类目录吗？');
    expect(
      [...root(checker).querySelectorAll<HTMLInputElement>('input[name="answer"]')].filter((r) => r.checked),
      'nothing pre-selected',
    ).to.deep.equal([]);
    expect(part(checker, 'suggestion')).to.equal(null);
    await click(checker, part(checker, 'continue-button'));
    expect(textOf(part(checker, 'error-message')), 'continuing needs an answer of the person').to.contain(
      '请选择一个答案。',
    );
  });

  it('names a category restored from a shared link with its code and name, from the directory', async () => {
    const rules = await loadRules();
    history.replaceState(null, '', '#answers=v1;scope:yes,permit:no,papers:gaps;c:1');
    const checker = await checkerWith({
      rules,
      attrs: { 'url-state': 'hash', 'tree-src': '/test-data/fixture.json', 'href-template': '/directory/{id}/' },
    });
    expect(heading(checker)).to.equal('哪些措施适用于您');
    const business = () => textOf(root(checker).querySelector('.answers .summary-list .row dd'));
    await waitFor(() => business() === '1 新一代信息技术产业', `the category is named, shows "${business()}"`);
    expect(root(checker).querySelector('.answers .summary-list a')!.getAttribute('href')).to.equal('/directory/1/');
  });
});

describe('<sixin-eligibility-checker> data, language and theme', () => {
  it('shows the page content while the rules load, and why they failed, with a retry', async () => {
    const checker = document.createElement('sixin-eligibility-checker');
    checker.setAttribute('url-state', 'none');
    checker.innerHTML = '<p id="fallback">请按以下步骤自己对照。</p>';
    const failed = oneEvent(checker, 'sixin-error') as Promise<SixinErrorEvent>;
    checker.src = '/test-data/missing-rules.json';
    (await fixture(html`<div></div>`)).append(checker);
    await checker.updateComplete;
    expect(textOf(part(checker, 'message'))).to.equal('正在加载…');
    expect(root(checker).querySelector('slot')).to.exist;
    const error = await failed;
    expect(error.detail.problem).to.deep.equal({
      code: 'http',
      params: { url: '/test-data/missing-rules.json', status: 404 },
    });
    await checker.updateComplete;
    expect(textOf(part(checker, 'error'))).to.contain('服务器对 /test-data/missing-rules.json 返回了 404 错误。');
    expect(part(checker, 'retry-button')).to.exist;
    expect((root(checker).querySelector('slot') as HTMLSlotElement).assignedElements()[0]!.id).to.equal('fallback');
    await expectAccessible(checker, 'rules failed');

    checker.src = '/test-data/fixture.json';
    await oneEvent(checker, 'sixin-error');
    await checker.updateComplete;
    expect(textOf(part(checker, 'error'))).to.contain('数据不是资格规则');

    const loaded = oneEvent(checker, 'sixin-load');
    checker.src = '/test-data/real/rules.json';
    expect((await loaded).detail.count).to.be.greaterThan(5);
    await checker.updateComplete;
    expect(root(checker).querySelector('slot'), 'the fallback goes once the checker runs').to.equal(null);
    expect(heading(checker)).to.equal('您的企业在哪里登记，或者准备在哪里登记？');
  });

  it('speaks English with lang="en": its own words and the rules’ English', async () => {
    const rules = await loadRules();
    const checker = await checkerWith({ rules, lang: 'en' });
    expect(heading(checker)).to.equal('Is your business in the directory?');
    expect(textOf(part(checker, 'step'))).to.equal('Step 1');
    await click(checker, part(checker, 'continue-button'));
    expect(textOf(part(checker, 'error-summary'))).to.equal('There is a problem Select an answer.');
    await answer(checker, 'yes');
    expect(textOf(root(checker).querySelector('summary'))).to.equal('What “Prior permit” means');
    await answerAll(checker, rules, { permit: 'no', papers: 'gaps' }, 'en');
    expect(textOf(part(checker, 'back-link'))).to.equal('Back');
    expect(heading(checker)).to.equal('Check your answers');
    await click(checker, part(checker, 'continue-button'));
    expect(heading(checker)).to.equal('Which measures apply to you');
    const link = root(checker).querySelector('.measure [part="clause-link"]')!;
    expect(textOf(link)).to.equal('Measures, 3: 三、适用范围');
    expect(link.querySelector('[lang="zh-CN"]'), 'the Chinese title is marked as Chinese').to.exist;
    expect(textOf(part(checker, 'disclaimer'))).to.equal('Guidance only, not a ruling.');
    await expectAccessible(checker, 'result in English');
  });

  it('passes its theme to the elements of step 1', async () => {
    const checker = await checkerWith({
      rules: await loadRules(),
      attrs: { theme: 'dark', 'tree-src': '/test-data/fixture.json' },
    });
    expect(root(checker).querySelector('sixin-category-tree')!.getAttribute('theme')).to.equal('dark');
    await expectAccessible(checker, 'dark theme');
  });
});
