/**
 * From the evidence of every clause to the answer: each clause is first placed (in the directory, or in a GB/T class
 * outside it, whichever its best evidence says), then the categories are gathered across clauses, scored, and told
 * apart as `strong` or `possible`.
 */
import { onlyLeases, onlyTeaches, onlyTrades } from './activity.js';
import type { ClauseMatches, Evidence } from './match.js';
import type { PreparedIndex, Target } from './prepare.js';
import { TUNING } from './tuning.js';
import type {
  CategoryRef,
  CategoryResult,
  ClauseMatch,
  MatchedDirection,
  MatchedIndustry,
  MatchReason,
  MatchStrength,
  OutsideIndustry,
  SearchClause,
} from './types.js';

/**
 * Where a clause's best evidence lies. Returns the evidence that counts for directory categories; when the clause's
 * best place is a class outside the directory (or outside the part of a class it lists), the clause says so and
 * nothing of it counts. A clause that only sells goods, with nothing in the directory that sells them, is in
 * section F (批发和零售业), which the directory does not list (only 5267 机动车充电销售 is there); one that only leases
 * things out is in 71 (租赁业).
 */
export function placeClause(index: PreparedIndex, clause: SearchClause, matches: ClauseMatches): Evidence[] {
  let bestInside = 0;
  for (const e of matches.evidence) bestInside = Math.max(bestInside, e.raw);
  let place: { code: string; term: string; score: number } | undefined;
  for (const p of matches.placements) if (!place || p.score > place.score) place = p;
  if (place && place.score > bestInside * TUNING.outsideWins) {
    clause.outsideIndustry = outsideRef(index, place.code, place.term);
    return [];
  }
  if (!matches.evidence.length) {
    const place = onlyTrades(matches.activities)
      ? tradePlace(index, clause.text)
      : onlyLeases(matches.activities)
        ? knownPlace(index, '71')
        : onlyTeaches(matches.activities)
          ? knownPlace(index, 'P')
          : undefined;
    if (place) clause.outsideIndustry = place;
  }
  return matches.evidence;
}

/**
 * A whole part of the classification the directory does not list, when the index has it: leasing out (租赁业, 71;
 * 融资租赁 is finance, 6631) or education (P; only 职业技能培训 is listed, in part).
 */
function knownPlace(index: PreparedIndex, code: string): OutsideIndustry | undefined {
  return index.industries.has(code) ? outsideRef(index, code) : undefined;
}

function outsideRef(index: PreparedIndex, code: string, via?: string): OutsideIndustry {
  const entry = index.industries.get(code);
  const ref: OutsideIndustry = { code, name: entry?.name ?? code };
  if (entry?.listing?.length) ref.partial = true;
  if (via && via !== ref.name) ref.via = via;
  return ref;
}

/** The part of section F a selling clause names: 批发业 (51), 零售业 (52), or the whole section. */
function tradePlace(index: PreparedIndex, text: string): OutsideIndustry | undefined {
  const wholesale = text.includes('批发');
  const retail = text.includes('零售');
  const code = wholesale && !retail ? '51' : retail && !wholesale ? '52' : 'F';
  return index.industries.has(code) ? outsideRef(index, code) : undefined;
}

/**
 * Within each clause, keeps the categories close to its best match; evidence through a class several categories
 * share gives way to evidence that points at one category (信息系统集成服务 belongs in 1.3 through its own products,
 * not in 航空装备 through a shared class). Then gathers per category: the best clause counts fully, further clauses at
 * half strength; a category no clause reaches on its own, and categories far below the best of the text, are left out.
 */
