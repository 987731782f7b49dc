// Distribution: what `npm pack` puts in the @sixin/elements tarball is what a consumer needs and nothing else, and
// the tarball installs into an empty project (with @sixin/core, which it depends on, packed the same way), type-checks
// there, bundles with esbuild, and renders in Chromium under the portal's strict Content-Security-Policy.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium, openWatchedPage, waitInPage } from '../support/browser.ts';
import { bundlePage } from '../support/build.ts';
import { exportedData } from '../support/data.ts';
import { ELEMENTS_DIR, EMBED_DIR, ROOT } from '../support/paths.ts';
import { startEmbedServer, type EmbedServer, type Route } from '../support/server.ts';

const require = createRequire(import.meta.url);
const CONSUMER_DIR = join(EMBED_DIR, 'npm', 'consumer');
const TAGS = ['sixin-category-tree', 'sixin-scope-search', 'sixin-eligibility-checker'];

interface PackResult {
  name: string;
  filename: string;
  files: Array<{ path: string }>;
}

/** `npm pack --json` for the given workspaces, run at the repository root. */
function npmPack(workspaces: string[], extra: string[]): PackResult[] {
  const args = ['pack', ...workspaces.flatMap((w) => ['-w', w]), '--json', '--ignore-scripts', ...extra];
  const out = execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return JSON.parse(out) as PackResult[];
}

let workDir: string;
let browser: Browser | undefined;
let server: EmbedServer | undefined;

before(() => {
  workDir = mkdtempSync(join(tmpdir(), 'sixin-pack-'));
});
after(async () => {
  await Promise.all([browser?.close(), server?.close()]);
  rmSync(workDir, { recursive: true, force: true });
});

describe('npm pack @sixin/elements', () => {
  test('--dry-run lists what a consumer needs and no tests, sources, fixtures or build scripts', () => {
    const [listing] = npmPack(['@sixin/elements'], ['--dry-run']);
    const files = listing.files.map((f) => f.path).sort();
    const unwanted = files.filter(
      (path) =>
        /\.test\.|\.bench\.|test-support|fixture|\.map$|tsconfig|web-test-runner|custom-elements-manifest\.config/.test(
          path,
        ) ||
        (/^(src|scripts|bench)\//.test(path) && !/^src\/[\w-]+\/README\.md$/.test(path)),
    );
    assert.deepEqual(unwanted, []);
    const pkg = JSON.parse(readFileSync(join(ELEMENTS_DIR, 'package.json'), 'utf8')) as {
      exports: Record<string, string | Record<string, string>>;
    };
    // Every entry point the package promises is in the tarball, with its types.
    const targets = Object.values(pkg.exports).flatMap((target) =>
      typeof target === 'string' ? [target] : Object.values(target),
    );
    const missing = targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !files.includes(t));
    assert.deepEqual(missing, [], 'files that package.json "exports" points at but the tarball lacks');
    for (const required of ['package.json', 'README.md', 'custom-elements.json', 'dist/bundle/sixin-elements.js']) {
      assert.ok(files.includes(required), `${required} is not in the tarball`);
    }
    // The files the bundle loads on first use (the search engine, the English strings) travel with it.
    for (const lazy of ['sixin-search-engine', 'sixin-strings-en']) {
      assert.ok(
        files.some((f) => new RegExp(`^dist/bundle/${lazy}-[0-9a-f]{8}\\.js$`).test(f)),
        `the bundle's ${lazy} file is missing`,
      );
    }
    // Each ES module has its declarations.
    const withoutTypes = files.filter(
      (f) => /^dist\/(?!bundle\/).*\.js$/.test(f) && !files.includes(f.replace(/\.js$/, '.d.ts')),
    );
    assert.deepEqual(withoutTypes, []);
  });

  test('the tarball installs into an empty project, type-checks, bundles and renders there', async () => {
    const packed = npmPack(['@sixin/core', '@sixin/elements'], ['--pack-destination', workDir]);
    const project = join(workDir, 'consumer');
    cpSync(CONSUMER_DIR, project, { recursive: true });
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
    );
    // lit and the core package's dependencies come from the registry (or npm's cache, which `npm ci` filled).
    execFileSync(
      'npm',
      [
        'install',
        ...packed.map((p) => join(workDir, p.filename)),
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--loglevel=error',
      ],
      { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const installed = JSON.parse(
      readFileSync(join(project, 'node_modules', '@sixin', 'elements', 'package.json'), 'utf8'),
    ) as { version: string };
    assert.equal(
      installed.version,
      (JSON.parse(readFileSync(join(ELEMENTS_DIR, 'package.json'), 'utf8')) as { version: string }).version,
    );

    // The consumer's TypeScript sees the element classes and event types through the package's own subpaths.
    try {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
        cwd: project,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      assert.fail(
        `tsc in the consumer project failed:\n${(error as { stdout?: string }).stdout ?? (error as Error).message}`,
      );
    }

    const [bundle, data] = await Promise.all([bundlePage('main.ts', { absWorkingDir: project }), exportedData()]);
    const elementsInputs = bundle.inputs.filter((input) => input.includes('@sixin/elements'));
    assert.ok(
      elementsInputs.length > 0 &&
        elementsInputs.every((input) => input.startsWith('node_modules/@sixin/elements/dist/')),
      `the consumer bundle must be made from the installed tarball, not the monorepo: ${bundle.inputs.filter((i) => !i.startsWith('node_modules/')).join(', ')}`,
    );
    const routes = new Map<string, Route>([
      ['/', { file: join(project, 'index.html') }],
      ['/main.js', { body: bundle.code, type: 'text/javascript; charset=utf-8' }],
    ]);
    for (const [file, json] of data)
      routes.set(`/data/${file}`, { body: json, type: 'application/json; charset=utf-8' });
    server = await startEmbedServer(routes);
    browser = await launchChromium();
    const watched = await openWatchedPage(browser, server.origin);
    await watched.page.goto(`${server.origin}/`);
    await waitInPage(
      watched,
      'the installed package did not register every element',
      (tags) => tags.every((t) => customElements.get(t)),
      TAGS,
    );
    for (const tag of TAGS) {
      await waitInPage(
        watched,
        `<${tag}> from the installed package did not render`,
        (t) => Boolean(document.querySelector(t)?.shadowRoot?.querySelector('[part~="base"]')),
        tag,
      );
    }
    await waitInPage(
      watched,
      'the tree did not load its data',
      () =>
        document.querySelector('sixin-category-tree')?.shadowRoot?.querySelectorAll('[role="treeitem"]').length === 9,
      undefined,
    );
    assert.deepEqual(watched.record.errors, []);
    assert.deepEqual(watched.record.violations, []);
    assert.deepEqual(watched.record.foreignRequests, []);
  });
});
