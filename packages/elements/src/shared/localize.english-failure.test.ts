// A page of its own: once the English strings have loaded (or failed), a page keeps that outcome.
import { expect, fixture, html } from '@open-wc/testing';
import '../sixin-category-tree.js';
import type { SixinCategoryTree } from '../tree/tree.component.js';
import { warningsDuring, waitFor } from '../test-support/helpers.js';

describe('an element shown in English when the English strings cannot be loaded', () => {
  after(() => {
    document.cookie = 'sixin-fail-strings=; max-age=0; path=/';
  });

  it('works in Chinese and says why in the console, once', async () => {
    // web-test-runner.config.mjs answers 503 for the English strings while this cookie is set.
    document.cookie = 'sixin-fail-strings=1; path=/';
    const warnings = await warningsDuring(async () => {
      const container = await fixture<HTMLElement>(html`<div lang="en">
        <sixin-category-tree src="/test-data/fixture.json"></sixin-category-tree>
        <sixin-category-tree src="/test-data/fixture.json" label="Second"></sixin-category-tree>
      </div>`);
      const trees = [...container.querySelectorAll<SixinCategoryTree>('sixin-category-tree')];
      for (const tree of trees)
        await waitFor(() => tree.shadowRoot!.querySelector('[role="treeitem"]'), 'the tree did not load');
      expect(trees[0].shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal(
        '四新经济行业分类目录',
      );
      expect(trees[0].shadowRoot!.querySelector('[part="filter-label"]')!.textContent).to.equal('筛选分类');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(
      /^@sixin\/elements: the English strings could not be loaded, so the elements stay in Chinese/,
    );
  });
});
