// A bad content file must fail the site build with the validator's own file:line message, and never leave a
// partial site behind: the previous dist/ stays exactly as it was and no scratch folder survives. Runs on a copy of
// site/ (in tests/.output) so the real build is never touched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { formatProblem, sortProblems } from '@sixin/core';
import { loadContent } from '@sixin/core/node';
import { CONTENT_DIR, copySiteSources, OUTPUT_DIR, ROOT } from './helpers/site.ts';

const WORK = join(OUTPUT_DIR, 'site-build-failure');
const SITE_COPY = join(WORK, 'site');
const BROKEN = join(WORK, 'content-broken');
const VALID = join(WORK, 'content-valid');
const BROKEN_FILE = join(BROKEN, 'directory', '1', '1.3', 'xinxing-ruanjian-kaifa.md');

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, name.name);
      if (name.isDirectory()) walk(abs);
      else out[relative(dir, abs).split(sep).join('/')] = readFileSync(abs, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** A dist/ as an earlier, successful build left it. */
function earlierBuild(): Record<string, string> {
  const dist = join(SITE_COPY, 'dist');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'directory'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>earlier build</title>');
  writeFileSync(join(dist, 'directory', 'index.html'), '<!doctype html><title>earlier directory</title>');
  return snapshot(dist);
}

const scratchLeft = () => readdirSync(SITE_COPY).filter((n) => n.startsWith('.dist-'));

function run(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, args, {
    cwd: SITE_COPY,
    encoding: 'utf8',
    env: { ...process.env, ...env, SIXIN_LANG: '', ASTRO_TELEMETRY_DISABLED: '1' },
    // Only a guard against a build that never ends (one takes about 15 s, several times that on a busy machine).
    timeout: 900_000,
  });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** What `npx sixin validate <folder>` prints for the broken content, run where the build reports from. */
function validatorLines(contentDir: string): string[] {
  const result = loadContent(contentDir, { cwd: WORK });
  assert.ok(result.problems.length > 0, 'the broken content is valid: the test would prove nothing');
  return sortProblems(result.problems).map((p) => formatProblem(p));
}

before(() => {
  rmSync(WORK, { recursive: true, force: true });
  copySiteSources(SITE_COPY, ['data', 'widgets', 'admin']);
  cpSync(CONTENT_DIR, BROKEN, { recursive: true });
  cpSync(CONTENT_DIR, VALID, { recursive: true });
  // An editor's typical slip: a GB/T 4754 class name that does not match the standard.
  const text = readFileSync(BROKEN_FILE, 'utf8');
  assert.ok(text.includes('name: 应用软件开发'));
  writeFileSync(BROKEN_FILE, text.replace('name: 应用软件开发', 'name: 应用软件研发'));
});

after(() => rmSync(WORK, { recursive: true, force: true }));

test('the build script stops on bad content with the validator’s messages, and keeps the earlier dist/', () => {
  const before = earlierBuild();
  const expected = validatorLines(BROKEN);
  assert.ok(
    expected.some((l) => l.startsWith('content-broken/directory/1/1.3/xinxing-ruanjian-kaifa.md:')),
    expected.join('\n'),
  );
  const { code, output } = run(['--import', 'tsx', 'scripts/build.ts'], { SIXIN_CONTENT_DIR: BROKEN });
  assert.equal(code, 1, output);
  for (const line of expected)
    assert.ok(output.includes(line), `the build output lacks the validator line:\n${line}\n---\n${output}`);
  assert.match(output, /网站没有构建/);
  assert.deepEqual(snapshot(join(SITE_COPY, 'dist')), before, 'the earlier dist/ was changed');
  assert.deepEqual(scratchLeft(), []);
  assert.equal(
    existsSync(join(SITE_COPY, 'public', 'data', 'directory.json')),
    false,
    'data was published from bad content',
  );
});

test('astro build alone (the content loader) fails on bad content with the same messages', () => {
  const { code, output } = run(
    [join(ROOT, 'node_modules', 'astro', 'astro.js'), 'build', '--outDir', join(WORK, 'astro-out')],
    {
      SIXIN_CONTENT_DIR: BROKEN,
      SIXIN_SITE_DIR: SITE_COPY,
    },
  );
  assert.notEqual(code, 0, output);
  for (const line of validatorLines(BROKEN))
    assert.ok(output.includes(line), `astro's output lacks the validator line:\n${line}\n---\n${output}`);
  assert.equal(existsSync(join(WORK, 'astro-out', 'index.html')), false, 'astro wrote pages from bad content');
});

test('a build that fails halfway through writing pages leaves the earlier dist/ and no scratch folder', () => {
  const before = earlierBuild();
  // A page that throws while it renders: Astro has written other pages into its output folder by then.
  const brokenPage = join(SITE_COPY, 'src', 'pages', 'zz-fails.astro');
  writeFileSync(brokenPage, '---\nthrow new Error("this page fails on purpose");\n---\n');
  try {
    const { code, output } = run(['--import', 'tsx', 'scripts/build.ts'], { SIXIN_CONTENT_DIR: VALID });
    assert.equal(code, 1, output);
    assert.match(output, /this page fails on purpose/);
    assert.match(output, /网站构建失败/);
  } finally {
    rmSync(brokenPage);
  }
  assert.deepEqual(snapshot(join(SITE_COPY, 'dist')), before, 'the earlier dist/ was changed');
  assert.deepEqual(scratchLeft(), []);
});
