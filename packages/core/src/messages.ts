/**
 * The one shape of every message catalog in core: a record keyed by message id, each message holding its zh-CN and
 * English wording. A wording is a template with `{name}` placeholders, or a function of the parameters when the
 * sentence needs more than filling in (plurals, a choice between phrases). `format` is the only way to read one.
 * Browser-safe and tiny: the elements' lazy search chunk and the rules engine use it.
 */

/** Languages core speaks. */
export type Lang = 'zh-CN' | 'en';

/** What fills a message's placeholders. */
export type MessageParams = Record<string, string | number>;

/** One language's wording: a `{name}` template, or a function of the parameters. */
export type Template = string | ((params: MessageParams) => string);

/** One message in both languages. */
export type Message = Record<Lang, Template>;

/** A catalog: messages keyed by id. Declare one with `satisfies Catalog` so its ids stay a literal union. */
export type Catalog = Record<string, Message>;

/** The wording of `message` in `lang`, with `{name}` placeholders filled from `params` (a missing one is empty). */
export function format(message: Message, lang: Lang, params: MessageParams = {}): string {
  const template = message[lang];
  return typeof template === 'function'
    ? template(params)
    : template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}
