import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../sixin-category-tree.js';
import type { SixinErrorEvent } from '../events/sixin-load.js';
import type { SixinCategoryTree } from '../tree/tree.component.js';
import { fetchJson } from './data-controller.js';
import { DataError, type DirectoryInput } from './directory.js';
import type { DataProblem } from './strings.js';
import { textOf, waitFor } from '../test-support/helpers.js';

/** The problem fetchJson reports for `url`, or undefined when it gives JSON. */
async function problemOf(url: string, timeoutMs?: number): Promise<DataProblem | undefined> {
  try {
    await fetchJson(url, undefined, 'no-store', timeoutMs);
    return undefined;
  } catch (error) {
    if (error instanceof DataError) return error.problem;
    throw error;
  }
}

describe('fetching data', () => {
  it('gives up on a response that trickles in, with a timeout the element can retry', async () => {
    // A short limit: the response never ends, so however busy the machine, the limit is what stops it.
    expect(await problemOf('/test-data/trickle.json', 300)).to.deep.equal({
      code: 'timeout',
      params: { url: '/test-data/trickle.json', seconds: 0.3 },
    });
  });

  it('does not read more than 8 MB, whether or not the server declares the length', async () => {
    for (const url of ['/test-data/huge.json', '/test-data/huge-declared.json']) {
      expect(await problemOf(url), url).to.deep.equal({ code: 'too-large', params: { url, megabytes: 8 } });
    }
  });

  it('names each other way a fetch fails, and gives the JSON when it works', async () => {
    expect(await problemOf('/test-data/missing.json')).to.deep.equal({
      code: 'http',
      params: { url: '/test-data/missing.json', status: 404 },
    });
    expect(await problemOf('/test-data/not-json.json')).to.deep.equal({
      code: 'not-json',
      params: { url: '/test-data/not-json.json' },
    });
    expect(await problemOf('http://127.0.0.1:9/x.json')).to.deep.equal({
      code: 'network',
      params: { url: 'http://127.0.0.1:9/x.json' },
    });
    expect(await fetchJson('/test-data/empty.json')).to.deep.equal({ categories: [] });
  });

  it('shows any error while checking data as a problem with the data, never leaving the element loading', async () => {
    const tree = await fixture<SixinCategoryTree>(html`<sixin-category-tree></sixin-category-tree>`);
    const errors: unknown[][] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      tree.data = {
        get categories(): never {
          throw new TypeError('a getter that throws');
        },
      } as unknown as DirectoryInput;
      await waitFor(() => tree.shadowRoot!.querySelector('[role="alert"]'), 'the problem is shown');
    } finally {
      console.error = log;
    }
    expect(textOf(tree.shadowRoot!.querySelector('[role="alert"]'))).to.equal(
      '数据加载失败。 读取数据时发生了意外的错误，数据可能已损坏。请稍后重试；如果一直这样，请告诉网站管理员。',
    );
    expect(String(errors[0]?.at(-1)), 'the console has the details for the site’s developers').to.contain(
      'a getter that throws',
    );
  });
});

describe('a problem with the data', () => {
  it('is explained in the element and in the sixin-error event, in the same words', async () => {
    const tree = document.createElement('sixin-category-tree') as SixinCategoryTree;
    const failed = oneEvent(tree, 'sixin-error') as Promise<SixinErrorEvent>;
    tree.src = '/test-data/bad-level.json';
    (await fixture<HTMLElement>(html`<div></div>`)).append(tree);
    const explanation = '分类“1.1”是第 3 级，与上级“1”（第 1 级）不衔接。';
    expect((await failed).detail.message).to.equal(explanation);
    await tree.updateComplete;
    expect(textOf(tree.shadowRoot!.querySelector('[role="alert"]'))).to.equal(`数据加载失败。 ${explanation} 重试`);
  });
});
