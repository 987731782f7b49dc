/**
 * Matching one clause against the whole vocabulary at once: the directory's terms (category and direction names,
 * GB/T class names and notes, key products, editors' words) and the terms that place a clause in a GB/T class the
 * directory does not list. Every term sharing a word with the clause is scored the same way; the caller compares the
 * best of each side (competitive placement, issue 13).
 *
 * A score says how well term and clause cover each other (a term wholly in the clause, or both mostly covering each
 * other), how much information they share, whether the term's content characters are in the clause, and whether
 * both do the same thing (`activity.ts`: selling is not making).
 */
import {
  activityMask,
  agreement,
  clauseActivities,
  isActivityWord,
  startsWithThing,
  type ActivityMask,
} from './activity.js';
import { SOURCE_BY_CODE, type TermSource } from './index-format.js';
import {
  canonicalToken,
  contentRuns,
  GENERIC_HEADS,
  headOf,
  isGenericPlace,
  segmentRun,
  tokenizeRuns,
  type TokenKind,
} from './lexicon.js';
import type { PreparedIndex, PreparedTerm, Target, TermPart } from './prepare.js';
import { TUNING } from './tuning.js';

/** Endings of the venues consumer businesses are named as (体验馆, 专卖店, 餐厅, 网吧). */
const VENUES = ['馆', '店', '厅', '吧'];

/** What a clause that only repairs does (see `repairsFirstThing`). */
const REPAIR = activityMask('repair');

/** Evidence that a clause belongs to a directory category. */
export interface Evidence {
  clauseIndex: number;
  term: string;
  source: TermSource;
  target: Target;
  score: number;
  /** Only a possible match: a partial class, a product or note, a keyword, a typo, pinyin initials, a broad code. */
  possible: boolean;
  /** Index of the term, or -1 (codes, pinyin of whole names). */
  termIndex: number;
  /**
   * How well the clause and the term match, before the discounts for a term shared by several categories or a class
   * listed in part: what is compared with the clause's places outside the directory.
   */
  raw: number;
}

/** Evidence that a clause belongs to a GB/T 4754-2017 class outside the directory (or outside the part it lists). */
export interface Placement {
  clauseIndex: number;
  code: string;
  term: string;
  score: number;
}

export interface ClauseMatches {
  evidence: Evidence[];
  placements: Placement[];
  /** What the clause does, from its own words. */
  activities: ActivityMask;
}

/** A term that holds most of a clause, seen from one of its categories. */
interface GeneralHolder {
  term: number;
  shared: number;
  extras: number[];
  wording: number;
  coverage: number;
  agreement: number;
  /** The term names a kind of what the clause names (its head ends with the clause's head). */
  sameHead: boolean;
}

/** The clause runs a term touches: their weight, whether it names their heads, and whether it names a thing. */
interface LocalCoverage {
  weight: number;
  heads: boolean;
  thing: boolean;
  /** The heads it misses are words the vocabulary never uses. */
  unknownHead: boolean;
  /** One of the runs it touches is headed by a venue (`体验馆`, `餐厅`). */
  venue: boolean;
}

/** What a clause offers for comparing wording: its characters (and Latin words) and its activities. */
interface ClauseWording {
  text: string;
  chars: ReadonlySet<string>;
  head: string;
}

/**
 * How much a term holding a clause counts for it being a general word: fully when the term names a kind of what the
 * clause names (same head), little when it names something else made of or for it (`轴承钢` for `轴承`).
 */
function holderShare(sameHead: boolean): number {
  return sameHead ? 1 : TUNING.otherHeadShare;
}

/**
 * Whether a term may name a thing of a general kind (`环保设备` is held by any specific device): not when it names
 * something made for another thing (`通信设备用连接器`, `管线用钢`), unless it names the kind itself, not before 用
 * (`医用超声诊断、治疗仪器及设备` names instruments).
 */
function namesKindOf(termText: string, kind: string): boolean {
  if (!termText.includes('用')) return true;
  const at = termText.indexOf(kind);
  return at >= 0 && !/^专?用/u.test(termText.slice(at + kind.length));
}

/** Share of a term's content characters (and Latin words) the clause also has. */
function contentShare(surface: string[], clause: ClauseWording): number {
  if (!surface.length) return 0;
  let found = 0;
  for (const unit of surface) if (unit.length === 1 ? clause.chars.has(unit) : clause.text.includes(unit)) found++;
  return found / surface.length;
}

