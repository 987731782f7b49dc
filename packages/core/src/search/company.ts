/**
 * The company's name in a pasted licence (`名称：重庆两江稀土永磁材料有限公司 经营范围：…`). A name is written as region,
 * trade name (字号), trade (行业表述) and legal form, and its trade must say what the business mainly does; a scope of
 * generic items (`磁性材料生产；稀土功能材料销售`) often says it nowhere else.
 */
import { FIELD_LABEL, SCOPE_FIELD } from './split.js';

/** Longest name read; a longer `名称：` value is not a company's name. */
const NAME_MAX = 50;

// `名称:` or `企业名称:` as a field of the licence, not the end of another word (`产品名称:`).
const NAME_FIELD = /(?:^|[^\p{Script=Han}])(?:企业)?名称:/u;
const NEXT_FIELD = new RegExp(`${SCOPE_FIELD.source}|${FIELD_LABEL.source}|\\n`, 'u');
// The region a name starts with: the city, or a province, city, district or county named with its level.
const REGION = /^(?:中国|重庆市?|\p{Script=Han}{2,3}(?:省|自治区|市|新区|区|县))/u;
const LEGAL_FORM = /(?:股份有限公司|有限责任公司|有限公司|股份公司|分公司|公司|合伙企业|个人独资企业)$/u;
// Words a name adds to its trade without saying what is done or made (`…材料科技有限公司`).
const NAME_FILLER = /(?:科技|技术|实业|发展|集团|控股|股份)$/u;

/** The company's name field of a normalised text (see `normalizeText`), or undefined when there is none. */
export function companyNameOf(normalized: string): string | undefined {
  const field = NAME_FIELD.exec(normalized);
  if (!field) return undefined;
  const rest = normalized.slice(field.index + field[0].length);
  const next = NEXT_FIELD.exec(rest);
  const name = (next ? rest.slice(0, next.index) : rest).trim();
  return name && Array.from(name).length <= NAME_MAX ? name : undefined;
}

/**
 * The part of a company's name that names its trade, with the trade name still in front: the region, what is in
 * parentheses (`(集团)`), the legal form and filler words are taken off. `重庆两江稀土永磁材料有限公司` → 两江稀土永磁材料.
 * The trade name is kept, since nothing tells where it ends (两江 may be a place or the trade name); an unknown word in
 * front matches nothing.
 */
export function tradeOfName(name: string): string {
  let trade = name.replace(/\([^)]*\)/gu, '');
  for (let previous = ''; previous !== trade;) {
    previous = trade;
    trade = trade.replace(REGION, '');
  }
  trade = trade.replace(LEGAL_FORM, '');
  for (let previous = ''; previous !== trade;) {
    previous = trade;
    trade = trade.replace(NAME_FILLER, '');
  }
  return trade;
}
