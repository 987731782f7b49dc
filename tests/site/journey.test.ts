// The citizen's whole journey with JavaScript on, on a 390 px phone: the home page, a pasted 经营范围, the search's
// answer, 用这段经营范围做资格自查, every question of the checker, the answers, and the result led by the answer; what
// the person sees is checked at each step, and a screenshot of each step is kept in tests/.output/journey/ (ignored
// by git) to look at. The same journey with JavaScript off is js-off.test.ts.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { builtSiteInChromium } from './helpers/browser.ts';
import { OUTPUT_DIR, requireBuiltSite } from './helpers/site.ts';

requireBuiltSite();
const site = builtSiteInChromium();
const SHOTS = join(OUTPUT_DIR, 'journey');
const SCOPE = '一般项目：软件开发；信息技术咨询服务；货物进出口';
/** One label for the search box everywhere: the home form, the /search/ widget, the checker's step 1. */
const LABEL = '经营范围或关键词';

const shot = (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
};
const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);

describe('JavaScript on, 390 px: from a licence scope to an answer', () => {
  test('home → search answer → 用这段经营范围做资格自查 → each question → the result', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      // The directory revision the published data carries, or the one its unreleased changes follow: every widget
      // names it.
      const stamp = (await (await fetch(`${site.server.origin}/data/search-index.json`)).json()) as {
        revision?: { date?: string; after?: string };
      };
      const released = stamp.revision?.date;
      const assertRevisionLine = async (line: Locator) =>
        assert.equal(
          await line.innerText(),
          released ? `目录版本：${released}` : `目录版本：${stamp.revision?.after} 版之后尚未发布的修改`,
        );

      // 1. Home: the search form, labelled, above the fold.
      await page.goto(`${site.server.origin}/`);
      const homeBox = page.locator('#home-query');
      assert.ok(await homeBox.isVisible(), 'no search box on the home page');
      assert.equal(await page.locator('label[for="home-query"]').innerText(), LABEL);
      await homeBox.fill(SCOPE);
      await shot(page, '1-home');
      await page.locator('form.search-form button[type="submit"]').click();

      // 2. The search page answers with a sentence first, a line for every clause, and the way on to the checker.
      await page.waitForURL(/\/search\/\?q=/);
      const search = page.locator('sixin-scope-search');
      const answer = search.locator('[part~="answer"]');
      await answer.waitFor();
      assert.equal(await search.locator('[part~="label"]').innerText(), LABEL);
      assert.equal(
        await search.locator('textarea[part~="input"]').inputValue(),
        SCOPE,
        'the pasted scope is kept in the box',
      );
      assert.match(await answer.innerText(), /很可能属于“四新经济”目录/);
      const clauses = await search.locator('[part~="clause-line"]').allInnerTexts();
      assert.ok(clauses.length >= 3, `a line for every clause, got ${clauses.length}: ${clauses.join(' | ')}`);
      assert.ok(
        clauses.some((line) => /不在目录中/.test(line)),
        `货物进出口 is said to be outside the directory: ${clauses.join(' | ')}`,
      );
      await assertRevisionLine(search.locator('[part~="revision"]'));
      assert.ok(await fitsThePhone(page), 'the search page scrolls sideways');
      await shot(page, '2-search-answer');
      const toChecker = search.locator('[part~="checker-link"]');
      assert.equal((await toChecker.innerText()).trim(), '用这段经营范围做资格自查');
      await toChecker.click();

      // 3. The checker's step 1 has the text already searched, what it found, and 继续 right under it.
      await page.waitForURL(/\/checker\/\?q=/);
      const checker = page.locator('sixin-eligibility-checker');
      const heading = () => checker.locator('.heading:visible').innerText();
      const found = checker.locator('[part="found"]');
      await found.waitFor();
      assert.match(await found.innerText(), /经营范围查询显示很可能属于以下分类/);
      assert.equal(await checker.locator('sixin-scope-search textarea[part~="input"]').inputValue(), SCOPE);
      assert.equal(await checker.locator('sixin-scope-search [part~="label"]').innerText(), LABEL);
      const continueButton = checker.locator('[part~="continue-button"]:visible');
      const foundBox = await found.boundingBox();
      const continueBox = await continueButton.boundingBox();
      assert.ok(foundBox && continueBox, 'step 1 has no 继续');
      assert.ok(continueBox.y - (foundBox.y + foundBox.height) < 100, '继续 is not right under what was found');
      assert.ok(await fitsThePhone(page), 'step 1 scrolls sideways');
      await shot(page, '3-checker-step-1');
      await continueButton.click();

      // 4. One question at a time: the question is the heading, "第 X 步" above it, Back and 继续. A suggested
      // answer (the directory question, from the categories found) is kept; otherwise the first answer is chosen.
      const asked: string[] = [];
      for (let step = 2; (await heading()) !== '检查您的回答'; step++) {
        assert.ok(step < 20, `the questions never end: ${asked.join(' / ')}`);
        const question = await heading();
        asked.push(question);
        assert.equal(await checker.locator('[part="step"]:visible').innerText(), `第 ${step} 步`);
        assert.ok(await checker.locator('[part="back-link"]').isVisible(), `no Back on "${question}"`);
        if (question.includes('行业分类目录')) {
          assert.equal(
            await checker.locator('[part="suggestion"]').count(),
            1,
            'the categories found are not named as the suggestion',
          );
          assert.equal(
            await checker.locator('input[name="answer"]:checked').count(),
            1,
            'the answer they suggest is not pre-selected',
          );
        }
        if (question.includes('在哪里登记')) await checker.getByLabel('重庆市江北区').check();
        else if (!(await checker.locator('input[name="answer"]:checked').count()))
          await checker.locator('input[name="answer"]').first().check();
        assert.ok(await fitsThePhone(page), `"${question}" scrolls sideways`);
        await shot(page, `4-question-${step}`);
        await checker.locator('[part~="continue-button"]:visible').click();
        await page.waitForFunction(
          ([el, before]) =>
            [...(el as Element).shadowRoot!.querySelectorAll('.heading')].find((h) => !h.closest('[hidden]'))
              ?.textContent !== before,
          [await checker.elementHandle(), question] as const,
        );
      }
      assert.ok(asked.length >= 2, `only ${asked.length} questions asked`);

      // 5. Check your answers: the business found and every answer, each with 修改.
      const summary = checker.locator('[part="summary-list"]');
      assert.match(await summary.innerText(), /您的业务/);
      assert.equal(await checker.locator('[part~="change-link"]').count(), asked.length + 1);
      await shot(page, '5-check-answers');
      await checker.locator('[part~="continue-button"]:visible').click();

      // 6. The result, led by the answer: status and sentence, the actions, the directory revision; the measures
      // that do not apply folded away.
      assert.equal(await heading(), '哪些措施适用于您');
      const overall = await checker.locator('[part~="overall-status"]').innerText();
      assert.ok(['适用', '可能适用', '不适用'].includes(overall), `overall status "${overall}"`);
      assert.match(await checker.locator('[part~="result-summary"]').innerText(), /^.+根据您的回答/s);
      assert.ok(await checker.locator('[part~="print-button"]').isVisible());
      await assertRevisionLine(checker.locator('[part~="revision"]:visible'));
      const share = await checker.locator('[part~="share-link"]').inputValue();
      assert.match(share, /\/checker\/\?q=.+#answers=v1;.+/);
      if (released) assert.ok(share.endsWith(`;r:${released}`), `the shared link names the revision: ${share}`);
      else assert.doesNotMatch(share, /;r:/);
      assert.equal(share, page.url(), 'the link shared is the page shown');
      assert.ok(await fitsThePhone(page), 'the result scrolls sideways');
      await shot(page, '6-result');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
