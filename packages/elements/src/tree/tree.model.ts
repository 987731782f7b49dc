import type { CategoryRecord, DirectoryInput, IndustryRef } from '../shared/directory.js';

/** One item of the tree: a category, or (level 4) a GB/T 4754 class of a level-3 direction. */
export interface TreeNode {
  /** The category id, or `<direction id>#<class code>` for an industry class. */
  key: string;
  kind: 'category' | 'industry';
  level: 1 | 2 | 3 | 4;
  name: string;
  code: string | null;
  /** The category itself, or for an industry class the direction it belongs to. */
  category: CategoryRecord;
  industry?: IndustryRef;
  parent: TreeNode | null;
  children: TreeNode[];
  /** Level-3 directions below a level-1 or level-2 category. */
  directions: number;
  inferred: boolean;
  /** Lower-cased, width-folded texts the filter and type-ahead compare against. */
  folded: { name: string; initials: string; keywords: string[]; aliases: string[] };
}

export interface TreeModel {
  roots: TreeNode[];
  byKey: Map<string, TreeNode>;
  /** Number of categories (industry classes not counted). */
  size: number;
}

/** Lower case and NFKC (full-width ６５１３ → 6513, ＡＢ → ab), so what people type matches what is stored. */
export const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Builds the tree from checked data ({@link parseDirectory}). Children keep the order of `children`, or of the data. */
export function buildModel(input: DirectoryInput): TreeModel {
  const byId = new Map(input.categories.map((c) => [c.id, c]));
  const childIds = new Map<string, string[]>();
  for (const c of input.categories) {
    const parent = c.parent ?? null;
    if (parent === null || byId.get(parent)?.children) continue;
    const siblings = childIds.get(parent);
    if (siblings) siblings.push(c.id);
    else childIds.set(parent, [c.id]);
  }
  const byKey = new Map<string, TreeNode>();
  const make = (category: CategoryRecord, parent: TreeNode | null): TreeNode => {
    const node: TreeNode = {
      key: category.id,
      kind: 'category',
      level: category.level,
      name: category.name,
      code: category.code ?? null,
      category,
      parent,
      children: [],
      directions: 0,
      inferred: category.status === 'inferred',
      folded: {
        name: fold(category.name),
        initials: fold(category.initials ?? ''),
        keywords: (category.keywords ?? []).map(fold),
        aliases: (category.aliases ?? []).map(fold),
      },
    };
    byKey.set(node.key, node);
    const ids = category.children ?? childIds.get(category.id) ?? [];
    node.children = ids.map((id) => make(byId.get(id)!, node));
    if (category.level === 3) {
      node.children = (category.industries ?? []).map((industry) => {
        const leaf: TreeNode = {
          key: `${category.id}#${industry.code}`,
          kind: 'industry',
          level: 4,
          name: industry.name,
          code: industry.code,
          category,
          industry,
          parent: node,
          children: [],
          directions: 0,
          inferred: false,
          folded: { name: fold(industry.name), initials: '', keywords: [], aliases: [] },
        };
        byKey.set(leaf.key, leaf);
        return leaf;
      });
    }
    node.directions =
      category.level === 3
        ? 0
        : node.children.reduce((sum, child) => sum + (child.level === 3 ? 1 : child.directions), 0);
    return node;
  };
  const roots = input.categories.filter((c) => (c.parent ?? null) === null).map((c) => make(c, null));
  return { roots, byKey, size: input.categories.length };
}

/** Which text of an item matched the filter, and where (for highlighting). `start` is -1 when no span can be shown. */
export interface Match {
  field: 'name' | 'code' | 'initials' | 'keyword' | 'alias';
  /** The text that matched: the name, the code, or the keyword or alias. */
  text: string;
  start: number;
  end: number;
}

export interface FilterResult {
  query: string;
  matches: Map<string, Match>;
  /** Matches, their ancestors (to reach them) and their descendants (to open them). */
  visible: Set<string>;
  /** Ancestors of matches, opened so every match shows. */
  expand: Set<string>;
}

