// esbuild minifies JavaScript but leaves the text inside template literals alone, so the CSS of every `css`…``
// and the indentation of every `html`…`` reach browsers as written. This plugin shrinks that text at bundle time:
// CSS loses comments, the whitespace that never matters and the semicolon before a `}`; HTML keeps one space wherever the source had a line break
// and indentation (which is exactly how the browser renders it, so text between inline elements stays spaced).
// Used by scripts/build.mjs for the bundle and by bench/size.bench.mjs, so the size printed is the size shipped.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** Template tags whose literal text is CSS or HTML. */
const CSS_TAGS = new Set(['css']);
const HTML_TAGS = new Set(['html', 'svg']);

/** Whitespace can go next to these in CSS outside strings: they separate tokens on their own. */
const CSS_TIGHT_BEFORE = new Set(['{', '}', ';', ',', '>', ')']);
const CSS_TIGHT_AFTER = new Set(['{', '}', ';', ',', '>', '(', ':']);

/**
 * Minifies one literal part of a `css` template (the text between two `${…}`, or all of it). Strings are kept as
 * written; whitespace at either end of the part stays as one space unless the character beside it separates tokens
 * on its own, since the neighbouring expression's text is unknown.
 * @param {string} text raw template text
 * @returns {string}
 */
export function minifyCss(text) {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      // A comment separates tokens like whitespace does.
      if (i < text.length && !/\s/.test(text[i])) out += ' ';
    } else if (/\s/.test(ch)) {
      let j = i;
      while (j < text.length && /\s/.test(text[j])) j++;
      // At either end of the part the neighbour is an interpolation: one space stays unless this side's own
      // character already separates tokens.
      const previous = out.at(-1);
      const next = text[j];
      const separated =
        (previous !== undefined && CSS_TIGHT_AFTER.has(previous)) || (next !== undefined && CSS_TIGHT_BEFORE.has(next));
      if (!separated) out += ' ';
      i = j;
    } else {
      // The last declaration of a block needs no semicolon.
      if (ch === '}' && out.endsWith(';')) out = out.slice(0, -1);
      out += ch;
      i++;
    }
  }
  // A leading zero is not needed either: 0.875em → .875em.
  return out.replace(/ {2,}/g, ' ').replace(/([\s:,(])0\.(\d)/g, '$1.$2');
}

/**
 * Minifies one literal part of an `html` template: a run of whitespace that contains a line break becomes one space,
 * and the quotes go from attribute values that need none (`part="base"` → `part=base`).
 * @param {string} text raw template text
 * @returns {string}
 */
export function minifyHtml(text) {
  // An attribute value without spaces, quotes, =, <, > or ` needs no quotes (HTML's unquoted attribute syntax).
  return text.replace(/[ \t]*(?:\r?\n)\s*/g, ' ').replace(/(\s[a-z-]+)="([^\s"'=<>`]+)"(?=[\s>])/g, '$1=$2');
}

/**
 * Rewrites the literal text of every `css` and `html` tagged template in a TypeScript source.
 * @param {string} source
 * @param {string} fileName for the parser's diagnostics
 * @returns {string} the source with smaller template text (unchanged when there is nothing to shrink)
 */
export function minifyTemplateLiterals(source, fileName) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify = CSS_TAGS.has(node.tag.text) ? minifyCss : HTML_TAGS.has(node.tag.text) ? minifyHtml : undefined;
      if (minify) {
        const template = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const part of parts) {
          // The part's text sits between "`" or "}" and "`" or "${".
          const start = part.getStart(file) + 1;
          const end = part.getEnd() - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
          const raw = source.slice(start, end);
          const small = minify(raw);
          if (small !== raw) edits.push({ start, end, text: small });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let result = source;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** The esbuild plugin: applies {@link minifyTemplateLiterals} to the package's own TypeScript sources. */
export function minifyTemplates() {
  return {
    name: 'sixin-minify-templates',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]packages[\\/]elements[\\/]src[\\/].*\.ts$/ }, async (args) => ({
        contents: minifyTemplateLiterals(await readFile(args.path, 'utf8'), args.path),
        loader: 'ts',
      }));
    },
  };
}
