import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SearchIndex } from '@sixin/core/search';
import '../sixin-scope-search.js';
import type { SixinScopeSearch } from './search.component.js';
import type { SixinSearchDetail, SixinSearchEvent } from '../events/sixin-search.js';
import type { SixinSelectEvent } from '../events/sixin-select.js';
import type { SixinErrorEvent } from '../events/sixin-load.js';
import { expectAccessible, focusedIn, heldData, textOf, waitFor } from '../test-support/helpers.js';

// The real index, exactly as `sixin export --out-dir` writes it from content/ (served by web-test-runner.config.mjs).
// Fetched once and handed to every element as `data`: elements given the same object share one prepared searcher.
const REAL_INDEX = '/test-data/real/search-index.json';
let indexPromise: Promise<SearchIndex> | undefined;
const realIndex = () =>
  (indexPromise ??= fetch(REAL_INDEX).then((response) => response.json() as Promise<SearchIndex>));

const PARAGRAPH =
  '一般项目：软件开发；人工智能应用软件开发；信息系统集成服务。许可项目：第二类增值电信业务；互联网信息服务。' +
  '（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）';

interface Options {
  attrs?: Record<string, string>;
  lang?: string;
  /** Use the real index as `data` (default), or leave it out so that `src` is used. */
  data?: boolean;
}

