import { it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContent } from '@sixin/core/node';

const root = fileURLToPath(new URL('../..', import.meta.url));
const strip = (s: string) => s.replace(/\s+/g, '');
const SOURCE = 'scripts/import/sources/policy.txt';

/**
 * SHA-256 of the policy text as published (江北府办发〔2021〕79号 with its annex), the project's reference copy
 * (/work/shared/seed/policy.txt) copied unchanged into `scripts/import/sources/policy.txt`. Pinned here, apart from
 * both the copy and content/: changing a word in the content and in the copy together still fails.
 */
const PUBLISHED_SHA256 = '3b7e5118e84e9cfe8d91df3dcc212b383c214a9f5a66082069d7169046684a52';

it('the copy of the policy text is the text as published, byte for byte (pinned by its SHA-256)', () => {
  const digest = createHash('sha256').update(readFileSync(`${root}/${SOURCE}`)).digest('hex');
  assert.equal(digest, PUBLISHED_SHA256, `${SOURCE} is not the published text any more: restore it from the published notice; never edit it to match content/`);
});

it('the policy in content/ is the source text word for word (ignoring whitespace and Markdown)', () => {
  const { policy, problems } = loadContent('content', { cwd: root });
  assert.deepEqual(problems, []);
  const rendered = policy!.documents
    .flatMap((d) => d.blocks)
    .map((b) => (b.type === 'table' ? [b.header, ...b.rows].flat().join('') : b.text))
    .join('');
  const source = readFileSync(`${root}/${SOURCE}`, 'utf8');
  const [got, want] = [strip(rendered), strip(source)];
  if (got !== want) {
    let i = 0;
    while (got[i] === want[i]) i++;
    assert.fail(`the policy text differs at character ${i}: content has "${got.slice(i, i + 20)}", the source has "${want.slice(i, i + 20)}"`);
  }
});

it('every heading of the 办法 carries a clause id, in the document\'s own numbering', () => {
  const { policy } = loadContent('content', { cwd: root });
  const measures = policy!.documents.find((d) => d.id === 'measures')!;
  const ids = measures.blocks.flatMap((b) => (b.type === 'heading' ? [b.clause] : []));
  assert.deepEqual(ids, ['measures', '1', '2', '3', '4', '4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '5', '5.1', '5.2']);
});
