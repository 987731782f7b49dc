/**
 * Cutting a registered 经营范围 into the clauses a reader would name: the 一般项目 / 许可项目 sections, then each item.
 */
import { activitiesOf, finalActivityWord, isActivityWord, onlyTrades } from './activity.js';
import { contentEnd, contentRuns, hasContent } from './lexicon.js';
import { isBoilerplate, stripBoilerplate } from './normalize.js';

/** One item of a business scope, as the engine matches it. */
export interface SplitClause {
  /** The item as shown to the user (normalised text, qualifiers included). */
  text: string;
  /** The text that is matched: the item without the qualifiers that restrict it (`（不含危险废物经营）`). */
  matchText: string;
  /** True when the item is listed under 许可项目 (a permit is involved). */
  licensed: boolean;
  /** Parenthesised qualifiers kept with the item, such as `不含危险废物经营`. */
  qualifiers: string[];
}

// `一般项目：`, `许可项目：`, `一般经营项目是：`, `前置许可经营项目：` …; `主营：` and `兼营项目：` head a part as 一般项目 does.
const SECTION_MARKER =
  /(?:前置|后置)?(一般|许可)(?:经营)?项目(?:是|为|包括)?\s*:|(?:前置|后置)?(一般|许可)经营项目(?:是|为)|(?:主营|兼营)(?:项目|范围|业务)?\s*:/gu;
const SCOPE_LABEL = /^(?:主要)?经营范围(?:包括|为|是)?\s*:?\s*/u;
// The other fields of a business licence, for a whole licence pasted in: `名称：…有限公司 经营范围：…` is read from
// its 经营范围 only, and a field's line elsewhere says nothing of what the business does.
const LICENCE_FIELD =
  '(?:名称|企业名称|类型|企业类型|住所|经营场所|主要经营场所|法定代表人|负责人|经营者|执行事务合伙人|注册资本|出资额|成立日期|注册日期|营业期限|合伙期限|登记机关|发照日期|核准日期|统一社会信用代码|注册号|组成形式|登记状态)';
// Normalising took out the spaces between fields (`…有限公司经营范围:`), so labels are found wherever they stand.
/** The label of the 经营范围 field, and of any other field of a licence (`名称:`, `类型:` …). */
export const SCOPE_FIELD = /(?:主要)?经营范围(?:包括|为|是)?\s*:/u;
export const FIELD_LABEL = new RegExp(`${LICENCE_FIELD}\\s*:`, 'u');
const FIELD_LINE = new RegExp(`^\\s*${LICENCE_FIELD}\\s*:[^\\n]*$`, 'gmu');

/** The business scope of a text that may be a whole licence: what its 经营范围 field says, or it without field lines. */
function scopeOf(text: string): string {
  const label = SCOPE_FIELD.exec(text);
  if (!label) return text.replace(FIELD_LINE, '');
  const before = text.slice(0, label.index);
  const rest = text.slice(label.index + label[0].length);
  const next = FIELD_LABEL.exec(rest);
  const scope = next ? rest.slice(0, next.index) : rest;
  // `工业机器人制造；经营范围：软件开发` is one scope with a label inside: what comes before it counts, unless it is
  // the licence's other fields.
  return FIELD_LABEL.test(before) ? scope : `${before}\n${scope}`;
}
const ENUMERATOR = /^(?:\(?\d{1,2}[)、.](?!\d)|[①-⑳]|\(?[一二三四五六七八九十]{1,3}[)、])\s*/u;
// A qualifier that narrows the item (`不含…`, `除…外`, `限…`) is kept for display but not matched: its words
// (危险化学品, 专利代理) describe what the business does NOT do.
const RESTRICTING_QUALIFIER = /^(?:不含|不包括|不得|不从事|不涉及|除|限|仅限|须|需|凭|依法|涉及|以|具体|非)/u;
const CLAUSE_SEPARATOR = new Set([';', '。', '\n', '!', '?', '！', '？']);
const ITEM_SEPARATOR = new Set(['、', ',']);