/** An element between two buttons, in a wrapper with a `lang`. */
async function searchBox(options: Options = {}): Promise<SixinScopeSearch> {
  const data = options.data === false ? undefined : await realIndex();
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'zh-CN'}>
    <button id="before">before</button>
    <sixin-scope-search .data=${data}></sixin-scope-search>
    <button id="after">after</button>
  </div>`);
  const element = wrapper.querySelector('sixin-scope-search')!;
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttribute(name, value);
  await element.updateComplete;
  return element;
}

const $ = <E extends Element = HTMLElement>(element: SixinScopeSearch, selector: string) =>
  element.shadowRoot!.querySelector<E>(selector);
const $$ = (element: SixinScopeSearch, selector: string) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const input = (element: SixinScopeSearch) => $<HTMLTextAreaElement | HTMLInputElement>(element, '#input')!;
const liveRegion = (element: SixinScopeSearch) => $(element, '.base > [role="status"]')!;
const resultIds = (element: SixinScopeSearch) =>
  $$(element, '[part~="category-link"]').map((link) => link.getAttribute('href') ?? textOf(link));

/**
 * Runs `run` and waits until results (or the not-found box) show for the text then in the box; returns the detail of
 * that `sixin-search` event. Earlier events (a pause in the middle of typing on a slow machine) do not count.
 */
async function resultsFor(element: SixinScopeSearch, run: () => unknown): Promise<SixinSearchDetail> {
  let last: SixinSearchDetail | undefined;
  const listener = (event: SixinSearchEvent) => (last = event.detail);
  element.addEventListener('sixin-search', listener);
  try {
    await run();
    await waitFor(() => last?.query === element.query, `no results for “${element.query.slice(0, 40)}”`);
  } finally {
    element.removeEventListener('sixin-search', listener);
  }
  await element.updateComplete;
  return last!;
}

/** What a paste does: the whole text arrives in one input event. */
function paste(element: SixinScopeSearch, text: string) {
  const box = input(element);
  box.focus();
  box.value = text;
  box.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
}

async function typeInto(element: SixinScopeSearch, text: string) {
  input(element).focus();
  await sendKeys({ type: text });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<sixin-scope-search> searching', () => {
  it('starts as a labelled, described text area that costs nothing until used', async () => {
    const element = await searchBox({ data: false, attrs: { src: REAL_INDEX } });
    const box = input(element);
    expect(box.localName).to.equal('textarea');
    expect(textOf($(element, `label[for="${box.id}"]`))).to.equal('经营范围或关键词');
    expect(textOf($(element, `#${box.getAttribute('aria-describedby')}`))).to.contain('按 Enter 查询');
    expect($(element, '.results')).to.equal(null);
    expect($(element, '[role="alert"]')).to.equal(null);
    expect(
      performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(REAL_INDEX)),
      'no request before use',
    ).to.equal(false);
    await expectAccessible(element, 'idle');
  });

  it('loads the index on first focus, with a visible loading state, then searches what was typed meanwhile', async () => {
    const index = heldData('real/search-index.json');
    const element = await searchBox({ data: false, attrs: { src: index.url } });
    input(element).focus();
    await element.updateComplete;
    await waitFor(() => textOf($(element, '[part="message"]')) === '正在加载检索数据…', 'loading message');
    await expectAccessible(element, 'loading');
    const detail = await resultsFor(element, async () => {
      await sendKeys({ type: '软件开发' });
      await index.release();
    });
    expect(detail.query).to.equal('软件开发');
    expect(resultIds(element)[0]).to.equal('/directory/1.3/');
    expect($(element, '[part="message"]')).to.equal(null);
  });

  it('updates results once typing pauses, with categories grouped level 1 › level 2 › direction', async () => {
    const element = await searchBox();
    let events = 0;
    element.addEventListener('sixin-search', () => events++);
    const detail = await resultsFor(element, () => typeInto(element, '信息系统集成服务'));
    expect(events, 'one search for the whole word, not one per character').to.equal(1);
    expect(detail.result.categories[0].id).to.equal('1.3');
    const group = $(element, '[part="group"]')!;
    expect(textOf(group.querySelector('[part="group-heading"]'))).to.equal('1 新一代信息技术产业');
    expect(group.querySelector('[part="group-heading"]')!.getAttribute('aria-level')).to.equal('3');
    const result = group.querySelector('[part="result"]')!;
    const link = result.querySelector('[part="category-link"]')!;
    expect(textOf(link)).to.equal('1.3 新兴软件和新型信息技术服务');
    expect(link.getAttribute('href')).to.equal('/directory/1.3/');
    // 6531 is listed by 1.3 only in part (*): evidence through it is honest about being possible (issue 13).
    expect(textOf(result.querySelector('[part="strength"]'))).to.equal('可能属于，需核实');
    const direction = result.querySelector('[part="direction"]')!;
    expect(direction.querySelector('[part="direction-link"]')!.getAttribute('href')).to.equal(
      '/directory/1.3/xinxing-xinxi-jishu-fuwu/',
    );
    // The evidence and the national codes wait behind 为什么, closed.
    const why = result.querySelector<HTMLDetailsElement>('details[part="why"]')!;
    expect(why.open).to.equal(false);
    expect(textOf(why.querySelector('summary'))).to.equal('为什么');
    expect(textOf(why.querySelector('[part="industries"]'))).to.contain('信息系统集成服务 6531');
    const reason = why.querySelector('[part="reasons"] li')!;
    expect(textOf(reason)).to.match(/^信息系统集成服务 对应“.+”（.+）$/);
    expect(textOf(reason.querySelector('mark'))).to.not.equal('');
    expect(textOf($(element, '[part="answer"] strong'))).to.equal(
      '可能属于“四新经济”目录，需核实：依据不够直接，请打开下面的分类核对。',
    );
    expect($$(element, '[part="heading"]').map(textOf)).to.include('逐条对照');
    expect($$(element, '[part="heading"]').map(textOf).at(-1)).to.match(/^目录中相关的 \d+ 个分类（按相关程度排序）$/);
    await expectAccessible(element, 'results');
  });

  it('reads a pasted 经营范围 paragraph clause by clause: permits marked, matched words highlighted', async () => {
    const element = await searchBox();
    const { result } = await resultsFor(element, () => paste(element, PARAGRAPH));
    expect(result.clauses.map((c) => c.text)).to.include.members(['软件开发', '互联网信息服务']);
    const ids = result.categories.map((c) => c.id);
    expect(ids).to.include.members(['1.3', '1.5', '1.4']);
    const groups = $$(element, '[part="group-heading"]').map(textOf);
    expect(groups[0]).to.equal('1 新一代信息技术产业');
    expect(new Set(groups).size, 'each level-1 industry heads one group').to.equal(groups.length);
    // 人工智能应用软件开发 matched 人工智能软件开发: both shared runs are marked, the rest is not.
    const ai = $$(element, '[part="reasons"] li').find(
      (li) => textOf(li) === '人工智能应用软件开发 对应“人工智能软件开发”（三级方向名称）',
    )!;
    expect([...ai.querySelectorAll('mark')].map(textOf)).to.deep.equal(['人工智能', '软件开发']);
    const licensed = $$(element, '[part="reasons"] li').filter(
      (li) => textOf(li.querySelector('q')) === '互联网信息服务',
    );
    expect(licensed.length).to.be.greaterThan(0);
    for (const li of licensed) expect(textOf(li.querySelector('[part="badge"]'))).to.equal('许可项目，需取得许可');
    const unlicensed = $$(element, '[part="reasons"] li').find((li) => textOf(li.querySelector('q')) === '软件开发')!;
    expect(unlicensed.querySelector('[part="badge"]'), 'general items need no permit').to.equal(null);
    expect(textOf(element.shadowRoot!.querySelector('.results')), 'the boilerplate is not a clause').to.not.contain(
      '凭营业执照',
    );
  });

  it('answers first, then gives a line for every clause of the scope: in the directory, possibly, outside it, not recognised', async () => {
    const element = await searchBox();
    await resultsFor(element, () => paste(element, '软件开发；技术服务、技术开发、技术咨询；物业管理；咖啡；手机零售'));
    const answer = $(element, '[part="answer"]')!;
    expect(textOf(answer.querySelector('strong'))).to.equal('很可能属于“四新经济”目录。');
    const lines = $$(element, '[part="clause-line"]');
    expect(lines.map((li) => li.dataset.status)).to.deep.equal(['in', 'generic', 'outside', 'none', 'outside']);
    expect(lines.map(textOf)).to.deep.equal([
      '软件开发 很可能属于：新兴软件和新型信息技术服务',
      '技术服务、技术开发、技术咨询 过于笼统，无法单独判断',
      '物业管理 不在目录中：属于国家行业分类“物业管理”（7020）',
      '咖啡 未识别，目录中没有对应内容',
      '手机零售 不在目录中：属于国家行业分类“通讯设备批发”（5177）；国家分类中的依据：“手机”',
    ]);
    // The answer comes before the evidence: the categories follow it.
    const categories = $(element, '[part="group"]')!;
    expect(answer.compareDocumentPosition(categories) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expectAccessible(element, 'answer with clause lines');
  });

  it('marks the company’s name of a pasted licence, read for its trade, apart from the scope’s items', async () => {
    const element = await searchBox();
    await resultsFor(element, () =>
      paste(element, '名称：重庆两江稀土永磁材料有限公司 经营范围：一般项目：磁性材料生产；磁性材料销售。'),
    );
    const lines = $$(element, '[part="clause-line"]');
    expect(lines.map(textOf)[0]).to.equal('企业名称 重庆两江稀土永磁材料有限公司 可能属于：先进有色金属材料，需核实');
    expect(lines[0].dataset.status).to.equal('possible');
    expect(textOf(lines[1])).to.match(/^磁性材料生产 /);
    await expectAccessible(element, 'a licence with the company’s name');
  });

  it('shows at most three distinct reasons per category, never near-identical repeats', async () => {
    const element = await searchBox();
    const { result } = await resultsFor(element, () => paste(element, '软件开发'));
    const software = result.categories.find((c) => c.id === '1.3')!;
    expect(software.reasons.length, 'the engine gives many reasons for this one clause').to.be.greaterThan(3);
    const card = $$(element, '[part="result"]').find((li) =>
      textOf(li.querySelector('[part="category-link"]')).startsWith('1.3'),
    )!;
    const reasons = [...card.querySelectorAll('[part="reasons"] li')].map(textOf);
    expect(reasons.length).to.be.within(1, 3);
    const kinds = reasons.map((r) => r.replace(/对应“.+”/, ''));
    expect(new Set(kinds).size, `no two lines say the same thing: ${reasons.join(' | ')}`).to.equal(kinds.length);
  });

  it('carries the text to the checker with 用这段经营范围做资格自查, and offers no link when checker-href is empty', async () => {
    const element = await searchBox();
    await resultsFor(element, () => paste(element, '软件开发；物业管理'));
    const link = $<HTMLAnchorElement>(element, '[part="checker-link"]')!;
    expect(textOf(link)).to.equal('用这段经营范围做资格自查');
    const url = new URL(link.href);
    expect(url.pathname).to.equal('/checker/');
    expect(url.searchParams.get('q')).to.equal('软件开发；物业管理');
    element.setAttribute('checker-href', 'https://example.gov.cn/zicha/?from=search');
    await element.updateComplete;
    const other = new URL($<HTMLAnchorElement>(element, '[part="checker-link"]')!.href);
    expect(other.origin + other.pathname).to.equal('https://example.gov.cn/zicha/');
    expect([...other.searchParams.entries()]).to.deep.equal([
      ['from', 'search'],
      ['q', '软件开发；物业管理'],
    ]);
    element.setAttribute('checker-href', 'javascript:alert(1)');
    await element.updateComplete;
    expect($(element, '[part="checker-link"]'), 'never a script link').to.equal(null);
    element.setAttribute('checker-href', '');
    await element.updateComplete;
    expect($(element, '[part="checker-link"]')).to.equal(null);
  });

  it('says in plain words, inline, what an inferred direction means, instead of 待核实', async () => {
    const element = await searchBox();
    const { result } = await resultsFor(element, () => paste(element, '石墨烯薄膜制造'));
    expect(
      result.categories.some((c) => c.directions.some((d) => d.inferred)),
      'the engine marks 新材料 directions inferred',
    ).to.equal(true);
    const note = $(element, '[part="direction"] [part="inferred"]')!;
    expect(textOf(note)).to.equal('（国家分类未公布这一层的归属，目录归类待确认，不影响是否属于目录）');
    expect(getComputedStyle(note).display, 'inline, not a bar').to.equal('inline');
    expect(textOf(element.shadowRoot!.querySelector('.results'))).to.not.contain('待核实');
  });

  it('understands pinyin initials (rgzn) and says the match is only possible', async () => {
    const element = await searchBox();
    const { result } = await resultsFor(element, () => typeInto(element, 'rgzn'));
    expect(result.kind).to.equal('pinyin');
    expect(resultIds(element)[0]).to.equal('/directory/1.5/');
    expect(textOf($(element, '[part="strength"]'))).to.equal('可能属于，需核实');
    expect(textOf($(element, '[part="reasons"] li'))).to.equal('rgzn 对应“人工智能”（拼音）');
    expect(textOf($(element, '.results > .hint'))).to.contain('请打开分类页面核实');
  });

  it('looks up a GB/T 4754 class code (6513) and a directory code (1.3)', async () => {
    const element = await searchBox();
    await resultsFor(element, () => typeInto(element, '6513'));
    expect(textOf($(element, '.code-info'))).to.equal('6513 是国民经济行业小类“应用软件开发”，目录中有对应分类。');
    expect(resultIds(element)).to.deep.equal(['/directory/1.3/', '/directory/1.5/', '/directory/8.2/']);
    expect($$(element, '[part="group-heading"]').map(textOf)).to.deep.equal(['1 新一代信息技术产业', '8 数字创意产业']);
    expect(textOf($(element, '[part="industries"]'))).to.equal(
      '国家行业分类（代码）：应用软件开发 6513（只有部分属于本分类，国家分类表中标 *）',
    );

    await resultsFor(element, async () => {
      input(element).select();
      await sendKeys({ type: '1.3' });
    });
    expect(resultIds(element)).to.deep.equal(['/directory/1.3/']);
    expect(textOf($(element, '[part="strength"]'))).to.equal('很可能属于');
  });

  it('says plainly when nothing is in the directory, with next steps', async () => {
    const element = await searchBox();
    const { result } = await resultsFor(element, () => paste(element, '餐饮服务；食品销售'));
    expect(result.notFound).to.equal(true);
    const box = $(element, '[part="not-found"]')!;
    expect(textOf($(element, '[part="answer"] strong'))).to.equal('目录中未找到与这段经营范围相符的分类。');
    const steps = [...box.querySelectorAll('li')].map(textOf);
    expect(steps).to.deep.equal([
      '换一种说法：写出具体的产品或服务，或输入国民经济行业代码（如 6513）；',
      '浏览四新经济行业分类目录，逐类查找；',
      '向江北区市场监督管理局咨询。',
    ]);
    expect(box.querySelector('a')!.getAttribute('href')).to.equal('/directory/');
    expect($$(element, '[part="clause-line"]').map(textOf)).to.deep.equal([
      '餐饮服务 不在目录中：属于国家行业分类“餐饮业”（62）',
      '食品销售 不在目录中：属于国家行业分类“其他食品批发”（5129）',
    ]);
    expect($(element, '[part="group"]')).to.equal(null);
    await expectAccessible(element, 'not found');
    // A directory-href or href-template that would run script gives text, not a link.
    element.setAttribute('directory-href', 'javascript:alert(1)');
    element.setAttribute('href-template', 'javascript:go("{id}")');
    await element.updateComplete;
    expect(box.querySelector('a')?.getAttribute('href'), 'no link').to.equal(undefined);
    expect(textOf(box)).to.contain('浏览四新经济行业分类目录，逐类查找；');
  });

  it('lets the host replace the next steps through the not-found slot', async () => {
    const element = await searchBox();
    const own = document.createElement('p');
    own.slot = 'not-found';
    own.textContent = '请致电本区营商服务中心。';
    element.append(own);
    await resultsFor(element, () => paste(element, '餐饮服务'));
    const slot = $<HTMLSlotElement>(element, 'slot[name="not-found"]')!;
    expect(slot.assignedElements()).to.deep.equal([own]);
  });

  it('speaks English with lang="en"', async () => {
    const element = await searchBox({ lang: 'en' });
    expect(textOf($(element, 'label'))).to.equal('Business scope or keyword');
    await resultsFor(element, () => typeInto(element, '1.3'));
    expect(textOf($(element, '[part="strength"]'))).to.equal('very likely');
    expect(textOf($(element, '[part="answer"] strong'))).to.equal(
      'Very likely in the new-economy (四新经济) directory.',
    );
    expect($$(element, '[part="heading"]').map(textOf).at(-1)).to.equal('1 related category in the directory');
    expect(textOf($(element, '[part="reasons"] li'))).to.equal('1.3 matches “1.3 新兴软件和新型信息技术服务” (code)');
  });

  it('renders the user’s text as text, never as markup', async () => {
    const element = await searchBox();
    const hostile = '<img src=x onerror="window.__hacked=1"><script>window.__hacked=1</script>软件开发';
    await resultsFor(element, () => paste(element, hostile));
    expect(element.shadowRoot!.querySelector('img, script'), 'no element made from the text').to.equal(null);
    const shown = $$(element, 'q').map(textOf).join('');
    expect(shown).to.contain('<img src=x');
    expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
  });

  it('clips a 100,000-character paste and says so', async () => {
    const element = await searchBox();
    const { result } = await resultsFor(element, () => paste(element, '软件开发；'.repeat(20000)));
    expect(result.notice).to.deep.equal({ code: 'clipped', limit: 5000, length: 100000 });
    expect(textOf($(element, '[part="notice"]'))).to.equal('输入共 100000 个字符，只检索了前 5000 个字符。');
    expect(resultIds(element)[0]).to.equal('/directory/1.3/');
    expect(input(element).value.length, 'the box keeps what was pasted').to.equal(100000);
  });
});

