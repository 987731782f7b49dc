import type { Category } from '@sixin/core';

/** What {@link nestCategories} needs of a category: its place in the tree, and its order among the level-1 ones. */
export interface Nestable {
  id: string;
  parent: string | null;
  children: readonly string[];
  /** Order among level-1 categories; without it they keep the order they are given in (tree.json's order). */
  order?: number;
}

/** A category with its children resolved, for rendering the nested list the tree element upgrades. */
export interface NestedCategory<T extends Nestable = Category> {
  category: T;
  children: NestedCategory<T>[];
}

/**
 * Nests categories (given in any order) under their parents, children in the order their parent lists them.
 * @throws {Error} when a category names a parent or child that is not in the list: the tree would silently lose it.
 */
export function nestCategories<T extends Nestable>(categories: readonly T[]): NestedCategory<T>[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const node = (c: T): NestedCategory<T> => ({
    category: c,
    children: c.children.map((id) => {
      const child = byId.get(id);
      if (!child) throw new Error(`category ${c.id} lists child ${id}, which is not in the directory`);
      return node(child);
    }),
  });
  for (const c of categories) {
    if (c.parent !== null && !byId.has(c.parent))
      throw new Error(`category ${c.id} names parent ${c.parent}, which is not in the directory`);
  }
  return categories
    .filter((c) => c.parent === null)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.id.localeCompare(b.id, 'en', { numeric: true }))
    .map(node);
}

/** The chain from the level-1 category down to the given one (inclusive). */
export function ancestry(id: string, categories: readonly Category[]): Category[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const chain: Category[] = [];
  for (let cur = byId.get(id); cur; cur = cur.parent ? byId.get(cur.parent) : undefined) {
    chain.unshift(cur);
    if (chain.length > 3) throw new Error(`category ${id} has a parent cycle`);
  }
  if (!chain.length) throw new Error(`category ${id} is not in the directory`);
  return chain;
}

/** Number of level-3 directions under each level-1 and level-2 category. */
export function directionCounts(categories: readonly Category[]): Map<string, number> {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const counts = new Map<string, number>();
  for (const c of categories) {
    if (c.level !== 3) continue;
    for (let p = c.parent; p !== null; p = byId.get(p)?.parent ?? null) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}
