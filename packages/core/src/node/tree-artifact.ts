import { pinyin } from 'pinyin-pro';
import type { Artifact } from './artifacts.js';
import type { Category, DirectoryCounts, DirectoryData } from '../model/types.js';

/**
 * One category as the tree widget needs it: everything in {@link Category} except the product lists, notes and
 * source path (which make `directory.json` about five times larger), plus the pinyin initials of the name.
 */
export interface TreeCategory extends Pick<
  Category,
  'id' | 'code' | 'level' | 'name' | 'parent' | 'children' | 'status' | 'industries' | 'keywords' | 'aliases'
> {
  /**
   * First letter of the pinyin of each character of the name (`新材料产业` → `xclcy`), so that people typing on a
   * Latin keyboard can jump to and filter Chinese names. Computed at export time, because the pinyin dictionary is far
   * too large to ship to browsers.
   */
  initials: string;
}

/** What `tree.json` holds: the slim directory for `<sixin-category-tree src>`. */
export interface TreeData {
  schemaVersion: 1;
  kind: 'tree';
  counts: DirectoryCounts;
  /** All categories in tree order (depth first, by `order`), like {@link DirectoryData.categories}. */
  categories: TreeCategory[];
  /** The directory revision (see {@link DirectoryData.revision}). */
  revision?: DirectoryData['revision'];
}

/** Pinyin initials of a name; characters without a reading (digits, Latin letters, punctuation) are kept lower-cased. */
export function nameInitials(name: string): string {
  const letters = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' });
  return letters
    .join('')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Builds the slim tree from the validated directory. Keeps the order of `directory.categories`. */
export function treeData(directory: DirectoryData): TreeData {
  return {
    ...(directory.revision ? { revision: directory.revision } : {}),
    schemaVersion: 1,
    kind: 'tree',
    counts: directory.counts,
    categories: directory.categories.map((c) => ({
      id: c.id,
      code: c.code,
      level: c.level,
      name: c.name,
      parent: c.parent,
      children: c.children,
      status: c.status,
      industries: c.industries,
      keywords: c.keywords,
      aliases: c.aliases,
      initials: nameInitials(c.name),
    })),
  };
}

export const treeArtifact: Artifact = {
  file: 'tree.json',
  description:
    'the directory without product lists and notes, for the category tree widget (about a fifth of directory.json)',
  build: (ctx) => treeData(ctx.revision ? { ...ctx.directory, revision: ctx.revision } : ctx.directory),
};
