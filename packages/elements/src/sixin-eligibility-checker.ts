/**
 * Registers `<sixin-eligibility-checker>`. Import this module (`@sixin/elements/eligibility-checker`) to use the
 * element; import `@sixin/elements/eligibility-checker/class` instead to get the class without registering a tag.
 *
 * Step 1 of the checker embeds `<sixin-scope-search>` and `<sixin-category-tree>` when they are registered too (the
 * single-file bundle and `@sixin/elements` register all three); without them it starts at the first question.
 */
import { define } from './shared/define.js';
import { SixinEligibilityChecker } from './checker/checker.component.js';

export { SixinEligibilityChecker };
export type { SixinCheckerCompleteDetail, SixinCheckerCompleteEvent } from './events/sixin-checker-complete.js';
export type { SixinLoadDetail, SixinLoadEvent, SixinErrorDetail, SixinErrorEvent } from './events/sixin-load.js';

define('sixin-eligibility-checker', SixinEligibilityChecker);

declare global {
  interface HTMLElementTagNameMap {
    'sixin-eligibility-checker': SixinEligibilityChecker;
  }
}
