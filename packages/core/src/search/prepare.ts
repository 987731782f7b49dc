/**
 * Turns a published search index into what the matcher reads: categories with their levels, the GB/T 4754-2017
 * table with what the directory lists of each class, every term with its targets (or, for a term that places a clause
 * outside the directory, its class), its tokens, weight and activities, token postings and weights.
 *
 * Everything is derived at load time, so the file stays small and the rules can change without a new format.
 */
import Fuse from 'fuse.js/basic';
import { activitiesOf, classActivities, finalActivities, isActivityWord, type ActivityMask } from './activity.js';
import { categoryLevel, type SearchIndex, type TermSourceCode } from './index-format.js';
import {
  collectWords,
  contentEnd,
  contentRuns,
  contentUnits,
  GENERIC_HEADS,
  headOf,
  namesOnlyGeneric,
  tokenize,
  tokenizeRuns,
} from './lexicon.js';
import { TUNING } from './tuning.js';

export interface Target {
  /** Index of the level-2 category. */
  l2: number;
  /** Index of the level-3 direction, or -1. */
  l3: number;
  industry: string;
  partial: boolean;
}

export interface PreparedCategory {
  id: string;
  code: string;
  name: string;
  parent: number;
  inferred: boolean;
  level: 1 | 2 | 3;
}

export interface PreparedIndustry {
  name: string;
  /** Category indexes listing the class (negative: partial), for classes in the directory. */
  listing?: number[];
  /** GB/T 4754-2017 section letter ('' when unknown). */
  section: string;
  activities: ActivityMask;
}

/** A part of a term that can match on its own (the core of `机器翻译软件`, one half of `云计算与大数据服务`). */
export interface TermPart {
  tokens: Int32Array;
  weight: number;
  surface: string[];
  /** For a part of a name: what it does (its own words, else the whole name's). */
  activities?: ActivityMask;
}

export interface PreparedTerm {
  text: string;
  source: TermSourceCode;
  /** Categories the term is evidence for; empty for a term that places a clause outside the directory. */
  targets: Target[];
  /** For a term that places a clause in a GB/T class (`x` terms, names of unlisted classes): that class. */
  place: string;
  tokens: Int32Array;
  weight: number;
  /** Number of distinct level-2 categories among the targets. */
  spread: number;
  /** The term's content units (`contentUnits`). */
  surface: string[];
  activities: ActivityMask;
  /** The term's own words name what is done (`充电桩运营`), rather than its class or category saying so. */
  statesActivity: boolean;
  /** All the term names is a place or body (`中心服务`): no match for a clause naming more. */
  onlyGeneric: boolean;
  /**
   * The kind of thing a term names when that is all it names (`通用基础软件`, whose other words are common ones:
   * 软件). It says nothing of which software, so it matches only a clause naming the bare kind too.
   */
  onlyKind?: string;
  /** What the term names, as its last word (`轴承` in 汽车高端轴承, `钢` in 轴承钢): see `headOf`. */
  head: string;
  core?: TermPart;
  segments?: TermPart[];
  pinyinFull?: string;
  pinyinInitials?: string;
}

export interface PreparedIndex {
  categories: PreparedCategory[];
  industries: Map<string, PreparedIndustry>;
  sections: Record<string, string[]>;
  /** Official names (compared without punctuation) of GB/T entries the directory does not list, or lists under half of. */
  outsideNames: Map<string, { code: string; name: string }>;
  /** Official names (compared the same way) of GB/T classes the directory lists, whole or in part: name → code. */
  listedNames: Map<string, string>;
  terms: PreparedTerm[];
  tokenIds: Map<string, number>;
  words: Set<string>;
  tokenWeight: Float64Array;
  postings: Int32Array[];
  /** Weight of a clause word the vocabulary never uses. */
  unknownWeight: number;
  /** 1 for tokens that are a single Han character (they never start a match alone). */
  charToken: Uint8Array;
  /** Names people try to type, for typo correction. */
  fuse: Fuse<{ text: string; term: number }>;
  /**
   * Shortened forms of the vocabulary's content runs, made by leaving out one inner character, → the run
   * (`新能源车` → 新能源汽车): how people abbreviate. Forms that two runs share are left out.
   */
  abbreviations: Map<string, string>;
  /** Pinyin (without tones or spaces) → the vocabulary word it writes. */
  pinyinWords: Map<string, string>;
  /** Longest pinyin key, in letters. */
  pinyinLongest: number;
}

