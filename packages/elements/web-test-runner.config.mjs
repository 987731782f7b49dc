// Browser tests of @sixin/elements in Debian's Chromium (scripts/ensure-chromium.sh installs it when missing).
// `npm test -w @sixin/elements` runs them; the root `npm test` builds first, which the bundle test needs.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const fixture = readFileSync(here('./src/test-support/directory.fixture.json'), 'utf8');

// The real data, exactly as `sixin export --out-dir` writes it: content/ is read once, each file built when asked for.
let realContent;
async function realArtifact(file) {
  let core;
  try {
    core = await import('@sixin/core/node');
  } catch (error) {
    throw new Error(`@sixin/core is not built (run \`npm run build -w @sixin/core\`): ${error.message}`, {
      cause: error,
    });
  }
  const artifact = core.ARTIFACTS.find((a) => a.file === file);
  if (!artifact) return undefined;
  if (!realContent) {
    const contentDir = here('../../content');
    const result = core.loadContent(contentDir);
    if (!result.directory || !result.policy) {
      const { formatProblem } = await import('@sixin/core');
      throw new Error(`content/ does not validate: ${result.problems.map((p) => formatProblem(p, 'en')).join('; ')}`);
    }
    realContent = { directory: result.directory, policy: result.policy, contentDir, result };
  }
  return JSON.stringify(artifact.build(realContent));
}

const failedOnce = new Set();
const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = body;
};

/**
 * Responses that wait for the test: `/test-data/held/<gate>/…` is answered only once the page asks for
 * `/test-data/release/<gate>` (in either order), so a test sees an element loading for exactly as long as it wants,
 * whatever the speed of the machine.
 */
const gates = new Map();
function gate(name) {
  if (!gates.has(name)) {
    let open;
    const opened = new Promise((resolve) => (open = resolve));
    gates.set(name, { opened, open });
  }
  return gates.get(name);
}

