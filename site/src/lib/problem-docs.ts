import { format, MESSAGES, type ProblemCode } from '@sixin/core';

/** One kind of content problem as the editors' page lists it. */
export interface ProblemDoc {
  code: ProblemCode;
  zh: string;
  en: string;
}

/**
 * Every message the validator can give, with its parameters shown as placeholders. Generated from the validator's
 * own `MESSAGES`, so a new or reworded message appears on the editors' page without anyone updating it.
 */
export function problemDocs(
  placeholderZh: (name: string) => string,
  placeholderEn: (name: string) => string,
): ProblemDoc[] {
  const params = (placeholder: (name: string) => string) =>
    new Proxy({} as Record<string, string>, {
      get: (_target, key) => (typeof key === 'string' ? placeholder(key) : undefined),
    });
  return (Object.keys(MESSAGES) as ProblemCode[]).map((code) => ({
    code,
    zh: format(MESSAGES[code], 'zh-CN', params(placeholderZh)),
    en: format(MESSAGES[code], 'en', params(placeholderEn)),
  }));
}
