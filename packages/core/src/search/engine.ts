/**
 * The business-scope search engine. Browser-safe and pure: give it the published index once, then search as often
 * as needed. No pinyin library and no Node module is imported here (pinyin was computed when the index was built).
 *
 * How a text is read (the README beside this file explains each step with examples):
 * 1. clipped to `MAX_QUERY_LENGTH`, normalised (NFKC, widths, spaces), boilerplate removed;
 * 2. recognised as codes (`6513`, `I6513`, `65`, `1.3`), as pinyin (`rengong zhineng`, `rgzn`), or as text split
 *    into clauses (一般项目/许可项目 sections, `；` `。` line breaks, stand-alone `、` items);
 * 3. a clause that is the official name of an industry the directory does not list (`物业管理`) stops there;
 * 4. otherwise its content runs (common words such as 服务 销售 技术 set aside) are cut into words the directory
 *    itself uses, and into character pairs and single characters, each weighted by how few categories use it;
 * 5. each directory term sharing a word is scored: wholly in the clause (or its core `机器翻译` of 机器翻译软件, or
 *    one part of a name such as `云计算与大数据服务`), or covering most of the clause and being mostly covered; the
 *    term's own wording (制造 vs 服务) must agree; many detailed terms holding a two-word clause (`通信设备` in
 *    微波通信设备 …) count too, unless they all add the qualifier the clause lacks (`新能源`汽车);
 *    short clauses that match nothing are tried for a typo (fuse.js proposes, the edit distance decides);
 * 6. matches are gathered per level-2 category, with the level-3 direction and GB/T 4754 class that matched;
 *    only categories above a threshold are returned, otherwise the result says `notFound`.
 */
import Fuse from 'fuse.js/basic';
import { assertSearchIndex, SOURCE_BY_CODE, type SearchIndex, type TermSource, type TermSourceCode } from './index-format.js';
import { ACTIVITY_COVERS, collectWords, contentRuns, GENERIC_HEADS, hasContent, tokenize, tokenizeRuns, wordingUnits, type Activity, type TokenKind } from './lexicon.js';
import { clipText, MAX_QUERY_LENGTH, normalizeText } from './normalize.js';
import { splitClauses, type SplitClause } from './split.js';
import type {
  CategoryRef,
  CategoryResult,
  ClauseMatch,
  CodeInfo,
  MatchedDirection,
  MatchedIndustry,
  MatchReason,
  MatchStrength,
  QueryKind,
  SearchClause,
  SearchOptions,
  SearchResult,
} from './types.js';

/** Tuning of the matcher. Changing a value changes results: run `npm run eval` and `npm run bench` after. */
const TUNING = {
  /** How much each kind of term says on its own. */
  sourceWeight: { n: 1, d: 1, k: 1, a: 1, i: 0.95, p: 0.9, o: 0.8 } satisfies Record<TermSourceCode, number>,
  /** A class only partly in the category (`*`) is evidence of a possible match only. */
  partialFactor: 0.7,
  /** The same when the clause names exactly that class (`电子专用材料`): then every category holding it is possible. */
  exactPartialFactor: 0.85,
  /** A term shared by several level-2 categories says less about each: 1 / (1 + ambiguity × (count − 1)). */
  ambiguity: 0.3,
  /** Shared token weight that makes a match fully specific; less shared information scales the match down. */
  specificWeight: 4,
  /** Overlap matches (the term not wholly in the clause) need this share of the term and of the clause. */
  overlapTermCoverage: 0.6,
  overlapClauseCoverage: 0.6,
  /** A clause matching one part of a term that names several things (`云计算与大数据服务`) counts this much. */
  segmentFactor: 0.9,
  /** A clause holding a term without its generic head (`机器翻译` of 机器翻译软件) counts this much. */
  coreFactor: 0.85,
  /** A term wholly in the clause loses this share for the part of the runs it touches that it leaves unexplained. */
  containedUncovered: 0.4,
  /** A term that leaves the head of the clause's words unexplained (新能源 in 新能源汽车) keeps this much. */
  headMissed: 0.75,
  /** Most an overlap (the term not wholly in the clause) can count. */
  overlapWeight: 0.8,
  /** Weight kept by a match whose wording (content characters and activities) is absent from the clause. */
  wordingFloor: 0.4,
  /** A term holding this share of a clause's weight counts towards the clause being a general word for it. */
  generalClauseCoverage: 0.6,
  /** Evidence from n such terms grows as 1 − generalSupport^n. */
  generalSupport: 0.4,
  /** For a one-word clause, the share of those terms one category must hold. */
  bareWordShare: 0.5,
  /** When this share of those terms add the same qualifier that the clause lacks, they count for little. */
  generalDominantQualifier: 0.6,
  /** Matches below this are ignored. */
  minEvidence: 0.3,
  /** Weight of the second and third term of one clause pointing at the same category (squared for the third). */
  furtherTerms: 0.35,
  /** A possible match for another category survives a definite best match of its clause when this close to it. */
  possibleNearBest: 0.9,
  /** Weight of each clause after the best one pointing at the same category. */
  furtherClauses: 0.5,
  /** Within one clause, categories far below the clause's best match are dropped. */
  relativeToBest: 0.65,
  /** A category is returned from this score; `strong` from `strongScore` unless all its evidence is partial. */
  reportScore: 0.5,
  strongScore: 0.7,
  /** Typo corrections are tried on clauses of at most this many characters. */
  typoMaxLength: 12,
  /** At most this many clauses of one text are tried for typos (a long paste of junk stays fast). */
  typoMaxClauses: 8,
  /** A match through a corrected typo counts this much. */
  typoFactor: 0.8,
  /** Most reasons kept per category and matches per clause. */
  maxReasons: 8,
  maxClauseMatches: 5,
};

interface Target {
  /** Index of the level-2 category. */
  l2: number;
  /** Index of the level-3 direction, or -1. */
  l3: number;
  industry: string;
  partial: boolean;
}

