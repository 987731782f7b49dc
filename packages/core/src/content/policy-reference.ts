import type { ParsedPolicy } from './parse.js';
import type { Problem } from './problems.js';

/**
 * The policy as published, for checking `content/policy/` word for word in `sixin validate` and the site build (not
 * only in the tests). The text itself is `data/policy.txt` (read by `@sixin/core/node`); this module is browser-safe
 * and holds what must not move with it: the text's SHA-256, and the clause ids as published with the heading each
 * one belongs to. An edited copy of the text, or a renumbered heading, is then reported even when `content/` was
 * changed to agree with it.
 */

/** SHA-256 of `data/policy.txt` (the same digest `tests/content/policy-text.test.ts` pins for the import source). */
export const PUBLISHED_POLICY_SHA256 = '3b7e5118e84e9cfe8d91df3dcc212b383c214a9f5a66082069d7169046684a52';

/**
 * Every clause id as published, with its heading. Other sites link to `#clause-<id>` and the eligibility rules cite
 * the ids, so a published id is never changed or dropped.
 */
export const PUBLISHED_CLAUSES: ReadonlyArray<{ id: string; title: string; document: string }> = [
  { id: 'notice', title: '重庆市江北区人民政府办公室关于印发重庆市江北区服务市场监管领域“四新经济”发展实施包容审慎监管办法（试行）的通知', document: 'notice' },
  { id: 'measures', title: '重庆市江北区服务市场监管领域“四新经济”发展实施包容审慎监管办法（试行）', document: 'measures' },
  { id: '1', title: '一、总体要求', document: 'measures' },
  { id: '2', title: '二、基本原则', document: 'measures' },
  { id: '3', title: '三、适用范围', document: 'measures' },
  { id: '4', title: '四、主要措施', document: 'measures' },
  { id: '4.1', title: '（一）编制江北“四新经济”行业分类目录指引', document: 'measures' },
  { id: '4.2', title: '（二）营造宽松开放的市场准入环境', document: 'measures' },
  { id: '4.3', title: '（三）提升监管执法规范性', document: 'measures' },
  { id: '4.4', title: '（四）推行动态监管的包容审慎制度', document: 'measures' },
  { id: '4.5', title: '（五）探索“触发式”联合监管', document: 'measures' },
  { id: '4.6', title: '（六）构建规范高效的风险管控体系', document: 'measures' },
  { id: '5', title: '五、保障措施', document: 'measures' },
  { id: '5.1', title: '（一）加强统筹协调', document: 'measures' },
  { id: '5.2', title: '（二）注重总结宣传', document: 'measures' },
  { id: 'annex', title: '江北区新技术新产业新业态新模式行业分类目录指引（2021）', document: 'annex' },
  { id: 'annex.1', title: '一、分类目的', document: 'annex' },
  { id: 'annex.2', title: '二、分类范围和适用领域', document: 'annex' },
  { id: 'annex.3', title: '三、指引说明', document: 'annex' },
  { id: 'annex.4', title: '四、新技术、新产业、新业态、新模式行业分类目录指引', document: 'annex' },
];

const strip = (s: string) => s.replace(/\s+/g, '');
/** Characters shown either side of a difference. */
const SHOWN = 12;

/**
 * The first place where the policy files differ from the published text, ignoring whitespace and Markdown marks
 * (`#`, `{#id}`, table pipes), at the line of the file that differs. One problem at most: after the first
 * difference the rest of the text is out of step, so later differences would be follow-ons.
 */
export function checkPolicyText(parsed: ParsedPolicy[], published: string): Problem[] {
  const segments = parsed.flatMap((p) => p.segments.map((s) => ({ file: p.file, line: s.line, text: strip(s.text) })));
  const got = segments.map((s) => s.text).join('');
  const want = strip(published);
  let i = 0;
  while (i < got.length && i < want.length && got[i] === want[i]) i++;
  if (i === got.length && i === want.length) return [];
  let start = 0;
  for (const s of segments) {
    const end = start + s.text.length;
    if (i < end || (i === got.length && end === got.length)) {
      if (i >= got.length) {
        return [{ code: 'policy-text-missing', file: s.file, line: s.line, params: { want: want.slice(i, i + SHOWN * 2) } }];
      }
      const from = Math.max(start, i - SHOWN);
      return [
        {
          code: 'policy-text-changed',
          file: s.file,
          line: s.line,
          params: { got: got.slice(from, Math.min(end, i + SHOWN)), want: want.slice(from, i + SHOWN) },
        },
      ];
    }
    start = end;
  }
  // No segment at all: the policy folder has no text.
  const first = parsed[0];
  return first ? [{ code: 'policy-text-missing', file: first.file, line: 1, params: { want: want.slice(0, SHOWN * 2) } }] : [];
}

/**
 * Headings whose published clause id was changed or dropped, each at the heading's own line (not only where the
 * rules cite the old id). A heading is recognised by its text, which the text check keeps as published.
 */
export function checkPublishedClauses(parsed: ParsedPolicy[]): Problem[] {
  const byTitle = new Map(PUBLISHED_CLAUSES.map((c) => [`${c.document}\u0000${c.title}`, c]));
  const problems: Problem[] = [];
  for (const p of parsed) {
    const document = p.file.split('/').pop()!.replace(/\.md$/, '');
    p.blocks.forEach((block, i) => {
      if (block.type !== 'heading') return;
      const published = byTitle.get(`${document}\u0000${block.text}`);
      if (!published || published.id === block.clause) return;
      const params = { title: block.text, published: published.id, clause: block.clause ?? '', anchor: published.id.replace(/\./g, '-') };
      problems.push({ code: block.clause ? 'policy-clause-changed' : 'policy-clause-removed', file: p.file, line: p.blockLines[i], params });
    });
  }
  return problems;
}
