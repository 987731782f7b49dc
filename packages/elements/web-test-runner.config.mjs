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
    throw new Error(`@sixin/core is not built (run \`npm run build -w @sixin/core\`): ${error.message}`);
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

/** Test endpoints under /test-data/ that a static file server cannot give: failures, slowness, the real export. */
async function testData(ctx, next) {
  const path = ctx.path;
  if (!path.startsWith('/test-data/')) return next();
  if (path === '/test-data/fixture.json') return json(ctx, 200, fixture);
  // `/flaky/real/<file>` and `/slow/real/<file>` serve the real artifact instead of the fixture.
  const realFile = path.match(/^\/test-data\/(?:flaky|slow)\/real\/([\w.-]+\.json)$/)?.[1];
  // Fails the first time each URL is asked for, then works: the retry button must recover.
  if (path.startsWith('/test-data/flaky/')) {
    if (!failedOnce.has(path)) {
      failedOnce.add(path);
      return json(ctx, 503, '{"error":"try again"}');
    }
    return json(ctx, 200, realFile ? await realArtifact(realFile) : fixture);
  }
  if (path.startsWith('/test-data/slow/')) {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 800)));
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

/** Modules the elements import on first use, and the cookie that cuts the connection when each is asked for. */
const LAZY_MODULES = [
  { path: /^\/src\/search\/engine\.(js|ts)$/, failCookie: 'sixin-fail-engine' },
  { path: /^\/src\/shared\/strings\.en\.(js|ts)$/, failCookie: 'sixin-fail-strings' },
  { path: /^\/src\/shared\/problems\.(js|ts)$/, failCookie: 'sixin-fail-problems' },
];

/**
 * The modules the elements import on first use (the search engine, the English strings, the explanations of data
 * problems), as the failure tests need them (`*failure.test.ts`). While the page holds
 * the module's cookie (`sixin-fail-engine=1`) the connection is cut, as when a visitor goes offline, so a test can see
 * the element cope and recover. Otherwise the module is served uncached: the test runner marks every file cacheable
 * for a year, and a page that had loaded it would spare a later page that failure.
 */
async function lazyModule(ctx, next) {
  const lazy = LAZY_MODULES.find((m) => m.path.test(ctx.path));
  if (!lazy) return next();
  if (new RegExp(`(?:^|;\\s*)${lazy.failCookie}=1`).test(ctx.get('cookie'))) {
    ctx.respond = false;
    ctx.req.socket.destroy();
    return undefined;
  }
  await next();
  // Written here, because the runner's cache middleware sets its header after this one returns (unless sent).
  ctx.respond = false;
  ctx.res.writeHead(ctx.status, { 'content-type': ctx.response.get('content-type') || 'text/javascript', 'cache-control': 'no-store' });
  ctx.res.end(ctx.body);
  return undefined;
}

export default {
  rootDir: here('.'),
  files: ['src/**/*.test.ts', 'src/**/*.test.html'],
  nodeResolve: true,
  // One page at a time: keyboard and focus tests need the focused tab (a background tab gets no focus and throttled
  // timers), and on two cores a second page saves little. The whole run takes seconds.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  middleware: [testData, lazyModule],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: here('./tsconfig.json') })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        // Headless mode comes from the flag in CHROMIUM_FLAGS (the new headless), not from the launcher's default.
        headless: false,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
};
