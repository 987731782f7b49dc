// A category's notes (the Markdown of its body other than the product list), as the category page renders them: the
// lines of a Chinese paragraph joined first (joinChineseLines), then Astro's Markdown (CommonMark with GFM and
// smartypants, site/astro.config.ts). Browser-safe: the editor's preview pane (site/src/admin/preview.ts) uses the
// same joining and the same Markdown plugins, so an entry previews as its page shows it.

const CJK_END = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]$/u;
const CJK_START = /^[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
// A line that opens a Markdown block of its own (heading, list item, quote, table row, fence) is never joined.
const BLOCK_START = /^(?:#{1,6}\s|[-*+]\s|\d+[.)]\s|>|\||```|~~~)/;

/**
 * Joins lines that Markdown would join with a space when both sides are Chinese: a line break inside a Chinese
 * paragraph is only a line break in the source, and a space between two Chinese sentences is a typesetting error.
 */
export function joinChineseLines(markdown: string): string {
  const out: string[] = [];
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const prev = out.length ? out[out.length - 1] : '';
    const joinable =
      prev &&
      line &&
      !BLOCK_START.test(prev.trimStart()) &&
      !BLOCK_START.test(line) &&
      CJK_END.test(prev) &&
      CJK_START.test(line);
    if (joinable) out[out.length - 1] = prev + line;
    else out.push(raw);
  }
  return out.join('\n');
}
