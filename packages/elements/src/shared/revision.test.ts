import { expect, fixture, html } from '@open-wc/testing';
import '../sixin-scope-search.js';
import type { SixinScopeSearch } from '../search/search.component.js';
import type { SearchIndex } from '@sixin/core/search';
import { textOf, waitFor } from '../test-support/helpers.js';

const realIndex = async () => (await fetch('/test-data/real/search-index.json')).json();

async function searchWith(data: unknown, lang = 'zh-CN'): Promise<SixinScopeSearch> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><sixin-scope-search .data=${data as SearchIndex}></sixin-scope-search></div>`,
  );
  const search = wrapper.querySelector<SixinScopeSearch>('sixin-scope-search')!;
  search.query = '工业机器人制造';
  await waitFor(() => search.shadowRoot!.querySelector('[part~="category-link"]'), 'no results');
  return search;
}

const revisionLine = (search: SixinScopeSearch) => search.shadowRoot!.querySelector('[part~="revision"]');

describe('the directory revision under search results', () => {
  it('names the published revision of the index, in the page language', async () => {
    const index = await realIndex();
    expect(textOf(revisionLine(await searchWith({ ...index, revision: { date: '2021-12-30' } })))).to.equal(
      '目录版本：2021-12-30',
    );
    const en = await searchWith({ ...index, revision: { date: '2021-12-30' } }, 'en');
    await waitFor(() => textOf(revisionLine(en)).startsWith('Directory'), 'no English line');
    expect(textOf(revisionLine(en))).to.equal('Directory revision: 2021-12-30');
  });

  it('says nothing for an index without a revision, and names the revision unreleased changes follow', async () => {
    const index = await realIndex();
    expect(revisionLine(await searchWith({ ...index, revision: undefined }))).to.equal(null);
    expect(
      textOf(revisionLine(await searchWith({ ...index, revision: { unreleased: true, after: '2021-12-30' } }))),
    ).to.equal('目录版本：2021-12-30 版之后尚未发布的修改');
  });

  it('shows a hostile revision only as text', async () => {
    const search = await searchWith({ ...(await realIndex()), revision: { date: '<img src=x onerror=alert(1)>' } });
    expect(revisionLine(search)!.querySelector('img')).to.equal(null);
    expect(textOf(revisionLine(search))).to.equal('目录版本：<img src=x onerror=alert(1)>');
  });
});