/** Replaces parentheses that have no partner with a space, so one stray `(` cannot swallow the rest of the text. */
function balanceParentheses(text: string): string {
  const chars = Array.from(text);
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(') open.push(i);
    else if (chars[i] === ')') {
      if (open.length) open.pop();
      else chars[i] = ' ';
    }
  }
  for (const i of open) chars[i] = ' ';
  return chars.join('');
}

/** Splits `text` at top-level (outside parentheses) characters for which `isSeparator` holds. */
function splitTopLevel(text: string, isSeparator: (ch: string) => boolean): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && isSeparator(ch)) {
      pieces.push(current);
      current = '';
    } else current += ch;
  }
  pieces.push(current);
  return pieces;
}

/**
 * A piece of an enumeration stands alone when it names something and is not a bare object (`电线` in `电线、电缆经营`)
 * nor only what is done (`设计与销售` in `集成电路的研发、设计与销售`).
 */
function standsAlone(piece: string): boolean {
  if (!hasContent(piece)) return false;
  if (contentRuns(piece).every(isActivityWord)) return false;
  const length = Array.from(piece.replace(/\([^)]*\)/g, '')).length;
  return length >= 4;
}

const EDGE = new Set([' ', '\t', '\n', ',', '、', ':', '.', ';']);

/** Strips separators and spaces from both ends, in one pass (a regex anchored at the end is quadratic here). */
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (EDGE.has(text[start]) || /\s/u.test(text[start]))) start++;
  while (end > start && (EDGE.has(text[end - 1]) || /\s/u.test(text[end - 1]))) end--;
  return text.slice(start, end);
}

function tidy(piece: string): string {
  return trimEdges(trimEdges(piece).replace(SCOPE_LABEL, '').replace(ENUMERATOR, ''));
}

function toClause(text: string, licensed: boolean): SplitClause {
  const qualifiers: string[] = [];
  let depth = 0;
  let matchText = '';
  let group = '';
  for (const ch of text) {
    if (ch === '(') {
      if (depth > 0) group += ch;
      depth++;
    } else if (ch === ')' && depth > 0) {
      depth--;
      if (depth > 0) group += ch;
      else {
        const inner = group.trim();
        if (inner) {
          qualifiers.push(inner);
          // Explanations (`软件运营服务（SaaS）`) are matched; restrictions are not.
          // An energy grade in brackets (`多级泵（能效等级1级、2级）`) qualifies the thing before it, which is read as it is.
          if (!RESTRICTING_QUALIFIER.test(inner) && inner.replace(ENERGY_GRADE, '')) matchText += ` ${inner} `;
        }
        group = '';
        matchText += ' ';
      }
    } else if (depth > 0) group += ch;
    else matchText += ch;
  }
  return {
    text,
    matchText: energyGrade(onlinePlatform(matchText.replace(/ +/g, ' ').trim())),
    licensed,
    qualifiers,
  };
}

// `一级能效水泵`, `能效等级1级、2级的空调`: an energy grade written as people write it on a product.
const ENERGY_GRADE = /(?:[一二12]级能效|能效(?:等级)?为?[一二12]级?(?:[、,和及或至~-][一二12]级)?)的?/gu;

/**
 * The classification lists energy-grade products as 节能 (`节能空调（能效等级为1、2级）`, `水泵设备（能效等级为1、2级）`,
 * all under 高效节能…制造): a first or second energy grade is read as 节能, the word it writes. What is shown to the
 * user is not changed.
 */
function energyGrade(text: string): string {
  return text.replace(ENERGY_GRADE, '节能');
}

// `依托自有网站及手机APP…`, `通过自有网站…`: the channel a service is run through, written first.
const OWN_CHANNEL =
  /^(?:依托|通过|利用|借助)(?:公司)?(?:自有|自建|自营)?的?(?:网站|网络平台|互联网平台|互联网|网络)(?:(?:及|和|与|、)(?:手机|移动)?(?:app|客户端|小程序|应用程序))?/u;
// `网络招聘平台`, `在线学习平台`, `线上展会平台`: a platform named as online (not `网络安全…平台`, security).
const ONLINE_PLATFORM = /(?:网络|在线|网上|线上)(?!安全)(?=\p{Script=Han}{2,10}平台)/gu;

