import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../sixin-category-tree.js';
import { SixinCategoryTree } from './tree.component.js';
import { define } from '../shared/define.js';
import type { SixinSelectEvent } from '../events/sixin-select.js';
import type { SixinErrorEvent, SixinLoadEvent } from '../events/sixin-load.js';
import {
  expectAccessible,
  expectFocusOn,
  fixtureData,
  focusedIn,
  heldData,
  textOf,
  treeItem,
  treeItems,
  visibleKeys,
  waitFor,
  warningsDuring,
} from '../test-support/helpers.js';

const SOFTWARE = '1.3/xinxing-ruanjian-kaifa';

async function treeWith(
  options: { lang?: string; attrs?: Record<string, string>; data?: Awaited<ReturnType<typeof fixtureData>> } = {},
): Promise<SixinCategoryTree> {
  const data = options.data ?? (await fixtureData());
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${options.lang ?? 'zh-CN'}>
    <button id="before">before</button>
    <sixin-category-tree .data=${data}></sixin-category-tree>
    <button id="after">after</button>
  </div>`);
  const tree = wrapper.querySelector('sixin-category-tree')!;
  for (const [name, value] of Object.entries(options.attrs ?? {})) tree.setAttribute(name, value);
  await tree.updateComplete;
  return tree;
}

/** Clicks the middle of `element` with the real mouse. */
async function mouseClick(element: Element) {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Tabs from the button before the element: first to the filter box, then into the tree. */
async function focusFirstItem(tree: SixinCategoryTree, key = '1') {
  (tree.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
  await sendKeys({ press: 'Tab' });
  expect(focusedIn(tree)?.getAttribute('type')).to.equal('search');
  await sendKeys({ press: 'Tab' });
  await expectFocusOn(tree, key);
}

const press = (key: string) => sendKeys({ press: key });

describe('<sixin-category-tree> content', () => {
  it('shows the level-1 industries with code, name and number of directions, all closed', async () => {
    const tree = await treeWith();
    expect(tree.getAttributeNames(), 'the element adds no attributes to itself').to.deep.equal([]);
    expect(visibleKeys(tree)).to.deep.equal(['1', '2', '3']);
    const first = treeItem(tree, '1');
    expect(textOf(first)).to.equal('1 新一代信息技术产业 4 个方向');
    expect(first.getAttribute('aria-level')).to.equal('1');
    expect(first.getAttribute('aria-setsize')).to.equal('3');
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(first.getAttribute('aria-expanded')).to.equal('false');
    expect(treeItem(tree, '3').getAttribute('aria-posinset')).to.equal('3');
    await expectAccessible(tree, 'closed');
  });

  it('opens level 2, level 3 and, on demand, the industry classes of a direction', async () => {
    const tree = await treeWith();
    await mouseClick(treeItem(tree, '1').querySelector('.toggle')!);
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.deep.equal(['1', '1.1', '1.3', '2', '3']);
    expect(textOf(treeItem(tree, '1.3'))).to.equal('1.3 新兴软件和新型信息技术服务 2 个方向');
    await mouseClick(treeItem(tree, '1.3').querySelector('.toggle')!);
    await tree.updateComplete;
    const software = treeItem(tree, SOFTWARE);
    expect(textOf(software)).to.equal('新兴软件开发 3 个行业小类');
    expect(software.getAttribute('aria-level')).to.equal('3');
    expect(software.getAttribute('aria-setsize')).to.equal('2');
    expect(
      tree.shadowRoot!.querySelector(`[data-key="${SOFTWARE}#6513"]`),
      'classes are rendered only when asked for',
    ).to.equal(null);
    await mouseClick(software.querySelector('.toggle')!);
    await tree.updateComplete;
    const applied = treeItem(tree, `${SOFTWARE}#6513`);
    expect(textOf(applied)).to.equal('6513 应用软件开发 部分');
    expect(applied.getAttribute('aria-level')).to.equal('4');
    expect(applied.getAttribute('aria-posinset')).to.equal('3');
    expect(applied.getAttribute('aria-setsize')).to.equal('3');
    await expectAccessible(tree, 'opened to level 4');
  });

  it('puts aria-expanded only on items that have children', async () => {
    const tree = await treeWith();
    tree.data = {
      categories: [
        { id: '9', code: '9', level: 1, name: '相关服务业', parent: null, children: ['9.1'] },
        { id: '9.1', code: '9.1', level: 2, name: '新技术与创新创业服务', parent: '9', children: ['9.1/a'] },
        { id: '9.1/a', code: null, level: 3, name: '没有行业小类的方向', parent: '9.1', children: [] },
      ],
    };
    await tree.updateComplete;
    await mouseClick(treeItem(tree, '9').querySelector('.toggle')!);
    await tree.updateComplete;
    await mouseClick(treeItem(tree, '9.1').querySelector('.toggle')!);
    await tree.updateComplete;
    expect(treeItem(tree, '9.1').getAttribute('aria-expanded')).to.equal('true');
    expect(treeItem(tree, '9.1/a').hasAttribute('aria-expanded')).to.equal(false);
    await mouseClick(treeItem(tree, '9.1/a'));
    await tree.updateComplete;
    expect(treeItem(tree, '9.1/a').hasAttribute('aria-expanded')).to.equal(false);
  });

  it('names the directory revision it shows, when the data name one, only as text', async () => {
    const data = await fixtureData();
    const line = (tree: Element) => tree.shadowRoot!.querySelector('[part~="revision"]');
    const dated = await treeWith({ data: { ...data, revision: { date: '2021-12-30' } } as typeof data });
    expect(textOf(line(dated))).to.equal('目录版本：2021-12-30');
    await expectAccessible(dated, 'tree with its revision');
    expect(line(await treeWith({ data })), 'data without a revision').to.equal(null);
    const unreleased = { ...data, revision: { unreleased: true, after: '2021-12-30' } } as typeof data;
    expect(textOf(line(await treeWith({ data: unreleased }))), 'unreleased changes').to.equal(
      '目录版本：2021-12-30 版之后尚未发布的修改',
    );
    const hostile = await treeWith({ data: { ...data, revision: { date: '<img src=x>' } } as typeof data });
    expect(line(hostile)!.querySelector('img')).to.equal(null);
    expect(textOf(line(hostile))).to.equal('目录版本：<img src=x>');
  });

  it('labels items placed by inference as awaiting verification', async () => {
    const tree = await treeWith({ attrs: { current: '3.1/youzhi-hanjie-cailiao-zhizao' } });
    expect(textOf(treeItem(tree, '3.1/youzhi-hanjie-cailiao-zhizao'))).to.equal(
      '优质焊接材料制造 1 个行业小类 归类待确认',
    );
    expect(textOf(treeItem(tree, '3.1'))).to.not.contain('归类待确认');
  });
});

