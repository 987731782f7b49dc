import type { Problem } from './problems.js';

/**
 * Slips of a Chinese input method in YAML front matter, found before the YAML parser sees the text. With the IME on,
 * `:` becomes `：`, `,` becomes `，`, `-` becomes `－` and the backtick key gives `·`; the parser then either fails with
 * an English reason about something else (`Implicit keys need to be on a single line`) or, worse, accepts the text
 * and reads something different (`[机器视觉，计算机视觉]` is one keyword; `－ 产品` is part of a string). Each slip is
 * reported at its own line with the character to type instead.
 */

/** Characters a Chinese IME types where a YAML list marker `-` was meant. */
const LIST_MARKER_LOOKALIKES = '－—–·•・';
/** Characters that split a flow list in Chinese writing but not in YAML. */
const FLOW_SEPARATOR_LOOKALIKES = '，、';

const KEY = String.raw`[A-Za-z][A-Za-z0-9_-]*`;
const FULLWIDTH_COLON_KEY = new RegExp(String.raw`^\s*(?:-\s+)?(${KEY})\s*：`);
const NO_SPACE_AFTER_COLON = new RegExp(String.raw`^\s*(?:-\s+)?(${KEY}):(?=[^\s])(?!//)`);
const LIST_LOOKALIKE = new RegExp(`^\\s*([${LIST_MARKER_LOOKALIKES}])`);

/**
 * The IME slips of front matter lines, at most one per line. `firstLine` is the file line of `lines[0]`. Each slip is
 * independent of the others (each is on its own line, with its own fix), so all are returned. `flowCommas: false`
 * leaves `，` in lists alone, for files whose lists hold Chinese phrases (the rules quote the policy's own words).
 */
export function findTypingSlips(lines: string[], firstLine: number, file: string, options: { flowCommas?: boolean } = {}): Problem[] {
  const flowCommas = options.flowCommas ?? true;
  const problems: Problem[] = [];
  // Open `[`/`{` of flow collections, carried across lines (a flow list may span several).
  const open: string[] = [];
  lines.forEach((text, i) => {
    const line = firstLine + i;
    const slip = (code: Problem['code'], params: Problem['params'] = {}) => problems.push({ code, file, line, params: { line, ...params } });
    const indent = /^[ \t\u3000]*/.exec(text)![0];
    let found = false;
    if (indent.includes('\t')) {
      slip('typing-tab');
      found = true;
    } else if (indent.includes('\u3000')) {
      slip('typing-fullwidth-space');
      found = true;
    } else if (open.length === 0) {
      const colon = FULLWIDTH_COLON_KEY.exec(text);
      const marker = LIST_LOOKALIKE.exec(text);
      const tight = NO_SPACE_AFTER_COLON.exec(text);
      if (colon) slip('typing-fullwidth-colon', { key: colon[1] });
      else if (marker) slip('typing-list-marker', { char: marker[1] });
      else if (tight) slip('typing-colon-space', { key: tight[1] });
      found = Boolean(colon || marker || tight);
    }
    // A `，` inside `[...]` outside quotes: YAML keeps it inside one item.
    if (!flowCommas) return;
    let quote = '';
    for (let c = 0; c < text.length; c++) {
      const ch = text[c];
      if (quote) {
        if (ch === quote) quote = '';
        continue;
      }
      if (ch === '#' && (c === 0 || /\s/.test(text[c - 1]))) break;
      if ((ch === '"' || ch === "'") && (c === 0 || /[\s,[{:]/.test(text[c - 1]))) quote = ch;
      else if (ch === '[' || ch === '{') open.push(ch);
      else if ((ch === ']' || ch === '}') && open.length) open.pop();
      // Only directly in a list: a `{zh-CN: 一句话，…}` map inside it holds Chinese sentences, commas included.
      else if (open[open.length - 1] === '[' && FLOW_SEPARATOR_LOOKALIKES.includes(ch) && !found) {
        slip('typing-flow-comma', { char: ch, before: itemBefore(text, c), after: itemAfter(text, c) });
        found = true;
      }
    }
  });
  return problems;
}

/** The list item text just before position `at` (back to the previous separator or bracket). */
function itemBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/[[{,，、]/.test(text[start - 1])) start--;
  return text.slice(start, at).trim();
}

function itemAfter(text: string, at: number): string {
  let end = at + 1;
  while (end < text.length && !/[\]},，、]/.test(text[end])) end++;
  return text.slice(at + 1, end).trim();
}

/**
 * Chinese reasons for the `yaml` library's error codes, with what to type instead. The library's English message is
 * kept for `--lang en`; a code missing here (a future one) falls back to a general reason, never to English.
 */
export function yamlReasonZh(code: string, message: string): string {
  switch (code) {
    case 'BAD_INDENT':
      return /^Flow (sequence|mapping)/.test(message)
        ? '方括号“[”（或花括号“{”）没有配对的“]”（“}”）；请在列表末尾补上，并确认用的是半角括号'
        : '缩进没有对齐：同一层的字段必须从同一列开始，列表项下的字段比“- ”多缩进两个空格';
    case 'TAB_AS_INDENT':
      return '不能用制表符（Tab）缩进；请删除 Tab，改为空格';
    case 'MISSING_CHAR':
      return /quote/.test(message)
        ? '引号没有闭合：值以引号开头，结尾也要有同样的半角引号（不要用中文引号“”）'
        : '列表或花括号中缺少半角逗号“,”或冒号“:”';
    case 'MULTILINE_IMPLICIT_KEY':
      return '这一行不是“字段: 值”的写法，被当成了上一行的延续；检查冒号是否为半角、冒号后是否有空格';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return '冒号前的字段名写法不对：字段名必须写在一行内，不能是列表';
    case 'DUPLICATE_KEY':
      return '同一个字段写了两次；请删除其中一行';
    case 'UNEXPECTED_TOKEN':
      return '这一行有多余或放错位置的符号（例如多余的“]”“}”或引号）；请删掉它';
    case 'BAD_SCALAR_START':
      return '值不能以 @ 或 ` 等符号开头；请给整个值加上半角双引号';
    case 'BAD_DQ_ESCAPE':
      return '双引号中的反斜杠“\\”写法无效；删除反斜杠，或改用单引号';
    case 'BLOCK_IN_FLOW':
      return '方括号列表中不能再写“- ”条目；要么写成 [甲, 乙]，要么每项一行写成“- 甲”';
    case 'MULTIPLE_DOCS':
      return '前言中出现了第二个 YAML 文档（多余的 --- 或 ...）；请删除它';
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'RESOURCE_EXHAUSTION':
      return '以 * 开头的值被当成了别名；请给整个值加上半角双引号';
    case 'BAD_DIRECTIVE':
      return '以 % 开头的值被当成了指令；请给整个值加上半角双引号';
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
    case 'TAG_RESOLVE_FAILED':
      return '以 & 或 ! 开头的值有特殊含义；请给整个值加上半角双引号';
    case 'NON_STRING_KEY':
    case 'KEY_OVER_1024_CHARS':
      return '字段名必须是一个简短的英文单词，例如 name、keywords';
    default:
      return '这一行无法按 YAML 读取';
  }
}