/**
 * Category names may end in 业 meaning "industry" (`其他生物业`, `其他生物业相关服务`); the character says nothing
 * there and must not pair with the one before it (物业).
 */
function withoutIndustrySuffix(name: string): string {
  return name.replace(/(?<![产行企专])业(?=相关|$)/u, '');
}

/** A name compared without spaces, punctuation or brackets. */
export function nameKey(text: string): string {
  return text.replace(/[\s()、,;:。"'.-]/gu, '');
}

/** Kinds of thing that, standing alone after 及, 和 or 、, are of the same kind as the thing before them. */
const BARE_KINDS = [
  ...GENERIC_HEADS,
  '器具',
  '器材',
  '器械',
  '用品',
  '配件',
  '零件',
  '零部件',
  '附件',
  '元件',
  '元器件',
  '制品',
];

/**
 * The parts of a name that names several things, each as it stands for itself: a part that is only a kind of thing
 * takes the modifier of the part before it (`口腔科用设备及器具制造` names 口腔科用器具制造, not any 器具制造).
 */
export function nameParts(text: string): string[] {
  const parts = text.split(/[与和及、,]|以及/u);
  // `节能型建筑材料及制品专用机械零件`: what a later part is for (…专用) takes the whole list before it, so the list
  // names what the one thing is for, not several things.
  if (parts.slice(1).some((part) => /专用\p{Script=Han}/u.test(part))) return [text];
  for (let i = 1; i < parts.length; i++) {
    const core = parts[i].slice(0, contentEnd(parts[i]));
    if (!BARE_KINDS.includes(core)) continue;
    const before = parts[i - 1].slice(0, contentEnd(parts[i - 1]));
    const kind = BARE_KINDS.find((k) => before.endsWith(k) && before.length > k.length);
    if (kind) parts[i] = before.slice(0, -kind.length) + parts[i];
  }
  return parts;
}

/**
 * A note line listing things that share what is done at its end (`打印机、扫描仪维修`, 8121): each thing is read with
 * that activity, as in a name. Lines listing activities of one thing (`施工、运输、安装船只`) are not of this shape.
 */
function sharesFinalActivity(text: string): boolean {
  const parts = text.split('、');
  if (parts.length < 2 || /[与和及,（(]/u.test(text)) return false;
  const last = parts[parts.length - 1];
  return !!finalActivities(last) && parts.slice(0, -1).every((p) => !activitiesOf(p) && Array.from(p).length >= 2);
}

export function prepareIndex(index: SearchIndex): PreparedIndex {
  const categories: PreparedCategory[] = index.categories.map(([id, code, name, parent, inferred]) => ({
    id,
    code,
    name,
    parent,
    inferred: inferred === 1,
    level: categoryLevel(id),
  }));
  const sections = index.sections;
  const sectionOfDivision = new Map<string, string>();
  for (const letter of Object.keys(sections))
    for (const division of sections[letter]) sectionOfDivision.set(division, letter);

  const industries = new Map<string, PreparedIndustry>();
  for (const entry of index.industries) {
    const [code, name, listing] = entry;
    const section = /^[A-T]$/u.test(code) ? code : (sectionOfDivision.get(code.slice(0, 2)) ?? '');
    industries.set(code, { name, listing, section, activities: classActivities(code, name, section) });
  }

  // Official names of industries the directory does not list, or lists less than half of (道路货物运输, 物业管理,
  // 人力资源服务): a clause that is one of them names an industry outside the directory.
  const outsideNames = new Map<string, { code: string; name: string }>();
  const classCount = new Map<string, { all: number; listed: number }>();
  for (const [code, entry] of industries) {
    if (!/^\d{4}$/u.test(code)) continue;
    for (const prefix of [entry.section, code.slice(0, 2), code.slice(0, 3), code]) {
      const count = classCount.get(prefix) ?? { all: 0, listed: 0 };
      count.all++;
      if (entry.listing?.length) count.listed++;
      classCount.set(prefix, count);
    }
  }
  // And the official names of the classes it lists, whole or in part: a clause that is one names that class.
  const listedNames = new Map<string, string>();
  for (const [code, entry] of industries) {
    const count = classCount.get(code) ?? { all: 0, listed: 0 };
    if (count.listed * 2 < count.all || !count.all) outsideNames.set(nameKey(entry.name), { code, name: entry.name });
    if (/^\d{4}$/u.test(code) && entry.listing?.length) listedNames.set(nameKey(entry.name), code);
  }

  // The parent chain is checked by `assertSearchIndex` (parents come first, one level up), so this walk ends.
  const level2Of = (i: number): number => {
    let cur = i;
    while (cur >= 0 && categories[cur].level > 2) cur = categories[cur].parent;
    return cur;
  };
  // Whether a category lists a class only in part: a product or keyword under a `*` class is evidence of part of it.
  const listedInPart = new Set<string>();
  for (const [code, entry] of industries)
    for (const ref of entry.listing ?? []) if (ref < 0) listedInPart.add(`${-ref - 1}|${code}`);
  const targetFor = (i: number, industry: string, partial: boolean): Target | undefined => {
    const c = categories[i];
    if (c.level === 1) return undefined;
    return { l2: level2Of(i), l3: c.level === 3 ? i : -1, industry, partial };
  };
  const isOutsideText = (text: string): boolean => {
    const key = nameKey(text);
    return outsideNames.has(key) || outsideNames.has(`${key}服务`);
  };

  // Terms and their targets.
  const terms: PreparedTerm[] = [];
  const texts: string[] = [];
  const addTerm = (
    term: Omit<PreparedTerm, 'tokens' | 'weight' | 'spread' | 'surface' | 'head' | 'statesActivity' | 'onlyGeneric'>,
    matchText: string,
  ) => {
    terms.push({
      ...term,
      tokens: new Int32Array(0),
      weight: 0,
      spread: new Set(term.targets.map((t) => t.l2)).size,
      surface: contentUnits(matchText),
      head: '',
      statesActivity: finalActivities(term.text) !== 0,
      onlyGeneric: namesOnlyGeneric(matchText),
    });
    texts.push(matchText);
  };
  // What each category does: the activities of the classes it lists, gathered upwards (direction → level 2 → 1).
  const categoryActivities = new Array<ActivityMask>(categories.length).fill(0);
  for (const entry of industries.values())
    for (const ref of entry.listing ?? []) categoryActivities[ref < 0 ? -ref - 1 : ref] |= entry.activities;
  for (let i = categories.length - 1; i >= 0; i--)
    if (categories[i].parent >= 0) categoryActivities[categories[i].parent] |= categoryActivities[i];
  /**
   * A term's activities: a product or note line does what its own words say and what its class does (`服务机器人`
   * is made, in 3964); a name or keyword does what its words say, or else what its categories' classes do
   * (`智能电网输送与配电` is 4420 电力供应, a service).
   */
  const termActivities = (text: string, industry: string, cats: number[]): ActivityMask => {
    const own = finalActivities(text);
    if (industry) return own | (industries.get(industry)?.activities ?? 0);
    if (own) return own;
    let mask = 0;
    for (const i of cats) if (i >= 0 && i < categories.length) mask |= categoryActivities[i];
    return mask;
  };
  for (const raw of index.terms) {
    const [text, source, cats = [], industry = '', pinyin] = raw;
    // Texts in the index are already normalised (`normalizeText`) by the builder.
    const matchText = source === 'n' || source === 'd' ? withoutIndustrySuffix(text) : text;
    const activities = termActivities(text, industry, cats);
    if (source === 'x') {
      if (industry && industries.has(industry))
        addTerm({ text, source, targets: [], place: industry, activities }, matchText);
      continue;
    }
    // A note line that is the official name of an industry outside the directory (`人力资源服务` among the services
    // of a start-up space) names that other industry.
    if (source === 'o' && isOutsideText(text)) continue;
    const targets: Target[] = [];
    if ((source === 'i' || source === 'o') && industry) {
      for (const ref of industries.get(industry)?.listing ?? []) {
        const partial = ref < 0;
        // Notes describe the whole class: they stand only for categories that hold the whole class.
        if (source === 'o' && partial) continue;
        const t = targetFor(partial ? -ref - 1 : ref, industry, partial);
        if (t) targets.push(t);
      }
    } else {
      for (const i of cats) {
        const t = targetFor(i, industry, industry !== '' && listedInPart.has(`${i}|${industry}`));
        if (t) targets.push(t);
      }
    }
    if (!targets.length) continue;
    const term: Omit<
      PreparedTerm,
      'tokens' | 'weight' | 'spread' | 'surface' | 'head' | 'statesActivity' | 'onlyGeneric'
    > = {
      text,
      source,
      targets,
      place: '',
      activities,
    };
    if (pinyin) [term.pinyinFull, term.pinyinInitials] = pinyin.split('|');
    addTerm(term, matchText);
  }
  // The official names of the classes the directory does not list: a clause that is (close to) one of them is there.
  for (const [code, entry] of industries) {
    if (!/^\d{4}$/u.test(code) || entry.listing?.length) continue;
    addTerm({ text: entry.name, source: 'x', targets: [], place: code, activities: entry.activities }, entry.name);
  }

  const runsOfTexts = texts.map(contentRuns);
  const words = collectWords(runsOfTexts);
  const tokenLists = runsOfTexts.map((runs) => [...tokenizeRuns(runs, words).keys()]);
  const segmentLists = texts.map((text, t) => {
    // `云计算与大数据服务` names two things: a clause naming either one matches that part of the term. Names are read
    // this way, and note lines listing things before what is done to them: in product lines `、` often shares one
    // head (`施工、运输、安装船只`).
    if (!'ndi'.includes(terms[t].source) && !(terms[t].source === 'o' && sharesFinalActivity(text))) return [];
    const parts = nameParts(text).filter((part) => tokenize(part, words).length);
    return parts.length > 1
      ? parts.map((part) => ({ tokens: tokenize(part, words), surface: contentUnits(part), text: part }))
      : [];
  });
  const coreTokens = runsOfTexts.map((runs) => {
    const last = runs[runs.length - 1] ?? '';
    const head = GENERIC_HEADS.find((h) => last.endsWith(h) && last.length > h.length);
    if (!head || runs.length > 1) return [];
    return tokenize(last.slice(0, -head.length), words);
  });

  // Token weights: a token used by few directory categories says a lot (inverse document frequency over the
  // categories). Terms that place a clause outside take part in matching with the same weights, so an ordinary
  // clause is compared with both sides on one scale; words only they use weigh as much as the rarest.
  const docsOfToken = new Map<string, Set<number>>();
  const docs = new Set<number>();
  terms.forEach((term, t) => {
    for (const tok of tokenLists[t]) {
      let set = docsOfToken.get(tok);
      if (!set) docsOfToken.set(tok, (set = new Set()));
      for (const target of term.targets) {
        const doc = target.l3 >= 0 ? target.l3 : target.l2;
        set.add(doc);
        docs.add(doc);
      }
    }
  });
  const docCount = Math.max(docs.size, 1);
  const tokenWeight = new Float64Array(docsOfToken.size);
  const tokenIds = new Map<string, number>();
  let id = 0;
  for (const [tok, set] of docsOfToken) {
    tokenIds.set(tok, id);
    tokenWeight[id] = Math.log(1 + docCount / Math.max(set.size, 1));
    id++;
  }
  const unknownWeight = Math.log(1 + docCount / 0.5);

  const postingLists: number[][] = Array.from({ length: id }, () => []);
  const part = (tokens: string[]): TermPart | undefined => {
    const ids = tokens.map((tok) => tokenIds.get(tok));
    if (ids.some((i) => i === undefined)) return undefined;
    const list = Int32Array.from(ids as number[]);
    return { tokens: list, weight: list.reduce((sum, i) => sum + tokenWeight[i], 0), surface: [] };
  };
  terms.forEach((term, t) => {
    const runs = runsOfTexts[t];
    term.head = headOf(runs, words, isActivityWord);
    if (runs.length === 1 && GENERIC_HEADS.includes(runs[0])) term.onlyKind = runs[0];
    const ids = tokenLists[t].map((tok) => tokenIds.get(tok)!);
    term.tokens = Int32Array.from(ids);
    term.weight = ids.reduce((sum, i) => sum + tokenWeight[i], 0);
    for (const i of ids) postingLists[i].push(t);
    const core = coreTokens[t].length ? part(coreTokens[t]) : undefined;
    if (core && core.weight >= TUNING.specificWeight) term.core = core;
    if (segmentLists[t].length) {
      // In `工业固体废物、废气、废液回收和资源化利用` the parts share what is done at the end: a part that says
      // nothing of it (`废气`) does what the whole name does.
      const segments: TermPart[] = [];
      for (const segment of segmentLists[t]) {
        const p = part(segment.tokens);
        if (p && p.weight >= TUNING.segmentWeight)
          segments.push({
            ...p,
            surface: segment.surface,
            activities: finalActivities(segment.text) || term.activities,
          });
      }
      if (segments.length) term.segments = segments;
    }
  });
  const postings = postingLists.map((list) => Int32Array.from(list));
  const charToken = new Uint8Array(id);
  for (const [tok, i] of tokenIds) if (Array.from(tok).length === 1 && !/[a-z0-9]/u.test(tok)) charToken[i] = 1;

  // Typo candidates: directory names only (short, and what people try to type).
  const names: Array<{ text: string; term: number }> = [];
  terms.forEach((term, t) => {
    if (term.targets.length && term.source !== 'p' && term.source !== 'o' && term.weight > 0)
      names.push({ text: term.text, term: t });
  });
  const fuse = new Fuse(names, {
    keys: ['text'],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.34,
    minMatchCharLength: 2,
  });

  const abbreviations = new Map<string, string>();
  const ambiguous = new Set<string>();
  terms.forEach((term, t) => {
    if (!term.targets.length) return;
    for (const run of runsOfTexts[t]) {
      const chars = Array.from(run);
      if (chars.length < 4 || chars.length > 8 || !/\p{Script=Han}/u.test(chars[0])) continue;
      for (let i = 1; i < chars.length - 1; i++) {
        const short = chars.slice(0, i).join('') + chars.slice(i + 1).join('');
        const known = abbreviations.get(short);
        if (known === undefined && !ambiguous.has(short)) abbreviations.set(short, run);
        else if (known !== undefined && known !== run) {
          abbreviations.delete(short);
          ambiguous.add(short);
        }
      }
    }
  });

  const pinyinWords = new Map<string, string>();
  let pinyinLongest = 0;
  for (const pair of (index.pinyinWords ?? '').split(',')) {
    const m = /^([a-z]{2,40}) (\S{1,12})$/u.exec(pair);
    if (!m || pinyinWords.has(m[1])) continue;
    pinyinWords.set(m[1], m[2]);
    pinyinLongest = Math.max(pinyinLongest, m[1].length);
  }

  return {
    categories,
    industries,
    sections,
    outsideNames,
    listedNames,
    terms,
    tokenIds,
    words,
    tokenWeight,
    postings,
    unknownWeight,
    charToken,
    fuse,
    abbreviations,
    pinyinWords,
    pinyinLongest,
  };
}