/** Test endpoints under /test-data/ that a static file server cannot give: failures, held responses, the real export. */
async function testData(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/test-data/')) return next();
  if (path === '/test-data/fixture.json') return json(ctx, 200, fixture);
  const release = path.match(/^\/test-data\/release\/([\w-]+)$/);
  if (release) {
    gate(release[1]).open();
    ctx.status = 204;
    return;
  }
  // `/flaky/real/<file>` and `/held/<gate>/real/<file>` serve the real artifact instead of the fixture.
  const realFile = path.match(/^\/test-data\/(?:flaky|held\/[\w-]+)\/real\/([\w.-]+\.json)$/)?.[1];
  // Fails the first time each URL is asked for, then works: the retry button must recover.
  if (path.startsWith('/test-data/flaky/')) {
    if (!failedOnce.has(path)) {
      failedOnce.add(path);
      return json(ctx, 503, '{"error":"try again"}');
    }
    return json(ctx, 200, realFile ? await realArtifact(realFile) : fixture);
  }
  const held = path.match(/^\/test-data\/held\/([\w-]+)\//);
  if (held) {
    // A gate stays open once released: an element that asks again (moved in the page, retried) is answered too.
    await gate(held[1]).opened;
    return json(ctx, 200, realFile ? await realArtifact(realFile) : fixture);
  }
  if (path === '/test-data/not-json.json') {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Error</title>';
    return;
  }
  if (path === '/test-data/bad-level.json') {
    const data = JSON.parse(fixture);
    data.categories[1].level = 3;
    return json(ctx, 200, JSON.stringify(data));
  }
  if (path === '/test-data/empty.json') return json(ctx, 200, '{"categories":[]}');
  // A response that starts and then trickles, one space a second, for as long as the page listens.
  if (path === '/test-data/trickle.json') {
    ctx.status = 200;
    ctx.type = 'application/json';
    let timer;
    ctx.body = new Readable({
      read() {
        timer ??= setInterval(() => this.push(' '), 1000);
      },
      destroy(error, done) {
        clearInterval(timer);
        done(error);
      },
    });
    ctx.req.on('close', () => ctx.body.destroy());
    return;
  }
  // 9 MB (more than the elements read) of valid JSON: sent in chunks without a length, or with it declared up front.
  if (path === '/test-data/huge.json' || path === '/test-data/huge-declared.json') {
    const chunk = Buffer.alloc(64 * 1024, ' ');
    const chunks = 9 * 16;
    let sent = 0;
    ctx.status = 200;
    ctx.type = 'application/json';
    if (path.endsWith('declared.json')) ctx.length = chunk.length * chunks + 2;
    ctx.body = new Readable({
      read() {
        this.push(sent < chunks ? chunk : sent === chunks ? '{}' : null);
        sent++;
      },
    });
    return;
  }
  const real = path.match(/^\/test-data\/real\/([\w.-]+\.json)$/);
  if (real) {
    let body;
    try {
      body = await realArtifact(real[1]);
    } catch (error) {
      // The test shows this text: the element reports the 500 and the test prints what the server said.
      console.error(error.message);
      ctx.status = 500;
      ctx.body = error.message;
      return;
    }
    if (body) return json(ctx, 200, body);
  }
  ctx.status = 404;
  ctx.body = 'not found';
}

/** Modules the elements import on first use, and the cookie that makes each fail while a test sets it. */
const LAZY_MODULES = [
  { path: /^\/src\/search\/engine\.(js|ts)$/, failCookie: 'sixin-fail-engine' },
  { path: /^\/src\/shared\/strings\.en\.(js|ts)$/, failCookie: 'sixin-fail-strings' },
];

/**
 * The modules the elements import on first use (the search engine, the English strings), as the failure tests need them (`*failure.test.ts`): while the page holds the module's cookie
 * (`sixin-fail-engine=1`), the server answers 503, as a server would while the visitor's connection or the site is
 * down. A plain HTTP error, so no browser retries it on its own; and the test page has its cache off (below), so no
 * earlier file can spare a test that failure.
 */
async function lazyModule(ctx, next) {
  const lazy = LAZY_MODULES.find((m) => m.path.test(ctx.path));
  if (!lazy || !new RegExp(`(?:^|;\\s*)${lazy.failCookie}=1`).test(ctx.get('cookie'))) return next();
  ctx.status = 503;
  ctx.set('cache-control', 'no-store');
  ctx.body = 'unavailable (test)';
  return undefined;
}

/**
 * The lazy files by import specifier, as the bundle build tells the bundle (scripts/lazy-chunks.mjs), here the source
 * files the dev server compiles: so the tests run the same retry under a fresh URL that the bundle does.
 */
const LAZY_FILES = {
  './engine.js': './engine.ts',
  './strings.en.js': './strings.en.ts',
};

export default {
  rootDir: here('.'),
  files: ['src/**/*.test.ts', 'src/**/*.test.html'],
  nodeResolve: true,
  // One page at a time: keyboard and focus tests need the focused tab (a background tab gets no focus and throttled
  // timers), and on two cores a second page saves little. The whole run takes seconds.
  concurrency: 1,
  concurrentBrowsers: 1,
  // No test is timed: these limits only stop a test that would never end (each waits for what it expects to see, see
  // waitFor in src/test-support/helpers.ts), and lie far beyond what a machine under load takes.
  testFramework: { config: { timeout: 300_000 } },
  testsStartTimeout: 600_000,
  testsFinishTimeout: 1_800_000,
  browserStartTimeout: 600_000,
  middleware: [testData, lazyModule],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: here('./tsconfig.json'),
      define: { SIXIN_LAZY_FILES: JSON.stringify(LAZY_FILES) },
    }),
  ],
  browsers: [
    chromeLauncher({
      // The runner keeps one page for every test file. With its HTTP cache off, every file fetches what it loads from
      // the server, so that no test depends on what an earlier file loaded or on how a browser version caches (a
      // module another file had cached would never fail for the failure tests).
      async createPage({ context }) {
        const page = await context.newPage();
        await page.setCacheEnabled(false);
        return page;
      },
      launchOptions: {
        executablePath: CHROMIUM,
        // Headless mode comes from the flag in CHROMIUM_FLAGS (the new headless), not from the launcher's default.
        headless: false,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
};