describe('<sixin-category-tree> keyboard (WAI-ARIA tree view)', () => {
  it('is one tab stop: Tab enters on one item and the next Tab leaves the tree', async () => {
    const tree = await treeWith();
    const stops = treeItems(tree).filter((el) => el.tabIndex === 0);
    expect(stops.map((el) => el.dataset.key)).to.deep.equal(['1']);
    await focusFirstItem(tree);
    await press('ArrowDown');
    await expectFocusOn(tree, '2');
    expect(
      treeItems(tree)
        .filter((el) => el.tabIndex === 0)
        .map((el) => el.dataset.key),
    ).to.deep.equal(['2']);
    await press('Tab');
    expect(document.activeElement?.id).to.equal('after');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await expectFocusOn(tree, '2');
  });

  it('Down and Up move through the visible items and stop at the ends', async () => {
    const tree = await treeWith();
    await focusFirstItem(tree);
    await press('ArrowUp');
    await expectFocusOn(tree, '1');
    await press('ArrowDown');
    await press('ArrowDown');
    await expectFocusOn(tree, '3');
    await press('ArrowDown');
    await expectFocusOn(tree, '3');
    await press('ArrowUp');
    await expectFocusOn(tree, '2');
  });

  it('Right opens a closed item, then moves to its first child; on an end item it does nothing', async () => {
    const tree = await treeWith();
    await focusFirstItem(tree);
    await press('ArrowRight');
    await tree.updateComplete;
    expect(treeItem(tree, '1').getAttribute('aria-expanded')).to.equal('true');
    await expectFocusOn(tree, '1');
    await press('ArrowRight');
    await expectFocusOn(tree, '1.1');
    await press('ArrowRight');
    await press('ArrowRight');
    await expectFocusOn(tree, '1.1/xinxi-anquan-shebei-zhizao');
    await press('ArrowRight');
    await press('ArrowRight');
    await expectFocusOn(tree, '1.1/xinxi-anquan-shebei-zhizao#3915');
    await press('ArrowRight');
    await expectFocusOn(tree, '1.1/xinxi-anquan-shebei-zhizao#3915');
  });

  it('Left closes an open item, then moves to its parent', async () => {
    const tree = await treeWith();
    await focusFirstItem(tree);
    await press('ArrowRight');
    await press('ArrowRight');
    await expectFocusOn(tree, '1.1');
    await press('ArrowLeft');
    await expectFocusOn(tree, '1');
    expect(treeItem(tree, '1').getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowLeft');
    await tree.updateComplete;
    expect(treeItem(tree, '1').getAttribute('aria-expanded')).to.equal('false');
    expect(visibleKeys(tree)).to.deep.equal(['1', '2', '3']);
    await press('ArrowLeft');
    await expectFocusOn(tree, '1');
  });

  it('Home and End go to the first and the last visible item', async () => {
    const tree = await treeWith();
    await focusFirstItem(tree);
    await press('End');
    await expectFocusOn(tree, '3');
    await press('ArrowRight');
    await press('End');
    await expectFocusOn(tree, '3.1');
    await press('Home');
    await expectFocusOn(tree, '1');
    await press('Home');
    // Pressing Home on the first item must not leave focus waiting to jump back later, e.g. while typing a filter.
    const input = tree.shadowRoot!.querySelector('input')!;
    input.focus();
    await sendKeys({ type: '2' });
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.include('2');
    expect(focusedIn(tree)).to.equal(input);
  });

  it('* opens every sibling that has children, and only the siblings', async () => {
    const tree = await treeWith();
    await focusFirstItem(tree);
    await sendKeys({ type: '*' });
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.deep.equal(['1', '1.1', '1.3', '2', '2.1', '3', '3.1']);
    await expectFocusOn(tree, '1');
    await press('ArrowDown');
    await sendKeys({ type: '*' });
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.include.members(['1.1/wangluo-shebei-zhizao', '1.3/hulianwang-anquan-fuwu']);
    expect(visibleKeys(tree)).to.not.include('2.1/jiqi-renyuzengcai-shebei-zhizao');
  });

  it('focus stays on its item when opening items above it moves that item down the list', async () => {
    const tree = await treeWith();
    await focusFirstItem(tree);
    await press('End');
    await expectFocusOn(tree, '3');
    await sendKeys({ type: '*' });
    await tree.updateComplete;
    expect(visibleKeys(tree).indexOf('3')).to.equal(5);
    await expectFocusOn(tree, '3');
    expect(treeItem(tree, '3').getAttribute('tabindex')).to.equal('0');
    await press('ArrowUp');
    await expectFocusOn(tree, '2.1');
  });

  it('type-ahead moves to the next item starting with the typed character: Chinese, pinyin initial or code', async () => {
    const tree = await treeWith();
    await focusFirstItem(tree);
    // A Chinese character arrives as a keydown only from some keyboards and input methods, and sendKeys cannot type
    // one outside an IME, so this one is dispatched as the browser would.
    focusedIn(tree)!.dispatchEvent(
      new KeyboardEvent('keydown', { key: '高', bubbles: true, composed: true, cancelable: true }),
    );
    await expectFocusOn(tree, '2');
    await press('x');
    await expectFocusOn(tree, '3');
    await press('x');
    await expectFocusOn(tree, '1');
    await press('3');
    await expectFocusOn(tree, '3');
    await press('q');
    await expectFocusOn(tree, '3');
  });
});

describe('<sixin-category-tree> choosing', () => {
  it('Enter, Space and a click choose an item: sixin-select with the category, and aria-selected', async () => {
    const tree = await treeWith();
    await focusFirstItem(tree);
    await press('ArrowDown');
    let selected = oneEvent(tree, 'sixin-select') as Promise<SixinSelectEvent>;
    await press('Enter');
    let event = await selected;
    expect(event.detail.category.id).to.equal('2');
    expect(event.detail.category.name).to.equal('高端装备制造产业');
    expect(event.bubbles && event.composed).to.equal(true);
    await tree.updateComplete;
    expect(tree.selected).to.equal('2');
    expect(treeItem(tree, '2').getAttribute('aria-selected')).to.equal('true');
    expect(treeItem(tree, '1').getAttribute('aria-selected')).to.equal('false');

    await press('ArrowDown');
    selected = oneEvent(tree, 'sixin-select') as Promise<SixinSelectEvent>;
    await press(' ');
    expect((await selected).detail.category.id).to.equal('3');

    selected = oneEvent(tree, 'sixin-select') as Promise<SixinSelectEvent>;
    await mouseClick(treeItem(tree, '1').querySelector('.name')!);
    event = await selected;
    expect(event.detail.category.id).to.equal('1');
    await tree.updateComplete;
    expect(tree.selected).to.equal('1');
    expect(treeItem(tree, '1').getAttribute('aria-selected')).to.equal('true');
    await expectAccessible(tree, 'selected');
  });

  it('choosing an item leaves closed what the user closed', async () => {
    const tree = await treeWith({ attrs: { current: SOFTWARE } });
    await mouseClick(treeItem(tree, '1').querySelector('.toggle')!);
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.deep.equal(['1', '2', '3']);
    await mouseClick(treeItem(tree, '2').querySelector('.name')!);
    await tree.updateComplete;
    expect(tree.selected).to.equal('2');
    expect(visibleKeys(tree)).to.deep.equal(['1', '2', '3']);
  });

  it('a listener can refuse a choice by cancelling the event', async () => {
    const tree = await treeWith();
    tree.addEventListener('sixin-select', (e) => e.preventDefault(), { once: true });
    await mouseClick(treeItem(tree, '2').querySelector('.name')!);
    await tree.updateComplete;
    expect(tree.selected).to.equal('');
  });

  it('choosing an industry class gives its direction and the class', async () => {
    const tree = await treeWith({ attrs: { selected: SOFTWARE } });
    await mouseClick(treeItem(tree, SOFTWARE).querySelector('.toggle')!);
    await tree.updateComplete;
    const selected = oneEvent(tree, 'sixin-select') as Promise<SixinSelectEvent>;
    await mouseClick(treeItem(tree, `${SOFTWARE}#6511`));
    const { detail } = await selected;
    expect(detail.category.id).to.equal(SOFTWARE);
    expect(detail.industry).to.deep.equal({ code: '6511', name: '基础软件开发', partial: true });
  });

  it('clicking the arrow only opens or closes the item', async () => {
    const tree = await treeWith();
    let chosen = 0;
    tree.addEventListener('sixin-select', () => chosen++);
    await mouseClick(treeItem(tree, '2').querySelector('.toggle')!);
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.include('2.1');
    await expectFocusOn(tree, '2');
    await mouseClick(treeItem(tree, '2').querySelector('.toggle')!);
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.not.include('2.1');
    expect(chosen).to.equal(0);
  });
});

describe('<sixin-category-tree> links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('href-template turns items into links; the current page is revealed and marked aria-current', async () => {
    const tree = await treeWith({ attrs: { 'href-template': '#tree-test/{id}/', current: SOFTWARE } });
    expect(visibleKeys(tree)).to.deep.equal(['1', '1.1', '1.3', SOFTWARE, '1.3/hulianwang-anquan-fuwu', '2', '3']);
    const current = treeItem(tree, SOFTWARE);
    expect(current.getAttribute('href')).to.equal('#tree-test/1.3/xinxing-ruanjian-kaifa/');
    expect(current.getAttribute('aria-current')).to.equal('page');
    expect(current.tabIndex).to.equal(0);
    expect(treeItem(tree, '1.3').getAttribute('href')).to.equal('#tree-test/1.3/');
    expect(treeItem(tree, '1.3').hasAttribute('aria-current')).to.equal(false);
    expect(current.hasAttribute('aria-selected'), 'links are not selectable options').to.equal(false);
    await expectAccessible(tree, 'links with current page');
  });

  it('Enter follows the link after sixin-select, unless the event is cancelled', async () => {
    const tree = await treeWith({ attrs: { 'href-template': '#tree-test/{id}/', current: '2' } });
    await focusFirstItem(tree, '2');
    const refused = oneEvent(tree, 'sixin-select') as Promise<SixinSelectEvent>;
    tree.addEventListener('sixin-select', (e) => e.preventDefault(), { once: true });
    await press('Enter');
    expect((await refused).detail.href).to.equal('#tree-test/2/');
    expect(location.hash).to.equal('');

    const followed = oneEvent(tree, 'sixin-select') as Promise<SixinSelectEvent>;
    await press('Enter');
    await followed;
    await waitFor(() => location.hash === '#tree-test/2/', `hash is "${location.hash}"`);
  });

  it('never links to script: hrefs in the data are ignored, and a template or a list link that would run script gives no link', async () => {
    const data = await fixtureData();
    for (const category of data.categories)
      (category as unknown as { href: string }).href = 'javascript:alert(document.domain)';
    const fromData = await treeWith({ data });
    expect(
      treeItems(fromData)
        .map((item) => item.getAttribute('href'))
        .filter((href) => href !== null),
      'no links without a template',
    ).to.deep.equal([]);
    const selected = oneEvent(fromData, 'sixin-select') as Promise<SixinSelectEvent>;
    treeItem(fromData, '2').click();
    const { detail } = await selected;
    expect(detail.href).to.equal(undefined);
    expect(Object.hasOwn(detail.category, 'href'), 'the event carries the checked copy').to.equal(false);

    const scripted = await treeWith({ attrs: { 'href-template': 'javascript:open("{id}")' } });
    expect(
      treeItems(scripted)
        .map((item) => item.getAttribute('href'))
        .filter((href) => href !== null),
    ).to.deep.equal([]);

    const list = await fixture<SixinCategoryTree>(html`<sixin-category-tree
      ><ul>
        <li data-id="1"><a href=" javascript:alert(1)">新一代信息技术产业</a></li>
        <li data-id="2"><a href="/directory/2/">高端装备制造产业</a></li>
      </ul></sixin-category-tree
    >`);
    expect(treeItem(list, '1').hasAttribute('href')).to.equal(false);
    expect(treeItem(list, '2').getAttribute('href')).to.equal('/directory/2/');
  });

  it('{code} fills in the official code, and the id for level-3 directions', async () => {
    const tree = await treeWith({ attrs: { 'href-template': '#c-{code}', current: SOFTWARE } });
    expect(treeItem(tree, '1.3').getAttribute('href')).to.equal('#c-1.3');
    expect(treeItem(tree, SOFTWARE).getAttribute('href')).to.equal('#c-1.3/xinxing-ruanjian-kaifa');
  });
});

