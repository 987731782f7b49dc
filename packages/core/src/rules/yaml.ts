import { LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../content/problems.js';
import { nodeAt } from '../content/frontmatter.js';

/** A parsed YAML file of `content/rules/`, able to point at the line of any value in it. */
export interface YamlFile {
  file: string;
  /** Parsed with the failsafe schema: every scalar is a string as written (`4.1` stays `"4.1"`, `yes` stays `"yes"`). */
  data: unknown;
  /** 1-based line of the key (in a map) or item (in a list) at `path`; the nearest enclosing one when absent. */
  lineOf(path: ReadonlyArray<string | number>): number;
}

export function parseYamlFile(text: string, file: string): { yaml?: YamlFile; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: counter, schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((err) => ({
        code: 'yaml-syntax' as const,
        file,
        line: counter.linePos(err.pos[0]).line,
        params: { reason: err.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '') },
      })),
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

/**
 * Checks parsed YAML against a schema and reports each issue at its own line, with the generic field wording
 * (`field-missing`, `field-unknown`, `field-type`) the rest of the content uses.
 */
export function checkYaml<S extends z.ZodTypeAny>(
  schema: S,
  yaml: YamlFile,
  examples: Record<string, string>,
): { value?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(yaml.data);
  if (result.success) return { value: result.data, problems: [] };
  const problems: Problem[] = [];
  const file = yaml.file;
  for (const issue of result.error.issues) {
    const last = String(issue.path[issue.path.length - 1] ?? '');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          code: 'field-unknown',
          file,
          line: yaml.lineOf([...issue.path, key]),
          params: { field: fieldPath([...issue.path, key]), allowed: allowedKeys(schema, issue.path).join(', ') },
        });
      }
    } else if (issue.code === 'invalid_type' && issue.received === 'undefined') {
      problems.push({
        code: 'field-missing',
        file,
        line: yaml.lineOf(issue.path.slice(0, -1)),
        params: { field: fieldPath(issue.path), example: examples[last] ?? '…' },
      });
    } else {
      problems.push({
        code: 'field-type',
        file,
        line: yaml.lineOf(issue.path),
        params: { field: fieldPath(issue.path), reason: issue.message, example: examples[last] ?? '…' },
      });
    }
  }
  return { problems };
}

/** The keys an object schema accepts at `path`, for "the fields allowed here are …". */
function allowedKeys(schema: z.ZodTypeAny, path: ReadonlyArray<string | number>): string[] {
  let current: z.ZodTypeAny | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    const def = current._def as { typeName?: string; type?: z.ZodTypeAny; shape?: () => Record<string, z.ZodTypeAny>; valueType?: z.ZodTypeAny };
    if (def.typeName === 'ZodArray' && typeof key === 'number') current = def.type;
    else if (def.typeName === 'ZodObject' && def.shape) current = def.shape()[String(key)];
    else if (def.typeName === 'ZodRecord') current = def.valueType;
    if (!current) return [];
  }
  const def = unwrap(current)._def as { shape?: () => Record<string, unknown> };
  return def.shape ? Object.keys(def.shape()) : [];
}

function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema;
  for (;;) {
    const def = current._def as { innerType?: z.ZodTypeAny; schema?: z.ZodTypeAny; in?: z.ZodTypeAny };
    const inner = def.innerType ?? def.schema ?? def.in;
    if (!inner) return current;
    current = inner;
  }
}
