// The browser editor at /admin/ (Decap CMS): its configuration, generated from the content schema and the folders of
// content/directory, a snapshot of the content for the validator that runs before every save, and the files of the
// page itself. Everything is written to public/admin/ by the build (and by `--prepare-only` for `npm run edit`); no
// other page loads any of it, and Vite never sees Decap's bundle: it is copied as it is published on npm.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import {
  industryRefSchema,
  level1Schema,
  level2Schema,
  level3Schema,
  parseCsv,
  parseFrontMatter,
  MEASURE_KINDS,
  MEASURE_STATUSES,
  RULE_ID,
  RULES_FILES,
  RULES_ITEM_SCHEMAS,
  type ContentFile,
} from '@sixin/core';
import { parse as parseYaml } from 'yaml';
import { DATA_DIR, loadContent } from '@sixin/core/node';
import { build } from 'esbuild';
import { ADMIN_FORMAT, RULES_FORMAT } from '../src/admin/frontmatter.ts';
import type { PreviewText } from '../src/admin/preview.ts';
import type { AdminSnapshot } from '../src/admin/snapshot.ts';
import { strings } from '../src/i18n/strings.ts';
import { ADMIN_FIELD_TEXT, ADMIN_ID_PATTERN_MESSAGE, ADMIN_RULES_FIELD_TEXT } from '../src/i18n/admin-strings.ts';
import { RULES_FORMS, type RulesFormKind } from '../src/admin/rules-form.ts';
import { ADMIN_BACKEND, DECAP_SERVER_PORT, type AdminBackend } from '../src/site-config.ts';
import type { SitePaths } from '../src/lib/paths.ts';
import { directionCounts } from '../src/lib/tree.ts';
import { siteHistory } from '../src/lib/revisions.ts';
import { CHANGES_PATH, PAGE_PATHS } from '../src/lib/urls.ts';

/** A Decap field, as much of it as the generated configuration uses. */
export interface DecapField {
  name: string;
  label: string;
  hint?: string;
  widget: string;
  required?: boolean;
  default?: unknown;
  options?: Array<{ label: string; value: string }>;
  fields?: DecapField[];
  value_type?: string;
  allow_add?: boolean;
  summary?: string;
  collapsed?: boolean;
  pattern?: [string, string];
  multiple?: boolean;
}

/**
 * Label and hint of every front-matter field: the catalog's (ADMIN_FIELD_TEXT in src/i18n/admin-strings.ts), in the
 * words of the table in content/README.md. One entry per field of the schemas in @sixin/core;
 * tests/site/admin-config.test.ts fails when a schema gains a field this table does not have, or a label drifts from
 * the README.
 */
export const FIELD_TEXT: Record<string, { label: string; hint: string }> = ADMIN_FIELD_TEXT;

const text = (name: string, required: boolean): DecapField => ({
  name,
  ...FIELD_TEXT[name],
  widget: 'string',
  required,
});
const wordList = (name: string): DecapField => ({ name, ...FIELD_TEXT[name], widget: 'list', required: false });

/** The GB/T 4754-2017 classes (four-digit codes) as select options: "6513 应用软件开发". */
export function industryOptions(csv: string): Array<{ label: string; value: string }> {
  return parseCsv(csv)
    .filter((r) => r.level === 'class')
    .map((r) => ({ label: `${r.code} ${r.name}`, value: r.code }));
}

interface Category {
  code: string;
  name: string;
  /** Path from the project root, such as `content/directory/1/1.3/index.md`. */
  file: string;
}

/** The level-1 and level-2 categories, read from the folders and their index.md files. */
export function categories(contentDir: string, projectRoot: string): { level1: Category[]; level2: Category[] } {
  const directory = join(contentDir, 'directory');
  const level1: Category[] = [];
  const level2: Category[] = [];
  const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  const read = (file: string): Category => {
    const data = (parseFrontMatter(readFileSync(file, 'utf8'), file).frontMatter?.data ?? {}) as Record<
      string,
      unknown
    >;
    return {
      code: String(data.code ?? ''),
      name: String(data.name ?? ''),
      file: relative(projectRoot, file).split(sep).join('/'),
    };
  };
  for (const one of readdirSync(directory).sort(byCode)) {
    if (!existsSync(join(directory, one, 'index.md'))) continue;
    level1.push(read(join(directory, one, 'index.md')));
    for (const two of readdirSync(join(directory, one)).sort(byCode)) {
      if (existsSync(join(directory, one, two, 'index.md'))) level2.push(read(join(directory, one, two, 'index.md')));
    }
  }
  return { level1, level2 };
}