export function aggregate(
  index: PreparedIndex,
  evidence: Evidence[],
  clauses: SearchClause[],
  limit: number,
): CategoryResult[] {
  const best = new Map<number, Evidence>();
  const bestSpecific = new Map<number, Evidence>();
  const isSpecific = (e: Evidence) => e.termIndex < 0 || index.terms[e.termIndex].spread === 1;
  for (const e of evidence) {
    const current = best.get(e.clauseIndex);
    if (!current || e.score > current.score) best.set(e.clauseIndex, e);
    if (isSpecific(e)) {
      const specific = bestSpecific.get(e.clauseIndex);
      if (!specific || e.score > specific.score) bestSpecific.set(e.clauseIndex, e);
    }
  }
  const kept = evidence.filter((e) => {
    const top = best.get(e.clauseIndex)!;
    if (e.score < TUNING.relativeToBest * top.score) return false;
    const specific = bestSpecific.get(e.clauseIndex);
    if (
      specific &&
      !isSpecific(e) &&
      e.target.l2 !== specific.target.l2 &&
      e.score < specific.score / TUNING.specificBeatsShared
    )
      return false;
    return true;
  });

  const byCategory = new Map<number, Evidence[]>();
  for (const e of kept) {
    const list = byCategory.get(e.target.l2) ?? [];
    list.push(e);
    byCategory.set(e.target.l2, list);
  }
  const results: Array<{
    l2: number;
    score: number;
    strong: boolean;
    evidence: Evidence[];
    /** What each clause's evidence adds up to. */
    byClause: Map<number, number>;
  }> = [];
  for (const [l2, list] of byCategory) {
    list.sort((a, b) => b.score - a.score || a.clauseIndex - b.clauseIndex);
    // Across clauses, the best clause counts fully and each further clause at half strength: several weak hints are
    // not one strong one.
    const perClause = new Map<number, Evidence[]>();
    for (const e of list) {
      const inClause = perClause.get(e.clauseIndex) ?? [];
      if (!inClause.some((other) => other.term === e.term)) inClause.push(e);
      perClause.set(e.clauseIndex, inClause);
    }
    const byClause = new Map([...perClause].map(([clauseIndex, inClause]) => [clauseIndex, clauseScore(inClause)]));
    const clauseScores = [...byClause.values()].sort((a, b) => b - a);
    let miss = 1;
    clauseScores.forEach((score, rank) => (miss *= 1 - score * (rank === 0 ? 1 : TUNING.furtherClauses)));
    const score = 1 - miss;
    // Some clause must reach the report score on its own (then so does the total, which is never below the best
    // clause): three items of an auto-finance scope each touching 9.2 at 0.3–0.4 (`发行金融债券`, `营运设备贷款`,
    // `…汽车贷款应收款业务`) add up to more, but none says the business is in it.
    if (clauseScores[0] < TUNING.reportScore) continue;
    // Strong: some evidence for it is definite (a whole class, a direction or category name, an alias, naming the
    // clause's thing and doing the same) and strong enough on its own.
    const strong = score >= TUNING.strongScore && list.some((e) => !e.possible && e.score >= TUNING.strongScore);
    results.push({ l2, score, strong, evidence: list, byClause });
  }
  results.sort((a, b) => b.score - a.score || a.l2 - b.l2);
  const topScore = results[0]?.score ?? 0;
  // Beside a category the text definitely names, one it only possibly touches (a class shared with many others, a
  // general word such as 设计服务) is left out unless it is nearly as well supported.
  const topStrong = results.find((r) => r.strong)?.score ?? 0;
  const chosen = results.filter(
    (r) =>
      r.score >= TUNING.relativeToTop * topScore && (r.strong || r.score >= TUNING.possibleBesideStrong * topStrong),
  );
  // An item of a scope that none of those answers, but one category answers well (`合同能源管理` → 7.1 beside
  // `光伏设备及元器件制造` → 6.3), is answered by it: a business doing several things is told of each.
  const answered = new Set<number>();
  for (const r of chosen) for (const e of r.evidence) answered.add(e.clauseIndex);
  for (const [clauseIndex, e] of best) {
    if (clauses[clauseIndex].companyName) continue;
    // The name of a class listed only in part (`电气设备修理`, listed for wind turbines) is too common an item to
    // stand for the listed part on its own.
    if (answered.has(clauseIndex) || e.score < TUNING.strongScore || (e.target.partial && e.source === 'industry'))
      continue;
    const r = results.find((candidate) => candidate.l2 === e.target.l2);
    if (!r || chosen.includes(r)) continue;
    chosen.push(r);
    for (const other of r.evidence) answered.add(other.clauseIndex);
  }
  // The company's name says what the business mainly does: the category it names best is told of, unless an answer
  // already holds the name about as well (`IPTV` is a product of 1.1 and of 8.2 alike).
  const nameIndex = clauses.findIndex((c) => c.companyName);
  const named = nameIndex < 0 ? [] : results.map((r) => ({ r, score: r.byClause.get(nameIndex) ?? 0 }));
  named.sort((a, b) => b.score - a.score);
  if (named.length && named[0].score >= TUNING.reportScore) {
    const best = named[0].score;
    if (!named.some(({ r, score }) => chosen.includes(r) && score >= TUNING.nameHeld * best)) chosen.push(named[0].r);
  }
  const top = chosen.sort((a, b) => b.score - a.score || a.l2 - b.l2).slice(0, limit);

  const reported = new Set(top.map((r) => r.l2));
  for (const e of kept) {
    if (!reported.has(e.target.l2)) continue;
    const clause = clauses[e.clauseIndex];
    if (clause.matches.some((m) => m.category === index.categories[e.target.l2].id && m.term === e.term)) continue;
    clause.matches.push(clauseMatch(index, e));
  }
  for (const clause of clauses) {
    clause.matches.sort((a, b) => b.score - a.score);
    clause.matches.splice(TUNING.maxClauseMatches);
  }
  return top.map((r) => categoryResult(index, r.l2, r.score, r.strong ? 'strong' : 'possible', r.evidence, clauses));
}