interface Term {
  text: string;
  source: TermSourceCode;
  targets: Target[];
  tokens: Int32Array;
  weight: number;
  /** Number of distinct level-2 categories among the targets. */
  spread: number;
  /** The term's wording units (`wordingUnits`): content characters and activities. */
  surface: string[];
  /** The term without its generic head (`机器翻译软件` → 机器翻译), when it has one. */
  core?: { tokens: Int32Array; weight: number };
  /** The parts of a term that names several things (`云计算与大数据服务`), each matchable on its own. */
  segments?: Array<{ tokens: Int32Array; weight: number; surface: string[] }>;
  pinyinFull?: string;
  pinyinInitials?: string;
}

/** A term that holds most of a clause, seen from one of its categories. */
interface GeneralHolder {
  term: number;
  /** Weight it shares with the clause. */
  shared: number;
  /** Its tokens the clause lacks. */
  extras: number[];
  /** Share of its wording found in the clause. */
  wording: number;
  /** Share of the term the clause covers. */
  coverage: number;
}

interface Evidence {
  clauseIndex: number;
  term: string;
  source: TermSource;
  target: Target;
  score: number;
  possible: boolean;
}

interface Category {
  id: string;
  code: string;
  name: string;
  parent: number;
  inferred: boolean;
  level: 1 | 2 | 3;
}

interface IndustryEntry {
  name: string;
  /** Category indexes listing the class (negative: partial), for classes in the directory. */
  listing?: number[];
}

function levelOf(id: string): 1 | 2 | 3 {
  if (id.includes('/')) return 3;
  return id.includes('.') ? 2 : 1;
}

/** A searcher over one index. Create it once (it prepares postings and weights), then call `search` freely. */
export interface Searcher {
  search(text: string, options?: SearchOptions): SearchResult;
  /** Number of vocabulary terms, for diagnostics. */
  readonly termCount: number;
}

/**
 * Prepares a searcher from a search index (the parsed `/data/search-index.json`). Throws a `SearchIndexError`
 * naming the problem when the index is not one it can read.
 */
export function createSearcher(index: SearchIndex): Searcher {
  assertSearchIndex(index);
  return new Engine(index);
}

class Engine implements Searcher {
  private readonly categories: Category[];
  private readonly industries = new Map<string, IndustryEntry>();
  private readonly outsideNames = new Map<string, { code: string; name: string }>();
  private readonly sections: Record<string, string[]>;
  private readonly terms: Term[] = [];
  private readonly tokenIds = new Map<string, number>();
  private readonly words: Set<string>;
  private readonly tokenWeight: Float64Array;
  private readonly postings: Int32Array[];
  private readonly unknownWeight: number;
  private readonly fuse: Fuse<{ text: string; term: number }>;
  private readonly shared: Float64Array;
  /** Shared weight from tokens other than single characters: a match needs some. */
  private readonly sharedWords: Float64Array;
  private readonly charToken: Uint8Array;

  get termCount(): number {
    return this.terms.length;
  }