describe('<sixin-category-tree> filter', () => {
  async function typeFilter(tree: SixinCategoryTree, text: string) {
    const input = tree.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    input.select();
    // sendKeys types Latin text with real key presses; Chinese text arrives through an input method, as insertText.
    await sendKeys({ type: text });
    await tree.updateComplete;
    return input;
  }

  it('narrows the tree to matches and their ancestors and highlights the match', async () => {
    const tree = await treeWith();
    await typeFilter(tree, '安全');
    // The two directions match, and so do their industry classes of the same name, which opens the directions.
    expect(visibleKeys(tree)).to.deep.equal([
      '1',
      '1.1',
      '1.1/xinxi-anquan-shebei-zhizao',
      '1.1/xinxi-anquan-shebei-zhizao#3915',
      '1.3',
      '1.3/hulianwang-anquan-fuwu',
      '1.3/hulianwang-anquan-fuwu#6440',
    ]);
    const marks = [...tree.shadowRoot!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).to.deep.equal(['安全', '安全', '安全', '安全']);
    expect(textOf(treeItem(tree, '1.1/xinxi-anquan-shebei-zhizao'))).to.equal('信息安全设备制造 1 个行业小类');
    expect(treeItem(tree, '1').getAttribute('aria-setsize'), 'positions count the items left').to.equal('1');
    expect(textOf(tree.shadowRoot!.querySelector('[part="filter-status"]'))).to.equal('找到 4 个匹配项。');
    await expectAccessible(tree, 'filtered');
  });

  it('finds industry classes by code, categories by code, pinyin initials and keywords', async () => {
    const tree = await treeWith();
    await typeFilter(tree, '6513');
    expect(visibleKeys(tree)).to.deep.equal(['1', '1.3', SOFTWARE, `${SOFTWARE}#6513`]);
    expect(textOf(treeItem(tree, `${SOFTWARE}#6513`).querySelector('mark'))).to.equal('6513');

    await typeFilter(tree, 'xcl');
    expect(visibleKeys(tree)).to.deep.equal(['3']);
    expect(textOf(treeItem(tree, '3').querySelector('mark'))).to.equal('新材料');

    await typeFilter(tree, '2.1');
    expect(visibleKeys(tree)).to.deep.equal(['2', '2.1']);

    tree.filter = '信创';
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.deep.equal(['1', '1.3']);
    expect(textOf(treeItem(tree, '1.3').querySelector('[part="match-note"]'))).to.equal('关键词：信创');
  });

  it('a matched item can still be opened to see what is under it', async () => {
    const tree = await treeWith();
    await typeFilter(tree, 'xcl');
    await mouseClick(treeItem(tree, '3').querySelector('.toggle')!);
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.deep.equal(['3', '3.1']);
  });

  it('says plainly when nothing matches, and announces the count after typing stops', async () => {
    const tree = await treeWith();
    await typeFilter(tree, 'zzzz');
    expect(tree.shadowRoot!.querySelector('[role="tree"]')).to.equal(null);
    expect(textOf(tree.shadowRoot!.querySelector('[part="message"]'))).to.equal(
      '没有与“zzzz”匹配的分类。请换一个词，或清空筛选查看全部分类。',
    );
    const live = tree.shadowRoot!.querySelector('[role="status"]')!;
    await waitFor(() => textOf(live).startsWith('没有与“zzzz”匹配'), 'the live region should announce the result');
    await expectAccessible(tree, 'no match');
  });

  it('Down or Enter in the box moves to the first match; Escape clears the filter', async () => {
    const tree = await treeWith();
    const input = await typeFilter(tree, '6513');
    await press('ArrowDown');
    await expectFocusOn(tree, `${SOFTWARE}#6513`);
    input.focus();
    await press('Escape');
    await tree.updateComplete;
    expect(input.value).to.equal('');
    expect(visibleKeys(tree)).to.deep.equal(['1', '2', '3']);
    await typeFilter(tree, 'jqr');
    await press('Enter');
    await expectFocusOn(tree, '2.1/jiqi-renyuzengcai-shebei-zhizao');
  });

  it('waits for an input method to finish composing before filtering', async () => {
    const tree = await treeWith();
    const input = tree.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'ruan';
    input.dispatchEvent(new InputEvent('input', { isComposing: true, bubbles: true, composed: true }));
    await tree.updateComplete;
    expect(visibleKeys(tree), 'the pinyin being composed is not a query').to.deep.equal(['1', '2', '3']);
    input.value = '软件';
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '软件', bubbles: true, composed: true }));
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.include(SOFTWARE);
  });
});

