import { CATEGORY_ID } from './links.js';
import type { DataProblem, FieldKind } from './strings.js';

/**
 * The directory data the elements read. Both files that `sixin export --out-dir` writes fit this shape:
 * `directory.json` (everything, about 95 KB gzipped) and `tree.json` (no product lists or notes, about 20 KB), as does
 * the `DirectoryData` type of `@sixin/core`. The elements keep, and hand back in events, only the fields below, as
 * checked copies: fields they do not read (product lists, notes) are left out, so that nothing unchecked reaches the
 * host page. Look those up by `id` in your own copy of the data.
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
}

/** Thrown by {@link parseDirectory} with the first problem found; `problem` carries the words in both languages. */
export class DataError extends Error {
  constructor(readonly problem: DataProblem) {
    super(`${problem.code}: ${JSON.stringify(problem.params)}`);
    this.name = 'DataError';
  }
}

/** More than this is not our directory (354 categories, 939 industry classes today), and would only slow the page. */
export const MAX_CATEGORIES = 5000;
export const MAX_INDUSTRIES = 20000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A field of a record from data, read from the record itself: never from a prototype that the host page changed. */
export const own = (record: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(record, key) ? record[key] : undefined;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const INDUSTRY_CODE = /^\d{4}$/;
const isIndustryList = (v: unknown): v is unknown[] =>
  Array.isArray(v) &&
  v.every(
    (x) =>
      isObject(x) &&
      INDUSTRY_CODE.test(String(own(x, 'code'))) &&
      isText(own(x, 'name')) &&
      [undefined, true, false].includes(own(x, 'partial') as boolean),
  );
/** The id pattern of each level: `1`, `1.3`, `1.3/xinxing-ruanjian-kaifa`. */
const ID_OF_LEVEL = [/^[1-9]\d*$/, /^[1-9]\d*\.[1-9]\d*$/, CATEGORY_ID];
const isCode = (v: unknown) =>
  v === undefined || v === null || (typeof v === 'string' && /^[1-9]\d*(?:\.[1-9]\d*)?$/.test(v));

const FIELD_CHECKS: Array<[field: string, kind: FieldKind, ok: (v: unknown) => boolean]> = [
  ['id', 'category-id', (v) => typeof v === 'string' && CATEGORY_ID.test(v)],
  ['name', 'text', isText],
  ['level', 'level', (v) => v === 1 || v === 2 || v === 3],
  ['code', 'code', isCode],
  ['parent', 'text-or-null', (v) => v === undefined || v === null || isText(v)],
  ['children', 'text-list', (v) => v === undefined || isTextList(v)],
  ['status', 'status', (v) => v === undefined || v === 'official' || v === 'inferred'],
  ['industries', 'industry-list', (v) => v === undefined || isIndustryList(v)],
  ['keywords', 'text-list', (v) => v === undefined || isTextList(v)],
  ['aliases', 'text-list', (v) => v === undefined || isTextList(v)],
  ['initials', 'text-or-null', (v) => v === undefined || typeof v === 'string'],
];

/**
 * Checks that `value` is directory data the elements can show and returns a checked copy of it. Throws a
 * {@link DataError} naming the first problem (which category, which field, what was expected); never returns
 * half-valid data. Every id matches its level's pattern, every parent is an earlier category one level up, every
 * child is listed once, and the whole stays within {@link MAX_CATEGORIES} and {@link MAX_INDUSTRIES}.
 */
export function parseDirectory(value: unknown): DirectoryInput {
  const fail = (code: DataProblem['code'], params: DataProblem['params']): never => {
    throw new DataError({ code, params });
  };
  const list = isObject(value) ? own(value, 'categories') : undefined;
  if (!Array.isArray(list)) return fail('not-directory', {});
  if (list.length > MAX_CATEGORIES) fail('too-many', { what: 'categories', limit: MAX_CATEGORIES });
  const byId = new Map<string, CategoryRecord>();
  const categories: CategoryRecord[] = [];
  /** Categories without a `children` list: theirs are the categories that name them as parent, in data order. */
  const implicit = new Set<string>();
  let industries = 0;
  for (let index = 0; index < list.length; index++) {
    const item: unknown = list[index];
    if (!isObject(item)) fail('category-not-object', { index: index + 1 });
    const field = (name: string) => own(item as Record<string, unknown>, name);
    const label = isText(field('id')) ? `“${field('id')}”` : `#${index + 1}`;
    for (const [name, kind, ok] of FIELD_CHECKS) {
      if (!ok(field(name))) fail('bad-field', { category: label, field: name, expected: kind });
    }
    const id = field('id') as string;
    const level = field('level') as 1 | 2 | 3;
    if (!ID_OF_LEVEL[level - 1]!.test(id)) fail('bad-field', { category: label, field: 'id', expected: 'category-id' });
    if (byId.has(id)) fail('duplicate-id', { id });
    const found = (field('industries') as Array<Record<string, unknown>> | undefined) ?? [];
    industries += found.length;
    if (industries > MAX_INDUSTRIES) fail('too-many', { what: 'industries', limit: MAX_INDUSTRIES });
    // A copy made of checked fields only, each an own property: nothing unchecked, and nothing a prototype supplies.
    const category: CategoryRecord = {
      id,
      code: (field('code') as string | null | undefined) ?? null,
      level,
      name: field('name') as string,
      parent: (field('parent') as string | null | undefined) ?? null,
      status: (field('status') as CategoryRecord['status']) ?? 'official',
      industries: found.map((x) => ({
        code: own(x, 'code') as string,
        name: own(x, 'name') as string,
        partial: own(x, 'partial') === true,
      })),
      keywords: [...((field('keywords') as string[] | undefined) ?? [])],
      aliases: [...((field('aliases') as string[] | undefined) ?? [])],
      initials: (field('initials') as string | undefined) ?? '',
    };
    const children = field('children') as string[] | undefined;
    category.children = children ? [...children] : [];
    if (!children) implicit.add(id);
    byId.set(id, category);
    categories.push(category);
  }
  for (const category of categories) {
    const parent = category.parent === null ? undefined : byId.get(category.parent!);
    if (parent && implicit.has(parent.id)) parent.children!.push(category.id);
  }
  const position = new Map(categories.map((c, i) => [c.id, i]));
  for (const category of categories) {
    const parentId = category.parent ?? null;
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (parentId !== null && !parent) fail('unknown-parent', { id: category.id, parent: parentId });
    const parentLevel = parent?.level ?? 0;
    if (category.level !== parentLevel + 1) {
      fail('bad-level', { id: category.id, level: category.level, parent: parentId ?? '—', parentLevel });
    }
    if (parent && position.get(parent.id)! > position.get(category.id)!)
      fail('parent-order', { id: category.id, parent: parent.id });
    const listed = new Set<string>();
    for (const childId of category.children ?? []) {
      const child = byId.get(childId);
      if (!child) fail('unknown-child', { id: category.id, child: childId });
      else if ((child.parent ?? null) !== category.id)
        fail('child-mismatch', { id: category.id, child: childId, parent: child.parent ?? '—' });
      if (listed.has(childId)) fail('duplicate-child', { id: category.id, child: childId });
      listed.add(childId);
    }
  }
  return { categories };
}
