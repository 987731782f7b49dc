import { VERSION } from './version.js';

/** Marks classes of this package, so a second copy can tell which version registered a tag first. */
export interface SixinElementClass extends CustomElementConstructor {
  readonly sixinVersion?: string;
}

/**
 * Registers `tag` unless it is already taken. Pages sometimes load the bundle twice (two widgets, two versions):
 * `customElements.define` would throw on the second copy and break the page, so the first registration stays in
 * use and the second only logs a warning that names both versions.
 */
export function define(tag: string, constructor: SixinElementClass): void {
  const existing = customElements.get(tag) as SixinElementClass | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || warnedAboutSecondCopy) return;
  // One warning per copy of the package, not one per tag: the page has one mistake (two copies), not three.
  warnedAboutSecondCopy = true;
  const first = existing.sixinVersion ? `@sixin/elements ${existing.sixinVersion}` : 'another script';
  console.warn(
    `[sixin] <${tag}> is already defined by ${first}; this copy (@sixin/elements ${VERSION}) was not registered ` +
      'and the first one stays in use. Load sixin-elements.js once per page.',
  );
}

let warnedAboutSecondCopy = false;
