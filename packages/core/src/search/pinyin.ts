/**
 * Pinyin typed without tones: whole names (`rengong zhineng`, `rengongzhineng`), their initials (`rgzn`) and name
 * prefixes, and any word of the vocabulary (`shuju fenxi` → 数据分析), read back into Chinese with the words the
 * directory itself uses. The pinyin was computed when the index was built; no pinyin library reaches browsers.
 */
import type { Evidence } from './match.js';
import type { PreparedIndex } from './prepare.js';
import { TUNING } from './tuning.js';

/** Evidence from names whose pinyin the text is (full, initials, or the start of the full pinyin). */
export function matchNamePinyin(index: PreparedIndex, text: string): Evidence[] {
  const typed = text.replace(/[\s']/gu, '');
  if (typed.length < 2) return [];
  const out: Evidence[] = [];
  index.terms.forEach((term, t) => {
    if (!term.pinyinFull) return;
    let score = 0;
    if (term.pinyinFull === typed) score = 1;
    else if (term.pinyinInitials === typed && typed.length >= 3) score = 0.85;
    else if (typed.length >= 6 && term.pinyinFull.startsWith(typed)) score = 0.75;
    // The initials of a name's first words (`zscq` for 知识产权 of 知识产权及相关服务).
    else if (typed.length >= 4 && term.pinyinInitials?.startsWith(typed)) score = TUNING.initialsPrefix;
    if (!score) return;
    score *= TUNING.sourceWeight[term.source] / (1 + TUNING.ambiguity * (term.spread - 1));
    for (const target of term.targets) {
      const s = target.partial ? score * TUNING.partialFactor : score;
      if (s < TUNING.minEvidence) continue;
      out.push({
        clauseIndex: 0,
        term: term.text,
        source: 'pinyin',
        target,
        score: s,
        possible: target.partial || score < 1,
        termIndex: t,
        raw: score,
      });
    }
  });
  return out;
}

/**
 * The Chinese words a pinyin text writes, using the vocabulary's own words: each space-separated chunk is cut into
 * the fewest known pinyin words (`shujufenxi` → shuju|fenxi → 数据分析). Undefined when most of it is no known word.
 */
export function pinyinToText(index: PreparedIndex, text: string): string | undefined {
  if (!index.pinyinWords.size) return undefined;
  const chunks = text.replace(/'/gu, ' ').split(/\s+/u).filter(Boolean);
  if (!chunks.length || chunks.join('').length > 120) return undefined;
  let out = '';
  let unread = 0;
  for (const chunk of chunks) {
    // best[i]: fewest words writing chunk[0..i), and where its last word starts.
    const n = chunk.length;
    const best = new Array<number>(n + 1).fill(Infinity);
    const from = new Array<number>(n + 1).fill(-1);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      if (best[i] === Infinity) continue;
      for (let len = 2; len <= Math.min(index.pinyinLongest, n - i); len++) {
        if (!index.pinyinWords.has(chunk.slice(i, i + len))) continue;
        if (best[i] + 1 < best[i + len]) {
          best[i + len] = best[i] + 1;
          from[i + len] = i;
        }
      }
    }
    // A chunk that is no known word (a word the directory does not use, or not pinyin at all) is left out, as long as
    // the known words make up most of what was typed (`yiyong zhiyangji` → 制氧机).
    if (best[n] === Infinity) {
      unread += n;
      continue;
    }
    const words: string[] = [];
    for (let end = n; end > 0; end = from[end]) words.unshift(index.pinyinWords.get(chunk.slice(from[end], end))!);
    out += words.join('');
  }
  return out && unread <= chunks.join('').length / 2 ? out : undefined;
}
