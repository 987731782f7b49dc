import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../cli.js';
import { parseContacts, parseSettings } from './contacts.js';
import { formatProblem } from './problems.js';

const TODAY = new Date('2026-06-01T00:00:00Z');
const lines = (problems: Parameters<typeof formatProblem>[0][]) => problems.map((p) => formatProblem(p));

test('a filled, recently checked office passes with no reminder, and keeps exactly what was written', () => {
  const r = parseContacts(
    'contacts:\n  - id: amr\n    office: 某局\n    address: 某路 1 号\n    phone: "023-0000000"\n    hours: 工作日\n    online: https://example.gov.cn/\n    checked: 2026-03-01\n',
    'contacts.yaml',
    TODAY,
  );
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.warnings, []);
  assert.deepEqual(r.contacts, [{ id: 'amr', office: '某局', address: '某路 1 号', phone: '023-0000000', hours: '工作日', online: 'https://example.gov.cn/', checked: '2026-03-01' }]);
});

test('empty details and details checked over a year ago are reminders with the line, not problems', () => {
  const r = parseContacts(
    'contacts:\n  - id: amr\n    office: 某局\n    phone: ""\n  - id: old\n    office: 旧局\n    address: 某路\n    phone: "1"\n    hours: 全天\n    online: https://a.example/\n    checked: 2025-05-01\n',
    'contacts.yaml',
    TODAY,
  );
  assert.deepEqual(r.problems, []);
  assert.deepEqual(lines(r.warnings), [
    'contacts.yaml:2: 提醒：某局 的 address, phone, hours, online 尚未填写，网站上不显示这些项目；核实后请填写，并把 checked 改为核实日期',
    'contacts.yaml:5: 提醒：旧局 的联系方式核实于 2025-05-01，已超过一年；请重新核实并更新 checked',
  ]);
  assert.equal(r.contacts[0]!.phone, undefined, 'an empty field is not a value');
});

test('bad fields are problems that name the field: unknown keys, a non-web online channel, a bad date, a duplicate id', () => {
  const r = parseContacts(
    'contacts:\n  - id: amr\n    office: 某局\n    tel: 1\n    online: www.example.gov.cn\n    checked: 2026/01/01\n  - id: amr\n    office: 又一局\n',
    'contacts.yaml',
    TODAY,
  );
  assert.deepEqual(
    r.problems.map((p) => [p.code, p.line, p.params.field ?? p.params.id]),
    [['field-unknown', 4, 'tel'], ['field-type', 2, 'online'], ['field-type', 2, 'checked'], ['contact-duplicate', 7, 'amr']],
  );
  assert.equal(parseContacts('- a\n', 'contacts.yaml', TODAY).problems[0]!.code, 'contacts-shape');
});

test('settings: feedback takes an https or mailto address; anything else is a problem, empty means the default', () => {
  assert.deepEqual(parseSettings('feedback: mailto:a@example.gov.cn\n', 's.yaml'), { settings: { feedback: 'mailto:a@example.gov.cn' }, problems: [] });
  assert.deepEqual(parseSettings('feedback: ""\n', 's.yaml'), { settings: {}, problems: [] });
  assert.equal(parseSettings('feedback: javascript:alert(1)\n', 's.yaml').problems[0]!.params.field, 'feedback');
  assert.equal(parseSettings('feedbak: x\n', 's.yaml').problems[0]!.code, 'field-unknown');
});

test('sixin validate prints the reminders and passes; a contacts problem fails it', async () => {
  const repoContent = fileURLToPath(new URL('../../../../content', import.meta.url));
  const dir = mkdtempSync(join(tmpdir(), 'sixin-contacts-'));
  try {
    cpSync(repoContent, dir, { recursive: true });
    const run = async () => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await main(['validate', dir], { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd: dir });
      return { code, out, err };
    };
    writeFileSync(join(dir, 'contacts.yaml'), 'contacts:\n  - id: amr\n    office: 江北区市场监督管理局\n');
    let r = await run();
    assert.equal(r.code, 0);
    assert.match(r.out.join('\n'), /^内容有效/);
    assert.ok(r.err.some((l) => l.includes('contacts.yaml:2: 提醒：江北区市场监督管理局 的 address, phone, hours, online 尚未填写')), r.err.join('\n'));
    writeFileSync(join(dir, 'contacts.yaml'), 'contacts:\n  - id: amr\n    office: 江北区市场监督管理局\n    online: 023-12345\n');
    r = await run();
    assert.equal(r.code, 1);
    assert.ok(r.err.some((l) => l.startsWith('contacts.yaml:2: 字段 online 的值不对')), r.err.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
