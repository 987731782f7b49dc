// Helpers for the test pages that load the built bundle (plain JavaScript: those pages use no TypeScript).

/** An element's text with runs of whitespace folded, as a reader sees it. */
export const text = (el) => el.textContent.replace(/\s+/g, ' ').trim();

/** Waits until `condition()` is truthy; `timeout` only stops a wait that never ends (not a speed limit). */
export async function until(condition, message, timeout = 240_000) {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
