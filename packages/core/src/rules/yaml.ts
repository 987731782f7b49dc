import { LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../content/problems.js';
import { nodeAt } from '../content/frontmatter.js';
import { findTypingSlips, yamlReasonZh } from '../content/typing.js';
import { checkSchema } from '../content/schema-check.js';

/** A parsed YAML file of `content/rules/`, able to point at the line of any value in it. */
export interface YamlFile {
  file: string;
  /** Parsed with the failsafe schema: every scalar is a string as written (`4.1` stays `"4.1"`, `yes` stays `"yes"`). */
  data: unknown;
  /** 1-based line of the key (in a map) or item (in a list) at `path`; the nearest enclosing one when absent. */
  lineOf(path: ReadonlyArray<string | number>): number;
}

export function parseYamlFile(text: string, file: string): { yaml?: YamlFile; problems: Problem[] } {
  const source = text.replace(/^\uFEFF/, '');
  const slips = findTypingSlips(source.split(/\r?\n/), 1, file, { flowCommas: false });
  if (slips.length) return { problems: slips };
  const counter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter: counter,
    schema: 'failsafe',
    uniqueKeys: true,
    prettyErrors: false,
  });
  // The first error only: the parser's later ones follow from it.
  const err = doc.errors[0];
  if (err) {
    return {
      problems: [
        {
          code: 'yaml-syntax' as const,
          file,
          line: counter.linePos(err.pos[0]).line,
          params: {
            reason: err.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, ''),
            reasonZh: yamlReasonZh(err.code, err.message),
          },
        },
      ],
    };
  }
  const root = doc.contents as Node | null;
  const lineOf = (path: ReadonlyArray<string | number>): number => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? root : nodeAt(root, path.slice(0, depth));
      if (node?.range) return counter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { yaml: { file, data: doc.toJS() ?? null, lineOf }, problems: [] };
}

/** `[2].options[0].label.en`: a field's place, as an editor reads it next to the line number. */
export function fieldPath(path: ReadonlyArray<string | number>): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || '(file)';
}

/** Checks a rules file against its schema, each issue at its own line (see {@link checkSchema}). */
export function checkYaml<S extends z.ZodTypeAny>(
  schema: S,
  yaml: YamlFile,
  examples: Record<string, string>,
): { value?: z.output<S>; problems: Problem[] } {
  return checkSchema(schema, yaml.data, { file: yaml.file, lineOf: yaml.lineOf, examples, fieldName: fieldPath });
}