describe('<sixin-category-tree> loading, failure and empty data', () => {
  it('loads src; while loading it says so and keeps showing the server-rendered list', async () => {
    const data = heldData();
    const tree = await fixture<SixinCategoryTree>(html`<sixin-category-tree src=${data.url}
      ><ul>
        <li data-id="1" data-code="1"><a href="/directory/1/">新一代信息技术产业</a></li>
      </ul></sixin-category-tree
    >`);
    const status = tree.shadowRoot!.querySelector('[part="message"]');
    expect(textOf(status)).to.equal('正在加载…');
    const slot = tree.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements().map((el) => el.localName)).to.deep.equal(['ul']);
    expect(tree.querySelector('ul')!.getClientRects().length, 'the list is on screen').to.be.greaterThan(0);
    await expectAccessible(tree, 'loading');
    const loading = oneEvent(tree, 'sixin-load') as Promise<SixinLoadEvent>;
    await data.release();
    expect((await loading).detail).to.deep.equal({ source: data.url, count: 13 });
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.deep.equal(['1', '2', '3']);
    expect(tree.querySelector('ul')!.getClientRects().length, 'the list is hidden once the tree shows').to.equal(0);
  });

  it('an element moved in the page while loading still finishes loading', async () => {
    const data = heldData();
    const tree = await fixture<SixinCategoryTree>(html`<sixin-category-tree src=${data.url}></sixin-category-tree>`);
    const loaded = oneEvent(tree, 'sixin-load');
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(tree);
    await data.release();
    await loaded;
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.deep.equal(['1', '2', '3']);
    elsewhere.remove();
  });

  it('a failed load shows why, with a retry button that loads again and moves focus to the tree', async () => {
    const tree = await fixture<SixinCategoryTree>(html`<sixin-category-tree></sixin-category-tree>`);
    const failed = oneEvent(tree, 'sixin-error') as Promise<SixinErrorEvent>;
    tree.src = '/test-data/flaky/retry.json';
    const { detail } = await failed;
    expect(detail.problem).to.deep.equal({ code: 'http', params: { url: '/test-data/flaky/retry.json', status: 503 } });
    expect(detail.message).to.equal('服务器对 /test-data/flaky/retry.json 返回了 503 错误。');
    await tree.updateComplete;
    const alert = tree.shadowRoot!.querySelector('[role="alert"]')!;
    expect(textOf(alert)).to.equal('数据加载失败。 服务器对 /test-data/flaky/retry.json 返回了 503 错误。 重试');
    await expectAccessible(tree, 'error');
    const retry = tree.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!;
    retry.focus();
    const loaded = oneEvent(tree, 'sixin-load');
    await press('Enter');
    await loaded;
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.deep.equal(['1', '2', '3']);
    await expectFocusOn(tree, '1');
  });

  it('when src fails, the server-rendered list stays on screen under the message', async () => {
    const tree = await fixture<SixinCategoryTree>(html`<sixin-category-tree src="/test-data/missing.json"
      ><ul>
        <li data-id="1" data-code="1"><a href="/directory/1/">新一代信息技术产业</a></li>
      </ul></sixin-category-tree
    >`);
    await waitFor(() => tree.shadowRoot!.querySelector('[role="alert"]'), 'the failure should be shown');
    expect(tree.querySelector('ul')!.getClientRects().length).to.be.greaterThan(0);
    await expectAccessible(tree, 'error over server list');
  });

  it('names the problem: unreachable, not JSON, or data in the wrong shape', async () => {
    const cases: Array<[string, string]> = [
      ['/test-data/missing.json', '服务器对 /test-data/missing.json 返回了 404 错误。'],
      ['/test-data/not-json.json', '/test-data/not-json.json 的内容不是 JSON 数据。'],
      ['/test-data/bad-level.json', '分类“1.1”是第 3 级，与上级“1”（第 1 级）不衔接。'],
      ['http://127.0.0.1:9/unreachable.json', '无法连接到 http://127.0.0.1:9/unreachable.json，请检查网络后重试。'],
    ];
    for (const [src, message] of cases) {
      const tree = await fixture<SixinCategoryTree>(html`<sixin-category-tree src=${src}></sixin-category-tree>`);
      await waitFor(() => tree.shadowRoot!.querySelector('[role="alert"]'), `no error shown for ${src}`);
      expect(textOf(tree.shadowRoot!.querySelector('[role="alert"] p'))).to.equal(`数据加载失败。 ${message}`);
    }
  });

  it('says which category and field are wrong in data given as a property, without a retry button', async () => {
    const tree = await treeWith();
    const data = await fixtureData();
    (data.categories[4] as { name: unknown }).name = '';
    tree.data = data;
    await waitFor(() => tree.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    expect(textOf(tree.shadowRoot!.querySelector('[role="alert"]'))).to.equal(
      '数据加载失败。 分类 “1.3” 的 name 字段有误：应为非空文字。',
    );
    expect(tree.shadowRoot!.querySelector('[part="retry-button"]')).to.equal(null);
    tree.data = { categories: 'none' } as never;
    await tree.updateComplete;
    expect(textOf(tree.shadowRoot!.querySelector('[role="alert"]'))).to.contain('数据中没有 categories 列表');
  });

  it('empty data shows a message instead of an empty tree', async () => {
    const tree = await fixture<SixinCategoryTree>(
      html`<sixin-category-tree src="/test-data/empty.json"></sixin-category-tree>`,
    );
    await oneEvent(tree, 'sixin-load');
    await tree.updateComplete;
    expect(tree.shadowRoot!.querySelector('[role="tree"]')).to.equal(null);
    expect(tree.shadowRoot!.querySelector('input')).to.equal(null);
    expect(textOf(tree.shadowRoot!.querySelector('[part="message"]'))).to.equal('目录中没有分类。');
    await expectAccessible(tree, 'empty');
  });
});

