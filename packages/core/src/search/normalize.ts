/**
 * Text normalisation for business-scope search: the same function prepares the directory's vocabulary at build
 * time and the user's text at search time, so both sides compare like with like.
 */

import { ACTIVITY_WORDS } from './activity.js';

/**
 * Longest input the engine reads, in characters. A registered 经营范围 is rarely over 1,000 characters; anything
 * beyond this is clipped (the result carries a `clipped` notice), so a 100,000-character paste stays fast.
 */
export const MAX_QUERY_LENGTH = 5000;

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair (an emoji stays whole or goes). */
export function clipText(text: string, max = MAX_QUERY_LENGTH): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

const HAN = '\\p{Script=Han}';
// Spaces between two Han characters (or a Han character and Chinese punctuation) are typing noise: "软件 开发".
const SPACE_NEAR_HAN = new RegExp(
  `(?<=[${HAN}、，；。：（）()])[ \\t\\u3000]+|[ \\t\\u3000]+(?=[${HAN}、，；。：（）()])`,
  'gu',
);
// A space after a whole item (four or more Chinese characters ending in what is done) and before the next one
// separates items, as in a list typed or pasted without punctuation: "工业机器人制造 软件开发 货物进出口",
// "1.工业机器人制造 2.软件开发".
const ITEM_END = [...new Set(Object.values(ACTIVITY_WORDS).flat())]
  .filter((word) => Array.from(word).length >= 2)
  .sort((a, b) => b.length - a.length)
  .join('|');
const SPACE_AFTER_ITEM = new RegExp(
  `(?<=[${HAN}]{2}(?:${ITEM_END}))[ \\t\\u3000]+(?=[${HAN}]{2}|\\(?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)、.])`,
  'gu',
);
const ENDS_ITEM = new RegExp(`(?:${ITEM_END})$`, 'u');
const ENDS_HAN = new RegExp(`[${HAN}]$`, 'u');
const STARTS_HAN = new RegExp(`^\\s*[${HAN}]`, 'u');

/**
 * A line of a pasted licence or PDF that wraps in the middle of an item (`…信息系统集成服` / `务；货物进出口`): a long
 * line holding separators, ending in a Chinese character that does not end an item, runs on into the next.
 */
function joinWrappedLines(text: string): string {
  const lines = text.split('\n');
  let out = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1].trim();
    const wrapped =
      Array.from(before).length >= 12 &&
      /[;、,。]/u.test(before) &&
      ENDS_HAN.test(before) &&
      !ENDS_ITEM.test(before) &&
      STARTS_HAN.test(lines[i]);
    out += (wrapped ? '' : '\n') + lines[i];
  }
  return out;
}
// Characters that carry nothing: control characters, zero-width characters, variation selectors.
const INVISIBLE = /[\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/gu;

/**
 * Normalises text the same way for the vocabulary and for queries:
 * - circled list numbers (①, ⑴) become item separators;
 * - NFKC, which folds full-width letters, digits and punctuation (`６５１３` → `6513`, `（` → `(`, `；` → `;`);
 * - brackets and separators folded to one form each (`【】〔〕[]` → `()`, `，` → `,`, `：` → `:`);
 * - invisible characters removed, line breaks kept (they separate clauses), other runs of space collapsed, a space
 *   after a whole item that ends in what is done made a line break, and other spaces next to Chinese characters
 *   removed; a line that wraps in the middle of an item joined to the next;
 * - Latin letters lower-cased.
 */
export function normalizeText(input: string): string {
  // Circled and bracketed list numbers (①, ⑴, ⒈) mark items; NFKC would turn them into plain digits.
  let text = input.replace(/[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]/gu, ';').normalize('NFKC');
  text = text.replace(/\r\n?|[\u2028\u2029\u0085\v\f]/g, '\n');
  text = text.replace(/[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  text = text.replace(INVISIBLE, (ch) => (ch === '\n' ? ch : ''));
  text = text
    .replace(/[【〔[［〖｛{]/g, '(')
    .replace(/[】〕\]］〗｝}]/g, ')')
    .replace(/[，﹐]/g, ',')
    .replace(/[；﹔]/g, ';')
    .replace(/[：﹕]/g, ':')
    .replace(/[。｡]/g, '。')
    .replace(/[､﹑]/g, '、')
    .replace(/[“”„‟「」『』]/g, '"')
    .replace(/[‘’‚‛]/g, "'");
  text = text.replace(/ +/g, ' ').replace(SPACE_AFTER_ITEM, '\n').replace(SPACE_NEAR_HAN, '');
  text = joinWrappedLines(text.replace(/ *\n */g, '\n'));
  return text.toLowerCase().trim();
}

/**
 * The standard sentences registration authorities append to every 经营范围 (and a few variants), which say nothing
 * about the business: "除依法须经批准的项目外，凭营业执照依法自主开展经营活动", "依法须经批准的项目，经相关部门批准后
 * 方可开展经营活动，具体经营项目以…为准", "不得从事…禁止和限制类项目的经营活动". Matched on normalised text.
 */
const BOILERPLATE_SENTENCE = [
  '除依法须经批准的项目外',
  '凭营业执照依法自主开展经营活动',
  '依法自主开展经营活动',
  '依法须经批准的项目',
  '经相关部门批准后方可开展经营活动',
  '经相关部门批准后依批准的内容开展经营活动',
  '具体经营项目以',
  '以相关部门批准文件或许可证件为准',
  '以审批结果为准',
  '以审批部门批准文件或许可证件为准',
  '禁止和限制类项目的经营活动',
  '不得从事国家和本市产业政策禁止',
  '未取得相关行政许可',
  '取得许可后方可经营',
  '在许可有效期内经营',
];

/** True when a piece of text is one of the standard boilerplate sentences (and nothing else of substance). */
export function isBoilerplate(text: string): boolean {
  const compact = text.replace(/[\s()"'.,;:。、!！?？]/g, '');
  if (!compact) return false;
  let rest = compact;
  let found = false;
  for (const phrase of BOILERPLATE_SENTENCE) {
    if (rest.includes(phrase)) {
      found = true;
      rest = rest.split(phrase).join('');
    }
  }
  if (!found) return false;
  // What is left after taking out the known phrases must be connective words only, or the text is a real clause
  // that happens to quote a phrase.
  rest = rest.replace(
    /以上|经营范围|中|的|相关|部门|批准|后|方可|开展|经营|活动|文件|或|许可|证件|为准|项目|具体|外|凭|营业执照|依法|自主|须经|国家|和|本市|产业|政策|限制类|禁止|不得|从事|准|经|以/g,
    '',
  );
  return rest.length <= 4;
}

/** Removes parenthesised boilerplate such as `（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）`. */
export function stripBoilerplate(text: string): string {
  // Innermost parentheses first, so a boilerplate group inside another group goes without taking the outer one.
  return text.replace(/\(([^()]*)\)/g, (group, inner: string) => (isBoilerplate(inner) ? '' : group));
}
