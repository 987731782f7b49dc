import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContent } from '@sixin/core/node';
import { enumeratePaths } from '@sixin/core/rules';
import { outcomeCounts, policyWords, ruleConditions, sourceUses } from './how-it-decides.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const loaded = loadContent(join(root, 'content'), { cwd: root });
assert.deepEqual(loaded.problems, []);
const policy = loaded.policy!;
const rules = loaded.rules;
const clause = (id: string) => policy.clauses.find((c) => c.id === id)!;
const read = (pieces: Array<{ text: string; marked: boolean }>) =>
  pieces.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

test('the policy’s own words: the passages of the clause that hold the words, with the words marked', () => {
  const passages = policyWords(clause('4.4'), ['“无事不扰”原则']).map(read);
  assert.deepEqual(passages, ['在执法检查上，采取[“无事不扰”原则]，尽量减少对市场主体的干扰；']);
  // Words from the heading show the heading; several words in one passage are all marked.
  assert.deepEqual(policyWords(clause('4.5'), ['探索“触发式”联合监管']).map(read), ['（五）[探索“触发式”联合监管]']);
  const rongque = policyWords(clause('4.2'), ['容缺登记', '按期补正的书面承诺']).map(read);
  assert.equal(rongque.length, 1);
  assert.match(rongque[0], /^实行“\[容缺登记\]”机制，.*做出\[按期补正的书面承诺\]后，可先予办理登记/);
  assert.deepEqual(policyWords(clause('4.2'), ['不在条款里的词']), []);
});

test('a rule’s conditions read as the questions and answers a person sees, in asking order', () => {
  const rongque = rules!.measures.find((m) => m.id === 'rongque')!;
  const applies = rongque.rules.find((r) => r.status === 'applies')!;
  const conditions = ruleConditions(rules!, applies);
  assert.deepEqual(
    conditions.map((c) => c.question),
    ['registered-in', 'in-directory', 'prior-permit', 'materials', 'promise'],
  );
  assert.equal(conditions[0].title['zh-CN'], '您的企业在哪里登记，或者准备在哪里登记？');
  assert.deepEqual(
    conditions[0].options.map((o) => o['zh-CN']),
    ['重庆市江北区'],
  );
});

test('the counts cover every path once per measure, and each rule decides at least one', () => {
  const { paths, byMeasure } = outcomeCounts(rules!);
  assert.equal(paths, enumeratePaths(rules!).length);
  for (const measure of rules!.measures) {
    const { statuses, byRule } = byMeasure.get(measure.id)!;
    assert.equal(statuses.applies + statuses['may-apply'] + statuses['does-not-apply'], paths, measure.id);
    byRule.forEach((n, i) => assert.ok(n > 0, `${measure.id} rule ${i + 1} decides nothing`));
  }
  assert.equal(byMeasure.get('key-enterprise-contact')!.statuses.applies, 0);
});

test('every source of explanations outside the policy is used, and counted', () => {
  const uses = sourceUses(rules!);
  for (const source of rules!.sources) assert.ok(uses.get(source.id)! > 0, `${source.id} is never used`);
});
