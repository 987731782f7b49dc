/**
 * Registers `<sixin-scope-search>`. Import this module (`@sixin/elements/scope-search`) to use the element; import
 * `@sixin/elements/scope-search/class` instead to get the class without registering a tag.
 */
import { define } from './shared/define.js';
import { SixinScopeSearch } from './search/search.component.js';

export { SixinScopeSearch };
export type { SixinSearchDetail, SixinSearchEvent } from './events/sixin-search.js';
export type { SixinSelectDetail, SixinSelectEvent } from './events/sixin-select.js';
export type { SixinLoadDetail, SixinLoadEvent, SixinErrorDetail, SixinErrorEvent } from './events/sixin-load.js';

define('sixin-scope-search', SixinScopeSearch);

declare global {
  interface HTMLElementTagNameMap {
    'sixin-scope-search': SixinScopeSearch;
  }
}
