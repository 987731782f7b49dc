import { defineMiddleware } from 'astro:middleware';
import { devContentProblems } from './lib/content-loader.ts';

/**
 * In the dev server (`npm run dev`), while the content has problems, every page answers with them: throwing here shows
 * the validator's `file:line: what is wrong and how to fix it` lines in Astro's error overlay in the browser, not only
 * in the terminal. The static build never gets here with problems: it fails before rendering any page.
 */
export const onRequest = defineMiddleware((_context, next) => {
  if (import.meta.env.DEV) {
    const problems = devContentProblems();
    if (problems) throw problems;
  }
  return next();
});
