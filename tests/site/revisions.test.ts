// Directory revisions on the built site. A fixture history of four revisions (the real 2021-12-30 one, then a
// direction added, renamed with replaced-by, and withdrawn) is released through the `sixin` command and built into a
// copy of site/ (in tests/.output, so the real build is never touched). Then: every URL any revision published still
// answers, the changes page and its feed tell the story newest first, and the dropped ids say what became of them.
// The same "nothing published disappears" check runs over the real build and the real content/revisions.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { before, describe, test } from 'node:test';
import { loadContent, main, readRevisions } from '@sixin/core/node';
import { attr, byTag, find, findAll, parseHtml, text } from './helpers/html.ts';
import { CONTENT_DIR, copySiteSources, DIST_DIR, OUTPUT_DIR } from './helpers/site.ts';

const WORK = join(OUTPUT_DIR, 'site-revisions');
const SITE_COPY = join(WORK, 'site');
const CONTENT = join(WORK, 'content');
const DIST = join(SITE_COPY, 'dist');
const L2 = join(CONTENT, 'directory', '1', '1.3');
const ADDED = 'fixture-xinzeng-fangxiang';
const OLD = 'xinxing-ruanjian-kaifa';
const NEW = 'xinxing-ruanjian-yanfa';

async function sixin(...args: string[]) {
  const err: string[] = [];
  const code = await main([...args, '--content', CONTENT], { cwd: WORK, stdout: () => {}, stderr: (t) => err.push(t) });
  assert.equal(code, 0, `sixin ${args.join(' ')}: ${err.join('\n')}`);
}

/** Every file under a built site as URL paths (`directory/1/index.html` → `/directory/1/index.html`). */
function files(dist: string): Set<string> {
  const out = new Set<string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.add(`/${relative(dist, abs).split(sep).join('/')}`);
    }
  };
  walk(dist);
  return out;
}