/** Widgets of each schema, by field name, in the order of the schema. */
export function schemaFields(
  level1: Category[],
  level2: Category[],
  industriesCsv: string,
): Record<'level1' | 'level2' | 'level3', DecapField[]> {
  const parentOf = (list: Category[]): DecapField => ({
    name: 'parent',
    ...FIELD_TEXT.parent,
    widget: 'select',
    options: list.map((c) => ({ label: `${c.code} ${c.name}`, value: c.code })),
  });
  return {
    level1: [text('code', true), text('name', true)],
    level2: [text('code', true), text('name', true), parentOf(level1), wordList('keywords'), wordList('aliases')],
    level3: [
      {
        ...text('id', true),
        pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', ADMIN_ID_PATTERN_MESSAGE.direction],
      },
      text('name', true),
      parentOf(level2),
      { name: 'order', ...FIELD_TEXT.order, widget: 'number', value_type: 'int', required: false },
      {
        name: 'status',
        ...FIELD_TEXT.status,
        widget: 'select',
        default: 'official',
        required: false,
        options: [
          { label: 'official 已核实', value: 'official' },
          { label: 'inferred 待核实', value: 'inferred' },
        ],
      },
      {
        name: 'industries',
        ...FIELD_TEXT.industries,
        widget: 'list',
        summary: '{{fields.code}} {{fields.name}}',
        // Open, so the code and name are visible at once (a list of one or two classes).
        collapsed: false,
        fields: [
          {
            name: 'code',
            ...FIELD_TEXT['industries.code'],
            widget: 'select',
            options: industryOptions(industriesCsv),
          },
          { name: 'name', ...FIELD_TEXT['industries.name'], widget: 'string' },
          { name: 'partial', ...FIELD_TEXT['industries.partial'], widget: 'boolean', default: false, required: false },
        ],
      },
      wordList('keywords'),
      wordList('aliases'),
    ],
  };
}

/** The schemas the widgets are generated for (the drift test compares their keys with the widgets). */
export const SCHEMAS = {
  level1: level1Schema,
  level2: level2Schema,
  level3: level3Schema,
  industry: industryRefSchema,
};

// The body as the Markdown text it is, in a plain text area: its form (### 代码 名称, one "- " line per product) is what
// FIELD_TEXT.body and content/README.md teach. Decap's markdown widget (rich text or raw) is an unlabelled
// contenteditable that screen readers cannot name (axe in tests/site/admin-browser.test.ts).
const body: DecapField = { name: 'body', ...FIELD_TEXT.body, widget: 'text', required: false };

/** One editor entry per category file, titled by its code and name, with the level's fields and the text below. */
function categoryFiles(prefix: 'l1' | 'l2', list: Category[], levelFields: DecapField[]) {
  return list.map((c) => ({
    name: `${prefix}-${c.code}`,
    label: `${c.code} ${c.name}`,
    file: c.file,
    fields: [...levelFields, body],
  }));
}

/** In the published config.json, stands for the GB/T class options (site/src/admin/main.ts fills them in). */
export const INDUSTRY_OPTIONS = 'gbt4754-2017-classes';

/**
 * The clauses of the policy (content/policy/) as select options: "4.2 （二）营造宽松开放的市场准入环境". No field of the
 * directory schemas takes a clause id today. The rules forms choose `cites` and the clauses of `policy-terms` from
 * these; the whole-text rules collection lists them in its hint, and the validator refuses a save that cites any other
 * id. A clause field added to a directory schema gets a select of these (the drift test fails until it has a widget).
 */
export function clauseOptions(contentDir: string, repoDir: string): Array<{ label: string; value: string }> {
  const { policy } = loadContent(contentDir, { cwd: repoDir });
  return (policy?.clauses ?? []).map((c) => ({ label: `${c.id} ${c.title}`, value: c.id }));
}

/** The hint of each rules file: how it is checked, and every clause id it may cite, with its heading. */
export function rulesHint(clauses: Array<{ label: string; value: string }>): string {
  return (
    '整个文件的文本，注释照原样保留。每项的 zh-CN 和 en 都要写。引用的条款（cites 和 policy-terms 中的编号）必须是政策原文中的' +
    `条款，保存前会检查，写了不存在的编号时不保存。可引用的条款编号：${clauses.map((c) => c.label).join('；')}。`
  );
}

