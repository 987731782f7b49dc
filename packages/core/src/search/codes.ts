/**
 * Typed codes: GB/T 4754-2017 classes, groups and divisions (`6513`, `I6513`, `651`, `65`) and directory codes
 * (`1.3`, `1`). They resolve directly to the categories that list them; a code the directory does not list is named.
 */
import type { Evidence } from './match.js';
import type { PreparedIndex } from './prepare.js';
import type { CodeInfo } from './types.js';

export interface ReadCode {
  code: string;
  info: CodeInfo;
  evidence: Array<Omit<Evidence, 'clauseIndex'>>;
}

const CODE = /^(?:([a-t])(\d{2,4})|(\d{2,4})|([1-9])\.(\d{1,2})|([1-9]))$/u;

/**
 * Reads text made only of codes (`6513`, `I6513`, `65`, `651`, `1.3`, `1`, several separated by spaces or
 * commas). Returns undefined when the text is anything else.
 */
export function readCodes(index: PreparedIndex, text: string): ReadCode[] | undefined {
  const parts = text.split(/[\s,;、/]+/u).filter(Boolean);
  if (!parts.length || parts.length > 50) return undefined;
  const out: ReadCode[] = [];
  for (const part of parts) {
    const m = CODE.exec(part);
    if (!m) return undefined;
    if (m[4]) out.push(directoryCode(index, `${m[4]}.${m[5]}`, 'level-2'));
    else if (m[6]) out.push(directoryCode(index, m[6], 'level-1'));
    else out.push(industryCode(index, m[1]?.toUpperCase() ?? '', m[2] ?? m[3]));
  }
  return out;
}

function directoryCode(index: PreparedIndex, code: string, kind: 'level-1' | 'level-2'): ReadCode {
  const { categories } = index;
  const found = categories.findIndex((c) => c.code === code && c.level === (kind === 'level-1' ? 1 : 2));
  const info: CodeInfo = { code, kind, known: found >= 0, inDirectory: found >= 0 };
  const evidence: ReadCode['evidence'] = [];
  if (found >= 0) {
    const category = categories[found];
    info.name = category.name;
    const level2 =
      kind === 'level-2' ? [found] : categories.flatMap((c, i) => (c.parent === found && c.level === 2 ? [i] : []));
    for (const l2 of level2) {
      evidence.push({
        term: `${category.code} ${category.name}`,
        source: 'code',
        target: { l2, l3: -1, industry: '', partial: false },
        score: kind === 'level-2' ? 1 : 0.7,
        possible: kind === 'level-1',
        termIndex: -1,
        raw: 1,
      });
    }
  }
  return { code, info, evidence };
}

function industryCode(index: PreparedIndex, section: string, digits: string): ReadCode {
  const code = `${section}${digits}`;
  const kind = digits.length === 4 ? 'gb-class' : digits.length === 3 ? 'gb-group' : 'gb-division';
  const entry = index.industries.get(digits);
  const divisions = section && Object.hasOwn(index.sections, section) ? index.sections[section] : [];
  const sectionFits = !section || divisions.includes(digits.slice(0, 2));
  const info: CodeInfo = { code, kind, known: Boolean(entry) && sectionFits, inDirectory: false };
  const evidence: ReadCode['evidence'] = [];
  if (!entry || !sectionFits) return { code, info, evidence };
  info.name = entry.name;
  for (const [classCode, cls] of index.industries) {
    if (!cls.listing || !classCode.startsWith(digits)) continue;
    for (const ref of cls.listing) {
      const partial = ref < 0;
      const i = partial ? -ref - 1 : ref;
      const c = index.categories[i];
      if (c.level === 1) continue;
      const l2 = c.level === 3 ? c.parent : i;
      const exact = classCode === digits;
      evidence.push({
        term: `${classCode} ${cls.name}`,
        source: 'code',
        target: { l2, l3: c.level === 3 ? i : -1, industry: classCode, partial },
        score: (exact ? 1 : 0.7) * (partial ? 0.75 : 1),
        possible: partial || !exact,
        termIndex: -1,
        raw: 1,
      });
    }
  }
  info.inDirectory = evidence.length > 0;
  return { code, info, evidence };
}
