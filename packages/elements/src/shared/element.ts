import { LitElement, type PropertyDeclarations } from 'lit';
import { LocalizeController } from './localize.js';
import { VERSION } from './version.js';

/**
 * What every element of the package shares: the `theme` attribute, its version (read by a second copy of the bundle,
 * see `define.ts`) and its strings. An element shown in English waits for the English strings before it renders, so
 * that nobody sees or hears Chinese first; meanwhile it shows the page's own markup inside it (its default slot), as
 * without JavaScript.
 */
export class SixinElement extends LitElement {
  /** The version of @sixin/elements that registered this tag (a second copy on the page names it in its warning). */
  static readonly sixinVersion = VERSION;

  static override get properties(): PropertyDeclarations {
    return {
      theme: { reflect: true },
    };
  }

  /**
   * `light` or `dark`; absent (or `auto`): follow the visitor's system setting. Pin `light` on pages that are always
   * light. Reflected, because the styles read the attribute. The checker passes it on to the elements it embeds.
   */
  theme: 'auto' | 'light' | 'dark' | undefined = undefined;

  protected readonly localize = new LocalizeController(this);

  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = this.localize.whenReady();
    if (!pending) return super.scheduleUpdate();
    const placeholder = this.hasUpdated ? undefined : this.renderRoot?.appendChild(document.createElement('slot'));
    return pending.then(() => {
      placeholder?.remove();
      return super.scheduleUpdate();
    });
  }
}
