/**
 * One-time import: generates the directory Markdown (content/directory/**) from the
 * source tables in scripts/import/sources/.
 *
 * NOT part of the build. It was run once; from then on content/directory is edited by
 * hand and the Markdown is the source of truth. See scripts/import/README.md.
 *
 * Usage:
 *   npx tsx scripts/import/import-directory.ts [--out content/directory] [--force]
 *
 *   --out DIR   where to write (default: content/directory of this repository)
 *   --force     replace an existing, non-empty output directory (hand edits are lost)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { Document, Scalar } from 'yaml';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const SOURCES = join(HERE, 'sources');

// ---------------------------------------------------------------------------
// Command line

function parseArgs(argv: string[]): { out: string; force: boolean } {
  let out = join(REPO, 'content', 'directory');
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--force') force = true;
    else if (a === '--out') {
      const v = argv[++i];
      if (!v) fail('--out needs a directory, e.g. --out content/directory');
      out = resolve(process.cwd(), v);
    } else if (a.startsWith('--out=')) out = resolve(process.cwd(), a.slice('--out='.length));
    else if (a === '-h' || a === '--help') {
      console.log('Usage: npx tsx scripts/import/import-directory.ts [--out content/directory] [--force]');
      process.exit(0);
    } else
      fail(
        `unknown argument: ${a}\nUsage: npx tsx scripts/import/import-directory.ts [--out content/directory] [--force]`,
      );
  }
  return { out, force };
}

function show(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function fail(msg: string): never {
  console.error(`import-directory: ${msg}`);
  process.exit(1);
}

const warnings: string[] = [];
function warn(msg: string): void {
  warnings.push(msg);
  console.warn(`warning: ${msg}`);
}

// ---------------------------------------------------------------------------
// CSV (RFC 4180: quoted fields may contain commas, quotes as "" and line breaks)

function parseCsv(text: string): string[][] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readCsv(name: string, required: string[]): Record<string, string>[] {
  const path = join(SOURCES, name);
  if (!existsSync(path)) fail(`missing source file ${show(path)}`);
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  for (const col of required) {
    if (!header.includes(col)) fail(`${name}: column "${col}" not found (header: ${header.join(',')})`);
  }
  return rows
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r, n) => {
      if (r.length !== header.length)
        fail(`${name}: data row ${n + 1} has ${r.length} fields, expected ${header.length}`);
      return Object.fromEntries(header.map((h, k) => [h, r[k]]));
    });
}

// ---------------------------------------------------------------------------
// Levels 1 and 2 from the annex table of the policy

interface Category {
  code: string;
  name: string;
}

function readAnnex(): { level1: Category[]; level2: Category[] } {
  const path = join(SOURCES, 'policy.txt');
  if (!existsSync(path)) {
    fail(`missing ${show(path)} (the policy text; the annex table gives levels 1 and 2)`);
  }
  const lines = readFileSync(path, 'utf8')
    .replace(/^\ufeff/, '')
    .split(/\r?\n/);
  // The table starts after the header cells "代码" and "分类名称"; it is a list of
  // (code, name) cell pairs separated by blank lines.
  const start = lines.findIndex((l, i) => l.trim() === '代码' && lines[i + 1]?.trim() === '分类名称');
  if (start < 0) fail('policy.txt: annex table header "代码 / 分类名称" not found');
  const cells = lines
    .slice(start + 2)
    .map((l) => l.trim()) // strips the tabs and the trailing space of "海洋工程装备产业 "
    .filter((l) => l !== '');
  const level1: Category[] = [];
  const level2: Category[] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const code = cells[i];
    const name = cells[i + 1];
    if (!/^\d+(\.\d+)?$/.test(code) || !name || /^\d+(\.\d+)?$/.test(name)) {
      fail(`policy.txt: unexpected cell in the annex table near "${code}" / "${name ?? ''}"`);
    }
    (code.includes('.') ? level2 : level1).push({ code, name });
  }
  for (const c of level2) {
    if (!level1.some((p) => c.code.startsWith(p.code + '.')))
      fail(`policy.txt: level 2 ${c.code} has no level-1 parent`);
  }
  return { level1, level2 };
}

// ---------------------------------------------------------------------------
// Slugs: toneless pinyin, one word per Intl.Segmenter word, joined by "-"

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/u;
const MAX_SLUG = 60;

function wordSlug(word: string): string {
  if (!HAN.test(word)) return word.toLowerCase().replace(/[^a-z0-9]/g, '');
  const chars = Array.from(word);
  const syllables = pinyin(word, { toneType: 'none', type: 'array', v: true }) as string[];
  if (syllables.length !== chars.length) {
    // Should not happen (pinyin-pro returns one entry per character); fall back per character.
    return chars
      .map((ch) => wordSlug(HAN.test(ch) ? (pinyin(ch, { toneType: 'none', v: true }) as string) : ch))
      .join('');
  }
  return chars
    .map((ch, k) => (HAN.test(ch) ? syllables[k] : ch))
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

function slugify(name: string): string {
  // The segmenter splits some domain words into single characters (互联网 → 互|联|网); a run of single
  // Chinese characters reads better as one word (hulianwang), so such runs are merged before spelling.
  const segments: string[] = [];
  let run = '';
  for (const { segment } of segmenter.segment(name)) {
    if (/^\p{Script=Han}$/u.test(segment)) run += segment;
    else {
      if (run) segments.push(run);
      run = '';
      segments.push(segment);
    }
  }
  if (run) segments.push(run);
  const words = segments.map((w) => wordSlug(w)).filter((w) => w !== '');
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  if (!slug) slug = (words[0] ?? 'item').slice(0, MAX_SLUG);
  return slug;
}

// ---------------------------------------------------------------------------
// Product items: join fragments broken at line breaks of the original spreadsheet

function openMinusClose(s: string): number {
  let n = 0;
  for (const ch of s) {
    if (ch === '（' || ch === '(') n++;
    else if (ch === '）' || ch === ')') n--;
  }
  return n;
}

let joins = 0;
function joinBrokenItems(items: string[], where: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < items.length) {
    let item = items[i++];
    while (openMinusClose(item) > 0 && i < items.length) {
      item += items[i++];
      joins++;
    }
    if (openMinusClose(item) !== 0) warn(`${where}: unbalanced brackets in product item "${item}"`);
    out.push(item);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Model

interface Industry {
  code: string;
  name: string;
  partial: boolean;
  products: string[];
}

interface Level3 {
  id: string;
  name: string;
  parent: string;
  order: number;
  inferred?: { confidence: string; basis: string };
  industries: Industry[];
}

const CONFIDENCE: Record<string, string> = { high: '高', medium: '中', low: '低' };

function main(): void {
  const { out, force } = parseArgs(process.argv.slice(2));

  // Output directory: refuse early, delete only after the sources were read without error.
  let clearOutput = () => {};
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) fail(`${out} exists and is not a directory`);
    const entries = readdirSync(out);
    if (entries.length > 0) {
      if (!force) {
        fail(
          `${show(out)} already exists and is not empty.\n` +
            'The Markdown in content/directory is now the source of truth and is edited by hand;\n' +
            'this one-time import would overwrite those edits. Edit the Markdown instead.\n' +
            'To regenerate anyway (all hand edits are lost), pass --force.',
        );
      }
      // Only remove what this script generates: level-1 folders named by digit.
      const foreign = entries.filter((e) => !(/^\d+$/.test(e) && statSync(join(out, e)).isDirectory()));
      if (foreign.length) {
        fail(
          `--force: ${out} contains ${foreign.join(', ')}, which this script does not generate; refusing to delete. Check --out.`,
        );
      }
      clearOutput = () => {
        for (const e of entries) rmSync(join(out, e), { recursive: true });
        console.log(`--force: removed the existing tree in ${show(out)}`);
      };
    }
  }

  const { level1, level2 } = readAnnex();
  const l1ByCode = new Map(level1.map((c) => [c.code, c]));
  const l2ByCode = new Map(level2.map((c) => [c.code, c]));

  const sei = readCsv('sei2018.csv', [
    'level1_code',
    'level1_name',
    'level2_code',
    'level2_name',
    'level3_name',
    'gbt4754_code',
    'gbt4754_name',
    'partial',
    'level4_name',
  ]);
  const products = readCsv('sei2018_products.csv', [
    'level2_code',
    'level3_name',
    'level4_name',
    'gbt4754_code',
    'text',
  ]);
  const inferredRows = readCsv('sei2018_newmaterials_level2_inferred.csv', [
    'level4_name',
    'inferred_level2_code',
    'inferred_level2_name',
    'confidence',
    'basis',
  ]);

  // Cross-check the data's level-1/2 names against the policy annex.
  for (const r of sei) {
    const l1 = l1ByCode.get(r.level1_code);
    if (!l1) fail(`sei2018.csv: level1_code "${r.level1_code}" is not in the policy annex`);
    if (l1.name !== r.level1_name)
      warn(`sei2018.csv: level 1 ${r.level1_code} is "${r.level1_name}", annex says "${l1.name}"`);
    if (r.level2_code) {
      const l2 = l2ByCode.get(r.level2_code);
      if (!l2) fail(`sei2018.csv: level2_code "${r.level2_code}" is not in the policy annex`);
      if (l2.name !== r.level2_name)
        warn(`sei2018.csv: level 2 ${r.level2_code} is "${r.level2_name}", annex says "${l2.name}"`);
    }
    if (!/^\d{4}$/.test(r.gbt4754_code)) warn(`sei2018.csv: unexpected GB/T 4754 code "${r.gbt4754_code}"`);
    if (r.partial !== '0' && r.partial !== '1') warn(`sei2018.csv: partial is "${r.partial}" for ${r.gbt4754_code}`);
  }

  // Product items per (level2, level3 name, level4 name, GB code), in CSV order.
  const productKey = (l2: string, l3: string, l4: string, code: string) => [l2, l3, l4, code].join('\u0000');
  const productsByKey = new Map<string, string[]>();
  let droppedEmpty = 0;
  for (const p of products) {
    const text = p.text.replace(/\ufeff/g, '').trim();
    if (!text) {
      droppedEmpty++;
      continue;
    }
    const k = productKey(p.level2_code, p.level3_name, p.level4_name, p.gbt4754_code);
    if (!productsByKey.has(k)) productsByKey.set(k, []);
    productsByKey.get(k)!.push(text);
  }
  if (droppedEmpty)
    warn(`sei2018_products.csv: dropped ${droppedEmpty} empty product item(s) (blank or only a byte-order mark)`);
  const usedProductKeys = new Set<string>();

  const industryOf = (r: Record<string, string>, where: string): Industry => {
    const k = productKey(r.level2_code, r.level3_name, r.level4_name, r.gbt4754_code);
    const raw = productsByKey.get(k) ?? [];
    if (raw.length) usedProductKeys.add(k);
    return {
      code: r.gbt4754_code,
      name: r.gbt4754_name,
      partial: r.partial === '1',
      products: joinBrokenItems(raw, `${where} / ${r.gbt4754_code}`),
    };
  };

  // Level 3 outside 新材料: distinct level3_name per level2_code, in order of first appearance.
  const items: Level3[] = [];
  const official = new Map<string, Level3>();
  for (const r of sei) {
    if (r.level1_code === '3') continue;
    if (!r.level2_code || !r.level3_name)
      fail(`sei2018.csv: row for ${r.gbt4754_code} outside 新材料 lacks level 2 or level 3`);
    const k = `${r.level2_code}\u0000${r.level3_name}`;
    let item = official.get(k);
    if (!item) {
      item = { id: '', name: r.level3_name, parent: r.level2_code, order: 0, industries: [] };
      official.set(k, item);
      items.push(item);
    }
    item.industries.push(industryOf(r, `${r.level2_code} ${r.level3_name}`));
  }

  // 新材料: each level-4 item under its inferred level 2.
  const inferredByName = new Map<string, Record<string, string>>();
  for (const r of inferredRows) {
    if (inferredByName.has(r.level4_name))
      fail(`sei2018_newmaterials_level2_inferred.csv: "${r.level4_name}" listed twice`);
    const l2 = l2ByCode.get(r.inferred_level2_code);
    if (!l2 || !r.inferred_level2_code.startsWith('3.'))
      fail(`inferred: "${r.level4_name}" has level 2 "${r.inferred_level2_code}"`);
    if (l2.name !== r.inferred_level2_name)
      warn(`inferred: ${r.inferred_level2_code} is "${r.inferred_level2_name}", annex says "${l2.name}"`);
    if (!CONFIDENCE[r.confidence]) fail(`inferred: "${r.level4_name}" has confidence "${r.confidence}"`);
    inferredByName.set(r.level4_name, r);
  }
  const newMaterials = new Map<string, Level3>();
  for (const r of sei) {
    if (r.level1_code !== '3') continue;
    if (!r.level4_name) fail(`sei2018.csv: 新材料 row for ${r.gbt4754_code} lacks level4_name`);
    let item = newMaterials.get(r.level4_name);
    if (!item) {
      const inf = inferredByName.get(r.level4_name);
      if (!inf) fail(`no inferred level 2 for 新材料 item "${r.level4_name}"`);
      item = {
        id: '',
        name: r.level4_name,
        parent: inf.inferred_level2_code,
        order: 0,
        inferred: { confidence: inf.confidence, basis: inf.basis },
        industries: [],
      };
      newMaterials.set(r.level4_name, item);
      items.push(item);
    }
    item.industries.push(industryOf(r, `3 ${r.level4_name}`));
  }
  for (const name of inferredByName.keys()) {
    if (!newMaterials.has(name)) warn(`inferred: "${name}" has no rows in sei2018.csv; skipped`);
  }
  for (const [k, list] of productsByKey) {
    if (!usedProductKeys.has(k))
      warn(`sei2018_products.csv: ${list.length} item(s) match no category row: ${k.split('\u0000').join(' | ')}`);
  }

  // Order and ids per level-2 folder.
  const byParent = new Map<string, Level3[]>();
  for (const it of items) {
    if (!byParent.has(it.parent)) byParent.set(it.parent, []);
    byParent.get(it.parent)!.push(it);
  }
  for (const [parent, list] of byParent) {
    const used = new Set<string>(['index']);
    list.forEach((it, n) => {
      it.order = n + 1;
      const base = slugify(it.name);
      let id = base;
      for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
      if (id !== base) warn(`id collision in ${parent}: "${it.name}" would be "${base}", using "${id}"`);
      used.add(id);
      it.id = id;
    });
  }

  clearOutput();

  // Write.
  let files = 0;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text.endsWith('\n') ? text : text + '\n', 'utf8');
    files++;
  };

  for (const c of level1) {
    write(
      join(out, c.code, 'index.md'),
      frontMatter([
        ['code', quoted(c.code)],
        ['name', c.name],
      ]),
    );
  }
  for (const c of level2) {
    const parent = level1.find((p) => c.code.startsWith(p.code + '.'))!;
    write(
      join(out, parent.code, c.code, 'index.md'),
      frontMatter([
        ['code', quoted(c.code)],
        ['name', c.name],
        ['parent', quoted(parent.code)],
      ]),
    );
  }
  let productItems = 0;
  for (const it of items) {
    const l1 = it.parent.split('.')[0];
    const fields: [string, unknown][] = [
      ['id', it.id],
      ['name', it.name],
      ['parent', quoted(it.parent)],
      ['order', it.order],
    ];
    if (it.inferred) fields.push(['status', 'inferred']);
    fields.push([
      'industries',
      it.industries.map((ind) => ({ code: quoted(ind.code), name: ind.name, partial: ind.partial })),
    ]);
    const body: string[] = [];
    const withProducts = it.industries.filter((ind) => ind.products.length > 0);
    if (withProducts.length) {
      body.push('## 重点产品和服务', '');
      for (const ind of withProducts) {
        body.push(`### ${ind.code} ${ind.name}`, '');
        for (const p of ind.products) body.push(`- ${p}`);
        body.push('');
        productItems += ind.products.length;
      }
    }
    if (it.inferred) {
      const l2 = l2ByCode.get(it.parent)!;
      body.push(
        '## 说明',
        '',
        '国家《战略性新兴产业分类（2018）》的现有数据缺少新材料产业的二级、三级划分，只保留了本条目这一级的名称。',
        `本条目根据名称推断归入“${l2.code} ${l2.name}”，推断可信度：${CONFIDENCE[it.inferred.confidence]}` +
          `（推断依据，整理者原注：${it.inferred.basis}）。`,
        '',
        '这一归属待核实（以国家统计局公布的分类表为准）。',
        '',
      );
    }
    write(join(out, l1, it.parent, `${it.id}.md`), frontMatter(fields) + (body.length ? '\n' + body.join('\n') : ''));
  }

  // Counts.
  const officialCount = items.filter((i) => !i.inferred).length;
  const inferredCount = items.length - officialCount;
  const classes = new Set(items.flatMap((i) => i.industries.map((d) => d.code)));
  const emptyL2 = level2.filter((c) => !byParent.has(c.code)).map((c) => c.code);
  console.log('');
  console.log(`wrote ${files} files to ${show(out)}`);
  console.log(`level 1:                             ${level1.length}`);
  console.log(`level 2:                             ${level2.length}`);
  console.log(`level 3 (official names):            ${officialCount}`);
  console.log(`level 3 (新材料, inferred placement): ${inferredCount}`);
  console.log(`distinct industry classes referenced: ${classes.size}`);
  console.log(`product items written:                ${productItems} (from ${products.length} source rows)`);
  console.log(`broken product items joined:          ${joins}`);
  if (emptyL2.length) console.log(`level 2 without level-3 items:        ${emptyL2.join(', ')}`);
  if (warnings.length) console.log(`warnings:                             ${warnings.length} (see above)`);
  console.log(
    '\nThe Markdown in content/directory is now the source of truth: edit it by hand, do not rerun this import.',
  );
}

// ---------------------------------------------------------------------------
// Front matter

function quoted(value: string): Scalar {
  const s = new Scalar(value);
  s.type = Scalar.QUOTE_DOUBLE;
  return s;
}

function frontMatter(fields: [string, unknown][]): string {
  const doc = new Document({});
  for (const [k, v] of fields) doc.set(k, v instanceof Scalar ? v : doc.createNode(v));
  const yaml = doc.toString({ lineWidth: 0, indentSeq: true });
  return `---\n${yaml}---\n`;
}

main();
