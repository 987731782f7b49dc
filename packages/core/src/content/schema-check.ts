import type { z } from 'zod';
import type { Problem } from './problems.js';

export interface SchemaCheckOptions {
  file: string;
  /** 1-based line of the key or item at `path` (nearest enclosing one when absent). */
  lineOf(path: ReadonlyArray<string | number>): number;
  /** Example values for "add …: example" messages, by field name. */
  examples: Record<string, string>;
  /** How a field's place is written in messages (`industries.0.partial`, `[2].options[0].label`). */
  fieldName(path: ReadonlyArray<string | number>): string;
  /** The problem for data whose root has the wrong type, when a file kind words it specially. */
  rootTypeProblem?: Problem;
}

/**
 * Checks parsed YAML against a schema and reports each issue at its own line, with the field wording every content
 * file shares (`field-missing`, `field-unknown`, `field-type`).
 */
export function checkSchema<S extends z.ZodTypeAny>(
  schema: S,
  data: unknown,
  options: SchemaCheckOptions,
): { value?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, problems: [] };
  const { file, lineOf, examples, fieldName } = options;
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const last = String(issue.path[issue.path.length - 1] ?? '');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          code: 'field-unknown',
          file,
          line: lineOf([...issue.path, key]),
          params: { field: fieldName([...issue.path, key]), allowed: allowedKeys(schema, issue.path).join(', ') },
        });
      }
    } else if (issue.code === 'invalid_type' && issue.received === 'undefined') {
      problems.push({
        code: 'field-missing',
        file,
        line: lineOf(issue.path.slice(0, -1)),
        params: { field: fieldName(issue.path), example: examples[last] ?? '…' },
      });
    } else if (issue.code === 'invalid_type' && issue.path.length === 0 && options.rootTypeProblem) {
      problems.push(options.rootTypeProblem);
    } else {
      problems.push({
        code: 'field-type',
        file,
        line: lineOf(issue.path),
        params: { field: fieldName(issue.path), reason: issue.message, example: examples[last] ?? '…' },
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

/** The schema inside optional, default, effects and pipe wrappers. */
function unwrap(schema: z.ZodTypeAny): z.ZodTypeAny {
  let current = schema;
  for (;;) {
    const def = current._def as { innerType?: z.ZodTypeAny; schema?: z.ZodTypeAny; in?: z.ZodTypeAny };
    const inner = def.innerType ?? def.schema ?? def.in;
    if (!inner) return current;
    current = inner;
  }
}
