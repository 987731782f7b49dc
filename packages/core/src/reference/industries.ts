import { parseCsv } from './csv.js';

/** GB/T 4754-2017 levels: 门类 (section), 大类 (division), 中类 (group), 小类 (class). */
export type IndustryLevel = 'section' | 'division' | 'group' | 'class';

export interface IndustryEntry {
  code: string;
  name: string;
  level: IndustryLevel;
  parent: string | null;
}

export const INDUSTRY_LEVEL_ZH: Record<IndustryLevel, string> = {
  section: '门类',
  division: '大类',
  group: '中类',
  class: '小类',
};

/** The GB/T 4754-2017 table (with amendment No. 1), used to check codes and names and to resolve typed codes. */
export class IndustryTable {
  readonly entries: ReadonlyMap<string, IndustryEntry>;
  private readonly byName = new Map<string, IndustryEntry[]>();

  constructor(entries: Iterable<IndustryEntry>) {
    const map = new Map<string, IndustryEntry>();
    for (const entry of entries) {
      map.set(entry.code, entry);
      const list = this.byName.get(entry.name) ?? [];
      list.push(entry);
      this.byName.set(entry.name, list);
    }
    this.entries = map;
  }

  static fromCsv(text: string): IndustryTable {
    return new IndustryTable(
      parseCsv(text).map((r) => ({
        code: r.code,
        name: r.name,
        level: r.level as IndustryLevel,
        parent: r.parent || null,
      })),
    );
  }

  get(code: string): IndustryEntry | undefined {
    return this.entries.get(code);
  }

  classCount(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.level === 'class') n++;
    return n;
  }

  /** Classes whose name is exactly `name`. */
  classesNamed(name: string): IndustryEntry[] {
    return (this.byName.get(name) ?? []).filter((e) => e.level === 'class');
  }

  /** The first class below a section, division or group: an example for error messages. */
  firstClassUnder(code: string): IndustryEntry | undefined {
    for (const e of this.entries.values()) {
      if (e.level === 'class' && this.ancestors(e.code).includes(code)) return e;
    }
    return undefined;
  }

  ancestors(code: string): string[] {
    const out: string[] = [];
    let cur = this.entries.get(code)?.parent ?? null;
    while (cur) {
      out.push(cur);
      cur = this.entries.get(cur)?.parent ?? null;
    }
    return out;
  }

  /**
   * Classes an editor probably meant by a code that is not a class: one digit added, dropped, changed or two
   * neighbours swapped; a class with the given name ranks first.
   */
  suggestClasses(code: string, name?: string): IndustryEntry[] {
    const digits = code.replace(/^[A-Za-z]/, '').replace(/\s/g, '');
    const named = name ? this.classesNamed(name) : [];
    const near: IndustryEntry[] = [];
    for (const e of this.entries.values()) {
      if (e.level !== 'class' || named.includes(e)) continue;
      if (editDistanceAtMostOne(digits, e.code)) near.push(e);
    }
    return [...named, ...near];
  }
}

/** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  }
  return false;
}
