import { checkCitations, type Citation, type ContentFile } from '../content/assemble.js';
import type { Problem, ProblemCode } from '../content/problems.js';
import type { PolicyData } from '../model/types.js';
import { enumeratePaths, firstFittingRule } from './engine.js';
import {
  commonFileSchema,
  expectationsFileSchema,
  measuresFileSchema,
  questionsFileSchema,
  RULE_FIELD_EXAMPLES,
  type CommonFile,
  type ExpectationsFile,
  type MeasuresFile,
  type QuestionsFile,
  type SentenceInput,
} from './schema.js';
import { END, type Measure, type RuleQuestion, type RulesData, type Sentence } from './types.js';
import { checkYaml, parseYamlFile, type YamlFile } from './yaml.js';

/** The files of `content/rules/`, by role. */
export const RULES_FILES = {
  questions: 'questions.yaml',
  measures: 'measures.yaml',
  expectations: 'expectations.yaml',
  common: 'common.yaml',
} as const;
type RulesFileRole = keyof typeof RULES_FILES;

/** Ids that cannot name a question: `end` finishes the path; `answers` and `context` are the keys of an answers file. */
const RESERVED_QUESTION_IDS = new Set([END, 'answers', 'context']);

export interface RulesInput {
  /** Every file found in the rules folder (`path` is the file name); unknown ones are reported. */
  files: ContentFile[];
  /** Display path of the rules folder, to name files that should exist but do not. */
  rulesRoot: string;
  /** The parsed policy; citations and policy-terms are checked against it. */
  policy?: PolicyData;
}

export interface RulesResult {
  rules?: RulesData;
  problems: Problem[];
}

const ROOT_TYPE: Record<RulesFileRole, { expected: string; expectedZh: string; isList: boolean }> = {
  questions: {
    expected: 'a list of questions (each item starting with "- id:")',
    expectedZh: '问题的列表（每项以“- id:”开头）',
    isList: true,
  },
  measures: {
    expected: 'a list of measures (each item starting with "- id:")',
    expectedZh: '措施的列表（每项以“- id:”开头）',
    isList: true,
  },
  expectations: {
    expected: 'the fields title, intro and items',
    expectedZh: '字段 title、intro 和 items',
    isList: false,
  },
  common: {
    expected: 'the fields statuses, labels, disclaimer and contacts',
    expectedZh: '字段 statuses、labels、disclaimer 和 contacts',
    isList: false,
  },
};

/**
 * Parses and checks the eligibility rules: each file against its schema, then every reference (questions, options,
 * contacts, terms, clauses), the question graph (reachable, no cycles, every option leads somewhere) and, by
 * walking every path, that each measure reaches an outcome and that no rule is dead. Problems carry file and line.
 */
export function assembleRules(input: RulesInput): RulesResult {
  const problems: Problem[] = [];
  const parsed: Partial<Record<RulesFileRole, YamlFile>> = {};
  const known = new Set<string>(Object.values(RULES_FILES));
  for (const f of input.files) {
    if (!known.has(f.path)) problems.push({ code: 'rules-file-unknown', file: f.file, params: { name: f.path } });
  }
  for (const role of Object.keys(RULES_FILES) as RulesFileRole[]) {
    const name = RULES_FILES[role];
    const f = input.files.find((x) => x.path === name);
    if (!f) {
      problems.push({
        code: 'rules-file-missing',
        file: `${input.rulesRoot}/${name}`,
        params: { path: `${input.rulesRoot}/${name}` },
      });
      continue;
    }
    const result = parseYamlFile(f.text, f.file);
    problems.push(...result.problems);
    if (!result.yaml) continue;
    const shape = ROOT_TYPE[role];
    if (
      Array.isArray(result.yaml.data) !== shape.isList ||
      result.yaml.data === null ||
      typeof result.yaml.data !== 'object'
    ) {
      problems.push({
        code: 'rules-root-type',
        file: f.file,
        line: 1,
        params: { expected: shape.expected, expectedZh: shape.expectedZh },
      });
      continue;
    }
    parsed[role] = result.yaml;
  }
  if (!parsed.questions || !parsed.measures || !parsed.expectations || !parsed.common) return { problems };

  const questions = checkYaml(questionsFileSchema, parsed.questions, RULE_FIELD_EXAMPLES);
  const measures = checkYaml(measuresFileSchema, parsed.measures, RULE_FIELD_EXAMPLES);
  const expectations = checkYaml(expectationsFileSchema, parsed.expectations, RULE_FIELD_EXAMPLES);
  const common = checkYaml(commonFileSchema, parsed.common, RULE_FIELD_EXAMPLES);
  problems.push(...questions.problems, ...measures.problems, ...expectations.problems, ...common.problems);
  if (!questions.value || !measures.value || !expectations.value || !common.value) return { problems };

  const checked = new RulesChecker(
    {
      questions: parsed.questions,
      measures: parsed.measures,
      expectations: parsed.expectations,
      common: parsed.common,
    },
    { questions: questions.value, measures: measures.value, expectations: expectations.value, common: common.value },
    input.policy,
  );
  const rules = checked.run();
  problems.push(...checked.problems);
  return problems.length ? { problems } : { rules, problems };
}

