// Figures for the eligibility rules: how long validation (which walks every path) takes, how fast the engine answers
// the element, and how big rules.json is. Run with `npm run bench rules` at the repository root.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadContentOrThrow } from '../node/load.js';
import { enumeratePaths, evaluate, nextQuestion } from './engine.js';
import { assembleRules, RULES_FILES } from './validate.js';

const contentDir = fileURLToPath(new URL('../../../../content/', import.meta.url));
const { policy } = loadContentOrThrow(contentDir);
const files = Object.values(RULES_FILES).map((name) => ({
  file: name,
  path: name,
  text: readFileSync(join(contentDir, 'rules', name), 'utf8'),
}));

function measure(label: string, runs: number, fn: () => unknown) {
  for (let i = 0; i < Math.min(5, runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`| ${label} | ${runs} | ${at(0.5).toFixed(3)} | ${at(0.95).toFixed(3)} |`);
}

const rules = assembleRules({ files, rulesRoot: 'content/rules', policy }).rules!;
const paths = enumeratePaths(rules);
const longest = paths.reduce((a, b) => (Object.keys(b).length > Object.keys(a).length ? b : a));

console.log(
  `${rules.questions.length} questions, ${rules.measures.length} measures, ${paths.length} paths (longest asks ${Object.keys(longest).length} questions)\n`,
);
console.log('| operation | runs | median ms | p95 ms |');
console.log('|---|---|---|---|');
measure('validate content/rules (parse, check, walk every path)', 20, () =>
  assembleRules({ files, rulesRoot: 'content/rules', policy }),
);
measure('nextQuestion, longest path', 2000, () => nextQuestion(rules, longest));
measure('evaluate, longest path', 2000, () => evaluate(rules, longest));
measure('evaluate every path once', 3, () => paths.forEach((p) => evaluate(rules, p)));

const json = JSON.stringify(rules);
console.log(
  `\nrules.json: ${(json.length / 1024).toFixed(1)} KB raw (${(Buffer.byteLength(json) / 1024).toFixed(1)} KB UTF-8), ${(gzipSync(json).length / 1024).toFixed(1)} KB gzipped`,
);
