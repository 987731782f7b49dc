import type { Clause, PolicyDocument } from '@sixin/core';

/** One entry of the policy page's table of contents: a heading that carries a clause id. */
export interface TocEntry {
  clause: string;
  text: string;
  children: TocEntry[];
}

/** Headings with clause ids, nested by heading depth, document by document. */
export function policyToc(documents: readonly PolicyDocument[]): TocEntry[] {
  const roots: TocEntry[] = [];
  for (const doc of documents) {
    const stack: Array<{ depth: number; entry: TocEntry }> = [];
    for (const block of doc.blocks) {
      if (block.type !== 'heading' || !block.clause) continue;
      const entry: TocEntry = { clause: block.clause, text: block.text, children: [] };
      while (stack.length && stack[stack.length - 1].depth >= block.depth) stack.pop();
      (stack.length ? stack[stack.length - 1].entry.children : roots).push(entry);
      stack.push({ depth: block.depth, entry });
    }
  }
  return roots;
}

// The enumerator a policy heading starts with: "四、主要措施" → "四", "（二）营造…" → "（二）".
const ENUMERATOR = /^(?:([一二三四五六七八九十]+)、|(（[一二三四五六七八九十]+）))/;

/**
 * How people cite a clause: "四（二）营造宽松开放的市场准入环境" for 4.2, "二、基本原则" for 2.
 * @throws {Error} for a clause id the policy does not have, so a page never links to a missing anchor.
 */
export function clauseLabel(id: string, clauses: readonly Clause[]): string {
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const clause = byId.get(id);
  if (!clause)
    throw new Error(`the policy has no clause "${id}"; known clauses: ${clauses.map((c) => c.id).join(', ')}`);
  if (!clause.ancestors.length) return clause.title;
  const prefix = clause.ancestors
    .map((a) => {
      const m = ENUMERATOR.exec(byId.get(a)?.title ?? '');
      return m ? (m[1] ?? m[2]) : '';
    })
    .join('');
  return `${prefix}${clause.title}`;
}
