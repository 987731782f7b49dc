/**
 * The size budget of the embeddable bundle (issues 9, 14, 15, 16): every element with Lit, as a host page downloads
 * it, at most 32 KB gzipped. Bytes are deterministic for a given source, so this is a test, unlike a time; the
 * breakdown per element and per lazy chunk is `npm run bench` (packages/elements/bench/size.bench.mjs).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_GZIP = 32 * 1024;
const bundle = fileURLToPath(new URL('../../packages/elements/dist/bundle/sixin-elements.js', import.meta.url));

it('the single-file bundle sixin-elements.js is at most 32 KB gzipped', () => {
  assert.ok(existsSync(bundle), `${bundle} is missing: run npm run build first`);
  const gzip = gzipSync(readFileSync(bundle), { level: 9 }).length;
  assert.ok(
    gzip <= BUDGET_GZIP,
    `sixin-elements.js is ${(gzip / 1024).toFixed(2)} KB gzipped, over the ${BUDGET_GZIP / 1024} KB budget by ` +
      `${((gzip - BUDGET_GZIP) / 1024).toFixed(2)} KB: see npm run size:breakdown -w @sixin/elements`,
  );
});
