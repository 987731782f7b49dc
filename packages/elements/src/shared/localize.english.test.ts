// A page of its own: the English strings are fetched once per page, and this test must see the first fetch.
import { expect, oneEvent } from '@open-wc/testing';
import '../sixin-category-tree.js';
import type { SixinCategoryTree } from '../tree/tree.component.js';
import { heldData, recordTexts, waitFor } from '../test-support/helpers.js';

describe('an element shown in English, on the first English element of the page', () => {
  it("shows the page's own markup until the English strings are here, and never shows Chinese", async () => {
    const container = document.createElement('div');
    container.lang = 'en';
    const data = heldData();
    container.innerHTML = `<sixin-category-tree src="${data.url}"><p id="fallback">The directory, as a list</p></sixin-category-tree>`;
    const tree = container.querySelector<SixinCategoryTree>('sixin-category-tree')!;
    const loaded = oneEvent(tree, 'sixin-load');
    document.body.append(container);
    const root = tree.shadowRoot!;
    const seen = recordTexts(tree);

    await waitFor(() => root.querySelector('slot'), 'nothing shown while the strings load');
    expect(
      root
        .querySelector('slot')!
        .assignedElements()
        .map((e) => e.id),
    ).to.deep.equal(['fallback']);
    // The data arrives only once the English loading message has been shown.
    await waitFor(() => root.textContent?.includes('Loading…'), 'the loading message, in English');
    await data.release();
    await loaded;
    await tree.updateComplete;
    expect(root.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('New-economy industry directory');
    expect(
      seen.some((text) => text.includes('Loading…')),
      'the loading message, in English',
    ).to.equal(true);
    expect(seen.filter((text) => /正在加载|四新经济/.test(text))).to.deep.equal([]);
    container.remove();
  });
});
