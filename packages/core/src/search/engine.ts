/**
 * The business-scope search engine. Browser-safe and pure: give it the published index once, then search as often
 * as needed. No pinyin library and no Node module is imported here (pinyin was computed when the index was built).
 *
 * How a text is read (the README beside this file explains each step with examples):
 * 1. clipped to `MAX_QUERY_LENGTH`, normalised (NFKC, widths, spaces), boilerplate removed, clipped again;
 * 2. recognised as codes (`codes.ts`), as pinyin (`pinyin.ts`), or as text split into clauses (`split.ts`);
 * 3. each clause is matched against the whole vocabulary at once (`match.ts`): the directory's terms and the
 *    national classification's classes outside it, with the clause's activity (selling, making, repairing …)
 *    agreeing with each term's; short clauses that match nothing are tried for a typo (`typo.ts`);
 * 4. each clause is placed where its best evidence lies, inside the directory or outside it, and the categories are
 *    gathered across clauses (`results.ts`).
 */
import { contentPieces, shorterReadings, type Piece } from './backoff.js';
import { assertSearchIndex, type SearchIndex } from './index-format.js';
import { contentRuns, hasContent, isGenericPlace } from './lexicon.js';
import { ClauseMatcher, type ClauseMatches, type Evidence } from './match.js';
import { clipText, MAX_QUERY_LENGTH, normalizeText } from './normalize.js';
import { matchNamePinyin, pinyinToText } from './pinyin.js';
import { nameKey, prepareIndex, type PreparedIndex, type Target } from './prepare.js';
import { readCodes } from './codes.js';
import { aggregate, placeClause } from './results.js';
import { activitiesOf, activityMask, finalActivityWord, type ActivityMask } from './activity.js';
import { companyNameOf, tradeOfName } from './company.js';
import { splitAtJi, splitClauses, type SplitClause } from './split.js';
import { expandAbbreviations, matchTypo } from './typo.js';
import { TUNING } from './tuning.js';
import type { OutsideIndustry, QueryKind, SearchClause, SearchOptions, SearchResult } from './types.js';

export { alignWithin, editDistance } from './typo.js';

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
export function createSearcher(index: SearchIndex, options: SearcherOptions = {}): Searcher {
  assertSearchIndex(index);
  const cache = options.clauseCache ?? 0;
  if (!Number.isInteger(cache) || cache < 0)
    throw new RangeError(`createSearcher(index, { clauseCache }): a whole number of clauses, got ${String(cache)}`);
  return new Engine(prepareIndex(index), cache);
}

export interface SearcherOptions {
  /**
   * How many clauses to remember across searches (default 0: none). Registers of enterprises repeat the same items
   * (`软件开发`, `技术服务、技术开发…`) thousands of times; with a cache each is matched once. The least recently
   * used clause is forgotten first.
   */
  clauseCache?: number;
}

/** What reading a clause as a shortened word or a typo gave. */
interface Correction {
  corrected: string;
  evidence: Evidence[];
  /** The written-out form belongs outside the directory. */
  outside?: OutsideIndustry;
}

/** A map that forgets the least recently used entry beyond `size` entries; size 0 remembers nothing. */
class LeastRecentlyUsed<T> {
  readonly #entries = new Map<string, T>();
  constructor(readonly size: number) {}

