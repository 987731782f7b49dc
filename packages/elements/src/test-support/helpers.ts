// Helpers for the browser tests of this package (not built, not published).
import 'axe-core/axe.min.js';
import type * as Axe from 'axe-core';
import { expect, waitUntil } from '@open-wc/testing';
import type { DirectoryInput } from '../shared/directory.js';

declare global {
  interface Window {
    axe: typeof Axe;
  }
}

let fixtureText: string | undefined;

/** A fresh copy of the test directory (3 industries, 13 categories; see directory.fixture.json). */
export async function fixtureData(): Promise<DirectoryInput> {
  fixtureText ??= await (await fetch('/test-data/fixture.json')).text();
  return JSON.parse(fixtureText) as DirectoryInput;
}

/**
 * Runs axe on `element` (its shadow DOM included) for WCAG 2.2 A/AA and best practices, and fails with a readable
 * list of what it found. Page-level rules (landmarks, a page heading) do not apply to a widget and are left out.
 */
export async function expectAccessible(element: Element, state: string): Promise<void> {
  const result = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: {
      region: { enabled: false },
      'page-has-heading-one': { enabled: false },
      'landmark-one-main': { enabled: false },
    },
  });
  const found = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.replace(/\n/g, ' ')}`).join('\n    ')}`,
  );
  expect(found, `axe in state "${state}":\n  ${found.join('\n  ')}`).to.deep.equal([]);
}

/** The tree items the element shows, top to bottom. */
export function treeItems(host: Element): HTMLElement[] {
  return [...host.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
}

/** The item of category (or `<direction>#<class>`) `key`. */
export function treeItem(host: Element, key: string): HTMLElement {
  const item = treeItems(host).find((el) => el.dataset.key === key);
  if (!item)
    throw new Error(
      `no visible tree item "${key}"; visible: ${treeItems(host)
        .map((el) => el.dataset.key)
        .join(', ')}`,
    );
  return item;
}

/** Whitespace-normalised text, as a screen reader would read it out of the item. */
export const textOf = (element: Element | null | undefined): string =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Keys of the visible items. */
export const visibleKeys = (host: Element): string[] => treeItems(host).map((el) => el.dataset.key!);

/** The element focused inside the host's shadow root. */
export const focusedIn = (host: Element): HTMLElement | null => host.shadowRoot!.activeElement as HTMLElement | null;

/**
 * Not a speed limit: how long a wait may last before the test reports what it waited for, rather than hang. Far beyond
 * anything a loaded machine takes (the slowest wait here takes well under a second on a quiet one).
 */
export const HANG_GUARD_MS = 240_000;

/**
 * Waits until `predicate()` is truthy. Tests wait for what they expect to see, never a fixed time, so a busy machine
 * only makes them slower; only a wait that never ends fails, naming what it waited for.
 */
export function waitFor(predicate: () => unknown, message: string): Promise<void> {
  return waitUntil(predicate, message, { timeout: HANG_GUARD_MS, interval: 20 });
}

let heldCount = 0;
/**
 * A data URL that the test server answers only once `release()` is called (web-test-runner.config.mjs): the element
 * stays loading for exactly as long as the test needs, on any machine. `file` is `fixture.json` or `real/<file>`.
 */
export function heldData(file = 'fixture.json'): { url: string; release: () => Promise<void> } {
  const gate = `gate-${Date.now()}-${++heldCount}`;
  return {
    url: `/test-data/held/${gate}/${file}`,
    release: async () => void (await fetch(`/test-data/release/${gate}`, { cache: 'no-store' })),
  };
}

/** Waits until the element focused inside `host` is the item `key`. */
export async function expectFocusOn(host: Element, key: string): Promise<void> {
  await waitFor(
    () => focusedIn(host)?.dataset.key === key,
    `focus should be on "${key}", is on "${focusedIn(host)?.dataset.key}"`,
  );
}

/** Every text the element's shadow root held, from now on. */
export function recordTexts(element: Element): string[] {
  const seen: string[] = [];
  const root = element.shadowRoot!;
  new MutationObserver(() => seen.push(root.textContent ?? '')).observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  return seen;
}

/** Runs `run` with `console.warn` recorded instead of printed, and returns what was warned, one string per call. */
export async function warningsDuring(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}
