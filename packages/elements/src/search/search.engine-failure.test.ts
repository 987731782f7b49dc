// A page of its own: once the engine module has loaded, a page keeps it, so only a fresh page can see it fail. The
// test depends on no cache: the test page has its HTTP cache off (web-test-runner.config.mjs), and the retry asks for
// the engine under a URL of its own, so it works whether or not the browser remembers the failed import.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../sixin-scope-search.js';
import type { SixinErrorEvent } from '../events/sixin-load.js';
import type { SixinSearchEvent } from '../events/sixin-search.js';
import type { SixinScopeSearch } from './search.component.js';
import { expectAccessible, focusedIn, textOf, waitFor } from '../test-support/helpers.js';

describe('<sixin-scope-search> when the search program cannot be loaded', () => {
  after(() => {
    document.cookie = 'sixin-fail-engine=; max-age=0; path=/';
  });

  it('says so, keeps the text, and recovers on retry', async () => {
    // web-test-runner.config.mjs answers 503 for the engine module while this cookie is set.
    document.cookie = 'sixin-fail-engine=1; path=/';
    // The query makes the element start loading at once: listen before it exists.
    const failed = oneEvent(document, 'sixin-error') as Promise<SixinErrorEvent>;
    const element = await fixture<SixinScopeSearch>(
      html`<sixin-scope-search src="/test-data/real/search-index.json" query="软件开发"></sixin-scope-search>`,
    );
    const { detail } = await failed;
    expect(detail).to.deep.equal({
      source: 'engine',
      problem: { code: 'engine-unavailable', params: {} },
      message: '检索程序加载失败，请检查网络后重试。',
    });
    const root = element.shadowRoot!;
    await waitFor(() => root.querySelector('[role="alert"]'), 'the failure is shown');
    expect(textOf(root.querySelector('[role="alert"]'))).to.equal(
      '数据加载失败。 检索程序加载失败，请检查网络后重试。 重试',
    );
    expect(root.querySelector<HTMLTextAreaElement>('#input')!.value).to.equal('软件开发');
    expect(
      performance.getEntriesByType('resource').some((e) => e.name.includes('search-index.json')),
      'no index fetched without the program',
    ).to.equal(false);
    await expectAccessible(element, 'engine failed');

    // The connection is back: the retry fetches the program again and searches what was typed.
    document.cookie = 'sixin-fail-engine=; max-age=0; path=/';
    const searched = oneEvent(element, 'sixin-search') as Promise<SixinSearchEvent>;
    root.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    const { result } = (await searched).detail;
    expect(result.categories[0].id).to.equal('1.3');
    const engineUrls = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => url.includes('/src/search/engine.ts'));
    expect(engineUrls.at(-1), 'the retry asked for the engine under a URL of its own').to.match(
      /\/src\/search\/engine\.ts\?retry=\d+$/,
    );
    await element.updateComplete;
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(focusedIn(element)?.id, 'focus goes back to the box').to.equal('input');
  });
});
