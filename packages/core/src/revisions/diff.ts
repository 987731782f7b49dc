/**
 * What changed in the directory between two revisions, and how to say it to a citizen. Browser-safe: the site and
 * the `sixin diff` command word changes with the same functions.
 */
import type { Lang } from '../content/problems.js';
import type { Category, CategoryLevel, DirectoryData, IndustryRef } from '../model/types.js';

/** What an editor declares about published ids that a revision no longer has. */
export interface RevisionDeclaration {
  /** Old id → the id that takes its place (a rename or a move). */
  replacedBy: Record<string, string>;
  /** Old id → why it is no longer listed (the withdrawal statement shown on its page). */
  withdrawn: Record<string, string>;
}

export const EMPTY_DECLARATION: RevisionDeclaration = Object.freeze({
  replacedBy: {},
  withdrawn: {},
}) as RevisionDeclaration;

/** A category as a change names it. */
export interface RevisionCategoryRef {
  id: string;
  code: string | null;
  name: string;
  level: CategoryLevel;
  parent: string | null;
}

export interface IndustryChange {
  id: string;
  name: string;
  added: IndustryRef[];
  removed: IndustryRef[];
  /** Classes listed before and after whose `*` mark (only part of the class belongs) changed. */
  partial: Array<{ code: string; name: string; from: boolean; to: boolean }>;
}

export interface WordsChange {
  id: string;
  name: string;
  keywords: { added: string[]; removed: string[] };
  aliases: { added: string[]; removed: string[] };
}

export interface DirectoryDiff {
  added: RevisionCategoryRef[];
  /** Gone without a replacement: withdrawn (with the statement), or undeclared (`withdrawn` undefined). */
  removed: Array<RevisionCategoryRef & { withdrawn?: string }>;
  /** Same place in the tree, new name (same id), or a new id under the same parent declared with `replaced-by`. */
  renamed: Array<{ from: RevisionCategoryRef; to: RevisionCategoryRef }>;
  /** Declared with `replaced-by` to an id under another parent. */
  moved: Array<{ from: RevisionCategoryRef; to: RevisionCategoryRef }>;
  industries: IndustryChange[];
  words: WordsChange[];
  /** Published ids that are gone without `replaced-by` or a withdrawal statement: a release must not do this. */
  undeclared: RevisionCategoryRef[];
}

const ref = (c: Category): RevisionCategoryRef => ({
  id: c.id,
  code: c.code,
  name: c.name,
  level: c.level,
  parent: c.parent,
});
const minus = (a: string[], b: string[]) => a.filter((x) => !b.includes(x));

/** True when the diff records no change at all. */
export function isEmptyDiff(d: DirectoryDiff): boolean {
  return (
    !d.added.length &&
    !d.removed.length &&
    !d.renamed.length &&
    !d.moved.length &&
    !d.industries.length &&
    !d.words.length
  );
}

/**
 * Compares two directories. `declaration` is what the newer revision says about ids it dropped; a dropped id that it
 * does not mention is listed in `removed` and in `undeclared`.
 */
