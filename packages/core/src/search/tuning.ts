/**
 * The numbers of the matcher, in one place. Changing a value changes results: run `npm run eval` (every evaluation
 * set, by kind) and `npm run bench -- search` (latency and size) after.
 */
import type { TermSourceCode } from './index-format.js';

export const TUNING = {
  /** How much each kind of term says on its own (`x`: where the national classification places a phrase). */
  sourceWeight: { n: 1, d: 1, k: 1, a: 1, i: 0.95, p: 0.9, o: 0.8, x: 0.8 } satisfies Record<TermSourceCode, number>,
  /** A place outside the directory counts only when its term explains this share of the clause words it touches. */
  outsideCovers: 0.8,
  /** Official names of classes the directory does not list, which place a clause outside it like `x` terms. */
  outsideNameWeight: 0.95,
  /** A class only partly in the category (`*`) is evidence of a possible match only. */
  partialFactor: 0.7,
  /** The same when the clause names exactly that class (`电子专用材料`): then every category holding it is possible. */
  exactPartialFactor: 0.85,
  /** A term shared by several level-2 categories says less about each: 1 / (1 + ambiguity × (count − 1)). */
  ambiguity: 0.3,
  /** The same when the clause is exactly that term. */
  exactAmbiguity: 0.1,
  /** A term whose own words say what is done, for a clause that says nothing of it. */
  unstatedActivity: 0.75,
  /** Shared token weight that makes a match fully specific; less shared information scales the match down. */
  specificWeight: 4,
  /** Overlap matches (the term not wholly in the clause) need this share of the term and of the clause. */
  overlapTermCoverage: 0.6,
  overlapClauseCoverage: 0.6,
  /** A clause matching one part of a term that names several things (`云计算与大数据服务`) counts this much. */
  segmentFactor: 0.9,
  /** Such a part is matchable on its own from this weight (`污水处理` of 污水处理及其再生利用). */
  segmentWeight: 3,
  /** A clause holding a term without its generic head (`机器翻译` of 机器翻译软件) counts this much. */
  coreFactor: 0.85,
  /** A term naming another kind of the clause's thing (`飞机发动机` for `汽车发动机`) counts this much. */
  otherKind: 0.5,
  /** …and is no holder of a general clause when both kind words name the thing of this many terms or more. */
  kindWordTerms: 2,
  /** A term wholly in the clause loses this share for the part of the runs it touches that it leaves unexplained. */
  containedUncovered: 0.4,
  /** A term that leaves the head of the clause's words unexplained (新能源 in 新能源汽车) keeps this much. */
  headMissed: 0.5,
  /** The same when the head left unexplained is a word the vocabulary never uses (磁钢 in 钕铁硼磁钢). */
  headUnknown: 0.75,
  /** Most an overlap (the term not wholly in the clause) can count. */
  overlapWeight: 0.8,
  /** Weight kept by a match whose content characters are absent from the clause. */
  wordingFloor: 0.4,
  /** A term holding this share of a clause's weight counts towards the clause being a general word for it. */
  generalClauseCoverage: 0.6,
  /** A term holding the clause but naming something else (its head differs: `轴承钢` for `轴承`) counts this much. */
  otherHeadShare: 0.25,
  /** Evidence from n such terms grows as 1 − generalSupport^n. */
  generalSupport: 0.4,
  /** For a one-word clause, the share of those terms one category must hold. */
  bareWordShare: 0.5,
  /** For a clause of several words, the share of the terms holding it (inside and outside) one category must hold. */
  generalShare: 0.25,
  /** When this share of those terms add the same qualifier that the clause lacks, they count for little. */
  generalDominantQualifier: 0.7,
  /** Matches below this are ignored. */
  minEvidence: 0.3,
  /** The place of a clause outside the directory wins over evidence inside it from this ratio of their scores. */
  outsideWins: 1,
  /** Weight of the second and third term of one clause pointing at the same category (squared for the third). */
  furtherTerms: 0.35,
  /** Evidence through a class that several categories share gives way to more specific evidence this much better. */
  specificBeatsShared: 0.9,
  /** Weight of each clause after the best one pointing at the same category. */
  furtherClauses: 0.5,
  /** Within one clause, categories far below the clause's best match are dropped. */
  relativeToBest: 0.8,
  /** A category is returned from this score; `strong` from `strongScore` with definite evidence. */
  reportScore: 0.5,
  strongScore: 0.7,
  /** Across a whole text, categories below this share of the best category's score are left out. */
  relativeToTop: 0.8,
  /** Beside a strong category, a possible one is kept from this share of the strong one's score. */
  possibleBesideStrong: 0.9,
  /** The company's name counts as answered by a category holding it with this share of its best evidence. */
  nameHeld: 0.9,
  /** Typo corrections are tried on clauses of at most this many characters. */
  typoMaxLength: 12,
  /** At most this many clauses of one text are tried for typos (a long paste of junk stays fast). */
  typoMaxClauses: 8,
  /** A match through a shortened word written out (`新能源车` → 新能源汽车) counts this much. */
  abbreviationFactor: 0.9,
  /** A match through a shorter reading of a phrase (its telling part, `backoff.ts`) counts this much. */
  backOffFactor: 0.85,
  /** Phrases of at most this many meaningful pieces are read by their telling part. */
  backOffMaxPieces: 6,
  /** A match of typed letters with the initials of a name's first words (`zscq` → 知识产权及相关服务). */
  initialsPrefix: 0.7,
  /** A match through a corrected typo counts this much. */
  typoFactor: 0.8,
  /** Most reasons kept per category and matches per clause. */
  maxReasons: 8,
  maxClauseMatches: 5,
};