type Options = Array<{ label: string; value: string }>;

/** What the rules forms choose from besides clauses: ids defined in common.yaml, and the Chinese of each status. */
export interface RulesChoices {
  clauses: Options;
  contacts: Options;
  terms: Options;
  sources: Options;
  statuses: Options;
}

/** The choices, read from content/rules/common.yaml as the validator reads it (failsafe: every value a string). */
export function rulesChoices(contentDir: string, clauses: Options): RulesChoices {
  const file = join(contentDir, 'rules', 'common.yaml');
  const common = (existsSync(file) ? parseYaml(readFileSync(file, 'utf8'), { schema: 'failsafe' }) : {}) as Record<
    string,
    unknown
  >;
  const zh = (v: unknown) => ((v as Record<string, string> | undefined)?.['zh-CN'] ?? '').trim();
  const ids = (list: unknown, name: string): Options =>
    (Array.isArray(list) ? (list as Array<Record<string, unknown>>) : []).map((x) => ({
      label: `${String(x.id)} ${zh(x[name])}`.trim(),
      value: String(x.id),
    }));
  const statuses = (common.statuses ?? {}) as Record<string, unknown>;
  return {
    clauses,
    contacts: ids(common.contacts, 'name'),
    terms: ids(common.glossary, 'term'),
    sources: ids(common.sources, 'name'),
    statuses: MEASURE_STATUSES.map((s) => ({ label: `${s} ${zh(statuses[s])}`.trim(), value: s })),
  };
}

/**
 * The form of questions.yaml or measures.yaml: one list field named after the file, whose items have a widget for
 * each field of the schema of packages/core/src/rules/schema.ts (the drift test compares them with RULES_ITEM_SCHEMAS).
 * A sentence's `policy-terms` (clause → words) and a rule's `when` (question → options) are maps whose keys are data:
 * the form shows them as lists of pairs, and site/src/admin/rules-form.ts turns them back into maps on save. Clause ids
 * are chosen from the policy's clauses; contacts, terms and sources from the ids common.yaml defines.
 */
export function rulesFormField(kind: RulesFormKind, choices: RulesChoices): DecapField {
  const R = ADMIN_RULES_FIELD_TEXT;
  // Required as the schema says (Decap marks every other field 可选); the pairs the form makes of a map (a clause and
  // its words, a question and its answers) are required within a pair. The validator still checks the whole file.
  const required = (key: string): boolean => {
    const [item, name] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
    if (item === 'policy-terms' || item === 'when') return true;
    const shape = (RULES_ITEM_SCHEMAS as Record<string, { shape: Record<string, { isOptional(): boolean }> }>)[item]
      ?.shape;
    return shape?.[name] ? !shape[name].isOptional() : false;
  };
  const field = (key: string, widget: string, extra: Partial<DecapField> = {}): DecapField => ({
    name: key.slice(key.indexOf('.') + 1),
    ...R[key],
    widget,
    required: required(key),
    ...extra,
  });
  const idField = (key: string) => field(key, 'string', { pattern: [RULE_ID.source, ADMIN_ID_PATTERN_MESSAGE.rule] });
  const select = (key: string, options: Options, multiple = false) => field(key, 'select', { options, multiple });
  // Both languages are required where the text is (an optional hint may be left out whole).
  const localized = (key: string) =>
    field(key, 'object', {
      collapsed: false,
      fields: [
        field('localized.zh-CN', 'string', { required: required(key) }),
        field('localized.en', 'string', { required: required(key) }),
      ],
    });
  const sentenceFields: DecapField[] = [
    field('sentence.zh-CN', 'text'),
    field('sentence.en', 'text'),
    field('sentence.policy-terms', 'list', {
      collapsed: false,
      fields: [select('policy-terms.clause', choices.clauses), field('policy-terms.words', 'list')],
    }),
    select('sentence.outside', choices.sources),
  ];
  const sentences = (key: string) => field(key, 'list', { collapsed: false, fields: sentenceFields });
  if (kind === 'questions') {
    return field('questions', 'list', {
      summary: '{{fields.id}}',
      fields: [
        idField('question.id'),
        localized('question.title'),
        sentences('question.help'),
        select('question.terms', choices.terms, true),
        field('question.suggested-by-search', 'string'),
        localized('question.licensed-note'),
        field('question.options', 'list', {
          summary: '{{fields.id}} → {{fields.next}}',
          fields: [
            idField('option.id'),
            localized('option.label'),
            localized('option.hint'),
            field('option.next', 'string'),
          ],
        }),
      ],
    });
  }
  return field('measures', 'list', {
    summary: '{{fields.id}}',
    fields: [
      idField('measure.id'),
      localized('measure.title'),
      sentences('measure.summary'),
      select(
        'measure.kind',
        MEASURE_KINDS.map((k) => ({ label: k, value: k })),
      ),
      select('measure.cites', choices.clauses, true),
      select('measure.terms', choices.terms, true),
      field('measure.rules', 'list', {
        summary: '{{fields.status}}',
        fields: [
          field('rule.when', 'list', {
            collapsed: false,
            summary: '{{fields.question}}: {{fields.answers}}',
            fields: [field('when.question', 'string'), field('when.answers', 'list')],
          }),
          select('rule.licensed', [
            { label: 'true 发现了许可项目', value: 'true' },
            { label: 'false 没有发现许可项目', value: 'false' },
          ]),
          select('rule.status', choices.statuses),
          sentences('rule.reason'),
          select('rule.cites', choices.clauses, true),
          select('rule.contacts', choices.contacts, true),
          sentences('rule.bring'),
          sentences('rule.next-steps'),
        ],
      }),
    ],
  });
}