/**
 * The run of a text that names its thing (`汽车发动机的制造` → 汽车发动机): the last run that is not only what is done,
 * without the words at its end that say what is done.
 */
function thingRun(text: string, words: ReadonlySet<string>): string {
  const runs = contentRuns(text).filter((run) => !isActivityWord(run));
  const last = runs[runs.length - 1];
  if (!last) return '';
  const pieces = segmentRun(last, words);
  while (pieces.length > 1 && isActivityWord(pieces[pieces.length - 1])) pieces.pop();
  return pieces.join('');
}

/** The last word of a text: the vocabulary's, else its last two characters. */
function lastWord(text: string, words: ReadonlySet<string>): string {
  const pieces = segmentRun(text, words);
  const piece = pieces[pieces.length - 1] ?? '';
  return words.has(piece) ? piece : Array.from(text).slice(-2).join('');
}

/** A share of a term's weight counted as all of it. */
const FULL_SHARE = 0.999;

/**
 * A term gives evidence only when it shares at least `overlapTermCoverage` of its weight (or of one segment's), or all
 * of its core's; shared weight counts each clause token once, so the bound holds only when the term's tokens are
 * distinct and every part's tokens are among them.
 */
function leastUsefulShare(term: PreparedTerm): number {
  const own = new Set(term.tokens);
  if (own.size !== term.tokens.length) return 0;
  let least = TUNING.overlapTermCoverage * term.weight;
  const parts: [TermPart, number][] = (term.segments ?? []).map((segment) => [segment, TUNING.overlapTermCoverage]);
  if (term.core) parts.push([term.core, FULL_SHARE]);
  for (const [part, share] of parts) {
    if (new Set(part.tokens).size !== part.tokens.length || part.tokens.some((id) => !own.has(id))) return 0;
    least = Math.min(least, share * part.weight);
  }
  // Rounding: sums taken in another order may differ in the last bits.
  return least * (1 - 1e-9);
}

export class ClauseMatcher {
  readonly #index: PreparedIndex;
  readonly #shared: Float64Array;
  /** Shared weight from tokens other than single characters: a match needs some. */
  readonly #sharedWords: Float64Array;

  /** Words that name a thing in some term (汽车, 飞机, 船舶): a word before a thing that is one says which kind. */
  readonly #thingWords: Set<string>;
  /**
   * Words that name the thing of several terms: only these rule out a holder of a general clause, where one term's
   * head (移动 of some name) would turn away the many terms a general clause is read from (移动终端设备 is held by
   * 通信终端 terms).
   */
  readonly #commonThingWords: Set<string>;
  /** The characters of `thingRun` of each term, by term index, computed when first asked. */
  readonly #termThings = new Map<number, string[]>();

  /** The thing each level-3 direction names (`结构陶瓷制造` → 陶瓷), by category index, computed when first asked. */
  readonly #directionHeads = new Map<number, string>();

  /**
   * The least weight a term must share with a clause to give any evidence through itself, its core or one of its
   * segments (0 when that cannot be bounded): a paragraph touches thousands of terms through common words, and most
   * share too little to matter, so they are passed over before their (scattered) term records are read.
   */
  readonly #leastUseful: Float64Array;

  constructor(index: PreparedIndex) {
    this.#index = index;
    this.#shared = new Float64Array(index.terms.length);
    this.#sharedWords = new Float64Array(index.terms.length);
    this.#leastUseful = Float64Array.from(index.terms, leastUsefulShare);
    const headCount = new Map<string, number>();
    for (const term of index.terms)
      if (!GENERIC_HEADS.includes(term.head)) headCount.set(term.head, (headCount.get(term.head) ?? 0) + 1);
    this.#thingWords = new Set(headCount.keys());
    this.#commonThingWords = new Set([...headCount].filter(([, n]) => n >= TUNING.kindWordTerms).map(([head]) => head));
  }