  /** The value for `key`, computed by `make` when it is not remembered. */
  get(key: string, make: () => T): T {
    if (!this.size) return make();
    if (this.#entries.has(key)) {
      const value = this.#entries.get(key)!;
      this.#entries.delete(key);
      this.#entries.set(key, value);
      return value;
    }
    const value = make();
    this.#entries.set(key, value);
    if (this.#entries.size > this.size) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }
}

/**
 * One-character words that name the form a material or product comes in (`记忆合金丝`, `气凝胶保温毡`), or that a
 * device is (`彩超机`, a machine): left out at the end of a phrase, what remains still names the thing.
 */
const PRODUCT_FORMS = new Set([
  '丝',
  '板',
  '管',
  '棒',
  '片',
  '膜',
  '毡',
  '粉',
  '块',
  '带',
  '箔',
  '线',
  '布',
  '球',
  '条',
  '机',
  '仪',
]);

/**
 * The pieces a shorter reading leaves out before what it keeps, words of two characters or more, when the reading
 * keeps the phrase's thing: named in three characters or more, with nothing after it left out but the form a
 * product comes in (see `PRODUCT_FORMS`). Empty otherwise.
 */
function leadingModifiers(pieces: readonly Piece[], left: readonly Piece[]): Piece[] {
  const kept = pieces.filter((piece) => !left.includes(piece));
  const keptLength = kept.reduce((sum, piece) => sum + Array.from(piece.text).length, 0);
  const last = pieces[pieces.length - 1];
  const before = left.filter((piece) => piece.end <= kept[0].start);
  const keepsThing =
    keptLength >= 3 &&
    left.every((piece) => before.includes(piece) || (piece === last && PRODUCT_FORMS.has(piece.text)));
  return keepsThing ? before.filter((piece) => Array.from(piece.text).length > 1) : [];
}

/** An item whose own evidence is too weak to report: it may be read in its scope's context (`#inContext`). */
interface VagueClause {
  index: number;
  text: string;
  found: Evidence[];
}

/** The longest qualifier taken from another item, in characters (`新能源`, `智能网联`). */
const CONTEXT_QUALIFIER_MAX = 5;

/** How many context readings one item is tried with, at most. */
const CONTEXT_READINGS_MAX = 12;

/** How many of the items' activity words the company's name is read with, at most. */
const NAME_READINGS_MAX = 2;

/** What a scope does without making or serving anything itself: selling, leasing, teaching, acting for others. */
const NOT_DOING = activityMask('trade') | activityMask('lease') | activityMask('teach') | activityMask('agency');

/** The activity word an item ends in when it makes or serves something (`生产` of 磁性材料生产), else undefined. */
function doingWord(text: string, activities: ActivityMask): string | undefined {
  if (!(activities & ~NOT_DOING)) return undefined;
  const word = finalActivityWord(text);
  return word && activitiesOf(word) & ~NOT_DOING ? word : undefined;
}

/** A pinyin word read back into Chinese counts a little less than the same words typed. */
const PINYIN_WORDS_FACTOR = 0.9;

class Engine implements Searcher {
  readonly #index: PreparedIndex;
  /** Each level-2 category's term texts joined, built when a shorter reading first needs them. */
  #vocabularies?: Map<number, string>;
  readonly #matcher: ClauseMatcher;
  /** Clause text → its matches (clause index 0). */
  readonly #matches: LeastRecentlyUsed<ClauseMatches>;
  /** Clause text → what reading it as a shortened word or a typo gave (clause index 0), or null for nothing. */
  readonly #corrections: LeastRecentlyUsed<Correction | null>;
  /**
   * The directory's own terms and every GB/T entry's name, compared as names: an item that is one is not cut at 和.
   * Made when an item first has 和 in it, so loading the engine does not wait for it.
   */
  #termNames: Set<string> | undefined;

  constructor(index: PreparedIndex, cacheSize: number) {
    this.#index = index;
    this.#matcher = new ClauseMatcher(index);
    this.#matches = new LeastRecentlyUsed(cacheSize);
    this.#corrections = new LeastRecentlyUsed(cacheSize);
  }

  /** True when an item is an official name (as a scope writes a class's) or one of the directory's terms. */
  #isOneName(item: string): boolean {
    if (!this.#termNames) {
      this.#termNames = new Set(this.#index.terms.filter((t) => t.targets.length).map((t) => nameKey(t.text)));
      for (const entry of this.#index.industries.values()) this.#termNames.add(nameKey(entry.name));
    }
    if (this.#termNames.has(nameKey(item))) return true;
    const names = nameCandidates(item);
    return (
      firstNamed(this.#index.listedNames, names) !== undefined ||
      firstNamed(this.#index.outsideNames, names) !== undefined
    );
  }

  /** The matches of one clause, from the cache across searches when there is one. */
  #match(text: string): ClauseMatches {
    return this.#matches.get(text, () => this.#matcher.match(text, 0));
  }

  /**
   * A clause read as a shortened word written out (`新能源车` → 新能源汽车) or a corrected typo (`工业机器人制照`), and
   * its evidence for clause `clauseIndex`; or where the written-out form belongs outside the directory.
   */
  #correct(text: string, clauseIndex: number): Correction | null {
    const index = this.#index;
    const known = this.#corrections.get(text, () => {
      const expanded = expandAbbreviations(index, text);
      if (!expanded) return matchTypo(index, this.#matcher, text, 0) ?? null;
      const probe: SearchClause = { text, licensed: false, qualifiers: [], generic: false, matches: [] };
      const evidence = placeClause(index, probe, this.#matcher.match(expanded, 0, TUNING.abbreviationFactor));
      if (!evidence.length && !probe.outsideIndustry) return null;
      return probe.outsideIndustry && !evidence.length
        ? { corrected: expanded, evidence, outside: probe.outsideIndustry }
        : { corrected: expanded, evidence };
    });
    return known && { ...known, evidence: known.evidence.map((e) => ({ ...e, clauseIndex })) };
  }

  /**
   * Evidence from the longest shorter reading of a phrase (`backoff.ts`) that finds a category whose vocabulary
   * holds every piece the reading leaves out; a reading placed outside the directory ends the search. Only possible.
   */
  #backOff(text: string, clauseIndex: number): Evidence[] {
    const index = this.#index;
    const pieces = contentPieces(text, index.words);
    if (pieces.length < 2 || pieces.length > TUNING.backOffMaxPieces) return [];
    for (const reading of shorterReadings(text, pieces)) {
      const probe: SearchClause = { text: reading.text, licensed: false, qualifiers: [], generic: false, matches: [] };
      const evidence = placeClause(index, probe, this.#match(reading.text));
      if (probe.outsideIndustry) return [];
      const modifiers = leadingModifiers(pieces, reading.left);
      const kept = evidence.filter((e) => {
        if (e.score * TUNING.backOffFactor < TUNING.reportScore) return false;
        const names = this.#namesOf(e.target);
        return reading.left.every(
          (piece) =>
            (Array.from(piece.text).length > 1 && names.includes(piece.text)) ||
            // `地铁钢轨打磨车`, `燃料电池双极板`: a word before the thing that the category itself uses somewhere
            // narrows the thing within the category.
            (modifiers.includes(piece) && this.#vocabularyOf(e.target.l2).includes(piece.text)) ||
            (piece === pieces[pieces.length - 1] && (PRODUCT_FORMS.has(piece.text) || isGenericPlace(piece.text))),
        );
      });
      if (kept.length)
        return kept.map((e) => ({
          ...e,
          clauseIndex,
          score: e.score * TUNING.backOffFactor,
          raw: e.raw * TUNING.backOffFactor,
          possible: true,
        }));
    }
    return [];
  }

  /**
   * A general item read with the qualifier another item of the same scope (or the company's name) gives its first
   * word: in `新能源汽车整车制造；汽车零部件及配件制造` the parts are 新能源汽车零部件. The reading only chooses among the
   * categories the item's own weak evidence already points at (3670 is listed in part by 5.2, 5.3 and 7.3), and what
   * it finds is only possible. `contextRuns` holds the runs of every item, this one's included, by index, then the
   * company name's.
   */
  #inContext(
    clause: VagueClause,
    contextRuns: readonly (readonly string[])[],
    matchOnce: (text: string, clauseIndex: number) => ClauseMatches,
  ): { reading: string; evidence: Evidence[] } | undefined {
    const first = contextRuns[clause.index][0];
    if (!first || !/^\p{Script=Han}{2}/u.test(first)) return undefined;
    const lead = first.slice(0, 2);
    const pointedAt = new Set(clause.found.map((e) => e.target.l2));
    const tried = new Set<string>();
    for (let source = 0; source < contextRuns.length; source++) {
      if (source === clause.index) continue;
      for (const run of contextRuns[source]) {
        const at = run.indexOf(lead);
        if (at < 2) continue;
        // The qualifier is the word or two right before the shared word (`新能源` of 重庆两江新能源汽车…公司).
        for (let length = Math.min(at, CONTEXT_QUALIFIER_MAX); length >= 2; length--) {
          const reading = run.slice(at - length, at) + clause.text.slice(clause.text.indexOf(lead));
          if (tried.has(reading)) continue;
          if (tried.size >= CONTEXT_READINGS_MAX) return undefined;
          tried.add(reading);
          const probe: SearchClause = { text: reading, licensed: false, qualifiers: [], generic: false, matches: [] };
          const found = placeClause(this.#index, probe, matchOnce(reading, clause.index)).filter(
            (e) => pointedAt.has(e.target.l2) && e.score * TUNING.backOffFactor >= TUNING.reportScore,
          );
          if (probe.outsideIndustry || !found.length) continue;
          return {
            reading,
            evidence: found.map((e) => ({
              ...e,
              score: e.score * TUNING.backOffFactor,
              raw: e.raw * TUNING.backOffFactor,
              possible: true,
            })),
          };
        }
      }
    }
    return undefined;
  }

  /**
   * The company's name in a pasted licence, read for its trade (`company.ts`) with what the scope's items do to things
   * (`磁性材料生产` gives 生产: 两江稀土永磁材料生产). A name that says what is done is read as it stands (`风电运维服务`).
   * A scope that only sells, leases or teaches gives no reading: `XX医疗器械有限公司` selling devices makes none. What
   * the name finds is only possible, and it becomes the first clause, where the name stands in the licence.
   */
  #readName(
    name: string,
    doingWords: readonly string[],
    clauses: SearchClause[],
    evidence: Evidence[],
    matchOnce: (text: string, clauseIndex: number) => ClauseMatches,
  ): void {
    const trade = tradeOfName(name);
    if (!hasContent(trade) || !doingWords.length) return;
    const readings = finalActivityWord(trade)
      ? [trade]
      : doingWords.slice(0, NAME_READINGS_MAX).map((word) => trade + word);
    const at = clauses.length;
    const found: Evidence[] = [];
    let reading: string | undefined;
    for (const text of readings) {
      const probe: SearchClause = { text, licensed: false, qualifiers: [], generic: false, matches: [] };
      let inside = placeClause(this.#index, probe, matchOnce(text, at)).filter((e) => e.score >= TUNING.reportScore);
      if (probe.outsideIndustry) continue;
      // A trade name in front (两江, 渝康) is an unknown word: the telling part may still name the trade.
      if (!inside.length) inside = this.#backOff(text, at);
      if (!inside.length) continue;
      reading ??= text;
      found.push(...inside.map((e) => ({ ...e, possible: true })));
    }
    if (!found.length) return;
    const shell: SearchClause = {
      text: name,
      licensed: false,
      qualifiers: [],
      generic: false,
      matches: [],
      companyName: true,
      ...(reading !== name ? { correctedTo: reading } : {}),
    };
    // The name comes first in the licence: it becomes clause 0, and every other clause moves one on.
    for (const e of evidence) e.clauseIndex++;
    evidence.push(...found.map((e) => ({ ...e, clauseIndex: 0 })));
    clauses.unshift(shell);
  }

  /**
   * The names a piece of evidence stands under, in one text: its category, the industry above it, its direction and
   * its GB/T class. What a shorter reading leaves out must be named there (`纤维` in 高性能纤维及制品和复合材料), not
   * merely somewhere in the category's long vocabulary.
   */
  #namesOf(target: Target): string {
    const { categories, industries } = this.#index;
    const category = categories[target.l2];
    return [
      category.name,
      category.parent >= 0 ? categories[category.parent].name : '',
      target.l3 >= 0 ? categories[target.l3].name : '',
      industries.get(target.industry)?.name ?? '',
    ].join('|');
  }

  /** Every text of a level-2 category's terms, joined: what words the category uses anywhere. */
  #vocabularyOf(l2: number): string {
    if (!this.#vocabularies) {
      const texts = new Map<number, string[]>();
      for (const term of this.#index.terms)
        for (const target of term.targets) {
          const list = texts.get(target.l2) ?? [];
          if (list[list.length - 1] !== term.text) list.push(term.text);
          texts.set(target.l2, list);
        }
      this.#vocabularies = new Map([...texts].map(([id, list]) => [id, list.join('|')]));
    }
    return this.#vocabularies.get(l2) ?? '';
  }

  get termCount(): number {
    return this.#index.terms.length;
  }

  search(text: string, options: SearchOptions = {}): SearchResult {
    if (typeof text !== 'string')
      throw new TypeError(`search(text): text must be a string, got ${text === null ? 'null' : typeof text}`);
    const limit = options.limit ?? 10;
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`search(text, { limit }): limit must be a positive integer, got ${String(options.limit)}`);

    const query = clipText(text);
    // Normalising can lengthen text (NFKC turns `…` into three dots): clip what is read once more.
    const normalized = clipText(normalizeText(query));
    const clipped = query.length < text.length || normalized.length === MAX_QUERY_LENGTH;
    const notice = clipped ? ({ code: 'clipped', limit: MAX_QUERY_LENGTH, length: text.length } as const) : undefined;
    const empty: SearchResult = { query, kind: 'empty', clauses: [], categories: [], unmatched: [], notFound: false };
    if (notice) empty.notice = notice;
    if (!normalized) return empty;

    const index = this.#index;
    const evidence: Evidence[] = [];
    const clauses: SearchClause[] = [];
    let kind: QueryKind = 'text';

    const codes = readCodes(index, normalized);
    if (codes) {
      kind = 'code';
      codes.forEach((code, i) => {
        clauses.push({
          text: code.code,
          licensed: false,
          qualifiers: [],
          generic: false,
          matches: [],
          code: code.info,
        });
        for (const e of code.evidence) evidence.push({ ...e, clauseIndex: i });
      });
    } else {
      const latinOnly = /^[a-z' ]+$/u.test(normalized) && /[a-z]{2}/u.test(normalized);
      const split = splitClauses(normalized, (item) => this.#isOneName(item));
      // Clauses whose only evidence is too weak to report, for reading in the scope's context.
      const vague: VagueClause[] = [];
      // What the items touching the directory do to what they name (制造, 开发, 服务 …), for reading the company's name.
      const doingWords: string[] = [];
      let typoAttempts = 0;
      let backOffAttempts = 0;
      // A long paste may repeat an item word for word: it is matched once (and, with a cache, once across searches).
      const seen = new Map<string, ClauseMatches>();
      const matchOnce = (text: string, clauseIndex: number): ClauseMatches => {
        let matches = seen.get(text);
        if (!matches) seen.set(text, (matches = this.#match(text)));
        return {
          activities: matches.activities,
          evidence: matches.evidence.map((e) => ({ ...e, clauseIndex })),
          placements: matches.placements.map((p) => ({ ...p, clauseIndex })),
        };
      };
      split.forEach((clause, i) => {
        const shell = clauseShell(clause);
        clauses.push(shell);
        const code = readCodes(index, clause.matchText);
        if (code && code.length === 1) {
          shell.code = code[0].info;
          for (const e of code[0].evidence) evidence.push({ ...e, clauseIndex: i });
          return;
        }
        const names = nameCandidates(clause.matchText);
        const outside = firstNamed(index.outsideNames, names);
        if (outside) {
          shell.outsideIndustry = outside;
          return;
        }
        const matches = matchOnce(clause.matchText, i);
        const placed = placeClause(index, shell, matches);
        // Only an item that touches the directory says what the name's trade is done with: 信息咨询服务 beside
        // 医疗器械销售 does not make a device seller's name a maker's or a servicer's.
        const doing =
          placed.length && !shell.outsideIndustry ? doingWord(clause.matchText, matches.activities) : undefined;
        if (doing && !shell.generic && !doingWords.includes(doing)) doingWords.push(doing);
        // A clause that is the official name of a class the directory lists (`电子测量仪器制造`, 4028) is answered by
        // the categories listing that class, not by terms that share some of its words.
        const listedClass = shell.outsideIndustry ? undefined : firstNamed(index.listedNames, names);
        const found = listedClass ? keepListing(placed, listedClass) : placed;
        const unanswered = () =>
          !found.some((e) => e.score >= TUNING.reportScore) && !shell.outsideIndustry && !shell.generic;
        // `计算机及办公设备维修` is placed outside as a whole (8129), yet its first thing is inside; `掌上超声诊断仪及超声
        // 探头的研发` finds nothing as a whole, yet its second thing is inside: read each thing with the activity they
        // share, and keep what is inside.
        const things =
          (shell.outsideIndustry || unanswered()) && !listedClass ? splitAtJi(clause.matchText) : undefined;
        for (const thing of things ?? []) {
          const probe: SearchClause = { text: thing, licensed: false, qualifiers: [], generic: false, matches: [] };
          // A guessed reading through a class listed only in part (`工程机械轮胎` → 轮胎制造, listed for retreading)
          // is too weak to report.
          const inside = placeClause(index, probe, matchOnce(thing, i)).filter(
            (e) => !(e.target.partial && e.source === 'industry'),
          );
          if (probe.outsideIndustry || !inside.some((e) => e.score >= TUNING.reportScore)) continue;
          found.push(...inside.map((e) => ({ ...e, possible: true })));
          delete shell.outsideIndustry;
        }
        // A free phrase with nothing reportable may be found by its telling part (`我们厂做芳纶纤维`).
        if (unanswered() && backOffAttempts < TUNING.typoMaxClauses) {
          backOffAttempts++;
          found.push(...this.#backOff(clause.matchText, i));
        }
        // A clause with nothing reportable may hold a shortened word (`新能源车`) or a typo (`工业机器人制照`).
        if (unanswered() && typoAttempts < TUNING.typoMaxClauses) {
          typoAttempts++;
          const correction = this.#correct(clause.matchText, i);
          if (correction?.outside) shell.outsideIndustry = correction.outside;
          if (correction?.evidence.length) {
            shell.correctedTo = correction.corrected;
            found.push(...correction.evidence.map((e) => ({ ...e, possible: true })));
          }
        }
        for (const e of found) evidence.push(e);
        if (unanswered() && found.length) vague.push({ index: i, text: clause.matchText, found });
      });
      const name = companyNameOf(normalized);
      // What each item, then the company's name in a pasted licence, offers as context: cut into runs once.
      const contextRuns = vague.length ? split.map((c) => contentRuns(c.matchText)) : [];
      if (vague.length && name) contextRuns.push(contentRuns(name));
      for (const clause of vague.slice(0, TUNING.typoMaxClauses)) {
        const context = this.#inContext(clause, contextRuns, matchOnce);
        if (!context) continue;
        clauses[clause.index].correctedTo = context.reading;
        evidence.push(...context.evidence);
      }
      if (name) this.#readName(name, doingWords, clauses, evidence, matchOnce);
      if (latinOnly) {
        kind = this.#readPinyin(normalized, clauses, evidence) ? 'pinyin' : kind;
      }
    }

    const categories = aggregate(index, evidence, clauses, limit);
    const unmatched = clauses.flatMap((c, i) => (c.matches.length ? [] : [i]));
    if (!clauses.length) kind = 'empty';
    const result: SearchResult = {
      query,
      kind,
      clauses,
      categories,
      unmatched,
      notFound: kind !== 'empty' && categories.length === 0,
    };
    if (notice) result.notice = notice;
    return result;
  }

  /**
   * Reads a text of letters as pinyin: names whose pinyin it is (or whose initials), else the vocabulary words it
   * writes, matched as Chinese. Adds the evidence as clause 0; true when anything was read.
   */
  #readPinyin(normalized: string, clauses: SearchClause[], evidence: Evidence[]): boolean {
    // Whatever the text was split into, pinyin makes one clause.
    const shell: SearchClause = { text: normalized, licensed: false, qualifiers: [], generic: false, matches: [] };
    const found = matchNamePinyin(this.#index, normalized);
    const chinese = pinyinToText(this.#index, normalized);
    if (chinese) {
      const kept = placeClause(this.#index, shell, this.#matcher.match(chinese, 0, PINYIN_WORDS_FACTOR, 'pinyin'));
      for (const e of kept) found.push({ ...e, possible: true });
      if (kept.length || shell.outsideIndustry) shell.correctedTo = chinese;
    }
    if (!found.length && !shell.outsideIndustry) return false;
    clauses.splice(0, clauses.length, shell);
    evidence.splice(0, evidence.length, ...found);
    return true;
  }
}

/** What the first of the ways of writing a name (`nameCandidates`) finds among official names. */
function firstNamed<T>(names: ReadonlyMap<string, T>, candidates: readonly string[]): T | undefined {
  for (const candidate of candidates) {
    const hit = names.get(candidate);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * The ways a scope may write an official name: as is, without 服务/业/活动, with 生产 for 制造 (`食品生产` → 食品制造业),
 * without 其他.
 */
function nameCandidates(text: string): string[] {
  const key = nameKey(text);
  if (!key) return [];
  const stem = key.replace(/(?:服务|活动|业务|经营|业)$/u, '');
  const candidates = [key, stem, `${stem}服务`, `${stem}业`, `${stem}活动`];
  const made = /(?:生产|制造|加工)$/u.test(key) ? key.replace(/(?:生产|制造|加工)$/u, '') : '';
  if (made) candidates.push(`${made}制造`, `${made}制造业`, `${made}加工`, `${made}加工业`);
  // A scope leaves out the classification's 其他 (`电子专用设备制造` is 3569 其他电子专用设备制造).
  return [...candidates, ...candidates.map((c) => `其他${c}`)];
}

/**
 * The evidence of a clause naming a listed class, kept to the categories that list that class: through the class
 * itself, or anything else pointing at one of those categories.
 */
function keepListing(evidence: Evidence[], code: string): Evidence[] {
  const listing = new Set<number>();
  for (const e of evidence) if (e.target.industry === code) listing.add(e.target.l2);
  if (!listing.size) return evidence;
  return evidence.filter((e) => listing.has(e.target.l2));
}

function clauseShell(clause: SplitClause): SearchClause {
  return {
    text: clause.text,
    licensed: clause.licensed,
    qualifiers: clause.qualifiers,
    generic: !hasContent(clause.matchText) && !/\d/u.test(clause.matchText),
    matches: [],
  };
}