  constructor(index: SearchIndex) {
    this.categories = index.categories.map(([id, code, name, parent, inferred]) => ({
      id,
      code,
      name,
      parent,
      inferred: inferred === 1,
      level: levelOf(id),
    }));
    this.sections = index.sections;
    for (const entry of index.industries) this.industries.set(entry[0], { name: entry[1], listing: entry[2] });
    // Official names of industries the directory does not list, or lists less than half of (道路货物运输, 物业管理,
    // 人力资源服务): a clause that is one of them names an industry outside the directory.
    const classCount = new Map<string, { all: number; listed: number }>();
    for (const [code, entry] of this.industries) {
      if (!/^\d{4}$/u.test(code)) continue;
      const section = Object.keys(this.sections).find((letter) => this.sections[letter].includes(code.slice(0, 2))) ?? '';
      for (const prefix of [section, code.slice(0, 2), code.slice(0, 3), code]) {
        const count = classCount.get(prefix) ?? { all: 0, listed: 0 };
        count.all++;
        if (entry.listing?.length) count.listed++;
        classCount.set(prefix, count);
      }
    }
    for (const [code, entry] of this.industries) {
      const count = classCount.get(code) ?? { all: 0, listed: 0 };
      if (count.listed * 2 < count.all || !count.all) this.outsideNames.set(nameKey(entry.name), { code, name: entry.name });
    }
    const level2Of = (i: number): number => {
      let cur = i;
      while (cur >= 0 && this.categories[cur].level > 2) cur = this.categories[cur].parent;
      return cur;
    };
    const targetFor = (i: number, industry: string, partial: boolean): Target | undefined => {
      const c = this.categories[i];
      if (c.level === 1) return undefined;
      return { l2: level2Of(i), l3: c.level === 3 ? i : -1, industry, partial };
    };

    // Terms and their targets.
    const texts: string[] = [];
    for (const raw of index.terms) {
      const [text, source, cats = [], industry = '', pinyin] = raw;
      // Texts in the index are already normalised (`normalizeText`) by the builder.
      const matchText = source === 'n' || source === 'd' ? withoutIndustrySuffix(text) : text;
      // A note line that is the official name of an industry outside the directory (`人力资源服务` among the services
      // of a start-up space) names that other industry.
      if (source === 'o' && this.outsideIndustry(text)) continue;
      const targets: Target[] = [];
      if ((source === 'i' || source === 'o') && industry) {
        for (const ref of this.industries.get(industry)?.listing ?? []) {
          const partial = ref < 0;
          // Notes describe the whole class: they stand only for categories that hold the whole class.
          if (source === 'o' && partial) continue;
          const t = targetFor(partial ? -ref - 1 : ref, industry, partial);
          if (t) targets.push(t);
        }
      } else {
        for (const i of cats) {
          const t = targetFor(i, industry, false);
          if (t) targets.push(t);
        }
      }
      if (!targets.length) continue;
      const term: Term = {
        text,
        source,
        targets,
        tokens: new Int32Array(0),
        weight: 0,
        spread: new Set(targets.map((t) => t.l2)).size,
        surface: surfaceOf(matchText),
      };
      if (pinyin) [term.pinyinFull, term.pinyinInitials] = pinyin.split('|');
      this.terms.push(term);
      texts.push(matchText);
    }

    const runsOfTexts = texts.map(contentRuns);
    this.words = collectWords(runsOfTexts);
    const tokenLists = runsOfTexts.map((runs) => [...tokenizeRuns(runs, this.words).keys()]);
    const segmentLists = texts.map((text, t) => {
      // `云计算与大数据服务` names two things: a clause naming either one matches that part of the term. Only names
      // are read this way: in product lines `、` often shares one head (`施工、运输、安装船只`).
      if (!'ndi'.includes(this.terms[t].source)) return [];
      const parts = text.split(/[与和及、,]|以及/u).filter((part) => tokenize(part, this.words).length);
      return parts.length > 1 ? parts.map((part) => ({ tokens: tokenize(part, this.words), surface: surfaceOf(part) })) : [];
    });
    const coreTokens = runsOfTexts.map((runs) => {
      const last = runs[runs.length - 1] ?? '';
      const head = GENERIC_HEADS.find((h) => last.endsWith(h) && last.length > h.length);
      if (!head || runs.length > 1) return [];
      return tokenize(last.slice(0, -head.length), this.words);
    });

    // Token weights: a token used by few categories says a lot (inverse document frequency over categories).
    const docsOfToken = new Map<string, Set<number>>();
    const docs = new Set<number>();
    this.terms.forEach((term, t) => {
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
    this.tokenWeight = new Float64Array(docsOfToken.size);
    let id = 0;
    for (const [tok, set] of docsOfToken) {
      this.tokenIds.set(tok, id);
      this.tokenWeight[id] = Math.log(1 + docCount / set.size);
      id++;
    }
    this.unknownWeight = Math.log(1 + docCount / 0.5);

    const postingLists: number[][] = Array.from({ length: id }, () => []);
    this.terms.forEach((term, t) => {
      const ids = tokenLists[t].map((tok) => this.tokenIds.get(tok)!);
      term.tokens = Int32Array.from(ids);
      term.weight = ids.reduce((sum, i) => sum + this.tokenWeight[i], 0);
      for (const i of ids) postingLists[i].push(t);
      const core = coreTokens[t];
      if (core.length) {
        const coreIds = Int32Array.from(core.map((tok) => this.tokenIds.get(tok)).filter((i): i is number => i !== undefined));
        const weight = coreIds.reduce((sum, i) => sum + this.tokenWeight[i], 0);
        if (coreIds.length === core.length && weight >= TUNING.specificWeight) term.core = { tokens: coreIds, weight };
      }
      if (segmentLists[t].length) {
        term.segments = segmentLists[t].map((part) => {
          const segIds = Int32Array.from(part.tokens.map((tok) => this.tokenIds.get(tok)!));
          return { tokens: segIds, weight: segIds.reduce((sum, i) => sum + this.tokenWeight[i], 0), surface: part.surface };
        }).filter((segment) => segment.weight >= TUNING.specificWeight);
        if (!term.segments.length) delete term.segments;
      }
    });
    this.postings = postingLists.map((list) => Int32Array.from(list));
    this.shared = new Float64Array(this.terms.length);
    this.sharedWords = new Float64Array(this.terms.length);
    this.charToken = new Uint8Array(id);
    for (const [tok, i] of this.tokenIds) if (Array.from(tok).length === 1 && !/[a-z0-9]/u.test(tok)) this.charToken[i] = 1;

    // Typo candidates: names only (short, and what people try to type).
    const names: Array<{ text: string; term: number }> = [];
    this.terms.forEach((term, t) => {
      if (term.source !== 'p' && term.source !== 'o' && term.weight > 0) names.push({ text: term.text, term: t });
    });
    this.fuse = new Fuse(names, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.34, minMatchCharLength: 2 });
  }

  search(text: string, options: SearchOptions = {}): SearchResult {
    if (typeof text !== 'string') throw new TypeError(`search(text): text must be a string, got ${text === null ? 'null' : typeof text}`);
    const limit = options.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`search(text, { limit }): limit must be a positive integer, got ${String(options.limit)}`);

    const query = clipText(text);
    const notice = query.length < text.length ? ({ code: 'clipped', limit: MAX_QUERY_LENGTH, length: text.length } as const) : undefined;
    const normalized = normalizeText(query);
    const empty: SearchResult = { query, kind: 'empty', clauses: [], categories: [], unmatched: [], notFound: false };
    if (notice) empty.notice = notice;
    if (!normalized) return empty;

    const evidence: Evidence[] = [];
    const clauses: SearchClause[] = [];
    let kind: QueryKind = 'text';

    const codes = this.readCodes(normalized);
    if (codes) {
      kind = 'code';
      codes.forEach((code, i) => {
        clauses.push({ text: code.code, licensed: false, qualifiers: [], generic: false, matches: [], code: code.info });
        for (const e of code.evidence) evidence.push({ ...e, clauseIndex: i });
      });
    } else {
      const latinOnly = /^[a-z' ]+$/u.test(normalized) && /[a-z]{2}/u.test(normalized);
      const split = splitClauses(normalized);
      let typoAttempts = 0;
      split.forEach((clause, i) => {
        clauses.push(this.clauseShell(clause));
        const code = this.readCodes(clause.matchText);
        if (code && code.length === 1) {
          clauses[i].code = code[0].info;
          for (const e of code[0].evidence) evidence.push({ ...e, clauseIndex: i });
          return;
        }
        const outside = this.outsideIndustry(clause.matchText);
        if (outside) {
          clauses[i].outsideIndustry = outside;
          return;
        }
        const found = this.matchClause(clause.matchText, i);
        if (!found.length && !clauses[i].generic && typoAttempts < TUNING.typoMaxClauses) {
          typoAttempts++;
          const typo = this.matchTypo(clause.matchText, i);
          if (typo) {
            clauses[i].correctedTo = typo.corrected;
            for (const e of typo.evidence) found.push(e);
          }
        }
        for (const e of found) evidence.push(e);
      });
      if (latinOnly) {
        const py = this.matchPinyin(normalized);
        if (py.length) {
          kind = 'pinyin';
          for (const e of py) evidence.push(e);
          if (!clauses.length) clauses.push({ text: normalized, licensed: false, qualifiers: [], generic: false, matches: [] });
        }
      }
    }

    const categories = this.aggregate(evidence, clauses, limit);
    const unmatched = clauses.flatMap((c, i) => (c.matches.length ? [] : [i]));
    if (!clauses.length) kind = 'empty';
    const result: SearchResult = { query, kind, clauses, categories, unmatched, notFound: kind !== 'empty' && categories.length === 0 };
    if (notice) result.notice = notice;
    return result;
  }

  /** The GB/T 4754-2017 industry outside the directory that this text is the official name of, if any. */
  private outsideIndustry(text: string): { code: string; name: string } | undefined {
    const key = nameKey(text);
    if (!key) return undefined;
    const stem = key.replace(/(?:服务|活动|业务|经营|业)$/u, '');
    for (const candidate of [key, stem, `${stem}服务`, `${stem}业`, `${stem}活动`]) {
      const hit = this.outsideNames.get(candidate);
      if (hit) return hit;
    }
    return undefined;
  }

  private clauseShell(clause: SplitClause): SearchClause {
    return {
      text: clause.text,
      licensed: clause.licensed,
      qualifiers: clause.qualifiers,
      generic: !hasContent(clause.matchText) && !/\d/u.test(clause.matchText),
      matches: [],
    };
  }

  // ------------------------------------------------------------------ text matching

  /** Every term that matches the clause well enough, as evidence for its categories. */
  private matchClause(text: string, clauseIndex: number, factor = 1, sourceOverride?: TermSource): Evidence[] {
    // The clause's content runs (the stretches between common words), their tokens, and what each run weighs:
    // a term is judged against the runs it touches, so `手游` in `我们做手游和动画短片` is a full match for its part.
    const runs = contentRuns(text);
    const runWeight: number[] = [];
    const runOfToken = new Map<number, number>();
    const tokens = new Map<string, TokenKind>();
    let clauseWeight = 0;
    const touched: number[] = [];
    const inClause = new Set<number>();
    const { shared, sharedWords } = this;
    let hasChars = false;
    // The head of each run: its last word (`汽车` in 新能源汽车); -2 when the directory does not know it, -1 when
    // the run has only single characters.
    const runHead: number[] = [];
    runs.forEach((run, r) => {
      let weight = 0;
      let head = -1;
      for (const [tok, kind] of tokenizeRuns([run], this.words)) {
        const id = this.tokenIds.get(tok);
        if (kind !== 'char') head = id ?? -2;
        if (tokens.has(tok)) continue;
        tokens.set(tok, kind);
        if (id === undefined) {
          // Words the directory never uses make the clause less covered by anything in it.
          weight += this.unknownWeight;
          continue;
        }
        inClause.add(id);
        runOfToken.set(id, r);
        const w = this.tokenWeight[id];
        weight += w;
        // Single characters cannot make a match alone: their (long) postings are not walked; they are added below
        // to the terms that words have already found.
        if (this.charToken[id] === 1) {
          hasChars = true;
          continue;
        }
        for (const t of this.postings[id]) {
          if (shared[t] === 0) touched.push(t);
          shared[t] += w;
          sharedWords[t] += w;
        }
      }
      runWeight.push(weight);
      runHead.push(head);
      clauseWeight += weight;
    });
    if (!tokens.size) return [];
    if (hasChars) {
      for (const t of touched) {
        for (const id of this.terms[t].tokens) if (this.charToken[id] === 1 && inClause.has(id)) shared[t] += this.tokenWeight[id];
      }
    }
    const runSeen = new Uint8Array(runs.length);
    /**
     * The clause runs that the given term tokens touch: their weight, and whether the term covers the head of each
     * (`其他新能源运营服务` touches 新能源汽车 but not its head 汽车: it names a modifier of the clause, not its thing).
     */
    const local = (ids: Int32Array): { weight: number; heads: boolean } => {
      runSeen.fill(0);
      let weight = 0;
      let heads = true;
      for (const id of ids) {
        const r = runOfToken.get(id);
        if (r === undefined || runSeen[r]) continue;
        runSeen[r] = 1;
        weight += runWeight[r];
        if (runHead[r] !== -1 && !ids.includes(runHead[r])) heads = false;
      }
      return { weight: weight || clauseWeight, heads };
    };
    const clauseChars = clauseWording(text);
    const out: Evidence[] = [];
    const general = new Map<number, GeneralHolder[]>();
    for (const t of touched) {
      const term = this.terms[t];
      const hasWord = sharedWords[t] > 0;
      if (hasWord && shared[t] >= TUNING.generalClauseCoverage * clauseWeight) this.noteGeneralisation(general, t, shared[t], inClause, clauseChars);
      let { score: base, exact } = hasWord ? this.coverageScore(shared[t], term.weight, () => local(term.tokens), () => surfaceShare(term.surface, clauseChars)) : { score: 0, exact: false };
      shared[t] = 0;
      sharedWords[t] = 0;
      if (hasWord && term.core) {
        let coreShared = 0;
        for (const id of term.core.tokens) if (inClause.has(id)) coreShared += this.tokenWeight[id];
        if (coreShared >= term.core.weight * 0.999) {
          // The core stands for a whole term whose head differs from the clause's (机器翻译软件 / 机器翻译算法).
          const part = this.coverageScore(coreShared, term.core.weight, () => ({ ...local(term.core!.tokens), heads: true }), () => surfaceShare(term.surface, clauseChars));
          part.score *= TUNING.coreFactor;
          part.exact = false;
          if (part.score > base) ({ score: base, exact } = part);
        }
      }
      if (hasWord && term.segments) {
        for (const segment of term.segments) {
          let segShared = 0;
          for (const id of segment.tokens) if (inClause.has(id)) segShared += this.tokenWeight[id];
          if (!segShared) continue;
          const part = this.coverageScore(segShared, segment.weight, () => local(segment.tokens), () => surfaceShare(segment.surface, clauseChars));
          part.score *= TUNING.segmentFactor;
          if (part.score > base) ({ score: base, exact } = part);
        }
      }
      if (!base) continue;
      // A term listed under many categories points at none in particular, unless the clause is exactly that term.
      if (!exact) base /= 1 + TUNING.ambiguity * (term.spread - 1);
      base *= TUNING.sourceWeight[term.source] * factor;
      for (const target of term.targets) {
        // A class only partly in the category is weaker evidence, less so when the clause names exactly that class.
        const score = target.partial ? base * (exact ? TUNING.exactPartialFactor : TUNING.partialFactor) : base;
        if (score < TUNING.minEvidence) continue;
        out.push({
          clauseIndex,
          term: term.text,
          source: sourceOverride ?? SOURCE_BY_CODE[term.source],
          target,
          score,
          possible: target.partial || sourceOverride === 'typo',
        });
      }
    }
    // A bare word is read from the many terms that mention it only where most of them are in one category
    // (`光伏`); `食品` and `汽车` are spread over many.
    let words = 0;
    for (const kind of tokens.values()) if (kind !== 'char') words++;
    if (words < 2 && general.size) {
      const all = new Set<number>();
      for (const holders of general.values()) for (const h of holders) all.add(h.term);
      for (const [l2, holders] of general) {
        if (new Set(holders.map((h) => h.term)).size < TUNING.bareWordShare * all.size) general.delete(l2);
      }
    }
    for (const [l2, holders] of general) {
      const g = this.generalisationScore(holders, clauseWeight);
      const score = g.score * factor;
      if (score < TUNING.minEvidence) continue;
      const best = this.terms[g.best];
      out.push({
        clauseIndex,
        term: best.text,
        source: sourceOverride ?? SOURCE_BY_CODE[best.source],
        target: best.targets.find((target) => target.l2 === l2 && !target.partial)!,
        score,
        possible: g.support < 3 || sourceOverride === 'typo',
      });
    }
    return out;
  }

  /**
   * Records a term that holds most of the clause (the clause is more general than the term: `通信设备` in
   * `微波通信设备`), for each category the term belongs to wholly.
   */
  private noteGeneralisation(general: Map<number, GeneralHolder[]>, t: number, sharedWeight: number, inClause: ReadonlySet<number>, clauseChars: ClauseWording) {
    const term = this.terms[t];
    const extras: number[] = [];
    for (const id of term.tokens) if (!inClause.has(id) && this.charToken[id] === 0 && this.tokenWeight[id] >= 1.5) extras.push(id);
    const wording = surfaceShare(term.surface, clauseChars);
    const seen = new Set<number>();
    for (const target of term.targets) {
      if (target.partial || seen.has(target.l2)) continue;
      seen.add(target.l2);
      const list = general.get(target.l2) ?? [];
      list.push({ term: t, shared: sharedWeight, extras, wording, coverage: sharedWeight / term.weight });
      general.set(target.l2, list);
    }
  }

  /**
   * Evidence from several terms of one category that each hold the clause: more terms, more evidence, unless they
   * all add the same qualifier the clause lacks (`汽车` inside `新能源汽车…` everywhere: the category is about new
   * energy vehicles, not cars in general).
   */
  private generalisationScore(holders: GeneralHolder[], clauseWeight: number): { score: number; best: number; support: number } {
    // Each term counts by how much of the clause it holds, relative to the term holding the most: `稀土光功能材料`
    // fully, `稀土磁性材料` (no 功能) in part.
    let most = 0;
    for (const h of holders) most = Math.max(most, h.shared);
    const terms = new Map<number, GeneralHolder>();
    for (const h of holders) if (!terms.has(h.term)) terms.set(h.term, h);
    let support = 0;
    let full = 0;
    const extras = new Map<number, number>();
    let wording = 0;
    let best = holders[0];
    for (const h of terms.values()) {
      const share = h.shared / most;
      support += share;
      // Whether the category keeps adding one qualifier is judged on the terms that hold all of the clause.
      if (share >= 0.9) {
        full++;
        for (const id of h.extras) extras.set(id, (extras.get(id) ?? 0) + 1);
      }
      wording += h.wording * share;
      if (h.shared > best.shared || (h.shared === best.shared && h.coverage > best.coverage)) best = h;
    }
    let dominant = 0;
    for (const count of extras.values()) dominant = Math.max(dominant, count / full);
    const qualifierMissing = full >= 2 && dominant >= TUNING.generalDominantQualifier;
    const specificity = Math.min(1, most / TUNING.specificWeight);
    // The wording must agree more here than for a single term: `食品` in `食品用酶` is what the enzyme is for.
    const wordingFactor = TUNING.wordingFloor + (1 - TUNING.wordingFloor) * (wording / support);
    const coverage = Math.sqrt(Math.min(1, most / clauseWeight));
    const score = specificity * (1 - TUNING.generalSupport ** support) * wordingFactor * coverage * (qualifierMissing ? 0.3 : 1);
    return { score, best: best.term, support };
  }

  /**
   * How well a term (or part of one) and a clause cover each other, from the weight they share. A term wholly in
   * the clause matches; otherwise both must mostly cover each other, and the match is weaker the more of the term
   * is missing (`货物运输` says little about `航空货物运输`). `exact`: the clause is essentially the term.
   */
  private coverageScore(
    sharedWeight: number,
    termWeight: number,
    local: () => { weight: number; heads: boolean },
    wordingShare: () => number,
  ): { score: number; exact: boolean } {
    if (!(sharedWeight > 0) || !(termWeight > 0)) return { score: 0, exact: false };
    const termCoverage = Math.min(1, sharedWeight / termWeight);
    const contained = termCoverage > 0.999;
    if (!contained && termCoverage < TUNING.overlapTermCoverage) return { score: 0, exact: false };
    // How much of the part of the clause the term speaks to (the runs it touches) it explains.
    const touched = local();
    const clauseCoverage = Math.min(1, sharedWeight / touched.weight);
    if (!contained && clauseCoverage < TUNING.overlapClauseCoverage) return { score: 0, exact: false };
    const head = touched.heads ? 1 : TUNING.headMissed;
    const specificity = Math.min(1, sharedWeight / TUNING.specificWeight);
    // The term's own wording, activities included, found in the clause: `航空运营及支持服务` is not much like
    // `航空器零部件生产` although both say 航空.
    const surface = wordingShare();
    const wording = TUNING.wordingFloor + (1 - TUNING.wordingFloor) * surface;
    if (contained) {
      const score = specificity * (1 - TUNING.containedUncovered * (1 - clauseCoverage)) * wording * head;
      return { score, exact: clauseCoverage >= 0.8 && surface >= 0.8 && touched.heads };
    }
    // F-measure leaning on the clause: a clause mostly explained by a more detailed term is a fair match.
    const f = (5 * termCoverage * clauseCoverage) / (4 * termCoverage + clauseCoverage);
    return { score: specificity * f * TUNING.overlapWeight * wording * head, exact: false };
  }

  /**
   * A short clause that matched nothing may hold a typo (`人工只能`): fuse.js proposes names, and a proposal counts
   * only if the clause differs from a stretch of the name by one character (two for clauses of 7 or more), and that
   * stretch itself matches the name.
   */
  private matchTypo(text: string, clauseIndex: number): { corrected: string; evidence: Evidence[] } | undefined {
    const chars = Array.from(text.replace(/\s+/gu, ''));
    if (chars.length < 3 || chars.length > TUNING.typoMaxLength || !/\p{Script=Han}/u.test(text)) return undefined;
    // A typo leaves part of the phrase intact: without a single known word, this is not a misspelt directory name.
    if (!tokenize(text, this.words).some((tok) => this.tokenIds.has(tok) && this.charToken[this.tokenIds.get(tok)!] === 0)) return undefined;
    const allowed = chars.length >= 7 ? 2 : 1;
    let best: { corrected: string; evidence: Evidence[]; distance: number; score: number } | undefined;
    for (const hit of this.fuse.search(chars.join(''), { limit: 12 })) {
      const aligned = alignWithin(chars, Array.from(hit.item.text));
      if (!aligned || aligned.distance === 0 || aligned.distance > allowed) continue;
      // The correction must keep what the clause is about: at least three characters of content, and no more
      // changed there than allowed (`劳务服务` is not a typo of `税务服务`: its content is 劳务, two characters).
      const before = Array.from(contentRuns(text).join(''));
      const after = Array.from(contentRuns(aligned.text).join(''));
      if (after.length < 3 || editDistance(before, after) > allowed) continue;
      const evidence = this.matchClause(aligned.text, clauseIndex, TUNING.typoFactor, 'typo');
      if (!evidence.length) continue;
      const top = Math.max(...evidence.map((e) => e.score));
      if (!best || aligned.distance < best.distance || (aligned.distance === best.distance && top > best.score)) {
        best = { corrected: aligned.text, evidence, distance: aligned.distance, score: top };
      }
    }
    return best && { corrected: best.corrected, evidence: best.evidence };
  }

  // ------------------------------------------------------------------ pinyin

  /** Pinyin typed without tones (`rengong zhineng`, `rengongzhineng`) or as initials (`rgzn`), against names. */
  private matchPinyin(text: string): Evidence[] {
    const typed = text.replace(/[\s']/gu, '');
    if (typed.length < 2) return [];
    const out: Evidence[] = [];
    for (const term of this.terms) {
      if (!term.pinyinFull) continue;
      let score = 0;
      if (term.pinyinFull === typed) score = 1;
      else if (term.pinyinInitials === typed && typed.length >= 3) score = 0.85;
      else if (typed.length >= 6 && term.pinyinFull.startsWith(typed)) score = 0.75;
      if (!score) continue;
      score *= TUNING.sourceWeight[term.source] / (1 + TUNING.ambiguity * (term.spread - 1));
      for (const target of term.targets) {
        const s = target.partial ? score * TUNING.partialFactor : score;
        if (s < TUNING.minEvidence) continue;
        out.push({ clauseIndex: 0, term: term.text, source: 'pinyin', target, score: s, possible: target.partial || score < 1 });
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ codes

  /**
   * Reads text made only of codes (`6513`, `I6513`, `65`, `651`, `1.3`, `1`, several separated by spaces or
   * commas). Returns undefined when the text is anything else.
   */
  private readCodes(text: string): Array<{ code: string; info: CodeInfo; evidence: Omit<Evidence, 'clauseIndex'>[] }> | undefined {
    const parts = text.split(/[\s,;、/]+/u).filter(Boolean);
    if (!parts.length || parts.length > 50) return undefined;
    const out: Array<{ code: string; info: CodeInfo; evidence: Omit<Evidence, 'clauseIndex'>[] }> = [];
    for (const part of parts) {
      const m = /^(?:([a-t])(\d{2,4})|(\d{2,4})|([1-9])\.(\d{1,2})|([1-9]))$/u.exec(part);
      if (!m) return undefined;
      if (m[4]) out.push(this.directoryCode(`${m[4]}.${m[5]}`, 'level-2'));
      else if (m[6]) out.push(this.directoryCode(m[6], 'level-1'));
      else out.push(this.industryCode(m[1]?.toUpperCase() ?? '', m[2] ?? m[3]));
    }
    return out;
  }

  private directoryCode(code: string, kind: 'level-1' | 'level-2') {
    const index = this.categories.findIndex((c) => c.code === code && c.level === (kind === 'level-1' ? 1 : 2));
    const info: CodeInfo = { code, kind, known: index >= 0, inDirectory: index >= 0 };
    const evidence: Omit<Evidence, 'clauseIndex'>[] = [];
    if (index >= 0) {
      const category = this.categories[index];
      info.name = category.name;
      const level2 = kind === 'level-2' ? [index] : this.categories.flatMap((c, i) => (c.parent === index && c.level === 2 ? [i] : []));
      for (const l2 of level2) {
        evidence.push({
          term: `${category.code} ${category.name}`,
          source: 'code',
          target: { l2, l3: -1, industry: '', partial: false },
          score: kind === 'level-2' ? 1 : 0.7,
          possible: kind === 'level-1',
        });
      }
    }
    return { code, info, evidence };
  }

  private industryCode(section: string, digits: string) {
    const code = `${section}${digits}`;
    const kind = digits.length === 4 ? 'gb-class' : digits.length === 3 ? 'gb-group' : 'gb-division';
    const entry = this.industries.get(digits);
    const sectionFits = !section || (this.sections[section] ?? []).includes(digits.slice(0, 2));
    const info: CodeInfo = { code, kind, known: Boolean(entry) && sectionFits, inDirectory: false };
    const evidence: Omit<Evidence, 'clauseIndex'>[] = [];
    if (!entry || !sectionFits) return { code, info, evidence };
    info.name = entry.name;
    for (const [classCode, cls] of this.industries) {
      if (!cls.listing || !classCode.startsWith(digits)) continue;
      for (const ref of cls.listing) {
        const partial = ref < 0;
        const i = partial ? -ref - 1 : ref;
        const c = this.categories[i];
        const l2 = c.level === 3 ? c.parent : i;
        const exact = classCode === digits;
        evidence.push({
          term: `${classCode} ${cls.name}`,
          source: 'code',
          target: { l2, l3: c.level === 3 ? i : -1, industry: classCode, partial },
          score: (exact ? 1 : 0.7) * (partial ? 0.75 : 1),
          possible: partial || !exact,
        });
      }
    }
    info.inDirectory = evidence.length > 0;
    return { code, info, evidence };
  }

  // ------------------------------------------------------------------ results

  private aggregate(evidence: Evidence[], clauses: SearchClause[], limit: number): CategoryResult[] {
    // Within a clause, keep the categories close to the clause's best match; and when that best match is definite,
    // drop other categories that only hold part of a class (信息系统集成服务 belongs in 1.3, not in 航空装备).
    const best = new Map<number, Evidence>();
    for (const e of evidence) {
      const current = best.get(e.clauseIndex);
      if (!current || e.score > current.score) best.set(e.clauseIndex, e);
    }
    const kept = evidence.filter((e) => {
      const top = best.get(e.clauseIndex)!;
      if (e.score < TUNING.relativeToBest * top.score) return false;
      return !(e.possible && !top.possible && e.target.l2 !== top.target.l2 && e.score < TUNING.possibleNearBest * top.score);
    });

    const byCategory = new Map<number, Evidence[]>();
    for (const e of kept) {
      const list = byCategory.get(e.target.l2) ?? [];
      list.push(e);
      byCategory.set(e.target.l2, list);
    }
    const results: Array<{ l2: number; score: number; strong: boolean; evidence: Evidence[] }> = [];
    for (const [l2, list] of byCategory) {
      list.sort((a, b) => b.score - a.score || a.clauseIndex - b.clauseIndex);
      // Within a clause, the best match counts fully and further terms pointing the same way add a little (many
      // listed products naming what the clause names). Across clauses, the best clause counts fully and each
      // further clause at half strength: several weak hints are not one strong one.
      const perClause = new Map<number, Evidence[]>();
      for (const e of list) {
        const inClause = perClause.get(e.clauseIndex) ?? [];
        if (!inClause.some((other) => other.term === e.term)) inClause.push(e);
        perClause.set(e.clauseIndex, inClause);
      }
      const clauseScores = [...perClause.values()]
        .map((inClause) => {
          let miss = 1;
          inClause.slice(0, 3).forEach((e, rank) => (miss *= 1 - Math.min(e.score, 0.999) * TUNING.furtherTerms ** rank));
          return 1 - miss;
        })
        .sort((a, b) => b - a);
      let miss = 1;
      clauseScores.forEach((score, rank) => (miss *= 1 - score * (rank === 0 ? 1 : TUNING.furtherClauses)));
      const score = 1 - miss;
      if (score < TUNING.reportScore) continue;
      const strong = score >= TUNING.strongScore && [...perClause.values()].some((inClause) => !inClause[0].possible);
      results.push({ l2, score, strong, evidence: list });
    }
    results.sort((a, b) => b.score - a.score || a.l2 - b.l2);
    const top = results.slice(0, limit);

    const reported = new Set(top.map((r) => r.l2));
    for (const e of kept) {
      if (!reported.has(e.target.l2)) continue;
      const clause = clauses[e.clauseIndex];
      if (clause.matches.some((m) => m.category === this.categories[e.target.l2].id && m.term === e.term)) continue;
      clause.matches.push(this.clauseMatch(e));
    }
    for (const clause of clauses) {
      clause.matches.sort((a, b) => b.score - a.score);
      clause.matches.splice(TUNING.maxClauseMatches);
    }
    return top.map((r) => this.categoryResult(r.l2, r.score, r.strong ? 'strong' : 'possible', r.evidence, clauses));
  }

  private directionRef(l3: number): MatchedDirection | undefined {
    if (l3 < 0) return undefined;
    const c = this.categories[l3];
    return { id: c.id, name: c.name, inferred: c.inferred };
  }

  private industryRef(target: Target): MatchedIndustry | undefined {
    if (!target.industry) return undefined;
    return { code: target.industry, name: this.industries.get(target.industry)?.name ?? target.industry, partial: target.partial };
  }

  private clauseMatch(e: Evidence): ClauseMatch {
    const match: ClauseMatch = { category: this.categories[e.target.l2].id, term: e.term, source: e.source, score: round(e.score) };
    const direction = this.directionRef(e.target.l3);
    const industry = this.industryRef(e.target);
    if (direction) match.direction = direction;
    if (industry) match.industry = industry;
    return match;
  }

  private categoryResult(l2: number, score: number, strength: MatchStrength, evidence: Evidence[], clauses: SearchClause[]): CategoryResult {
    const c = this.categories[l2];
    const parent = this.categories[c.parent];
    const parentRef: CategoryRef = { id: parent.id, code: parent.code || null, name: parent.name };
    const reasons: MatchReason[] = [];
    const seen = new Set<string>();
    const directions = new Map<string, MatchedDirection>();
    const industries = new Map<string, MatchedIndustry>();
    for (const e of evidence) {
      const direction = this.directionRef(e.target.l3);
      const industry = this.industryRef(e.target);
      if (direction && !directions.has(direction.id)) directions.set(direction.id, direction);
      if (industry && !industries.has(industry.code)) industries.set(industry.code, industry);
      const key = `${e.clauseIndex}\u0000${e.term}`;
      if (seen.has(key) || reasons.length >= TUNING.maxReasons) continue;
      seen.add(key);
      const reason: MatchReason = { clauseIndex: e.clauseIndex, clause: clauses[e.clauseIndex].text, term: e.term, source: e.source, score: round(e.score) };
      if (direction) reason.direction = direction;
      if (industry) reason.industry = industry;
      reasons.push(reason);
    }
    return {
      id: c.id,
      code: c.code,
      name: c.name,
      level: 2,
      parent: parentRef,
      directions: [...directions.values()],
      industries: [...industries.values()],
      score: round(score),
      strength,
      reasons,
    };
  }
}

/** The wording units of a text (see `wordingUnits`). */
function surfaceOf(text: string): string[] {
  return wordingUnits(text);
}

/** What a clause offers for comparing wording: its characters and the activities it names. */
interface ClauseWording {
  text: string;
  chars: ReadonlySet<string>;
  activities: ReadonlySet<string>;
}

function clauseWording(text: string): ClauseWording {
  const activities = new Set<string>();
  for (const unit of wordingUnits(text)) {
    if (unit.startsWith('@')) for (const covered of ACTIVITY_COVERS[unit.slice(1) as Activity]) activities.add(`@${covered}`);
  }
  return { text, chars: new Set(Array.from(text)), activities };
}

/**
 * Share of a term's wording the clause also has: its content characters, and its activities (制造 and 生产 are
 * the same activity; a clause naming no activity does not count against the term's).
 */
function surfaceShare(surface: string[], clause: ClauseWording): number {
  let total = 0;
  let found = 0;
  for (const unit of surface) {
    if (unit.startsWith('@')) {
      if (!clause.activities.size) continue;
      total += 2;
      if (clause.activities.has(unit)) found += 2;
    } else {
      // A Han character alone, or a Latin word (`5g`, `saas`) whole.
      total += 1;
      if (unit.length === 1 ? clause.chars.has(unit) : clause.text.includes(unit)) found += 1;
    }
  }
  return total ? found / total : 0;
}

/**
 * Category names may end in 业 meaning "industry" (`其他生物业`, `其他生物业相关服务`); the character says nothing
 * there and must not pair with the one before it (物业).
 */
function withoutIndustrySuffix(name: string): string {
  return name.replace(/(?<![产行企专])业(?=相关|$)/u, '');
}

/** A name compared without spaces, punctuation or brackets. */
function nameKey(text: string): string {
  return text.replace(/[\s()、,;:。"'.\-]/gu, '');
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Edit distance (insertions, deletions, substitutions) between two character lists. */
export function editDistance(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Aligns `pattern` with the stretch of `text` it is closest to (edit distance, free start and end in `text`).
 * Returns that stretch and the distance, or undefined when nothing aligns.
 */
export function alignWithin(pattern: string[], text: string[]): { text: string; distance: number } | undefined {
  const m = pattern.length;
  const n = text.length;
  if (!m || !n) return undefined;
  // cost[i][j]: distance of pattern[0..i) against a stretch of text ending at j; start[i][j]: where it begins.
  let prevCost = new Array<number>(n + 1).fill(0);
  let prevStart = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cost = new Array<number>(n + 1);
    const start = new Array<number>(n + 1);
    cost[0] = i;
    start[0] = 0;
    for (let j = 1; j <= n; j++) {
      const sub = prevCost[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      const del = prevCost[j] + 1;
      const ins = cost[j - 1] + 1;
      if (sub <= del && sub <= ins) {
        cost[j] = sub;
        start[j] = prevStart[j - 1];
      } else if (del <= ins) {
        cost[j] = del;
        start[j] = prevStart[j];
      } else {
        cost[j] = ins;
        start[j] = start[j - 1];
      }
    }
    prevCost = cost;
    prevStart = start;
  }
  let bestJ = 1;
  for (let j = 1; j <= n; j++) if (prevCost[j] < prevCost[bestJ]) bestJ = j;
  return { text: text.slice(prevStart[bestJ], bestJ).join(''), distance: prevCost[bestJ] };
}