describe('<sixin-scope-search> keyboard, IME and announcements', () => {
  it('works with the keyboard only: Tab in, type, Enter searches, Shift+Enter starts a line, Tab to the results', async () => {
    const element = await searchBox();
    (element.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(element)).to.equal(input(element));
    await sendKeys({ type: '软件开发' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    expect(input(element).value).to.equal('软件开发\n');
    await resultsFor(element, async () => {
      await sendKeys({ type: '物联网技术服务' });
      await sendKeys({ press: 'Enter' });
    });
    expect(input(element).value, 'Enter submits instead of adding a line').to.equal('软件开发\n物联网技术服务');
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(element)?.getAttribute('part')).to.equal('submit-button');
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(element)?.getAttribute('part'), 'the way on comes with the answer, first').to.equal(
      'checker-link',
    );
    await sendKeys({ press: 'Tab' });
    expect(focusedIn(element)?.getAttribute('part')).to.equal('category-link');
    const chosen = oneEvent(element, 'sixin-select') as Promise<SixinSelectEvent>;
    element.addEventListener('sixin-select', (event) => event.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail.category).to.include({
      id: '1.3',
      code: '1.3',
      level: 2,
      name: '新兴软件和新型信息技术服务',
      parent: '1',
    });
    expect(detail.href).to.equal('/directory/1.3/');
  });

  it('ignores Enter while an input method is composing, and searches what it commits', async () => {
    const element = await searchBox();
    const box = input(element);
    box.focus();
    let events = 0;
    element.addEventListener('sixin-search', () => events++);
    box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    box.value = 'ruanjian';
    box.dispatchEvent(new InputEvent('input', { isComposing: true, bubbles: true, composed: true }));
    const enter = new KeyboardEvent('keydown', {
      key: 'Enter',
      isComposing: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    box.dispatchEvent(enter);
    expect(enter.defaultPrevented, 'the input method gets the Enter').to.equal(false);
    await sleep(400);
    expect(events, 'nothing searched while composing').to.equal(0);
    expect(element.query).to.equal('');
    await resultsFor(element, () => {
      box.value = '软件';
      box.dispatchEvent(new CompositionEvent('compositionend', { data: '软件', bubbles: true, composed: true }));
    });
    expect(element.query).to.equal('软件');
    expect(events).to.equal(1);
  });

  it('announces the number of results politely, only once typing has paused', async () => {
    const element = await searchBox();
    const region = liveRegion(element);
    expect(region.getAttribute('role')).to.equal('status');
    await resultsFor(element, () => typeInto(element, '软件开发'));
    const shownAt = performance.now();
    expect(textOf(region), 'not at once: the user may still be typing').to.equal('');
    await waitFor(() => textOf(region) !== '', 'announcement');
    expect(performance.now() - shownAt).to.be.greaterThan(700);
    expect(textOf(region)).to.match(/^找到 \d+ 个可能属于的分类。$/);
    // Typing again silences it at once; the next pause announces the new count.
    await sendKeys({ type: '；餐' });
    expect(textOf(region)).to.equal('');
    element.query = '餐饮服务';
    await waitFor(() => textOf(region) === '目录中未找到与这段经营范围相符的分类。', 'not-found announcement');
  });
});

describe('<sixin-scope-search compact> combobox', () => {
  it('is a combobox whose listbox suggests categories, chosen with the arrow keys and Enter', async () => {
    const element = await searchBox({ attrs: { compact: '' } });
    const box = input(element);
    expect(box.localName).to.equal('input');
    expect(box.getAttribute('role')).to.equal('combobox');
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    const listbox = $(element, `#${box.getAttribute('aria-controls')}`)!;
    expect(listbox.getAttribute('role')).to.equal('listbox');
    await resultsFor(element, () => typeInto(element, '6513'));
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    const options = $$(element, '[role="option"]');
    expect(options.map((o) => textOf(o))).to.deep.equal([
      '1.3 新兴软件和新型信息技术服务 新一代信息技术产业 · 可能属于，需核实',
      '1.5 人工智能 新一代信息技术产业 · 可能属于，需核实',
      '8.2 数字文化创意活动 数字创意产业 · 可能属于，需核实',
    ]);
    expect($(element, '.results'), 'the full results wait for a submit').to.equal(null);
    await expectAccessible(element, 'suggestions open');

    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).to.equal(options[0].id);
    await sendKeys({ press: 'ArrowUp' });
    await element.updateComplete;
    expect(box.getAttribute('aria-activedescendant'), 'wraps to the last').to.equal(options[2].id);
    expect(options[2].getAttribute('aria-selected')).to.equal('true');
    expect(focusedIn(element), 'focus stays in the box').to.equal(box);

    const chosen = oneEvent(element, 'sixin-select') as Promise<SixinSelectEvent>;
    element.addEventListener('sixin-select', (event) => event.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail.category.id).to.equal('8.2');
    expect(detail.href).to.equal('/directory/8.2/');
    await element.updateComplete;
    expect(box.getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes on Escape, clears on a second Escape, and leaves Escape to a composing input method', async () => {
    const element = await searchBox({ attrs: { compact: '' } });
    const box = input(element);
    await resultsFor(element, () => typeInto(element, '软件'));
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    const composingEscape = new KeyboardEvent('keydown', {
      key: 'Escape',
      isComposing: true,
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    box.dispatchEvent(composingEscape);
    await element.updateComplete;
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    expect(composingEscape.defaultPrevented).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.value).to.equal('软件');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(box.value).to.equal('');
  });

  it('shows the full results on Enter without a chosen suggestion', async () => {
    const element = await searchBox({ attrs: { compact: '' } });
    await resultsFor(element, () => typeInto(element, '软件开发'));
    await resultsFor(element, () => sendKeys({ press: 'Enter' }));
    expect(resultIds(element)[0]).to.equal('/directory/1.3/');
    expect(input(element).getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('<sixin-scope-search> URL, failures and options', () => {
  const cleanUrl = () => {
    const url = new URL(location.href);
    url.searchParams.delete('q');
    history.replaceState(null, '', url);
  };
  afterEach(cleanUrl);

  it('keeps the query in ?q= (sync-url): typing replaces, submitting adds an entry, the back button restores', async () => {
    cleanUrl();
    const element = await searchBox({ attrs: { 'sync-url': '' } });
    const startLength = history.length;
    // Chromium keeps at most 50 entries per tab, and the test files share one tab: past that, an entry added drops
    // the oldest (the Back steps below still prove each one).
    const entriesAfter = (added: number) => Math.min(startLength + added, 50);
    const before = new URL(location.href);
    await resultsFor(element, () => typeInto(element, '软件开发'));
    expect(new URL(location.href).searchParams.get('q')).to.equal('软件开发');
    expect(history.length, 'typing adds no history entry').to.equal(startLength);
    await resultsFor(element, () => sendKeys({ press: 'Enter' }));
    expect(history.length).to.equal(entriesAfter(1));
    input(element).select();
    await resultsFor(element, async () => {
      await sendKeys({ type: '6513' });
      await sendKeys({ press: 'Enter' });
    });
    expect(new URL(location.href).searchParams.get('q')).to.equal('6513');
    expect(history.length).to.equal(entriesAfter(2));
    for (const [name, value] of before.searchParams) {
      if (name !== 'q')
        expect(new URL(location.href).searchParams.get(name), `the page's own ${name} stays`).to.equal(value);
    }

    await resultsFor(element, () => history.back());
    expect(input(element).value).to.equal('软件开发');
    expect(resultIds(element)[0]).to.equal('/directory/1.3/');
    const back = new Promise((resolve) => addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    await element.updateComplete;
    expect(input(element).value).to.equal('');
    expect($(element, '.results')).to.equal(null);
  });

  it('searches the q of the URL on load', async () => {
    const url = new URL(location.href);
    url.searchParams.set('q', '6513');
    history.replaceState(null, '', url);
    const event = oneEvent(document, 'sixin-search') as Promise<SixinSearchEvent>;
    const element = await searchBox({ attrs: { 'sync-url': '' } });
    expect((await event).detail.query).to.equal('6513');
    await element.updateComplete;
    expect(input(element).value).to.equal('6513');
    expect(resultIds(element)).to.have.length(3);
  });

  it('shows why the index failed to load, with a retry that recovers', async () => {
    const element = await searchBox({ data: false, attrs: { src: '/test-data/flaky/real/search-index.json' } });
    const failed = oneEvent(element, 'sixin-error') as Promise<SixinErrorEvent>;
    await typeInto(element, '软件开发');
    const { detail } = await failed;
    expect(detail.problem).to.deep.equal({
      code: 'http',
      params: { url: '/test-data/flaky/real/search-index.json', status: 503 },
    });
    await element.updateComplete;
    const alert = $(element, '[role="alert"]')!;
    expect(textOf(alert)).to.equal(
      '数据加载失败。 服务器对 /test-data/flaky/real/search-index.json 返回了 503 错误。 重试',
    );
    expect(input(element).value, 'what was typed stays').to.equal('软件开发');
    await expectAccessible(element, 'error');
    await resultsFor(element, () => (alert.querySelector('[part="retry-button"]') as HTMLButtonElement).click());
    expect(resultIds(element)[0]).to.equal('/directory/1.3/');
    expect(focusedIn(element), 'focus returns to the box').to.equal(input(element));
  });

  it('says what is wrong with data that is not a search index, and with no data at all', async () => {
    const wrong = await searchBox({ data: false, attrs: { src: '/test-data/fixture.json' } });
    input(wrong).focus();
    await waitFor(() => $(wrong, '[role="alert"]'), 'error for the wrong file');
    expect(textOf($(wrong, '[role="alert"]'))).to.equal(
      '数据加载失败。 /test-data/fixture.json 不是可用的检索索引（not a sixin search index: "format" should be "sixin-search-index" ' +
        '(build one with `sixin export --out-dir`)）。 重试',
    );

    const none = await searchBox({ data: false });
    input(none).focus();
    await waitFor(() => $(none, '[role="alert"]'), 'error without src');
    expect(textOf($(none, '[role="alert"]'))).to.equal(
      '数据加载失败。 没有设置检索数据：请用 src 属性给出 search-index.json 的地址。',
    );
  });

  it('without href-template offers buttons that only fire sixin-select (a picker)', async () => {
    const element = await searchBox({ attrs: { 'href-template': '' } });
    await resultsFor(element, () => typeInto(element, '6513'));
    const direction = $(element, 'button[part="direction-link"]')!;
    expect(textOf(direction)).to.equal('新兴软件开发');
    const chosen = oneEvent(element, 'sixin-select') as Promise<SixinSelectEvent>;
    direction.click();
    const { detail } = await chosen;
    expect(detail).to.deep.equal({
      category: {
        id: '1.3/xinxing-ruanjian-kaifa',
        code: null,
        level: 3,
        name: '新兴软件开发',
        parent: '1.3',
        status: 'official',
        industries: [{ code: '6513', name: '应用软件开发', partial: true }],
      },
    });
  });

  it('takes over text typed into the page’s own form before it ran', async () => {
    const index = await realIndex();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <sixin-scope-search .data=${index}>
        <form action="/search/"><label>经营范围 <textarea name="q">软件开发</textarea></label><button>查询</button></form>
      </sixin-scope-search>
    </div>`);
    const element = wrapper.querySelector('sixin-scope-search')!;
    await element.updateComplete;
    expect(input(element).value).to.equal('软件开发');
    await waitFor(() => resultIds(element).length > 0, 'results for the early text');
    expect(wrapper.querySelector('form')!.getBoundingClientRect().height, 'the no-JavaScript form is hidden').to.equal(
      0,
    );
  });
});
