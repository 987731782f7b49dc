import { expect, fixture, html } from '@open-wc/testing';
import '../sixin-eligibility-checker.js';
import { waitFor } from '../test-support/helpers.js';

describe('<sixin-eligibility-checker> opening a shared link that cannot be opened', () => {
  after(() => history.replaceState(null, '', location.pathname));

  it('a shared link that cannot be opened is explained when the rules come from src', async () => {
    history.replaceState(null, '', '#answers=v1;scope:yes,size:small');
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const checker = document.createElement('sixin-eligibility-checker');
    checker.src = '/src/checker/rules.fixture.json';
    wrapper.append(checker);
    await waitFor(() => checker.shadowRoot!.querySelector('[part~="link-problem"]'), 'the link problem is not shown');
    await checker.updateComplete;
    expect(checker.shadowRoot!.querySelector('[part~="link-problem"]')!.textContent).to.contain(
      '链接中回答的问题有的已不再使用',
    );
  });
});
