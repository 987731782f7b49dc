import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from './write.js';

test('writes through an exclusive temporary file with an unguessable name, never through a link planted beside it', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sixin-write-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'untouched');
  const target = join(dir, 'directory.json');
  // The names a predictable writer would use (the old one wrote to `<file>.<pid>.tmp`) all point at the victim.
  for (const name of [`directory.json.${process.pid}.tmp`, 'directory.json.tmp', '.directory.json.tmp'])
    symlinkSync(victim, join(dir, name));

  writeFileAtomic(target, '{"ok":true}');
  assert.equal(readFileSync(target, 'utf8'), '{"ok":true}');
  assert.equal(readFileSync(victim, 'utf8'), 'untouched');
  assert.deepEqual(
    readdirSync(dir).filter(
      (n) =>
        n.endsWith('.tmp') &&
        !n.includes(String(process.pid)) &&
        n !== 'directory.json.tmp' &&
        n !== '.directory.json.tmp',
    ),
    [],
    'no temporary file is left',
  );
});

test('replaces a link at the target itself rather than writing where it points', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'sixin-write-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'untouched');
  symlinkSync(victim, join(dir, 'out.json'));
  writeFileAtomic(join(dir, 'out.json'), 'new');
  assert.equal(readFileSync(join(dir, 'out.json'), 'utf8'), 'new');
  assert.equal(readFileSync(victim, 'utf8'), 'untouched');
});