export function diffDirectories(
  from: Pick<DirectoryData, 'categories'>,
  to: Pick<DirectoryData, 'categories'>,
  declaration: RevisionDeclaration = EMPTY_DECLARATION,
): DirectoryDiff {
  const before = new Map(from.categories.map((c) => [c.id, c]));
  const after = new Map(to.categories.map((c) => [c.id, c]));
  const diff: DirectoryDiff = {
    added: [],
    removed: [],
    renamed: [],
    moved: [],
    industries: [],
    words: [],
    undeclared: [],
  };
  const pairs: Array<[Category, Category]> = [];
  const targets = new Set<string>();
  for (const old of from.categories) {
    const same = after.get(old.id);
    if (same) {
      pairs.push([old, same]);
      if (same.name !== old.name) diff.renamed.push({ from: ref(old), to: ref(same) });
      continue;
    }
    const target = Object.hasOwn(declaration.replacedBy, old.id)
      ? after.get(declaration.replacedBy[old.id])
      : undefined;
    if (target) {
      targets.add(target.id);
      pairs.push([old, target]);
      (target.parent === old.parent ? diff.renamed : diff.moved).push({ from: ref(old), to: ref(target) });
    } else if (Object.hasOwn(declaration.withdrawn, old.id)) {
      diff.removed.push({ ...ref(old), withdrawn: declaration.withdrawn[old.id] });
    } else {
      diff.removed.push(ref(old));
      diff.undeclared.push(ref(old));
    }
  }
  for (const c of to.categories) if (!before.has(c.id) && !targets.has(c.id)) diff.added.push(ref(c));
  for (const [old, now] of pairs) {
    const oldCodes = new Map(old.industries.map((i) => [i.code, i]));
    const newCodes = new Map(now.industries.map((i) => [i.code, i]));
    const industries: IndustryChange = {
      id: now.id,
      name: now.name,
      added: now.industries.filter((i) => !oldCodes.has(i.code)),
      removed: old.industries.filter((i) => !newCodes.has(i.code)),
      partial: now.industries
        .filter((i) => oldCodes.has(i.code) && oldCodes.get(i.code)!.partial !== i.partial)
        .map((i) => ({ code: i.code, name: i.name, from: oldCodes.get(i.code)!.partial, to: i.partial })),
    };
    if (industries.added.length || industries.removed.length || industries.partial.length)
      diff.industries.push(industries);
    const words: WordsChange = {
      id: now.id,
      name: now.name,
      keywords: { added: minus(now.keywords, old.keywords), removed: minus(old.keywords, now.keywords) },
      aliases: { added: minus(now.aliases, old.aliases), removed: minus(old.aliases, now.aliases) },
    };
    if (
      words.keywords.added.length ||
      words.keywords.removed.length ||
      words.aliases.added.length ||
      words.aliases.removed.length
    )
      diff.words.push(words);
  }
  return diff;
}

const LEVEL_ZH = { 1: '一级分类', 2: '二级分类', 3: '三级方向' } as const;
const LEVEL_EN = { 1: 'level-1 category', 2: 'level-2 category', 3: 'level-3 direction' } as const;
const named = (c: RevisionCategoryRef) => (c.code ? `${c.code} ${c.name}` : c.name);
const classes = (list: Array<{ code: string; name: string }>) => list.map((i) => `${i.code} ${i.name}`).join('、');
const quoted = (list: string[]) => list.map((w) => `“${w}”`).join('、');

/**
 * The diff as sentences a citizen understands, one per change, in the given language. `parentName` names the
 * parent of a moved category (from either revision).
 */