describe('<sixin-category-tree> upgrading the server-rendered list', () => {
  const serverList = html`<ul>
    <li data-id="1" data-code="1">
      <a href="/directory/1/">新一代信息技术产业</a>
      <ul>
        <li data-id="1.3" data-code="1.3">
          <a href="/directory/1.3/">新兴软件和新型信息技术服务</a>
          <ul>
            <li data-id="1.3/xinxing-ruanjian-kaifa"><a href="/directory/1.3/xinxing-ruanjian-kaifa/">新兴软件开发</a></li>
          </ul>
        </li>
      </ul>
    </li>
    <li data-id="3" data-code="3">
      <a href="/directory/3/">新材料产业</a>
      <ul>
        <li data-id="3.1" data-code="3.1">
          <a href="/directory/3.1/">先进钢铁材料</a>
          <ul>
            <li data-id="3.1/youzhi-hanjie-cailiao-zhizao" data-status="inferred">
              <a href="/directory/3.1/youzhi-hanjie-cailiao-zhizao/">优质焊接材料制造</a>
            </li>
          </ul>
        </li>
      </ul>
    </li>
  </ul>`;

  it('reads the list, hides it, and renders the tree with its links and the current page', async () => {
    const tree = await fixture<SixinCategoryTree>(
      html`<sixin-category-tree href-template="#page/{id}/" current="1.3">${serverList}</sixin-category-tree>`,
    );
    expect(visibleKeys(tree)).to.deep.equal(['1', '1.3', '3']);
    expect(textOf(treeItem(tree, '1'))).to.equal('1 新一代信息技术产业 1 个方向');
    expect(treeItem(tree, '1.3').getAttribute('aria-current')).to.equal('page');
    expect(treeItem(tree, '1.3').getAttribute('href')).to.equal('#page/1.3/');
    expect(tree.querySelector('ul')!.getClientRects().length, 'the server list is no longer shown').to.equal(0);
    await mouseClick(treeItem(tree, '3').querySelector('.toggle')!);
    await mouseClick(treeItem(tree, '3.1').querySelector('.toggle')!);
    await tree.updateComplete;
    expect(textOf(treeItem(tree, '3.1/youzhi-hanjie-cailiao-zhizao'))).to.equal('优质焊接材料制造 归类待确认');
    await expectAccessible(tree, 'upgraded');
  });

  it('without href-template, keeps the links of the list', async () => {
    const tree = await fixture<SixinCategoryTree>(
      html`<sixin-category-tree current="1.3/xinxing-ruanjian-kaifa">${serverList}</sixin-category-tree>`,
    );
    expect(treeItem(tree, '1.3/xinxing-ruanjian-kaifa').getAttribute('href')).to.equal(
      '/directory/1.3/xinxing-ruanjian-kaifa/',
    );
  });

  it('follows changes to the list', async () => {
    const tree = await fixture<SixinCategoryTree>(html`<sixin-category-tree>${serverList}</sixin-category-tree>`);
    const item = document.createElement('li');
    item.dataset.id = '9';
    item.dataset.code = '9';
    item.innerHTML = '<a href="/directory/9/">相关服务业</a>';
    tree.querySelector('ul')!.append(item);
    await waitFor(() => visibleKeys(tree).includes('9'), 'the added item should show');
  });

  it('reads what tree.json carries from the list: pinyin initials, keywords, aliases and industry classes', async () => {
    const tree = await fixture<SixinCategoryTree>(html`<sixin-category-tree
      ><ul>
        <li data-id="1" data-code="1" data-initials="xydxxjscy">
          <a href="/directory/1/">新一代信息技术产业</a>
          <ul>
            <li data-id="1.3" data-code="1.3" data-initials="xxrjhxxxxjsfw" data-keywords="信创|国产软件">
              <a href="/directory/1.3/">新兴软件和新型信息技术服务</a>
              <ul>
                <li
                  data-id="1.3/xinxing-ruanjian-kaifa"
                  data-aliases="软件研发"
                  data-industries="6511 基础软件开发|6513* 应用软件开发"
                >
                  <a href="/directory/1.3/xinxing-ruanjian-kaifa/">新兴软件开发</a>
                </li>
              </ul>
            </li>
          </ul>
        </li>
      </ul></sixin-category-tree
    >`);
    tree.filter = 'xydx';
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.deep.equal(['1']);
    tree.filter = '信创';
    await tree.updateComplete;
    expect(textOf(treeItem(tree, '1.3').querySelector('[part="match-note"]'))).to.equal('关键词：信创');
    tree.filter = '软件研发';
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.include('1.3/xinxing-ruanjian-kaifa');
    tree.filter = '6513';
    await tree.updateComplete;
    expect(visibleKeys(tree)).to.deep.equal([
      '1',
      '1.3',
      '1.3/xinxing-ruanjian-kaifa',
      '1.3/xinxing-ruanjian-kaifa#6513',
    ]);
    expect(textOf(treeItem(tree, '1.3/xinxing-ruanjian-kaifa#6513'))).to.contain('应用软件开发');
    expect(textOf(treeItem(tree, '1.3/xinxing-ruanjian-kaifa'))).to.equal('新兴软件开发 2 个行业小类');
  });

  it('an industry class in the list that is not a four-digit class is reported like bad fetched data', async () => {
    const tree = await fixture<SixinCategoryTree>(html`<sixin-category-tree
      ><ul>
        <li data-id="1" data-code="1">
          <a href="/directory/1/">新一代信息技术产业</a>
          <ul>
            <li data-id="1.3" data-code="1.3">
              <a href="/directory/1.3/">新兴软件和新型信息技术服务</a>
              <ul>
                <li data-id="1.3/xinxing-ruanjian-kaifa" data-industries="javascript:alert(1)">
                  <a href="/directory/1.3/xinxing-ruanjian-kaifa/">新兴软件开发</a>
                </li>
              </ul>
            </li>
          </ul>
        </li>
      </ul></sixin-category-tree
    >`);
    expect(textOf(tree.shadowRoot!.querySelector('[role="alert"]'))).to.contain('数据加载失败。');
    expect(tree.querySelector('ul')!.getClientRects().length, 'the list stays on screen').to.be.greaterThan(0);
  });

  it('a list item without data-id is reported, and the list stays on screen', async () => {
    const tree = await fixture<SixinCategoryTree>(html`<sixin-category-tree
      ><ul>
        <li data-id="1"><a href="/directory/1/">新一代信息技术产业</a></li>
        <li><a href="/directory/2/">高端装备制造产业</a></li>
      </ul></sixin-category-tree
    >`);
    expect(textOf(tree.shadowRoot!.querySelector('[role="alert"]'))).to.equal(
      '数据加载失败。 页面中的分类列表第 2 项（“高端装备制造产业”）缺少 data-id 属性。',
    );
    expect(tree.querySelector('ul')!.getClientRects().length).to.be.greaterThan(0);
  });
});