/**
 * A platform run online is what the classification calls an internet platform (6431–6439 互联网…平台, such as
 * 互联网房屋租赁平台): `依托自有网站及手机APP运营房屋租赁信息服务平台` and `网络招聘平台` are read with 互联网, the word
 * the classification writes. What is shown to the user is not changed.
 */
function onlinePlatform(text: string): string {
  const out = text.replace(ONLINE_PLATFORM, '互联网');
  const channel = OWN_CHANNEL.exec(out);
  if (!channel) return out;
  const rest = out.slice(channel[0].length);
  if (rest.includes('平台')) return rest.includes('互联网') ? rest : `互联网${rest}`;
  return offersToOthers(rest) ? `互联网${rest}平台` : out;
}

// What a platform offers others: information, matching, booking, dealing (`车货匹配撮合服务`, `在线预订信息服务`).
const BETWEEN_OTHERS = /信息|撮合|匹配|预订|预约|交易|对接/u;

/**
 * `依托自有网站及手机APP为货主和货车司机提供车源、货源信息发布及车货匹配撮合服务`: a business that offers others
 * information, matching or booking through its own site or app runs what the classification calls an internet
 * platform (6431 互联网物流平台, 6432 互联网旅游出行服务平台). Such a sentence is one clause: its 、 lists what is
 * offered.
 */
function offersOnline(text: string): boolean {
  const channel = OWN_CHANNEL.exec(text);
  return !!channel && offersToOthers(text.slice(channel[0].length));
}

/** What follows the channel offers others something (`为货主…提供…信息`). */
function offersToOthers(rest: string): boolean {
  const at = rest.indexOf('提供');
  return at > 0 && /^[为向]/u.test(rest) && BETWEEN_OTHERS.test(rest.slice(at));
}

/** A short item whose last word is what is done (`技术服务`, `网络运营`). */
function endsInActivity(item: string): boolean {
  const chars = Array.from(item);
  if (chars.length > 6) return false;
  for (let length = 2; length <= Math.min(4, chars.length - 1); length++)
    if (isActivityWord(chars.slice(-length).join(''))) return true;
  return false;
}

/**
 * The older way of writing a scope names several things, then what is done to all of them:
 * `污水处理设备、废气处理设备、除尘设备的研发、生产、销售及安装`. Each thing becomes a clause with the shared
 * activities (`除尘设备的研发、生产、销售及安装`), so that each is matched as what it is. Undefined when the piece has
 * no such shape.
 */
function sharedActivities(piece: string): string[] | undefined {
  let depth = 0;
  let at = -1;
  for (let i = 0; i < piece.length; i++) {
    if (piece[i] === '(') depth++;
    else if (piece[i] === ')') depth = Math.max(0, depth - 1);
    else if (piece[i] === '的' && depth === 0) at = i;
  }
  if (at <= 0) return undefined;
  const tail = piece.slice(at + 1);
  // What follows 的 must be only what is done (研发、生产、销售及安装), with nothing else named; a short item that
  // ends in what is done (`技术服务`, `网络运营` in `设计、制作及网络运营`) is still what is done to the things.
  if (!/^[\p{Script=Han}、,及和与并以]+(?:\([^()]*\))?$/u.test(tail) || !activitiesOf(tail)) return undefined;
  const tailItems = tail
    .replace(/\([^()]*\)$/u, '')
    .split(/[、,及和与并以]/u)
    .filter(Boolean);
  const pureActivity = (item: string) => isActivityWord(item) || contentRuns(item).every(isActivityWord);
  if (!tailItems.some(pureActivity) || !tailItems.every((item) => pureActivity(item) || endsInActivity(item)))
    return undefined;
  const things = splitTopLevel(piece.slice(0, at), (ch) => ITEM_SEPARATOR.has(ch))
    .map(tidy)
    .filter(Boolean);
  // `新能源汽车的销售、充电设施的建设` lists activities of their own: not one list of things.
  if (things.length < 2 || !things.every(hasContent) || things.some((thing) => thing.includes('的'))) return undefined;
  return withKindAfterEtc(things).map((thing) => `${thing}的${tail}`);
}