export function describeDiff(
  diff: DirectoryDiff,
  lang: Lang = 'zh-CN',
  parentName: (id: string) => string | undefined = () => undefined,
): string[] {
  const where = (id: string | null) => (id ? (parentName(id) ?? id) : '');
  const lines: string[] = [];
  if (lang === 'en') {
    for (const c of diff.added)
      lines.push(`Added: ${LEVEL_EN[c.level]} “${named(c)}”${c.parent ? ` under “${where(c.parent)}”` : ''}.`);
    for (const r of diff.renamed)
      lines.push(
        r.from.id === r.to.id
          ? `Renamed: “${named(r.from)}” is now called “${r.to.name}”.`
          : r.from.name === r.to.name
            ? `New address: “${named(r.to)}” has a new address; the old link leads to it.`
            : `Renamed: “${named(r.from)}” is replaced by “${named(r.to)}”.`,
      );
    for (const m of diff.moved)
      lines.push(
        `Moved: “${named(m.from)}” is now “${named(m.to)}” under “${where(m.to.parent)}” (was under “${where(m.from.parent)}”).`,
      );
    for (const c of diff.removed)
      lines.push(
        c.withdrawn !== undefined
          ? `Withdrawn: “${named(c)}” is no longer listed. ${c.withdrawn}`
          : `Removed without a statement: “${named(c)}”.`,
      );
    for (const i of diff.industries) {
      if (i.added.length) lines.push(`“${i.name}” now also covers the industry classes ${classes(i.added)}.`);
      if (i.removed.length) lines.push(`“${i.name}” no longer covers the industry classes ${classes(i.removed)}.`);
      for (const p of i.partial)
        lines.push(
          `In “${i.name}”, ${p.code} ${p.name} now counts ${p.to ? 'only in part' : 'as a whole'} (was ${p.from ? 'in part' : 'whole'}).`,
        );
    }
    for (const w of diff.words) {
      const parts = [
        w.keywords.added.length && `keywords added ${quoted(w.keywords.added)}`,
        w.keywords.removed.length && `keywords removed ${quoted(w.keywords.removed)}`,
        w.aliases.added.length && `other names added ${quoted(w.aliases.added)}`,
        w.aliases.removed.length && `other names removed ${quoted(w.aliases.removed)}`,
      ].filter(Boolean);
      lines.push(`Search words of “${w.name}”: ${parts.join('; ')}.`);
    }
    return lines;
  }
  for (const c of diff.added)
    lines.push(`新增${LEVEL_ZH[c.level]}“${named(c)}”${c.parent ? `，列在“${where(c.parent)}”下` : ''}。`);
  for (const r of diff.renamed)
    lines.push(
      r.from.id === r.to.id
        ? `“${named(r.from)}”更名为“${r.to.name}”。`
        : r.from.name === r.to.name
          ? `“${named(r.to)}”的网页地址改了，原链接转到新地址。`
          : `“${named(r.from)}”更名为“${named(r.to)}”，原链接转到新名称的页面。`,
    );
  for (const m of diff.moved)
    lines.push(
      `“${named(m.from)}”从“${where(m.from.parent)}”移到“${where(m.to.parent)}”下${m.to.name !== m.from.name ? `，名称改为“${m.to.name}”` : ''}。`,
    );
  for (const c of diff.removed)
    lines.push(
      c.withdrawn !== undefined ? `“${named(c)}”不再列入目录。${c.withdrawn}` : `“${named(c)}”被删除，但没有说明原因。`,
    );
  for (const i of diff.industries) {
    if (i.added.length) lines.push(`“${i.name}”新增行业小类：${classes(i.added)}。`);
    if (i.removed.length) lines.push(`“${i.name}”不再包括行业小类：${classes(i.removed)}。`);
    for (const p of i.partial)
      lines.push(
        `“${i.name}”中的 ${p.code} ${p.name} 改为${p.to ? '只有部分活动属于本分类' : '整个小类都属于本分类'}。`,
      );
  }
  for (const w of diff.words) {
    const parts = [
      w.keywords.added.length && `新增检索词 ${quoted(w.keywords.added)}`,
      w.keywords.removed.length && `删去检索词 ${quoted(w.keywords.removed)}`,
      w.aliases.added.length && `新增别称 ${quoted(w.aliases.added)}`,
      w.aliases.removed.length && `删去别称 ${quoted(w.aliases.removed)}`,
    ].filter(Boolean);
    lines.push(`“${w.name}”：${parts.join('；')}。`);
  }
  return lines;
}

/** Ids a change touches, so a category page can show its own history. Old and new ids of a rename or move both count. */
export function touchedIds(diff: DirectoryDiff): Set<string> {
  const ids = new Set<string>();
  for (const c of [...diff.added, ...diff.removed]) ids.add(c.id);
  for (const r of [...diff.renamed, ...diff.moved]) ids.add(r.from.id).add(r.to.id);
  for (const i of diff.industries) ids.add(i.id);
  for (const w of diff.words) ids.add(w.id);
  return ids;
}

/** The diff restricted to the changes that touch `id` (for a category page's history). */
export function diffFor(diff: DirectoryDiff, id: string): DirectoryDiff {
  return {
    added: diff.added.filter((c) => c.id === id),
    removed: diff.removed.filter((c) => c.id === id),
    renamed: diff.renamed.filter((r) => r.from.id === id || r.to.id === id),
    moved: diff.moved.filter((r) => r.from.id === id || r.to.id === id),
    industries: diff.industries.filter((i) => i.id === id),
    words: diff.words.filter((w) => w.id === id),
    undeclared: diff.undeclared.filter((c) => c.id === id),
  };
}
