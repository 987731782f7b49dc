import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { formatKB, publishedDataFiles } from './data-files.ts';

const scratch = mkdtempSync(join(tmpdir(), 'sixin-site-data-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('published data files are listed with raw and gzip sizes and the core’s description', () => {
  assert.deepEqual(publishedDataFiles({ publicDir: scratch }), []);
  mkdirSync(join(scratch, 'data'));
  const json = JSON.stringify({ categories: Array.from({ length: 200 }, (_, i) => ({ id: `c${i}`, name: '新材料' })) });
  writeFileSync(join(scratch, 'data', 'directory.json'), json);
  writeFileSync(join(scratch, 'data', 'notes.txt'), 'not data');
  const [file, ...rest] = publishedDataFiles({ publicDir: scratch });
  assert.equal(rest.length, 0);
  assert.equal(file.file, 'directory.json');
  assert.equal(file.bytes, Buffer.byteLength(json));
  assert.ok(file.gzipBytes > 0 && file.gzipBytes < file.bytes);
  assert.match(file.description ?? '', /directory/);
});

test('sizes read in kilobytes', () => {
  assert.equal(formatKB(1536), '1.5 KB');
  assert.equal(formatKB(0), '0.0 KB');
});