  /**
   * Whether a term names another kind of the clause's thing (`飞机发动机的制造` for `汽车发动机制造`): both end in the
   * same thing, each with a word before it that names a thing of its own (飞机, 汽车, among `things`) and that the
   * other does not have.
   */
  #otherKind(t: number, a: readonly string[], text: string, things = this.#thingWords): boolean {
    if (!a.length) return false;
    const term = this.#index.terms[t];
    let b = this.#termThings.get(t);
    if (b === undefined) {
      b = Array.from(thingRun(term.text, this.#index.words));
      this.#termThings.set(t, b);
    }
    let same = 0;
    while (same < a.length && same < b.length && a[a.length - 1 - same] === b[b.length - 1 - same]) same++;
    if (same < 2 || same === a.length || same === b.length) return false;
    const words = this.#index.words;
    const clauseKind = lastWord(a.slice(0, a.length - same).join(''), words);
    const termKind = lastWord(b.slice(0, b.length - same).join(''), words);
    return (
      things.has(clauseKind) && things.has(termKind) && !text.includes(termKind) && !term.text.includes(clauseKind)
    );
  }

  /**
   * Every term that matches the clause well enough: evidence for directory categories, and places in classes outside
   * the directory. `factor` scales every score (a corrected typo); `sourceOverride` reports every match as such.
   */
  match(text: string, clauseIndex: number, factor = 1, sourceOverride?: TermSource): ClauseMatches {
    const index = this.#index;
    const activities = clauseActivities(text);
    const out: ClauseMatches = { evidence: [], placements: [], activities };
    // The clause's content runs (the stretches between common words), their tokens, and what each run weighs:
    // a term is judged against the runs it touches, so `手游` in `我们做手游和动画短片` is a full match for its part.
    const runs = contentRuns(text);
    const runWeight: number[] = [];
    const runOfToken = new Map<number, number>();
    const tokens = new Map<string, TokenKind>();
    let clauseWeight = 0;
    const touched: number[] = [];
    const inClause = new Set<number>();
    const shared = this.#shared;
    const sharedWords = this.#sharedWords;
    let hasChars = false;
    let clauseCharWeight = 0;
    // The head of each run: the token of its last word (`汽车` in 新能源汽车, `烯` in 石墨烯); -2 when the vocabulary
    // does not know it, -1 when the run has none (a Latin run of one letter). Whether that word is a venue
    // (`体验馆`, `餐厅`): the business is the venue, not the thing it is named after.
    const runHead: number[] = [];
    const runThing: number[] = [];
    const runVenue: boolean[] = [];
    runs.forEach((run, r) => {
      let weight = 0;
      // The head is the last word; when that word is what is done (`再生资源回收`, `平面设计`), the word before it
      // names the thing, and a term naming either speaks to the clause's head.
      const tokenOf = (word: string) =>
        word
          ? (index.tokenIds.get(
              canonicalToken(Array.from(word).length > 2 ? Array.from(word).slice(-2).join('') : word),
            ) ?? -2)
          : -1;
      const headWord = headOf([run], index.words);
      const head = tokenOf(headWord);
      runVenue.push(VENUES.some((v) => headWord.endsWith(v)));
      const thing = tokenOf(headOf([run], index.words, isActivityWord));
      for (const [tok, kind] of tokenizeRuns([run], index.words)) {
        const id = index.tokenIds.get(tok);
        if (tokens.has(tok)) continue;
        tokens.set(tok, kind);
        if (id === undefined) {
          // Words the vocabulary never uses make the clause less covered by anything in it.
          weight += index.unknownWeight;
          continue;
        }
        inClause.add(id);
        runOfToken.set(id, r);
        const w = index.tokenWeight[id];
        weight += w;
        // Single characters cannot make a match alone: their (long) postings are not walked; they are added below
        // to the terms that words have already found.
        if (index.charToken[id] === 1) {
          hasChars = true;
          clauseCharWeight += w;
          continue;
        }
        for (const t of index.postings[id]) {
          if (shared[t] === 0) touched.push(t);
          shared[t] += w;
          sharedWords[t] += w;
        }
      }
      runWeight.push(weight);
      runHead.push(head);
      runThing.push(thing);
      clauseWeight += weight;
    });
    if (!tokens.size) return out;
    // `新能源汽车的动力电池包`, `废气处理设备`: a run joined to the next by 的 or 用, or by an activity word that
    // describes a kind of thing (处理 in 处理设备), describes that thing; the thing named is the last run's head.
    const describesNext: boolean[] = runs.map(() => false);
    for (let r = runs.length - 2, at = text.length; r >= 0; r--) {
      const next = text.lastIndexOf(runs[r + 1], at);
      const end = next >= 0 ? text.lastIndexOf(runs[r], next) + runs[r].length : -1;
      const between = end >= 0 ? text.slice(end, next) : '';
      // `医院用的灭菌器`, `光伏组件用EVA封装胶膜`, `新能源汽车的电池`: what comes before 的 or 用 says what the thing
      // is for or of; the thing is the film. `假肢的设计`: what follows 的 is what is done to the thing, not a thing it
      // describes.
      const describes = /^\s*(?:[的之]|专?用[的之]?)\s*$/u.test(between);
      describesNext[r] = describes;
      const joined =
        (describes && !isActivityWord(runs[r + 1])) ||
        // `芯片行业猎头`: the trade a business serves is not what it is.
        /^\s*行业\s*$/u.test(between) ||
        (isActivityWord(between) && startsWithThing(runs[r + 1])) ||
        // `5G智慧主题餐厅`: Latin letters written right before a venue's name are part of what it is called.
        (next === end && runVenue[r + 1] && /^[a-z0-9]+$/u.test(runs[r]));
      if (end >= 0 && joined) {
        runHead[r] = runHead[r + 1];
        runThing[r] = runThing[r + 1];
        runVenue[r] = runVenue[r + 1];
      }
      if (next >= 0) at = next;
    }
    // A run that is only an activity word (`设计` in `数控机床的设计、制造`) says what is done to the clause's thing;
    // a term matching only such runs, where the clause names a thing too, does not name that thing.
    const activityRun = runs.map((run) => isActivityWord(run));
    const namesThing = activityRun.some((a) => !a);
    // What a clause names, without the runs that only say what is done to it (`假肢的设计、制造、装配及维修` names
    // 假肢): a general term is judged by how much of the thing it holds.
    let thingWeight = 0;
    runs.forEach((_, r) => {
      if (!activityRun[r] || !namesThing) thingWeight += runWeight[r];
    });
    // Terms that share too little, even with every single character of the clause, are passed over; so are those that
    // share too little once the single characters they do share are added.
    const generalNeeds = TUNING.generalClauseCoverage * thingWeight;
    const leastUseful = this.#leastUseful;
    const candidates: number[] = [];
    for (const t of touched) {
      const most = sharedWords[t] + clauseCharWeight;
      if (most < leastUseful[t] && most < generalNeeds) {
        shared[t] = 0;
        sharedWords[t] = 0;
        continue;
      }
      if (hasChars) {
        for (const id of index.terms[t].tokens)
          if (index.charToken[id] === 1 && inClause.has(id)) shared[t] += index.tokenWeight[id];
        if (shared[t] < leastUseful[t] && shared[t] < generalNeeds) {
          shared[t] = 0;
          sharedWords[t] = 0;
          continue;
        }
      }
      candidates.push(t);
    }
    const runSeen = new Uint8Array(runs.length);
    /**
     * The clause runs that the given term tokens touch: their weight, and whether the term covers the head of each
     * (`其他新能源运营服务` touches 新能源汽车 but not its head 汽车: it names a modifier of the clause, not its thing).
     */
    const local = (ids: Int32Array): LocalCoverage => {
      runSeen.fill(0);
      let weight = 0;
      let heads = true;
      let unknownHeads = true;
      let thing = false;
      let venue = false;
      for (const id of ids) {
        const r = runOfToken.get(id);
        if (r === undefined || runSeen[r]) continue;
        runSeen[r] = 1;
        weight += runWeight[r];
        if (!activityRun[r]) thing = true;
        if (runVenue[r]) venue = true;
        if (runHead[r] !== -1 && !ids.includes(runHead[r]) && !ids.includes(runThing[r])) {
          heads = false;
          if (runHead[r] !== -2) unknownHeads = false;
        }
      }
      return {
        weight: weight || clauseWeight,
        heads: heads && (thing || !namesThing),
        thing: thing || !namesThing,
        unknownHead: !heads && unknownHeads && thing,
        venue,
      };
    };
    // A repair clause names what is repaired first, then the part worked on (`新能源汽车三电系统维修`): the
    // classification places repair by what is repaired, so a repair term naming that first thing (`新能源汽车维修`)
    // speaks to the clause's head.
    const repairsFirstThing = (term: PreparedTerm): boolean =>
      activities === REPAIR &&
      runs.length > 0 &&
      term.activities === REPAIR &&
      term.surface.length >= 2 &&
      runs[0].startsWith(term.surface.join(''));
    // A category or direction name is broad: a word of it before a head nobody uses (`大数据婚介所`, `新能源车代驾`)
    // says little, where a product or keyword (`钕铁硼` in `钕铁硼磁钢`) names the thing the clause is made of.
    const localOf = (term: PreparedTerm, ids: Int32Array): LocalCoverage => {
      const touched = local(ids);
      if (!touched.heads && touched.thing && repairsFirstThing(term))
        return { ...touched, heads: true, unknownHead: false };
      return term.source === 'n' || term.source === 'd' ? { ...touched, unknownHead: false } : touched;
    };
    // A term holds the clause only if it names every thing the clause names: `中医诊断、治疗仪器设备` shares most of
    // `汽车维护诊断设备` but not 汽车, so it is about something else, not a kind of it. A bare kind word (`设备`) and
    // what a thing is said to be for with 的 (`医院用的灭菌器`) may go unnamed.
    const touchesEveryThing = (ids: Int32Array): boolean => {
      if (runs.length < 2) return true;
      local(ids);
      for (let r = 0; r < runs.length; r++) {
        if (runSeen[r] || runHead[r] < 0 || describesNext[r] || (activityRun[r] && namesThing)) continue;
        if (!GENERIC_HEADS.includes(runs[r])) return false;
      }
      return true;
    };
    // `塑料制品`, `橡胶制品`: things made of a material are not the material (工程塑料 does not hold them).
    const madeOf = text.includes('制品');
    const wording: ClauseWording = {
      text,
      chars: new Set(Array.from(text)),
      head: headOf(runs, index.words, isActivityWord),
    };
    const clauseThing = Array.from(thingRun(text, index.words));
    const partShared = (p: TermPart) => {
      let sum = 0;
      for (const id of p.tokens) if (inClause.has(id)) sum += index.tokenWeight[id];
      return sum;
    };
    const general = new Map<number, GeneralHolder[]>();
    // A clause naming more than a place or body is not matched by a term naming only that (`中心服务`).
    const clauseOnlyGeneric = runs.length === 1 && isGenericPlace(runs[0]);
    const clauseOnlyKind = (kind: string) => runs.every((run) => run === kind || isActivityWord(run));
    // Terms outside the directory holding the clause: a general word they name as often as the directory does is
    // not the directory's (`建设工程` is in 氢能新兴能源工程建设, and in the many kinds of building work outside it).
    let outsideHolders = 0;
    for (const t of candidates) {
      const term = index.terms[t];
      if ((term.onlyGeneric && !clauseOnlyGeneric) || (term.onlyKind && !clauseOnlyKind(term.onlyKind))) {
        shared[t] = 0;
        sharedWords[t] = 0;
        continue;
      }
      const hasWord = sharedWords[t] > 0;
      // A term that says what is done (`充电桩运营`) speaks less surely to a clause that does not (`做充电桩`).
      const agree =
        agreement(activities, term.activities) * (!activities && term.statesActivity ? TUNING.unstatedActivity : 1);
      if (
        hasWord &&
        shared[t] >= TUNING.generalClauseCoverage * thingWeight &&
        touchesEveryThing(term.tokens) &&
        (!madeOf || term.text.includes('制品')) &&
        !this.#otherKind(t, clauseThing, text, this.#commonThingWords)
      ) {
        if (term.targets.length) this.#noteGeneralisation(general, t, shared[t], inClause, wording, agree);
        else outsideHolders += holderShare(!!wording.head && term.head.endsWith(wording.head));
      }
      let {
        score: base,
        exact,
        heads,
        covers,
      } = hasWord
        ? this.#coverageScore(
            shared[t],
            term.weight,
            () => localOf(term, term.tokens),
            () => contentShare(term.surface, wording),
          )
        : { score: 0, exact: false, heads: false, covers: 0 };
      shared[t] = 0;
      sharedWords[t] = 0;
      if (hasWord && term.core) {
        const coreShared = partShared(term.core);
        if (coreShared >= term.core.weight * FULL_SHARE) {
          // The core stands for a whole term whose head differs from the clause's (机器翻译软件 / 机器翻译算法).
          const core = this.#coverageScore(
            coreShared,
            term.core.weight,
            () => {
              // …unless the clause's thing is a venue named after it (`虚拟现实体验馆` is not 虚拟现实设备).
              const touched = local(term.core!.tokens);
              return { ...touched, heads: !touched.venue, unknownHead: false };
            },
            () => contentShare(term.surface, wording),
          );
          core.score *= TUNING.coreFactor;
          if (core.score > base) ({ score: base, exact, heads, covers } = { ...core, exact: false });
        }
      }
      let agreed = agree;
      // One part of a name that lists several things (`…监测仪器及电子设备制造`) is read without the rest of the name.
      let viaSegment = false;
      if (hasWord && term.segments) {
        for (const segment of term.segments) {
          const segShared = partShared(segment);
          if (!segShared) continue;
          const part = this.#coverageScore(
            segShared,
            segment.weight,
            () => localOf(term, segment.tokens),
            () => contentShare(segment.surface, wording),
          );
          const partAgree = segment.activities === undefined ? agree : agreement(activities, segment.activities);
          if (part.score * TUNING.segmentFactor * partAgree > base * agreed) {
            ({ exact, heads, covers } = part);
            base = part.score * TUNING.segmentFactor;
            agreed = partAgree;
            viaSegment = true;
          }
        }
      }
      if (!base) continue;
      base *= agreed * factor;
      if (!term.targets.length) {
        // A place outside the directory must name the clause's thing itself, not part of it (`石墨`, graphite mining,
        // in `石墨烯`) nor something more general (`翻译服务` for `机器翻译`).
        if (!heads || covers < TUNING.outsideCovers) continue;
        const score =
          base *
          (term.source === 'x' && term.text === index.industries.get(term.place)?.name
            ? TUNING.outsideNameWeight
            : TUNING.sourceWeight.x);
        if (score >= TUNING.minEvidence) out.placements.push({ clauseIndex, code: term.place, term: term.text, score });
        continue;
      }
      base *= TUNING.sourceWeight[term.source];
      if (!exact && this.#otherKind(t, clauseThing, text)) base *= TUNING.otherKind;
      const raw = base;
      // A term listed under many categories points at none in particular; a clause that is exactly that term (the
      // name of a class several categories share in part) points at each of them a little more.
      base /= 1 + (exact ? TUNING.exactAmbiguity : TUNING.ambiguity) * (term.spread - 1);
      const definiteSource = term.source === 'n' || term.source === 'd' || term.source === 'a' || term.source === 'i';
      const namingParts = exact && term.source === 'i' ? this.#partsNaming(term.targets, wording.head) : undefined;
      for (const target of term.targets) {
        if (namingParts && !namingParts.has(target)) continue;
        // A class only partly in the category is weaker evidence, less so when the clause names exactly that class;
        // a product listed under it names the part that belongs.
        const score =
          target.partial && term.source === 'i'
            ? base * (exact ? TUNING.exactPartialFactor : TUNING.partialFactor)
            : base;
        if (score < TUNING.minEvidence) continue;
        // One part of the name of a class listed only in part (`税务服务` of 会计、审计及税务服务, listed for 能源审计)
        // names something the listed part may well not be.
        if (viaSegment && target.partial && term.source === 'i') continue;
        out.evidence.push({
          clauseIndex,
          term: term.text,
          source: sourceOverride ?? SOURCE_BY_CODE[term.source as keyof typeof SOURCE_BY_CODE],
          target,
          score,
          possible:
            !definiteSource || !heads || target.partial || agreed < 1 || viaSegment || sourceOverride === 'typo',
          termIndex: t,
          raw,
        });
      }
    }
    // A bare word is read from the many terms that mention it only where most of them are in one category
    // (`光伏`); `食品` and `汽车` are spread over many.
    let words = 0;
    for (const [tok, kind] of tokens) if (kind !== 'char' && !(namesThing && isActivityWord(tok))) words++;
    if (general.size) {
      // Terms naming a kind of the word count fully, terms naming something else made of or for it little.
      const weightOf = (holders: GeneralHolder[]) => {
        const seen = new Map<number, number>();
        for (const h of holders) seen.set(h.term, holderShare(h.sameHead));
        let sum = 0;
        for (const w of seen.values()) sum += w;
        return sum;
      };
      const inside = weightOf([...general.values()].flat());
      const [share, all] = words < 2 ? [TUNING.bareWordShare, inside] : [TUNING.generalShare, inside + outsideHolders];
      for (const [l2, holders] of general) if (weightOf(holders) < share * all) general.delete(l2);
    }
    for (const [l2, holders] of general) {
      const g = this.#generalisationScore(holders, thingWeight);
      const score = g.score * factor;
      if (score < TUNING.minEvidence) continue;
      const best = index.terms[g.best];
      out.evidence.push({
        clauseIndex,
        term: best.text,
        source: sourceOverride ?? SOURCE_BY_CODE[best.source as keyof typeof SOURCE_BY_CODE],
        target: best.targets.find((target) => target.l2 === l2)!,
        score,
        possible: true,
        termIndex: g.best,
        raw: score,
      });
    }
    return out;
  }

  /**
   * `特种陶瓷制品制造` is listed in part by 1.2 (for 电子材料), 3.4 (as 功能陶瓷制造 and 结构陶瓷制造) and 3.6 (for
   * composites and nano materials). A clause that names exactly such a class most likely means the part whose direction
   * names the same thing: those targets, when some do and some do not; otherwise undefined (every part stays possible).
   */
  #partsNaming(targets: readonly Target[], head: string): Set<Target> | undefined {
    if (!head) return undefined;
    const naming = new Set<Target>();
    let partial = 0;
    for (const target of targets) {
      if (!target.partial) continue;
      partial++;
      if (target.l3 >= 0 && this.#directionHead(target.l3) === head) naming.add(target);
    }
    return naming.size && naming.size < partial
      ? new Set([...naming, ...targets.filter((t) => !t.partial)])
      : undefined;
  }

  #directionHead(l3: number): string {
    let head = this.#directionHeads.get(l3);
    if (head === undefined) {
      head = headOf(contentRuns(this.#index.categories[l3].name), this.#index.words, isActivityWord);
      this.#directionHeads.set(l3, head);
    }
    return head;
  }

  /**
   * Records a term that holds most of the clause (the clause is more general than the term: `通信设备` in
   * `微波通信设备`), for each category the term belongs to wholly.
   */
  #noteGeneralisation(
    general: Map<number, GeneralHolder[]>,
    t: number,
    sharedWeight: number,
    inClause: ReadonlySet<number>,
    wording: ClauseWording,
    agree: number,
  ) {
    const index = this.#index;
    const term: PreparedTerm = index.terms[t];
    const extras: number[] = [];
    for (const id of term.tokens)
      if (!inClause.has(id) && index.charToken[id] === 0 && index.tokenWeight[id] >= 1.5) extras.push(id);
    const share = contentShare(term.surface, wording);
    const seen = new Set<number>();
    for (const target of term.targets) {
      // The name of a class a category lists only in part does not say the category holds the clause.
      if ((target.partial && term.source === 'i') || seen.has(target.l2)) continue;
      seen.add(target.l2);
      const list = general.get(target.l2) ?? [];
      // A clause naming a general kind (`石墨烯材料`, `环保设备`) is held by any specific thing of it (石墨烯薄膜).
      // A thing made for it (`通信设备用连接器`) is not one of it.
      const sameHead =
        !!wording.head &&
        (term.head.endsWith(wording.head) ||
          (GENERIC_HEADS.includes(wording.head) && namesKindOf(term.text, wording.head)));
      list.push({
        term: t,
        shared: sharedWeight,
        extras,
        wording: share,
        coverage: sharedWeight / term.weight,
        agreement: agree,
        sameHead,
      });
      general.set(target.l2, list);
    }
  }

  /**
   * Evidence from several terms of one category that each hold the clause: more terms, more evidence, unless they
   * all add the same qualifier the clause lacks (`汽车` inside `新能源汽车…` everywhere: the category is about new
   * energy vehicles, not cars in general), or do something else than the clause does.
   */
  #generalisationScore(
    holders: GeneralHolder[],
    clauseWeight: number,
  ): { score: number; best: number; support: number } {
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
    let agree = 0;
    let best = holders[0];
    for (const h of terms.values()) {
      // A term naming something else that the clause's thing is part of or for (`轴承钢`, `食品用酶`) says little.
      const share = (h.shared / most) * holderShare(h.sameHead);
      support += share;
      // Whether the category keeps adding one qualifier is judged on the terms that hold all of the clause.
      if (share >= 0.9) {
        full++;
        for (const id of h.extras) extras.set(id, (extras.get(id) ?? 0) + 1);
      }
      wording += h.wording * share;
      agree += h.agreement * share;
      if (h.shared > best.shared || (h.shared === best.shared && h.coverage > best.coverage)) best = h;
    }
    let dominant = 0;
    for (const count of extras.values()) dominant = Math.max(dominant, count / full);
    let headSupport = 0;
    for (const h of terms.values()) if (h.sameHead) headSupport += h.shared / most;
    const sameHeadShare = support ? Math.min(1, headSupport / support) : 0;
    const qualifierMissing = full >= 2 && dominant >= TUNING.generalDominantQualifier;
    const specificity = Math.min(1, most / TUNING.specificWeight);
    const wordingFactor = TUNING.wordingFloor + (1 - TUNING.wordingFloor) * Math.max(wording / support, sameHeadShare);
    const coverage = Math.sqrt(Math.min(1, most / clauseWeight));
    const score =
      specificity *
      (1 - TUNING.generalSupport ** support) *
      wordingFactor *
      coverage *
      (agree / support) *
      (qualifierMissing ? 0.3 : 1);
    return { score, best: best.term, support };
  }

  /**
   * How well a term (or part of one) and a clause cover each other, from the weight they share. A term wholly in
   * the clause matches; otherwise both must mostly cover each other, and the match is weaker the more of the term
   * is missing (`货物运输` says little about `航空货物运输`). `exact`: the clause is essentially the term.
   */
  #coverageScore(
    sharedWeight: number,
    termWeight: number,
    local: () => LocalCoverage,
    wordingShare: () => number,
  ): { score: number; exact: boolean; heads: boolean; covers: number } {
    const none = { score: 0, exact: false, heads: false, covers: 0 };
    if (!(sharedWeight > 0) || !(termWeight > 0)) return none;
    const termCoverage = Math.min(1, sharedWeight / termWeight);
    const contained = termCoverage > FULL_SHARE;
    if (!contained && termCoverage < TUNING.overlapTermCoverage) return none;
    // How much of the part of the clause the term speaks to (the runs it touches) it explains.
    const touched = local();
    // A term that meets only what the clause does (`设计服务` in `安防监控系统的设计`) says nothing of its thing.
    if (!touched.thing) return none;
    // A business that is a venue named after something (`VR虚拟现实体验馆`, `5G智慧主题餐厅`) is not that thing.
    if (touched.venue && !touched.heads) return none;
    const clauseCoverage = Math.min(1, sharedWeight / touched.weight);
    if (!contained && clauseCoverage < TUNING.overlapClauseCoverage) return none;
    // A head the vocabulary never uses (`磁钢` in `钕铁硼磁钢`) cannot be explained by any term: what the clause says
    // of its thing is all there is to go on.
    const head = touched.heads ? 1 : touched.unknownHead ? TUNING.headUnknown : TUNING.headMissed;
    const specificity = Math.min(1, sharedWeight / TUNING.specificWeight);
    // The term's own content characters found in the clause: `航空运营及支持服务` is not much like `航空器零部件生产`
    // although both say 航空.
    const surface = wordingShare();
    const wording = TUNING.wordingFloor + (1 - TUNING.wordingFloor) * surface;
    if (contained) {
      const score = specificity * (1 - TUNING.containedUncovered * (1 - clauseCoverage)) * wording * head;
      return {
        score,
        exact: clauseCoverage >= 0.8 && surface >= 0.8 && touched.heads,
        heads: touched.heads,
        covers: clauseCoverage,
      };
    }
    // F-measure leaning on the clause: a clause mostly explained by a more detailed term is a fair match.
    const f = (5 * termCoverage * clauseCoverage) / (4 * termCoverage + clauseCoverage);
    return {
      score: specificity * f * TUNING.overlapWeight * wording * head,
      exact: false,
      heads: touched.heads,
      covers: clauseCoverage,
    };
  }
}
