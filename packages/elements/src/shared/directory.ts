import type { DataProblem, FieldKind } from './strings.js';

/**
 * The directory data the elements read. Both files that `sixin export --out-dir` writes fit this shape:
 * `directory.json` (everything, about 95 KB gzipped) and `tree.json` (no product lists or notes, about 20 KB), as does
 * the `DirectoryData` type of `@sixin/core`. Fields the elements do not use are kept and handed back in events.
 */
export interface DirectoryInput {
  /** All categories in tree order: each parent before its children. */
  categories: CategoryRecord[];
}

/** A GB/T 4754-2017 industry class of a level-3 direction. */
export interface IndustryRef {
  /** Four-digit class code, such as `6513`. */
  code: string;
  name: string;
  /** The `*` of the national table: only part of the class belongs to the direction. */
  partial?: boolean;
}

/** One category: level 1 (`1`), level 2 (`1.3`) or a level-3 direction (`1.3/xinxing-ruanjian-kaifa`). */
export interface CategoryRecord {
  id: string;
  /** Official code of levels 1 and 2; `null` for level-3 directions, which have none. */
  code: string | null;
  level: 1 | 2 | 3;
  name: string;
  /** Id of the parent; `null` (or absent) at level 1. */
  parent?: string | null;
  /** Ids of the children in display order. When absent, children are taken from `parent` in data order. */
  children?: string[];
  /** `inferred`: placed by inference and awaiting verification (shown as 待核实). */
  status?: 'official' | 'inferred';
  industries?: IndustryRef[];
  keywords?: string[];
  aliases?: string[];
  /** Pinyin initials of the name (`tree.json` has them): lets Latin-keyboard users type `x` to reach 新…. */
  initials?: string;
  /** Link read from a server-rendered list; used when the element has no `href-template`. */
  href?: string;
}

/** Thrown by {@link parseDirectory} with the first problem found; `problem` carries the words in both languages. */
export class DataError extends Error {
  constructor(readonly problem: DataProblem) {
    super(`${problem.code}: ${JSON.stringify(problem.params)}`);
    this.name = 'DataError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTextList = (v: unknown) => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isIndustryList = (v: unknown) =>
  Array.isArray(v) && v.every((x) => isObject(x) && isText(x.code) && isText(x.name) && (x.partial === undefined || typeof x.partial === 'boolean'));

const FIELD_CHECKS: Array<[field: string, kind: FieldKind, ok: (v: unknown) => boolean]> = [
  ['id', 'text', isText],
  ['name', 'text', isText],
  ['level', 'level', (v) => v === 1 || v === 2 || v === 3],
  ['code', 'text-or-null', (v) => v === undefined || v === null || isText(v)],
  ['parent', 'text-or-null', (v) => v === undefined || v === null || isText(v)],
  ['children', 'text-list', (v) => v === undefined || isTextList(v)],
  ['status', 'status', (v) => v === undefined || v === 'official' || v === 'inferred'],
  ['industries', 'industry-list', (v) => v === undefined || isIndustryList(v)],
  ['keywords', 'text-list', (v) => v === undefined || isTextList(v)],
  ['aliases', 'text-list', (v) => v === undefined || isTextList(v)],
  ['initials', 'text-or-null', (v) => v === undefined || typeof v === 'string'],
  ['href', 'text-or-null', (v) => v === undefined || typeof v === 'string'],
];

/**
 * Checks that `value` is directory data the elements can show and returns it typed. Throws a {@link DataError}
 * naming the first problem (which category, which field, what was expected); never returns half-valid data.
 */
export function parseDirectory(value: unknown): DirectoryInput {
  const fail = (code: DataProblem['code'], params: DataProblem['params']): never => {
    throw new DataError({ code, params });
  };
  if (!isObject(value) || !Array.isArray(value.categories)) return fail('not-directory', {});
  const categories = value.categories as unknown[];
  const byId = new Map<string, CategoryRecord>();
  categories.forEach((item, index) => {
    if (!isObject(item)) return fail('category-not-object', { index: index + 1 });
    const label = isText(item.id) ? `“${item.id}”` : `#${index + 1}`;
    for (const [field, kind, ok] of FIELD_CHECKS) {
      if (!ok(item[field])) fail('bad-field', { category: label, field, expected: kind });
    }
    const category = item as unknown as CategoryRecord;
    if (byId.has(category.id)) fail('duplicate-id', { id: category.id });
    byId.set(category.id, category);
  });
  for (const category of byId.values()) {
    const parentId = category.parent ?? null;
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (parentId !== null && !parent) fail('unknown-parent', { id: category.id, parent: parentId });
    const parentLevel = parent?.level ?? 0;
    if (category.level !== parentLevel + 1) {
      fail('bad-level', { id: category.id, level: category.level, parent: parentId ?? '—', parentLevel });
    }
    for (const childId of category.children ?? []) {
      const child = byId.get(childId);
      if (!child) fail('unknown-child', { id: category.id, child: childId });
      else if ((child.parent ?? null) !== category.id) fail('child-mismatch', { id: category.id, child: childId, parent: child.parent ?? '—' });
    }
  }
  return value as unknown as DirectoryInput;
}