/**
 * `汽车发动机、变速箱、发电机等汽车零部件`: a list that ends in 等 and a general name gives examples of that name; the
 * name is a thing of the list too (汽车零部件), and often the one the classification uses. The last example keeps
 * the name with it (`有源电力滤波器等…谐波治理装置` says which filters).
 */
function withKindAfterEtc(things: string[]): string[] {
  // 等 as "and so on", not inside brackets nor in a word (等级, 等离子, 等效).
  const last = things[things.length - 1].replace(/\([^()]*\)/gu, '');
  const m = /^(.+?)等(?!级|离子|同|效|于|待|候)(.+)$/u.exec(last);
  if (!m || !hasContent(m[1]) || !hasContent(m[2])) return things;
  return [...things, m[2]];
}

/**
 * `销售：五金交电、电线电缆、仪器仪表`, `批发、零售：…`: an older scope may name what is done first, as a label, then the
 * things it is done to. Each thing becomes a clause with those activities (`仪器仪表的销售`). Undefined when the piece
 * has no such shape.
 */
function leadingActivities(piece: string): string[] | undefined {
  const m = /^([\p{Script=Han}、,及和与]{2,16}):(.+)$/u.exec(piece);
  if (!m) return undefined;
  const label = m[1];
  if (!label.split(/[、,及和与]/u).every((word) => word && isActivityWord(word))) return undefined;
  const things = splitTopLevel(m[2], (ch) => ITEM_SEPARATOR.has(ch))
    .map(tidy)
    .filter(Boolean);
  return things.length ? things.map((thing) => `${thing}的${label}`) : undefined;
}

/**
 * `手术机器人和康复机器人`, `废气处理和VOCs治理`: two things joined by 和 or 以及, each standing alone, are two
 * clauses, as if written with `、`, and a last one that sells lends it to the others (`高铁、地铁列车和…模型玩具批发零售`).
 * Names that join two shorter words (`软件和信息技术服务`) are kept whole, and so is
 * whatever `keepWhole` knows as one name (`金属废料和碎屑加工处理`, class 4210).
 */
function splitConjoined(piece: string, keepWhole: (text: string) => boolean): string[] {
  if (!/和|以及/u.test(piece) || keepWhole(piece)) return [piece];
  const parts = splitTopLevel(piece.replace(/以及/gu, '和'), (ch) => ch === '和')
    .map(tidy)
    .filter(Boolean);
  // `为货主和货车司机提供车源`: what is provided comes after the last part, so 和 joins whom it is for, not two things.
  if (parts.slice(1).some((part) => PROVIDES.test(part))) return [piece];
  return parts.length > 1 && parts.every(standsAlone) ? withFinalActivity(parts) : [piece];
}

/** The verbs of a sentence saying what a business offers (`为…提供…`), after which the things it offers are named. */
const PROVIDES = /提供|开展|从事/u;

/**
 * `计算机及办公设备维修`: two things joined by 及 with what is done to both written once, at the end. Returns one
 * item per thing, each with that activity (计算机维修, 办公设备维修); undefined when the item has no such shape. A
 * scope's 及 usually joins a thing and its parts (`风力发电机组及零部件制造`), so this is a second reading, for an item
 * whose whole is placed outside the directory.
 */
export function splitAtJi(item: string): string[] | undefined {
  if (/[()]/u.test(item)) return undefined;
  const parts = item.split('及');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  const [first, last] = parts;
  const end = contentEnd(last);
  const activity = last.slice(end);
  if (!activity || !activitiesOf(activity) || activitiesOf(first)) return undefined;
  const things = [first, last.slice(0, end)];
  if (!things.every((thing) => Array.from(thing).length >= 3 && hasContent(thing))) return undefined;
  return things.map((thing) => thing + activity);
}