describe('<sixin-category-tree> language, theme and registration', () => {
  it('speaks English under lang="en", and follows a later change of lang', async () => {
    const tree = await treeWith({ lang: 'en', attrs: { current: '3.1/youzhi-hanjie-cailiao-zhizao' } });
    expect(textOf(treeItem(tree, '1'))).to.equal('1 新一代信息技术产业 4 directions');
    expect(textOf(treeItem(tree, '3.1/youzhi-hanjie-cailiao-zhizao'))).to.equal(
      '优质焊接材料制造 1 industry class placement to be confirmed',
    );
    expect(textOf(tree.shadowRoot!.querySelector('label'))).to.equal('Filter categories');
    expect(tree.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal(
      'New-economy industry directory',
    );
    await expectAccessible(tree, 'English');
    tree.parentElement!.setAttribute('lang', 'zh-CN');
    await waitFor(() => textOf(treeItem(tree, '1')).endsWith('4 个方向'), 'should switch back to Chinese');
  });

  it('no-filter hides the filter box', async () => {
    const tree = await treeWith({ attrs: { 'no-filter': '' } });
    expect(tree.shadowRoot!.querySelector('input')).to.equal(null);
    expect(visibleKeys(tree)).to.deep.equal(['1', '2', '3']);
  });

  it('uses the label attribute as the name of the tree', async () => {
    const tree = await treeWith({ attrs: { label: '选择所属分类' } });
    expect(tree.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('选择所属分类');
  });

  it('has no accessibility problems in the dark theme, opened and filtered', async () => {
    const tree = await treeWith({ attrs: { theme: 'dark', current: `${SOFTWARE}`, filter: '软件' } });
    expect(getComputedStyle(tree.shadowRoot!.querySelector('.base')!).backgroundColor).to.equal('rgb(22, 27, 34)');
    await expectAccessible(tree, 'dark');
  });

  it('a second registration of the tag warns and keeps the first', async () => {
    const warnings = await warningsDuring(() =>
      define('sixin-category-tree', class SecondCopy extends SixinCategoryTree {}),
    );
    expect(customElements.get('sixin-category-tree')).to.equal(SixinCategoryTree);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<sixin-category-tree> is already defined by @sixin/elements 0.1.0');
  });
});

describe('<sixin-category-tree> with the real exported data', () => {
  for (const file of ['tree.json', 'directory.json']) {
    it(`shows the 9 industries of ${file} and opens 新材料 to its 7 categories`, async () => {
      const tree = await fixture<SixinCategoryTree>(
        html`<sixin-category-tree
          src=${`/test-data/real/${file}`}
          href-template="/directory/{id}/"
          current="3.1/youzhi-hanjie-cailiao-zhizao"
        ></sixin-category-tree>`,
      );
      const outcome = await Promise.race([oneEvent(tree, 'sixin-load'), oneEvent(tree, 'sixin-error')]);
      if (outcome.type === 'sixin-error') expect.fail((outcome as SixinErrorEvent).detail.message);
      await tree.updateComplete;
      const roots = treeItems(tree).filter((el) => el.getAttribute('aria-level') === '1');
      expect(roots.map((el) => el.dataset.key)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
      expect(roots[0].getAttribute('aria-setsize')).to.equal('9');
      const level2 = treeItems(tree).filter((el) => el.getAttribute('aria-level') === '2');
      expect(level2.map((el) => el.dataset.key)).to.deep.equal(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7']);
      expect(treeItem(tree, '3.1/youzhi-hanjie-cailiao-zhizao').getAttribute('aria-current')).to.equal('page');
      const inferred = treeItems(tree).filter((el) => textOf(el).endsWith('归类待确认'));
      expect(inferred.length).to.be.greaterThan(0);
      await expectAccessible(tree, `real ${file}`);
    });
  }
});

describe('<sixin-category-tree> documentation', () => {
  interface ManifestDeclaration {
    tagName?: string;
    cssParts?: Array<{ name: string }>;
    cssProperties?: Array<{ name: string }>;
    events?: Array<{ name: string }>;
  }

  async function manifestEntry(): Promise<ManifestDeclaration> {
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json is missing: run `npm run build -w @sixin/elements`').to.equal(true);
    const manifest = (await response.json()) as { modules: Array<{ declarations?: ManifestDeclaration[] }> };
    const entry = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.tagName === 'sixin-category-tree');
    expect(entry, 'the manifest should describe <sixin-category-tree>').to.not.equal(undefined);
    return entry!;
  }

  it('documents every part the element renders, in every state', async () => {
    const documented = new Set((await manifestEntry()).cssParts!.map((p) => p.name));
    const used = new Set<string>();
    const collect = (tree: SixinCategoryTree) => {
      for (const el of tree.shadowRoot!.querySelectorAll('[part]'))
        for (const part of el.getAttribute('part')!.split(/\s+/)) used.add(part);
    };
    const data = { ...(await fixtureData()), revision: { date: '2021-12-30' } };
    const tree = await treeWith({ data, attrs: { current: '3.1/youzhi-hanjie-cailiao-zhizao', selected: '1' } });
    collect(tree);
    for (const filter of ['信创', '软件', 'zzzz']) {
      tree.filter = filter;
      await tree.updateComplete;
      collect(tree);
    }
    tree.src = '/test-data/flaky/documentation.json';
    tree.data = undefined;
    await oneEvent(tree, 'sixin-error');
    await tree.updateComplete;
    collect(tree);
    const undocumented = [...used].filter((part) => !documented.has(part));
    expect(undocumented, 'parts rendered but not in the JSDoc (@csspart)').to.deep.equal([]);
    const unused = [...documented].filter((part) => !used.has(part));
    expect(unused, 'parts documented but never rendered').to.deep.equal([]);
  });

  it('documents every custom property the styles read, and the events it fires', async () => {
    const entry = await manifestEntry();
    const documented = new Set(entry.cssProperties!.map((p) => p.name));
    const css = SixinCategoryTree.elementStyles
      .map((style) => (style as { cssText?: string }).cssText ?? '')
      .join('\n');
    expect(css).to.contain('--sixin-color-accent');
    const read = new Set([...css.matchAll(/var\(\s*(--sixin-[a-z-]+)/g)].map((m) => m[1]));
    expect(
      [...read].filter((name) => !documented.has(name)),
      'custom properties without @cssprop',
    ).to.deep.equal([]);
    expect(
      [...documented].filter((name) => !read.has(name)),
      '@cssprop entries the styles do not read',
    ).to.deep.equal([]);
    expect(entry.events!.map((e) => e.name)).to.deep.equal(['sixin-select', 'sixin-load', 'sixin-error']);
  });
});
