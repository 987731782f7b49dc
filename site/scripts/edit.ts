// `npm run edit`: the browser editor on this computer. Starts the site's dev server (which serves /admin/ and shows
// every change as the site will) and decap-server, which reads and writes the checked-out content/ folder. Nothing is
// committed: the editor's changes are ordinary file changes, checked with `npx sixin validate` and sent as usual.
//
// SIXIN_CONTENT_DIR edits another content folder (decap-server then works in the folder that holds it);
// SIXIN_DECAP_PORT and SIXIN_EDIT_PORT change the ports (8081 and 4321).
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitePaths } from '../src/lib/paths.ts';
import { DECAP_SERVER_PORT } from './admin.ts';

const started = performance.now();
const paths = sitePaths(process.env, fileURLToPath(new URL('..', import.meta.url)));
const sitePort = Number(process.env.SIXIN_EDIT_PORT ?? 4321);
const repoDir = dirname(paths.contentDir);
const require = createRequire(join(paths.siteDir, 'package.json'));
const children: ChildProcess[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
  children.push(child);
  child.on('exit', (code) => {
    if (!stopping) {
      process.stderr.write(`${command} ${args[0] ?? ''} 已退出（${code}），编辑环境停止。\n`);
      stop(code ?? 1);
    }
  });
  return child;
}

let stopping = false;
function stop(code: number): void {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run(
  process.execPath,
  [require.resolve('decap-server/dist/index.js')],
  { PORT: String(DECAP_SERVER_PORT), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: repoDir },
  repoDir,
);
const astro = join(dirname(require.resolve('astro/package.json')), 'astro.js');
const prepare = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--prepare-only'], {
  cwd: paths.siteDir,
  stdio: 'inherit',
});
prepare.on('exit', () => {
  if (stopping) return;
  run(
    process.execPath,
    [astro, 'dev', '--host', '127.0.0.1', '--port', String(sitePort)],
    { ASTRO_TELEMETRY_DISABLED: '1' },
    paths.siteDir,
  );
});

/** Waits until the editor page and decap-server both answer, then says where to go. */
async function announce(): Promise<void> {
  const admin = `http://127.0.0.1:${sitePort}/admin/`;
  const ready = async () => {
    try {
      const [page, api] = await Promise.all([
        fetch(admin),
        fetch(`http://127.0.0.1:${DECAP_SERVER_PORT}/api/v1`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ action: 'info' }),
        }),
      ]);
      return page.ok && api.ok;
    } catch {
      return false;
    }
  };
  while (!stopping && !(await ready())) await new Promise((r) => setTimeout(r, 250));
  if (stopping) return;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(
    `\n编辑器已就绪（${seconds} 秒）：在浏览器中打开 ${admin}\n` +
      `保存的修改直接写入 ${paths.contentDir}；网站预览在 http://127.0.0.1:${sitePort}/ 。按 Ctrl+C 结束。\n\n`,
  );
}
void announce();
