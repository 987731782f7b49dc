// scripts/ensure-chromium.sh, which `npm test` runs before the browser tests: it installs Chromium only as root (CI on
// a fresh machine) and otherwise prints the command, never calling sudo. Run with stand-ins for id, sudo and apt-get
// on PATH, so that nothing is installed and every call is recorded.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/ensure-chromium.sh', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'sixin-ensure-chromium-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the script as user `uid`, with stand-ins that log their calls; apt-get "installs" by creating the browser. */
function run(uid: number, name: string) {
  const dir = join(scratch, name);
  const bin = join(dir, 'bin');
  const log = join(dir, 'calls.log');
  const browser = join(dir, 'chromium');
  mkdirSync(bin, { recursive: true });
  writeFileSync(log, '');
  const stub = (command: string, body: string) => {
    writeFileSync(join(bin, command), `#!/bin/sh\necho "${command} $*" >> "${log}"\n${body}\n`);
    chmodSync(join(bin, command), 0o755);
  };
  stub('id', `echo ${uid}`);
  stub('sudo', 'exit 99');
  stub(
    'apt-get',
    `case "$*" in *install*) printf '#!/bin/sh\\necho Chromium 999\\n' > "${browser}"; chmod +x "${browser}";; esac`,
  );
  const result = spawnSync('bash', [SCRIPT], {
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin`, SIXIN_CHROMIUM: browser },
  });
  return {
    status: result.status,
    stderr: result.stderr,
    calls: readFileSync(log, 'utf8').trim().split('\n').filter(Boolean),
  };
}

test('without root, it prints the command to install Chromium and calls neither sudo nor apt-get', () => {
  const { status, stderr, calls } = run(1000, 'user');
  assert.equal(status, 1);
  assert.match(stderr, /sudo apt-get update && sudo apt-get install -y chromium/);
  assert.deepEqual(
    calls.filter((c) => !c.startsWith('id')),
    [],
  );
});

test('as root on a fresh machine (CI), it installs Chromium with apt-get itself', () => {
  const { status, stderr, calls } = run(0, 'root');
  assert.equal(status, 0, stderr);
  assert.deepEqual(
    calls.filter((c) => !c.startsWith('id')),
    ['apt-get update -qq', 'apt-get install -y -qq chromium'],
  );
  assert.match(stderr, /Chromium 999/);
});