function sitemap(dist: string): Set<string> {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return new Set(
    maps.flatMap((s) =>
      [...readFileSync(join(dist, s), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
    ),
  );
}

/** The URLs a revision published: the page of each of its categories and its pinned data files. */
function publishedUrls(contentDir: string): Array<{ date: string; pages: string[]; data: string[] }> {
  const { revisions, problems } = readRevisions(contentDir);
  assert.deepEqual(problems, []);
  assert.ok(revisions.length > 0, 'no revision: the check would prove nothing');
  return revisions.map((r) => ({
    date: r.date,
    pages: r.snapshot.categories.map((c) => `/directory/${c.id}/`),
    data: ['tree.json', 'directory.json', 'search-index.json'].map((f) => `/data/${r.date}/${f}`),
  }));
}

/** Fails listing every published URL the build at `dist` no longer serves, or its sitemap leaves out. */
function assertNothingPublishedDisappears(contentDir: string, dist: string) {
  const built = files(dist);
  const listed = sitemap(dist);
  const missing: string[] = [];
  for (const r of publishedUrls(contentDir)) {
    for (const page of r.pages) {
      if (!built.has(`${page}index.html`)) missing.push(`${r.date}: ${page} is not built`);
      if (!listed.has(page)) missing.push(`${r.date}: ${page} is not in the sitemap`);
    }
    for (const file of r.data) {
      if (!built.has(file)) missing.push(`${r.date}: ${file} is not published`);
      else assert.deepEqual(JSON.parse(readFileSync(join(dist, file), 'utf8')).revision, { date: r.date }, file);
    }
  }
  assert.deepEqual(missing, []);
}

const page = (path: string) => parseHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
const mainText = (path: string) => text(find(page(path), byTag('main'))!).replace(/\s+/g, ' ');

describe('a fixture history of four revisions, built', () => {
  before(async () => {
    rmSync(WORK, { recursive: true, force: true });
    copySiteSources(SITE_COPY, ['data', 'admin']);
    cpSync(CONTENT_DIR, CONTENT, { recursive: true });
    // The fixture starts from a released state: the working content may hold changes not yet released (search words
    // editors added), so the copy's 2021-12-30 snapshot is made to be what it holds now.
    const { directory } = loadContent(CONTENT);
    assert.ok(directory, 'the content loads');
    writeFileSync(join(CONTENT, 'revisions', '2021-12-30.json'), `${JSON.stringify(directory)}\n`);
    rmSync(join(CONTENT, 'revisions', 'unreleased.md'), { force: true });
    const direction = readFileSync(join(L2, `${OLD}.md`), 'utf8');
    // 2: a direction is added.
    writeFileSync(
      join(L2, `${ADDED}.md`),
      direction
        .replace(`id: ${OLD}`, `id: ${ADDED}`)
        .replace('name: 新兴软件开发', 'name: 测试新增方向')
        .replace('order: 2', 'order: 9'),
    );
    await sixin('release', '--date', '2022-06-01', '--basis', '测试通知第1号', '--summary', '新增一个方向。');
    // 3: a direction gets a new name and id, declared with replaced-by.
    unlinkSync(join(L2, `${OLD}.md`));
    writeFileSync(
      join(L2, `${NEW}.md`),
      direction.replace(`id: ${OLD}`, `id: ${NEW}`).replace('name: 新兴软件开发', 'name: 新兴软件研发'),
    );
    writeFileSync(
      join(CONTENT, 'revisions', 'unreleased.md'),
      `---\nreplaced-by:\n  "1.3/${OLD}": "1.3/${NEW}"\n---\n\n“新兴软件开发”更名为“新兴软件研发”。\n`,
    );
    await sixin('release', '--date', '2023-01-01', '--basis', '测试通知第2号');
    // 4: the added direction is withdrawn.
    unlinkSync(join(L2, `${ADDED}.md`));
    writeFileSync(
      join(CONTENT, 'revisions', 'unreleased.md'),
      `---\nwithdrawn:\n  "1.3/${ADDED}": 该方向已并入新兴软件研发。\n---\n\n撤销一个方向。\n`,
    );
    await sixin('release', '--date', '2024-01-01', '--basis', '测试通知第3号');

    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: SITE_COPY,
      encoding: 'utf8',
      env: {
        ...process.env,
        SIXIN_CONTENT_DIR: CONTENT,
        SIXIN_SITE_DIR: SITE_COPY,
        SIXIN_LANG: '',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      // Only a guard against a build that never ends (about a minute here, several on a busy machine).
      timeout: 1_800_000,
    });
    assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  });

  test('every URL any revision published is built, listed in the sitemap, and its data pinned under its date', () => {
    assertNothingPublishedDisappears(CONTENT, DIST);
  });

  test('the renamed id keeps a page saying since when and what replaced it, linking there', () => {
    const old = page(`directory/1.3/${OLD}`);
    assert.equal(text(find(old, byTag('h1'))!).trim(), '新兴软件开发（已不在目录中）');
    assert.match(
      mainText(`directory/1.3/${OLD}`),
      /这个分类列在目录的 2022-06-01 版中，自 2023-01-01 版起不再列入。\s*它现在是：\s*新兴软件研发/,
    );
    const links = findAll(find(old, byTag('main'))!, byTag('a')).map((a) => attr(a, 'href'));
    assert.ok(links.includes(`/directory/1.3/${NEW}/`), `no link to the replacement among ${links.join(' ')}`);
    assert.ok(links.includes('/directory/changes/#revision-2023-01-01'));
  });

  test('the withdrawn id keeps a page with the withdrawal statement', () => {
    assert.match(
      mainText(`directory/1.3/${ADDED}`),
      /列在目录的 2023-01-01 版中，自 2024-01-01 版起不再列入。\s*说明：\s*该方向已并入新兴软件研发。/,
    );
  });

  test('the new page says since when it is listed and its history', () => {
    const body = mainText(`directory/1.3/${NEW}`);
    assert.match(body, /修订记录 自 2023-01-01 版起列入目录。/);
    assert.match(body, /2023-01-01 版\s*：\s*“新兴软件开发”更名为“新兴软件研发”，原链接转到新名称的页面。/);
    assert.match(
      mainText('directory/1.3/xinxing-xinxi-jishu-fuwu'),
      /自 2021-12-30 版起列入目录。 列入目录以来没有改动。/,
    );
  });

  test('the changes page lists every revision newest first, with its basis and its changes in words', () => {
    const doc = page('directory/changes');
    const headings = findAll(find(doc, byTag('main'))!, byTag('h2')).map((h) => text(h).trim());
    assert.deepEqual(headings, ['2024-01-01 版', '2023-01-01 版', '2022-06-01 版', '2021-12-30 版']);
    const body = mainText('directory/changes');
    assert.match(
      body,
      /2022-06-01 版 依据：\s*测试通知第1号 新增一个方向。 改动：\s*新增三级方向“测试新增方向”，列在“1\.3 新兴软件和新型信息技术服务”下。/,
    );
    assert.match(body, /“测试新增方向”不再列入目录。该方向已并入新兴软件研发。/);
    assert.match(body, /2021-12-30 版 依据：\s*江北府办发〔2021〕79号/);
  });

  test('the Atom feed has one entry per revision, newest first, pointing at the changes page', () => {
    const feed = readFileSync(join(DIST, 'directory', 'changes', 'feed.xml'), 'utf8');
    assert.match(feed, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    const entries = [
      ...feed.matchAll(
        /<entry>[\s\S]*?<updated>([^<]+)<\/updated>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g,
      ),
    ];
    assert.deepEqual(
      entries.map((m) => m[1]),
      ['2024-01-01T00:00:00Z', '2023-01-01T00:00:00Z', '2022-06-01T00:00:00Z', '2021-12-30T00:00:00Z'],
    );
    assert.match(entries[1][2], /\/directory\/changes\/#revision-2023-01-01$/);
    assert.match(feed, /<updated>2024-01-01T00:00:00Z<\/updated>\n {2}<author>/);
  });

  test('every internal link of the pages about revisions resolves', () => {
    const built = files(DIST);
    const broken: string[] = [];
    for (const path of [
      'directory/changes',
      `directory/1.3/${OLD}`,
      `directory/1.3/${ADDED}`,
      `directory/1.3/${NEW}`,
      'directory',
    ]) {
      for (const a of findAll(page(path), byTag('a'))) {
        const href = attr(a, 'href') ?? '';
        if (!href.startsWith('/')) continue;
        const clean = href.split('#')[0];
        if (!built.has(clean.endsWith('/') ? `${clean}index.html` : clean)) broken.push(`${path}: ${href}`);
      }
    }
    assert.deepEqual(broken, []);
  });
});

test(
  'the real build serves every URL the real revisions published',
  { skip: !existsSync(join(DIST_DIR, 'index.html')) && 'the site is not built' },
  () => {
    assertNothingPublishedDisappears(CONTENT_DIR, DIST_DIR);
  },
);