export { DECAP_SERVER_PORT };

/** The Decap configuration: one collection per level (level-3 directions: one per level-2 folder). */
export function adminConfig(
  contentDir: string,
  repoDir: string,
  industriesCsv: string,
  backend: AdminBackend | undefined = ADMIN_BACKEND,
) {
  const { level1, level2 } = categories(contentDir, repoDir);
  const fields = schemaFields(level1, level2, industriesCsv);
  const clauses = clauseOptions(contentDir, repoDir);
  const choices = rulesChoices(contentDir, clauses);
  const folderOf = (file: string) => file.slice(0, -'/index.md'.length);
  return {
    load_config_file: false,
    locale: 'zh_Hans',
    // Without a production backend the editor works only on this computer, through `npm run edit` (decap-server).
    backend: backend
      ? {
          ...backend,
          squash_merges: true,
          commit_messages: { update: '目录：修改 {{path}}', create: '目录：新增 {{path}}' },
        }
      : { name: 'git-gateway' },
    ...(backend ? { publish_mode: 'editorial_workflow' } : {}),
    local_backend: { url: `http://127.0.0.1:${DECAP_SERVER_PORT}/api/v1` },
    media_folder: 'site/public/admin-media',
    site_url: '/',
    show_preview_links: false,
    // The preview pane shows an entry as its page does (site/src/admin/preview.ts); the rules files have none.
    editor: { preview: true },
    collections: [
      {
        name: 'level1',
        label: '一级分类',
        label_singular: '一级分类',
        description: '分类目录的一级分类（directory/<代码>/index.md）。名称必须与政策附件目录表一致。',
        delete: false,
        format: ADMIN_FORMAT,
        files: categoryFiles('l1', level1, fields.level1),
      },
      {
        name: 'level2',
        label: '二级分类',
        label_singular: '二级分类',
        description: '分类目录的二级分类（directory/<一级>/<二级>/index.md）。',
        delete: false,
        format: ADMIN_FORMAT,
        files: categoryFiles('l2', level2, fields.level2),
      },
      {
        name: 'rules',
        label: '自查规则',
        label_singular: '规则文件',
        description:
          '自查工具的问题、措施和结论（content/rules/，写法见其中的 README.md）。保存前按 sixin validate 的规则检查。',
        delete: false,
        editor: { preview: false },
        format: RULES_FORMAT,
        files: Object.entries(RULES_FILE_TEXT)
          .filter(([role]) => existsSync(join(contentDir, 'rules', RULES_FILES[role as keyof typeof RULES_FILES])))
          .map(([role, label]) => ({
            name: `rules-${role}`,
            label: `${RULES_FILES[role as keyof typeof RULES_FILES]} ${label}`,
            file: `${relative(repoDir, join(contentDir, 'rules')).split(sep).join('/')}/${RULES_FILES[role as keyof typeof RULES_FILES]}`,
            fields: [
              {
                name: 'text',
                label: 'YAML 文本',
                hint: rulesHint(clauses),
                widget: 'text',
              },
            ],
          })),
      },
      // One collection per rules form: Decap takes the format (which file shape to read) from the collection.
      ...(Object.keys(RULES_FORMS) as RulesFormKind[])
        .filter((kind) => existsSync(join(contentDir, 'rules', RULES_FILES[kind])))
        .map((kind) => ({
          name: `form-${kind}`,
          label: `自查规则表单：${RULES_FILE_TEXT[kind]}`,
          label_singular: '规则文件',
          description: `${RULES_FILES[kind]}（content/rules/，写法见其中的 README.md）按栏目填写。保存时只改动改过的值，文件中的注释和其他行保持原样；保存前按 sixin validate 的规则检查。要改注释时用“自查规则”中的整个文件文本。`,
          delete: false,
          editor: { preview: false },
          format: RULES_FORMS[kind],
          files: [
            {
              name: kind,
              label: `${RULES_FILES[kind]} ${RULES_FILE_TEXT[kind]}`,
              file: `${relative(repoDir, join(contentDir, 'rules')).split(sep).join('/')}/${RULES_FILES[kind]}`,
              fields: [rulesFormField(kind, choices)],
            },
          ],
        })),
      ...level2.map((c) => ({
        name: `l3-${c.code.replace('.', '-')}`,
        label: `${c.code} ${c.name}：三级方向`,
        label_singular: '三级方向',
        description: `二级分类 ${c.code} ${c.name} 下的三级方向；文件名等于 id。`,
        folder: folderOf(c.file),
        create: true,
        delete: false,
        extension: 'md',
        format: ADMIN_FORMAT,
        slug: '{{id}}',
        identifier_field: 'name',
        summary: '{{order}} {{name}}',
        sortable_fields: ['order', 'name'],
        filter: { field: 'parent', value: c.code },
        fields: [...fields.level3, body],
      })),
    ],
  };
}

