// A page of its own: once the explanations of data problems have failed to load, a page keeps that outcome.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../sixin-category-tree.js';
import type { SixinErrorEvent } from '../events/sixin-load.js';
import type { SixinCategoryTree } from '../tree/tree.component.js';
import { textOf, warningsDuring } from '../test-support/helpers.js';

describe('bad data when its explanation cannot be fetched', () => {
  after(() => {
    document.cookie = 'sixin-fail-problems=; max-age=0; path=/';
  });

  it("still says that the data cannot be used, with the problem's code, and why in the console", async () => {
    // web-test-runner.config.mjs answers 503 for problems.ts while this cookie is set.
    document.cookie = 'sixin-fail-problems=1; path=/';
    const warnings = await warningsDuring(async () => {
      const tree = document.createElement('sixin-category-tree') as SixinCategoryTree;
      const failed = oneEvent(tree, 'sixin-error') as Promise<SixinErrorEvent>;
      tree.src = '/test-data/bad-level.json';
      (await fixture<HTMLElement>(html`<div></div>`)).append(tree);
      const standIn = '数据有误，无法使用（bad-level）。请稍后再试；如果一直这样，请告诉网站管理员。';
      expect((await failed).detail.message).to.equal(standIn);
      await tree.updateComplete;
      expect(textOf(tree.shadowRoot!.querySelector('[role="alert"]'))).to.equal(`数据加载失败。 ${standIn} 重试`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^@sixin\/elements: the explanations of data problems could not be loaded/);
  });
});
