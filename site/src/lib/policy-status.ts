import type { PolicyDocument } from '@sixin/core';

/** The policy's status as its own text states it (the notice): never a fact that is not in the text. */
export interface PolicyStatus {
  /** 文号, e.g. 江北府办发〔2021〕79号. */
  number?: string;
  /** 成文日期, as written: 2021年12月30日. */
  issued?: string;
  /** Who issued it: the line above the date. */
  issuer?: string;
  /** The publication mark, e.g. （此件公开发布）. */
  publication?: string;
  /** Whether the title says 试行. */
  trial: boolean;
}

/**
 * Reads the status lines of the notice (the first policy document): the 文号 line, the date line and the issuer line
 * above it, the publication mark. A line the editors have not kept is simply missing from the block.
 */
export function policyStatus(documents: Array<Pick<PolicyDocument, 'title' | 'blocks'>>): PolicyStatus {
  const notice = documents[0];
  const paragraphs = (notice?.blocks ?? [])
    .filter((b) => b.type === 'paragraph')
    .map((b) => (b as { text: string }).text.trim());
  const dateIndex = paragraphs.findIndex((p) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(p));
  return {
    number: paragraphs.find((p) => /^\S{2,20}〔\d{4}〕\d+号$/.test(p)),
    issued: dateIndex >= 0 ? paragraphs[dateIndex] : undefined,
    issuer:
      dateIndex > 0 && /(政府|办公室|局|委员会)$/.test(paragraphs[dateIndex - 1]!)
        ? paragraphs[dateIndex - 1]
        : undefined,
    publication: paragraphs.find((p) => /^（此件.+）$/.test(p)),
    trial: documents.some((d) => d.title.includes('试行')),
  };
}
