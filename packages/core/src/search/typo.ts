/**
 * Typo correction for short clauses that matched nothing (`人工只能` → 人工智能): fuse.js proposes directory names,
 * and a proposal counts only if the clause differs from a stretch of the name by one character (two for clauses of
 * 7 or more), the content it is about stays (`劳务服务` is not `税务服务`), the last character of a short name stays
 * (`内存卡` is not `内存条`), and that stretch itself matches.
 */
import { contentRuns, tokenize } from './lexicon.js';
import type { ClauseMatcher, Evidence } from './match.js';
import type { PreparedIndex } from './prepare.js';
import { TUNING } from './tuning.js';

/** Names of at most this many characters are short: their last character is the thing they name. */
const SHORT_NAME = 4;

export function matchTypo(
  index: PreparedIndex,
  matcher: ClauseMatcher,
  text: string,
  clauseIndex: number,
): { corrected: string; evidence: Evidence[] } | undefined {
  const chars = Array.from(text.replace(/\s+/gu, ''));
  if (chars.length < 3 || chars.length > TUNING.typoMaxLength || !/\p{Script=Han}/u.test(text)) return undefined;
  // A typo leaves part of the phrase intact and makes some of it unknown: with no known word, or nothing unknown,
  // this is not a misspelt directory name.
  const tokens = tokenize(text, index.words);
  if (!tokens.some((tok) => index.tokenIds.has(tok) && index.charToken[index.tokenIds.get(tok)!] === 0))
    return undefined;
  if (tokens.every((tok) => index.tokenIds.has(tok))) return undefined;
  const allowed = chars.length >= 7 ? 2 : 1;
  let best: { corrected: string; evidence: Evidence[]; distance: number; score: number } | undefined;
  for (const hit of index.fuse.search(chars.join(''), { limit: 12 })) {
    const aligned = alignWithin(chars, Array.from(hit.item.text));
    if (!aligned || aligned.distance === 0 || aligned.distance > allowed) continue;
    // The last character of a short name says what the thing is: 密码锁 is a lock, not 密码机 mistyped.
    const alignedChars = Array.from(aligned.text);
    if (
      chars.length <= SHORT_NAME &&
      alignedChars.length === chars.length &&
      alignedChars[alignedChars.length - 1] !== chars[chars.length - 1]
    )
      continue;
    const before = Array.from(contentRuns(text).join(''));
    const after = Array.from(contentRuns(aligned.text).join(''));
    if (after.length < 3 || editDistance(before, after) > allowed) continue;
    const { evidence, placements } = matcher.match(aligned.text, clauseIndex, TUNING.typoFactor, 'typo');
    if (!evidence.length) continue;
    const top = Math.max(...evidence.map((e) => e.score));
    // A correction that lands on an industry outside the directory is no correction towards it.
    if (placements.some((p) => p.score >= top)) continue;
    if (!best || aligned.distance < best.distance || (aligned.distance === best.distance && top > best.score)) {
      best = { corrected: aligned.text, evidence, distance: aligned.distance, score: top };
    }
  }
  return best && { corrected: best.corrected, evidence: best.evidence };
}

/**
 * The clause with its shortened words written out (`新能源车维修` → 新能源汽车维修), when it has any: a content run
 * holding a pair of characters the vocabulary never writes, that is one of its runs with one character left out.
 */
export function expandAbbreviations(index: PreparedIndex, text: string): string | undefined {
  let expanded = text;
  let changed = false;
  for (const run of contentRuns(text)) {
    const chars = Array.from(run);
    if (chars.length < 3) continue;
    const unknown = chars.slice(1).some((ch, i) => !index.tokenIds.has(chars[i] + ch));
    if (!unknown) continue;
    // The whole run, or its longest stretch from either end, may be the short form (`新能源车` in 新能源车零部件).
    for (let len = chars.length; len >= 3; len--) {
      let found = false;
      for (let start = 0; start + len <= chars.length; start++) {
        const piece = chars.slice(start, start + len).join('');
        const full = index.abbreviations.get(piece);
        if (!full) continue;
        // A piece that cuts a word of the clause in two is no short form: `修工程` (修复工程) in 装修工程.
        const end = start + len;
        if (
          (start > 0 && index.words.has(chars[start - 1] + chars[start])) ||
          (end < chars.length && index.words.has(chars[end - 1] + chars[end]))
        )
          continue;
        expanded = expanded.replace(piece, full);
        changed = found = true;
        break;
      }
      if (found) break;
    }
  }
  return changed ? expanded : undefined;
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
  // Among stretches equally close, the one as long as the pattern: `工业机器人制照` is `工业机器人制造` with one
  // character changed, not `工业机器人制` with one added.
  let bestJ = 1;
  const gap = (j: number) => Math.abs(j - prevStart[j] - m);
  for (let j = 1; j <= n; j++)
    if (prevCost[j] < prevCost[bestJ] || (prevCost[j] === prevCost[bestJ] && gap(j) < gap(bestJ))) bestJ = j;
  return { text: text.slice(prevStart[bestJ], bestJ).join(''), distance: prevCost[bestJ] };
}
