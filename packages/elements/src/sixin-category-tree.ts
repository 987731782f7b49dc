/**
 * Registers `<sixin-category-tree>`. Import this module (`@sixin/elements/category-tree`) to use the element; import
 * `@sixin/elements/category-tree/class` instead to get the class without registering a tag.
 */
import { define } from './shared/define.js';
import { SixinCategoryTree } from './tree/tree.component.js';

export { SixinCategoryTree };
export type { SixinSelectDetail, SixinSelectEvent } from './events/sixin-select.js';
export type { SixinLoadDetail, SixinLoadEvent, SixinErrorDetail, SixinErrorEvent } from './events/sixin-load.js';
export type { CategoryRecord, DirectoryInput, IndustryRef } from './shared/directory.js';

define('sixin-category-tree', SixinCategoryTree);

declare global {
  interface HTMLElementTagNameMap {
    'sixin-category-tree': SixinCategoryTree;
  }
}