/** What each rules file holds, in the words of content/rules/README.md (one entry per file of RULES_FILES). */
export const RULES_FILE_TEXT: Record<keyof typeof RULES_FILES, string> = {
  questions: '问题',
  measures: '措施和结论',
  expectations: '“您还可以期待”',
  common: '共用的文字（状态、标签、联系部门、术语）',
};

function sectionFiles(contentDir: string, section: string, projectRoot: string): ContentFile[] {
  const root = join(contentDir, section);
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = join(dir, name.name);
      if (name.isDirectory()) walk(abs);
      else if (name.isFile() && name.name.endsWith('.md')) {
        out.push({
          file: relative(projectRoot, abs).split(sep).join('/'),
          path: relative(root, abs).split(sep).join('/'),
          text: readFileSync(abs, 'utf8'),
        });
      }
    }
  };
  walk(root);
  return out;
}

export function adminSnapshot(contentDir: string, repoDir: string): AdminSnapshot {
  return {
    directoryRoot: relative(repoDir, join(contentDir, 'directory')).split(sep).join('/'),
    directory: sectionFiles(contentDir, 'directory', repoDir),
    policy: sectionFiles(contentDir, 'policy', repoDir),
    rulesRoot: relative(repoDir, join(contentDir, 'rules')).split(sep).join('/'),
    rules: Object.values(RULES_FILES)
      .filter((name) => existsSync(join(contentDir, 'rules', name)))
      .map((name) => ({
        file: relative(repoDir, join(contentDir, 'rules', name))
          .split(sep)
          .join('/'),
        path: name,
        text: readFileSync(join(contentDir, 'rules', name), 'utf8'),
      })),
    industriesCsv: readFileSync(join(DATA_DIR, 'gbt4754_2017.csv'), 'utf8'),
    policyReference: readFileSync(join(DATA_DIR, 'policy.txt'), 'utf8'),
    previewText: previewText(contentDir, repoDir),
  };
}

/**
 * The site's words for the preview pane (site/src/admin/preview.ts). The catalog's plain strings go as they are; what
 * its functions say about each category (direction counts, a direction's classes, the inferred-placement notice) is
 * computed here with those functions, over the directory as the build reads it.
 */