/**
 * A place that holds sentences, for the basis check: `statement` places (outcomes, summaries, definitions, notes,
 * expectations) must say where each sentence comes from; `help` may also hold plain instructions on how to answer.
 * `cites`: the clauses the place shows as its basis, which any clause a sentence restates must be among.
 */
interface SentencePlace {
  file: YamlFile;
  path: Array<string | number>;
  sentences: SentenceInput[];
  kind: 'statement' | 'help';
  cites?: string[];
}

/** More than one sentence in one item: a sentence ender (。！？) before the end. */
const SEVERAL_SENTENCES = /[。！？!?](?!["”’」』）)]*$)/u;

class RulesChecker {
  readonly problems: Problem[] = [];
  private readonly questionIds: Set<string>;
  private readonly qFile: YamlFile;
  private readonly mFile: YamlFile;
  private readonly eFile: YamlFile;
  private readonly cFile: YamlFile;
  private readonly questions: QuestionsFile;
  private readonly measures: MeasuresFile;
  private readonly expectations: ExpectationsFile;
  private readonly common: CommonFile;

  constructor(
    files: Record<RulesFileRole, YamlFile>,
    values: { questions: QuestionsFile; measures: MeasuresFile; expectations: ExpectationsFile; common: CommonFile },
    private readonly policy: PolicyData | undefined,
  ) {
    [this.qFile, this.mFile, this.eFile, this.cFile] = [
      files.questions,
      files.measures,
      files.expectations,
      files.common,
    ];
    ({
      questions: this.questions,
      measures: this.measures,
      expectations: this.expectations,
      common: this.common,
    } = values);
    this.questionIds = new Set(this.questions.map((q) => q.id));
  }

  run(): RulesData {
    const data = this.build();
    this.checkIds();
    const graphSound = this.checkQuestionGraph();
    const refsSound = this.checkMeasureReferences();
    this.checkPolicy();
    this.checkSentences();
    // Walking every path needs a sound graph and sound references; otherwise the problems above say what to fix first.
    if (graphSound && refsSound) this.checkPaths(data);
    return data;
  }

  private build(): RulesData {
    const cited = new Set<string>();
    const sentences = (list: SentenceInput[]): Sentence[] =>
      list.map((s) => {
        Object.keys(s['policy-terms'] ?? {}).forEach((c) => cited.add(c));
        return {
          'zh-CN': s['zh-CN'],
          en: s.en,
          ...(s['policy-terms'] ? { policyTerms: s['policy-terms'] } : {}),
          ...(s.outside ? { outside: s.outside } : {}),
        };
      });
    const measures: Measure[] = this.measures.map((m) => ({
      id: m.id,
      title: m.title,
      summary: sentences(m.summary),
      kind: m.kind,
      cites: m.cites,
      terms: m.terms,
      rules: m.rules.map((r) => {
        const cites = r.cites ?? m.cites;
        cites.forEach((c) => cited.add(c));
        return {
          when: r.when,
          ...(r.licensed === undefined ? {} : { licensed: r.licensed }),
          status: r.status,
          reason: sentences(r.reason),
          cites,
          contacts: r.contacts,
          bring: sentences(r.bring),
          nextSteps: sentences(r['next-steps']),
        };
      }),
    }));
    measures.forEach((m) => m.cites.forEach((c) => cited.add(c)));
    const questions: RuleQuestion[] = this.questions.map((q) => ({
      id: q.id,
      title: q.title,
      ...(q.help ? { help: sentences(q.help) } : {}),
      terms: q.terms,
      ...(q['suggested-by-search'] ? { suggestedBySearch: q['suggested-by-search'] } : {}),
      ...(q['licensed-note'] ? { licensedNote: q['licensed-note'] } : {}),
      options: q.options.map((o) => ({
        id: o.id,
        label: o.label,
        ...(o.hint ? { hint: o.hint } : {}),
        next: o.next ?? END,
      })),
    }));
    const { title, intro, items } = this.expectations;
    const expectations = {
      title,
      intro: sentences(intro),
      items: items.map(
        (e) => (
          e.cites.forEach((c) => cited.add(c)),
          { id: e.id, title: e.title, cites: e.cites, text: sentences(e.text) }
        ),
      ),
    };
    const contacts = this.common.contacts.map(({ note, ...c }) => (note ? { ...c, note: sentences(note) } : c));
    const glossary = this.common.glossary.map((g) => ({ ...g, definition: sentences(g.definition) }));
    const clauses = (this.policy?.clauses ?? [])
      .filter((c) => cited.has(c.id))
      .map(({ id, title, document }) => ({ id, title, document }));
    return {
      schemaVersion: 1,
      start: questions[0].id,
      questions,
      measures,
      expectations,
      contacts,
      sources: this.common.sources,
      glossary,
      statuses: this.common.statuses,
      labels: this.common.labels,
      disclaimer: this.common.disclaimer,
      clauses,
    };
  }

  private duplicates(
    items: Array<{ id: string }>,
    file: YamlFile,
    pathOf: (i: number) => Array<string | number>,
    kind: string,
    kindZh: string,
  ) {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const line = file.lineOf([...pathOf(i), 'id']);
      const other = first.get(item.id);
      if (other !== undefined)
        this.problems.push({
          code: 'rules-duplicate-id',
          file: file.file,
          line,
          params: { kind, kindZh, id: item.id, other },
        });
      else first.set(item.id, line);
    });
  }

  private checkIds() {
    this.duplicates(this.questions, this.qFile, (i) => [i], 'question', '问题');
    this.questions.forEach((q, i) => {
      this.duplicates(q.options, this.qFile, (j) => [i, 'options', j], 'option', '选项');
      if (RESERVED_QUESTION_IDS.has(q.id))
        this.problems.push({
          code: 'rules-reserved-id',
          file: this.qFile.file,
          line: this.qFile.lineOf([i, 'id']),
          params: { id: q.id },
        });
    });
    this.duplicates(this.measures, this.mFile, (i) => [i], 'measure', '措施');
    this.duplicates(this.common.contacts, this.cFile, (i) => ['contacts', i], 'contact', '联系部门');
    this.duplicates(this.common.glossary, this.cFile, (i) => ['glossary', i], 'term', '术语');
    this.duplicates(this.common.sources, this.cFile, (i) => ['sources', i], 'source', '来源');
    this.duplicates(this.expectations.items, this.eFile, (i) => ['items', i], 'expectation', '措施');
  }

  private checkTerms(terms: string[], file: YamlFile, path: Array<string | number>) {
    const known = new Set(this.common.glossary.map((t) => t.id));
    terms.forEach((term, i) => {
      if (!known.has(term)) {
        this.problems.push({
          code: 'rules-term-unknown',
          file: file.file,
          line: file.lineOf([...path, 'terms', i]),
          params: { term, known: [...known].join(', ') || '—' },
        });
      }
    });
  }

  /** Next references, suggested-by-search, reachability and cycles. Returns whether the graph can be walked. */
  private checkQuestionGraph(): boolean {
    const before = this.problems.length;
    const byId = new Map(this.questions.map((q) => [q.id, q]));
    const knownList = [...this.questionIds].join(', ');
    this.questions.forEach((q, i) => {
      this.checkTerms(q.terms, this.qFile, [i]);
      const search = q['suggested-by-search'];
      if (search && !q.options.some((o) => o.id === search)) {
        this.problems.push({
          code: 'rules-search-option-unknown',
          file: this.qFile.file,
          line: this.qFile.lineOf([i, 'suggested-by-search']),
          params: { question: q.id, option: search, known: q.options.map((o) => o.id).join(', ') },
        });
      }
      q.options.forEach((o, j) => {
        if (o.next === undefined) {
          this.problems.push({
            code: 'rules-next-missing',
            file: this.qFile.file,
            line: this.qFile.lineOf([i, 'options', j]),
            params: { question: q.id, option: o.id },
          });
        } else if (o.next !== END && !byId.has(o.next)) {
          this.problems.push({
            code: 'rules-next-unknown',
            file: this.qFile.file,
            line: this.qFile.lineOf([i, 'options', j, 'next']),
            params: { question: q.id, option: o.id, next: o.next, known: knownList },
          });
        }
      });
    });
    if (this.problems.length > before) return false;

    // Depth-first search from the start: grey = on the current path, so meeting grey again closes a cycle.
    const state = new Map<string, 'grey' | 'black'>();
    const indexOf = new Map(this.questions.map((q, i) => [q.id, i]));
    const trail: string[] = [];
    let cyclic = false;
    const visit = (id: string) => {
      state.set(id, 'grey');
      trail.push(id);
      const q = byId.get(id)!;
      q.options.forEach((o, j) => {
        const next = o.next!;
        if (next === END) return;
        const s = state.get(next);
        if (s === 'grey') {
          cyclic = true;
          const cycle = [...trail.slice(trail.indexOf(next)), next].join(' → ');
          this.problems.push({
            code: 'rules-cycle',
            file: this.qFile.file,
            line: this.qFile.lineOf([indexOf.get(id)!, 'options', j, 'next']),
            params: { cycle },
          });
        } else if (!s) visit(next);
      });
      trail.pop();
      state.set(id, 'black');
    };
    const start = this.questions[0].id;
    visit(start);
    this.questions.forEach((q, i) => {
      if (!state.has(q.id)) {
        this.problems.push({
          code: 'rules-question-unreachable',
          file: this.qFile.file,
          line: this.qFile.lineOf([i, 'id']),
          params: { question: q.id, start },
        });
      }
    });
    return !cyclic;
  }

  /** Conditions name real questions and options; contacts exist; may-apply says whom to confirm with. */
  private checkMeasureReferences(): boolean {
    const before = this.problems.length;
    const byId = new Map(this.questions.map((q) => [q.id, q]));
    const contacts = new Set(this.common.contacts.map((c) => c.id));
    this.measures.forEach((m, i) => {
      this.checkTerms(m.terms, this.mFile, [i]);
      m.rules.forEach((r, j) => {
        const at = [i, 'rules', j];
        for (const [questionId, options] of Object.entries(r.when)) {
          const q = byId.get(questionId);
          if (!q) {
            this.problems.push({
              code: 'rules-condition-question-unknown',
              file: this.mFile.file,
              line: this.mFile.lineOf([...at, 'when', questionId]),
              params: { measure: m.id, question: questionId, known: [...byId.keys()].join(', ') },
            });
            continue;
          }
          for (const option of options) {
            if (!q.options.some((o) => o.id === option)) {
              this.problems.push({
                code: 'rules-condition-option-unknown',
                file: this.mFile.file,
                line: this.mFile.lineOf([...at, 'when', questionId]),
                params: { measure: m.id, question: questionId, option, known: q.options.map((o) => o.id).join(', ') },
              });
            }
          }
        }
        r.contacts.forEach((c, k) => {
          if (!contacts.has(c)) {
            this.problems.push({
              code: 'rules-contact-unknown',
              file: this.mFile.file,
              line: this.mFile.lineOf([...at, 'contacts', k]),
              params: { contact: c, known: [...contacts].join(', ') },
            });
          }
        });
        if (r.status === 'may-apply' && !r.contacts.length) {
          this.problems.push({
            code: 'rules-confirm-missing',
            file: this.mFile.file,
            line: this.mFile.lineOf([...at, 'status']),
            params: { measure: m.id },
          });
        }
      });
    });
    return this.problems.length === before;
  }

  /** Every clause cited by a measure, rule or expectation exists. */
  private checkPolicy() {
    const citations: Citation[] = [];
    this.measures.forEach((m, i) => {
      m.cites.forEach((clause, k) =>
        citations.push({ clause, file: this.mFile.file, line: this.mFile.lineOf([i, 'cites', k]) }),
      );
      m.rules.forEach((r, j) =>
        r.cites?.forEach((clause, k) =>
          citations.push({ clause, file: this.mFile.file, line: this.mFile.lineOf([i, 'rules', j, 'cites', k]) }),
        ),
      );
    });
    this.expectations.items.forEach((e, i) =>
      e.cites.forEach((clause, k) =>
        citations.push({ clause, file: this.eFile.file, line: this.eFile.lineOf(['items', i, 'cites', k]) }),
      ),
    );
    this.problems.push(...checkCitations(citations, this.policy));
  }

  /** Every place that holds sentences, with what it requires of them. */
  private sentencePlaces(): SentencePlace[] {
    const places: SentencePlace[] = [];
    const add = (
      file: YamlFile,
      path: Array<string | number>,
      sentences: SentenceInput[] | undefined,
      kind: SentencePlace['kind'],
      cites?: string[],
    ) => {
      if (sentences?.length) places.push({ file, path, sentences, kind, cites });
    };
    this.questions.forEach((q, i) => add(this.qFile, [i, 'help'], q.help, 'help'));
    this.measures.forEach((m, i) => {
      add(this.mFile, [i, 'summary'], m.summary, 'statement', m.cites);
      m.rules.forEach((r, j) => {
        const cites = r.cites ?? m.cites;
        add(this.mFile, [i, 'rules', j, 'reason'], r.reason, 'statement', cites);
        r.bring.forEach((s, k) => add(this.mFile, [i, 'rules', j, 'bring', k], [s], 'statement', cites));
        r['next-steps'].forEach((s, k) => add(this.mFile, [i, 'rules', j, 'next-steps', k], [s], 'statement', cites));
      });
    });
    add(this.eFile, ['intro'], this.expectations.intro, 'statement');
    this.expectations.items.forEach((e, i) => add(this.eFile, ['items', i, 'text'], e.text, 'statement', e.cites));
    this.common.contacts.forEach((c, i) => add(this.cFile, ['contacts', i, 'note'], c.note, 'statement'));
    this.common.glossary.forEach((g, i) => add(this.cFile, ['glossary', i, 'definition'], g.definition, 'statement'));
    return places;
  }

  /**
   * Every sentence is one sentence, and says where it comes from: its policy-terms appear in it and in the clause it
   * names (a clause the place cites), or its `outside` names a known source. A statement with neither is refused.
   */
  private checkSentences() {
    const sources = new Set(this.common.sources.map((s) => s.id));
    const clauses = new Map((this.policy?.clauses ?? []).map((c) => [c.id, squeeze(c.title + c.text)]));
    const citations: Citation[] = [];
    for (const { file, path, sentences, kind, cites } of this.sentencePlaces()) {
      sentences.forEach((s, n) => {
        const at = sentences.length > 1 || typeof path.at(-1) !== 'number' ? [...path, n] : path;
        const line = file.lineOf(at);
        const problem = (code: ProblemCode, params: Record<string, string | number> = {}) =>
          this.problems.push({ code, file: file.file, line, params: { sentence: s['zh-CN'], ...params } });
        if (SEVERAL_SENTENCES.test(s['zh-CN'])) problem('rules-sentence-several');
        const terms = s['policy-terms'];
        if (terms && s.outside) problem('rules-sentence-two-bases');
        else if (!terms && !s.outside && kind === 'statement') problem('rules-sentence-no-basis');
        if (s.outside && !sources.has(s.outside))
          problem('rules-source-unknown', { source: s.outside, known: [...sources].join(', ') || '—' });
        const text = squeeze(s['zh-CN']);
        for (const [clause, words] of Object.entries(terms ?? {})) {
          citations.push({ clause, file: file.file, line });
          if (cites && !cites.includes(clause))
            problem('rules-sentence-clause-not-cited', { clause, cites: cites.join(', ') });
          const body = clauses.get(clause);
          for (const word of words) {
            if (!text.includes(squeeze(word))) problem('rules-term-not-in-sentence', { clause, term: word });
            if (body !== undefined && !body.includes(squeeze(word)))
              problem('rules-term-not-in-clause', { clause, term: word });
          }
        }
      });
    }
    this.problems.push(...checkCitations(citations, this.policy));
  }

  /**
   * Walks every path (with and without licensed items from a search, the only context a rule can test) and checks
   * that each measure reaches an outcome on each, and that each rule decides on at least one.
   */
  private checkPaths(data: RulesData) {
    const paths = enumeratePaths(data).map((answers) => ({ answers, chosen: new Map(Object.entries(answers)) }));
    data.measures.forEach((measure, i) => {
      const used = new Set<number>();
      const missing: string[] = [];
      // Licensed items can only matter to a measure with a rule that asks about them.
      const contexts = measure.rules.some((r) => r.licensed !== undefined) ? [false, true] : [false];
      for (const { answers, chosen } of paths) {
        let example: string | undefined;
        for (const licensed of contexts) {
          const index = firstFittingRule(measure, chosen, licensed);
          if (index < 0) example ??= describePath(answers, licensed);
          else used.add(index);
        }
        if (example) missing.push(example);
      }
      if (missing.length) {
        this.problems.push({
          code: 'rules-path-no-outcome',
          file: this.mFile.file,
          line: this.mFile.lineOf([i, 'id']),
          params: { measure: measure.id, count: missing.length, path: missing[0] },
        });
      }
      measure.rules.forEach((_, j) => {
        if (!used.has(j)) {
          this.problems.push({
            code: 'rules-rule-never-used',
            file: this.mFile.file,
            line: this.mFile.lineOf([i, 'rules', j]),
            params: { measure: measure.id, rule: j + 1 },
          });
        }
      });
    });
  }
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

function describePath(answers: Record<string, string>, licensed: boolean): string {
  const parts = Object.entries(answers).map(([q, o]) => `${q}=${o}`);
  if (licensed) parts.push('licensed=true');
  return parts.join(', ');
}
