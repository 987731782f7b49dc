import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes } from 'mdast';
import type { Problem } from './problems.js';

/** Where a link may lead: a relative address on the site, or an http(s) page. Nothing that runs or downloads script. */
export function isSafeLink(url: string): boolean {
  try {
    // Parsed as browsers parse it: leading spaces and tabs or newlines inside `java\tscript:` do not hide a scheme.
    return /^https?:$/.test(new URL(url, 'https://base.invalid/').protocol);
  } catch {
    return false;
  }
}

const SHOWN = 60;
const shorten = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);

/**
 * The problems of a Markdown body that the site would render as a page: raw HTML (a `<script>`, an `<a onclick>`, a
 * comment) and links or images that are neither relative nor http(s) (`javascript:`, `data:`, entity-encoded or not),
 * each at its line in the file. The body is read with the CommonMark parser the site's Markdown renderer is built on,
 * so what is reported is exactly what would reach the page.
 */
export function checkMarkdown(body: string, firstLine: number, file: string): Problem[] {
  const problems: Problem[] = [];
  const lineOf = (node: Nodes) => firstLine + (node.position?.start.line ?? 1) - 1;
  // A list of its own rather than recursion: deeply nested quotes or lists cannot overflow the stack.
  const pending: Nodes[] = [fromMarkdown(body)];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'html') {
      problems.push({ code: 'markdown-html', file, line: lineOf(node), params: { html: shorten(node.value.trim()) } });
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeLink(node.url)) {
      problems.push({ code: 'markdown-link', file, line: lineOf(node), params: { url: shorten(node.url) } });
    }
    if ('children' in node) pending.push(...[...node.children].reverse());
  }
  return problems;
}
