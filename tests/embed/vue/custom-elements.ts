/**
 * Tells Vue's template compiler that `sixin-*` tags are custom elements, not Vue components, so it renders them as
 * they are instead of trying to resolve a component by that name. Give it to whatever compiles your templates:
 * `vue({ template: { compilerOptions: { isCustomElement } } })` in Vite, or `app.config.compilerOptions` when the
 * templates are compiled in the browser.
 */
export const isCustomElement = (tag: string): boolean => tag.startsWith('sixin-');