const within = (text: string, folded: string, query: string, field: Match['field']): Match | undefined => {
  const at = folded.indexOf(query);
  if (at < 0) return undefined;
  // Folding can change the length of unusual characters; then the position no longer fits the original text.
  const aligned = folded.length === text.length;
  return { field, text, start: aligned ? at : -1, end: aligned ? at + query.length : -1 };
};

/** How `node` matches the folded `query`, or undefined. Names and keywords match anywhere; codes from the start. */
export function matchNode(node: TreeNode, query: string): Match | undefined {
  const byName = within(node.name, node.folded.name, query, 'name');
  if (byName) return byName;
  if (node.code && fold(node.code).startsWith(query))
    return { field: 'code', text: node.code, start: 0, end: query.length };
  const { initials } = node.folded;
  if (initials && query.length >= 2 && /^[a-z0-9]+$/.test(query)) {
    const at = initials.indexOf(query);
    if (at >= 0) {
      // Initials line up with the characters of the name when the name is all Chinese, which it nearly always is.
      const chars = [...node.name];
      const aligned = chars.length === initials.length;
      const start = aligned ? chars.slice(0, at).join('').length : -1;
      const end = aligned ? chars.slice(0, at + query.length).join('').length : -1;
      return { field: 'initials', text: node.name, start, end };
    }
  }
  for (const [i, keyword] of node.folded.keywords.entries()) {
    const m = within(node.category.keywords![i], keyword, query, 'keyword');
    if (m) return m;
  }
  for (const [i, alias] of node.folded.aliases.entries()) {
    const m = within(node.category.aliases![i], alias, query, 'alias');
    if (m) return m;
  }
  return undefined;
}

/** Narrows the tree to what matches `query`. Returns undefined for a blank query (no filter). */
export function filterModel(model: TreeModel, rawQuery: string): FilterResult | undefined {
  const query = fold(rawQuery.trim());
  if (!query) return undefined;
  const result: FilterResult = { query: rawQuery.trim(), matches: new Map(), visible: new Set(), expand: new Set() };
  const showDescendants = (node: TreeNode) => {
    for (const child of node.children) {
      result.visible.add(child.key);
      showDescendants(child);
    }
  };
  for (const node of model.byKey.values()) {
    const match = matchNode(node, query);
    if (!match) continue;
    result.matches.set(node.key, match);
    result.visible.add(node.key);
    showDescendants(node);
    for (let up = node.parent; up; up = up.parent) {
      result.visible.add(up.key);
      result.expand.add(up.key);
    }
  }
  return result;
}

/** One visible line of the tree, with its position among the siblings the user can see. */
export interface Row {
  node: TreeNode;
  posinset: number;
  setsize: number;
  expandable: boolean;
  expanded: boolean;
}

/** The items the user can see, top to bottom: roots, and the children of every expanded item. */
export function visibleRows(model: TreeModel, expanded: ReadonlySet<string>, filter?: FilterResult): Row[] {
  const rows: Row[] = [];
  const shown = (nodes: TreeNode[]) => (filter ? nodes.filter((n) => filter.visible.has(n.key)) : nodes);
  const walk = (nodes: TreeNode[]) => {
    const siblings = shown(nodes);
    siblings.forEach((node, index) => {
      const expandable = shown(node.children).length > 0;
      const isExpanded = expandable && expanded.has(node.key);
      rows.push({ node, posinset: index + 1, setsize: siblings.length, expandable, expanded: isExpanded });
      if (isExpanded) walk(node.children);
    });
  };
  walk(model.roots);
  return rows;
}

/**
 * Type-ahead: the next row after `from` (wrapping around) whose name starts with `char`, whose pinyin initials start
 * with it (`x` → 新…), or whose code starts with it (`3` → 3, 3.1, …). -1 when none does.
 */
export function findByFirstCharacter(rows: Row[], from: number, char: string): number {
  const wanted = fold(char);
  const starts = ({ node }: Row) =>
    [...node.folded.name][0] === wanted ||
    node.folded.initials.startsWith(wanted) ||
    (node.code ?? '').startsWith(wanted);
  for (let step = 1; step <= rows.length; step++) {
    const index = (from + step) % rows.length;
    if (starts(rows[index])) return index;
  }
  return -1;
}
