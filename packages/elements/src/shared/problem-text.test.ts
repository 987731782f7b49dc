// A page of its own: the explanations of data problems are fetched once per page, and this test must see the first
// fetch. problem-text.failure.test.ts covers a fetch that fails, checker.link-problem.test.ts a shared link.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../sixin-category-tree.js';
import type { SixinErrorEvent } from '../events/sixin-load.js';
import type { SixinCategoryTree } from '../tree/tree.component.js';
import { recordTexts } from '../test-support/helpers.js';

describe('the explanation of a data problem, fetched when the first one happens', () => {
  it('bad data is explained the first time it is shown, and in the event', async () => {
    const tree = document.createElement('sixin-category-tree') as SixinCategoryTree;
    const failed = oneEvent(tree, 'sixin-error') as Promise<SixinErrorEvent>;
    tree.src = '/test-data/bad-level.json';
    (await fixture<HTMLElement>(html`<div></div>`)).append(tree);
    const seen = recordTexts(tree);
    const { detail } = await failed;
    const explanation = '分类“1.1”是第 3 级，与上级“1”（第 1 级）不衔接。';
    expect(detail.message).to.equal(explanation);
    await tree.updateComplete;
    expect(tree.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(explanation);
    expect(
      seen.filter((text) => text.includes('bad-level')),
      'the stand-in is never shown',
    ).to.deep.equal([]);
  });
});
