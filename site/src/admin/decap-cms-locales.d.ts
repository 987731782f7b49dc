/** decap-cms-locales publishes no types: the one locale /admin/ registers (Decap's interface phrases in Chinese). */
declare module 'decap-cms-locales' {
  export const zh_Hans: Record<string, unknown>;
}