/**
 * What one clause's evidence for one category adds up to, best first: the best term counts fully and further terms
 * naming the same a little (many listed products naming what the clause names).
 */
function clauseScore(inClause: readonly Evidence[]): number {
  let miss = 1;
  inClause.slice(0, 3).forEach((e, rank) => (miss *= 1 - Math.min(e.score, 0.999) * TUNING.furtherTerms ** rank));
  return 1 - miss;
}

function directionRef(index: PreparedIndex, l3: number): MatchedDirection | undefined {
  if (l3 < 0) return undefined;
  const c = index.categories[l3];
  return { id: c.id, name: c.name, inferred: c.inferred };
}

function industryRef(index: PreparedIndex, target: Target): MatchedIndustry | undefined {
  if (!target.industry) return undefined;
  return {
    code: target.industry,
    name: index.industries.get(target.industry)?.name ?? target.industry,
    partial: target.partial,
  };
}

function clauseMatch(index: PreparedIndex, e: Evidence): ClauseMatch {
  const match: ClauseMatch = {
    category: index.categories[e.target.l2].id,
    term: e.term,
    source: e.source,
    score: round(e.score),
  };
  const direction = directionRef(index, e.target.l3);
  const industry = industryRef(index, e.target);
  if (direction) match.direction = direction;
  if (industry) match.industry = industry;
  return match;
}

function categoryResult(
  index: PreparedIndex,
  l2: number,
  score: number,
  strength: MatchStrength,
  evidence: Evidence[],
  clauses: SearchClause[],
): CategoryResult {
  const c = index.categories[l2];
  const parent = index.categories[c.parent];
  const parentRef: CategoryRef = { id: parent.id, code: parent.code || null, name: parent.name };
  const reasons: MatchReason[] = [];
  const seen = new Set<string>();
  const directions = new Map<string, MatchedDirection>();
  const industries = new Map<string, MatchedIndustry>();
  for (const e of evidence) {
    const direction = directionRef(index, e.target.l3);
    const industry = industryRef(index, e.target);
    if (direction && !directions.has(direction.id)) directions.set(direction.id, direction);
    if (industry && !industries.has(industry.code)) industries.set(industry.code, industry);
    const key = `${e.clauseIndex}\u0000${e.term}`;
    if (seen.has(key) || reasons.length >= TUNING.maxReasons) continue;
    seen.add(key);
    const reason: MatchReason = {
      clauseIndex: e.clauseIndex,
      clause: clauses[e.clauseIndex].text,
      term: e.term,
      source: e.source,
      score: round(e.score),
      possible: e.possible,
    };
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

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