export function previewText(contentDir: string, repoDir: string): PreviewText {
  const content = loadContent(contentDir, { cwd: repoDir });
  const all = content.directory?.categories ?? [];
  const counts = directionCounts(all);
  const fullName = (x: { code: string | null; name: string }) => (x.code ? `${x.code} ${x.name}` : x.name);
  const c = t.category;
  const byCategory: PreviewText['byCategory'] = {
    directionCount: {},
    directionIndustries: {},
    inferredText: {},
    since: {},
    changes: {},
  };
  // The history loadContent has read already (undefined only for content the build refuses anyway).
  const history = content.history && siteHistory(content.history, { categories: all });
  for (const x of all) {
    if (x.level < 3) byCategory.directionCount[x.id] = c.directionCount(counts.get(x.id) ?? 0);
    if (x.level === 3) byCategory.directionIndustries[x.id] = c.directionIndustries(x.industries);
    if (x.level === 2) byCategory.inferredText[x.id] = c.inferredText(fullName(x));
    const since = history?.since.get(x.id);
    if (since) byCategory.since[x.id] = t.categoryHistory.since(since);
    const changes = history?.changesOf(x.id) ?? [];
    // As the category page links them (site/src/pages/directory/[...id].astro).
    if (changes.length)
      byCategory.changes[x.id] = changes.map((change) => ({
        label: change.date ? t.categoryHistory.revision(change.date) : t.categoryHistory.unreleased,
        href: change.date ? `${CHANGES_PATH}#revision-${change.date}` : CHANGES_PATH,
        text: change.changes.join(''),
      }));
  }
  return JSON.parse(
    JSON.stringify({
      titleSeparator: t.titleSeparator,
      inferredBadge: t.inferredBadge,
      category: c,
      admin: t.admin,
      breadcrumbs: {
        label: t.breadcrumbLabel,
        home: { label: t.nav.home, href: PAGE_PATHS.home },
        directory: { label: t.directory.title, href: PAGE_PATHS.directory },
      },
      history: { heading: t.categoryHistory.heading, none: t.categoryHistory.none, colon: t.colon },
      byCategory,
    }),
  ) as PreviewText;
}

const t = strings();

/**
 * Writes what /admin/ (src/pages/admin/index.astro) loads into public/admin/: config.json, snapshot.json, our script (React, the validator hook)
 * and Decap's prebuilt bundle with the chunks it loads on demand. Source maps stay behind.
 */
export async function publishAdmin(paths: SitePaths): Promise<void> {
  const target = join(paths.publicDir, 'admin');
  // Paths in the editor are relative to the folder that holds content/, where decap-server writes (`npm run edit`).
  const repoDir = dirname(paths.contentDir);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'decap'), { recursive: true });
  const industries = readFileSync(join(DATA_DIR, 'gbt4754_2017.csv'), 'utf8');
  // The 1,382 classes are listed once (in the snapshot), not once per collection: the page puts them back.
  const compact = function (this: DecapField, key: string, value: unknown) {
    return key === 'options' && this.name === 'code' ? INDUSTRY_OPTIONS : value;
  };
  writeFileSync(
    join(target, 'config.json'),
    `${JSON.stringify(adminConfig(paths.contentDir, repoDir, industries), compact)}\n`,
  );
  writeFileSync(join(target, 'snapshot.json'), `${JSON.stringify(adminSnapshot(paths.contentDir, repoDir))}\n`);
  // The site's stylesheet, for the preview pane only (Decap puts it in the preview's frame, not on the editor).
  copyFileSync(join(paths.siteDir, 'src', 'styles', 'site.css'), join(target, 'preview.css'));
  const decapDist = join(
    dirname(createRequire(join(paths.siteDir, 'package.json')).resolve('decap-cms-app/package.json')),
    'dist',
  );
  for (const name of readdirSync(decapDist)) {
    if (/\.(js|wasm|txt)$/.test(name)) copyFileSync(join(decapDist, name), join(target, 'decap', name));
  }
  await build({
    entryPoints: [join(paths.siteDir, 'src', 'admin', 'main.ts')],
    outfile: join(target, 'sixin-admin.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Decap's bundle carries its own react-dom 19.2.0, which accepts only React 19.2.0: the globals this script sets
    // are that exact version (aliased packages in site/package.json), whatever React the rest of the repository uses.
    alias: { react: 'decap-react', 'react-dom': 'decap-react-dom' },
    logLevel: 'warning',
  });
}