/**
 * `预包装食品、烟草制品零售`: the things listed before the last item are sold too, when they say nothing of their own
 * (预包装食品零售, not 预包装食品 made or tested). Only selling is shared this way: a list before 加工 or 制造 (`机械零件、
 * 零部件加工`) often names things that stand for more than what is done to them.
 */
function withFinalActivity(items: string[]): string[] {
  const activity = finalActivityWord(items[items.length - 1]);
  if (!activity || !onlyTrades(activitiesOf(activity))) return withLeadingSale(items);
  return items.map((item, i) => (i < items.length - 1 && !activitiesOf(item) ? item + activity : item));
}

// Selling written first, as people write it (`卖生物有机肥、种子和农药`, `销售手机、平板`).
const LEADING_SALE = /^(?:卖|出售|销售|经销|批发|零售|代销)/u;

/**
 * `乡镇农资店，卖生物有机肥、种子和农药`: what an item sells, written before its thing, is sold of the things listed
 * after it too, when they say nothing of their own (卖种子, 卖农药; not 农药 made or tested).
 */
function withLeadingSale(items: string[]): string[] {
  let sale = '';
  return items.map((item) => {
    const verb = LEADING_SALE.exec(item)?.[0];
    if (verb) sale = verb;
    else if (activitiesOf(item)) sale = '';
    else if (sale) return sale + item;
    return item;
  });
}

/**
 * Splits normalised business-scope text (see `normalizeText`) into clauses:
 * - boilerplate such as `（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）` is dropped;
 * - `一般项目：` and `许可项目：` open sections; clauses under 许可项目 are `licensed`;
 * - clauses end at `；;。`, line breaks and sentence ends, never inside parentheses, so qualifiers stay with their item;
 * - an item is split further at `、` and `，` only when every piece stands alone (`广告设计、代理` stays one clause),
 *   and at 和 and 以及 too; never where `keepWhole` says the item is one name (an official class name, a directory
 *   term: `齿轮及齿轮减、变速箱制造`, `金属废料和碎屑加工处理`).
 */
export function splitClauses(normalized: string, keepWhole: (text: string) => boolean = () => false): SplitClause[] {
  const text = stripBoilerplate(balanceParentheses(scopeOf(normalized)));
  const out: SplitClause[] = [];
  // Section markers may come right after a closing parenthesis with no separator: find them first.
  const sections: Array<{ start: number; end: number; licensed: boolean }> = [];
  for (const m of text.matchAll(SECTION_MARKER)) {
    const kind = m[1] ?? m[2];
    sections.push({ start: m.index, end: m.index + m[0].length, licensed: kind === '许可' });
  }
  const parts: Array<{ body: string; licensed: boolean }> = [];
  let cursor = 0;
  let licensed = false;
  for (const s of sections) {
    parts.push({ body: text.slice(cursor, s.start), licensed });
    licensed = s.licensed;
    cursor = s.end;
  }
  parts.push({ body: text.slice(cursor), licensed });

  for (const part of parts) {
    for (const raw of splitTopLevel(part.body, (ch) => CLAUSE_SEPARATOR.has(ch))) {
      const piece = tidy(raw);
      if (!piece || isBoilerplate(piece) || /^(?:无|暂无|none)$/u.test(piece)) continue;
      const cut = splitTopLevel(piece, (ch) => ITEM_SEPARATOR.has(ch))
        .map(tidy)
        .filter(Boolean);
      // `齿轮及齿轮减、变速箱制造` is one official name with a 、 inside (asked only where there is a cut to make).
      const items = cut.length > 1 && (keepWhole(piece) || offersOnline(piece)) ? [piece] : cut;
      // `A、B的研发、生产及技术服务` and `销售：A、B`: the things share the activities, even where an activity item stands
      // alone.
      const pieces = (
        leadingActivities(piece) ??
        sharedActivities(piece) ??
        (items.length > 1 && items.every(standsAlone) ? withFinalActivity(items) : [piece])
      ).flatMap((p) => splitConjoined(p, keepWhole));
      for (const p of pieces) if (!isBoilerplate(p)) out.push(toClause(p, part.licensed));
    }
  }
  return out;
}
