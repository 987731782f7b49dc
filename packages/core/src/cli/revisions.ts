import { parseArgs } from 'node:util';
import type { DirectoryData } from '../model/types.js';
import { loadContent, type LoadedContent } from '../node/load.js';
import { writeRelease } from '../node/revisions.js';
import { describeDiff, diffDirectories, type DirectoryDiff } from '../revisions/diff.js';
import { REVISION_DATE } from '../revisions/history.js';
import { UsageError, type CliIO, type Command } from './io.js';
import { reportProblems } from './report.js';

const WORKING = 'working';

function validContent(contentDir: string, io: CliIO): LoadedContent | number {
  const result = loadContent(contentDir, { cwd: io.cwd });
  if (result.problems.length || !result.directory || !result.history)
    return reportProblems(io, result.problems, 'checked');
  return result;
}

/** A revision date, or `working` for the current content. */
function pick(content: LoadedContent, name: string): { label: string; data: DirectoryData; index: number } {
  const revisions = content.history!.revisions;
  if (name === WORKING) return { label: WORKING, data: content.directory!, index: revisions.length };
  const index = revisions.findIndex((r) => r.date === name);
  if (index < 0) {
    throw new UsageError(
      `no revision "${name}"; the published revisions are: ${revisions.map((r) => r.date).join(', ') || '(none)'}, or "${WORKING}" for the current content`,
    );
  }
  return { label: name, data: revisions[index].snapshot, index };
}

export const diffCommand: Command = {
  name: 'diff',
  summary: {
    'zh-CN': '目录两个版本之间的变化（默认：上次发布 → 当前内容）；--json 输出结构化数据',
    en: 'what changed in the directory between two revisions (default: last release → working content); --json for data',
  },
  usage: `sixin diff [from] [to] [--content content] [--json]   (from/to: a revision date or "${WORKING}")`,
  async run(args, io) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, content: { type: 'string' } },
    });
    if (positionals.length > 2) throw new UsageError('give at most two revisions: from and to');
    const content = validContent(values.content ?? 'content', io);
    if (typeof content === 'number') return content;
    const revisions = content.history!.revisions;
    if (!revisions.length && !positionals.length)
      throw new UsageError('no revision has been released yet: run sixin release first');
    const from = pick(content, positionals[0] ?? revisions[revisions.length - 1].date);
    const to = pick(content, positionals[1] ?? WORKING);
    // The declarations of the later side say what replaced the ids it dropped: a release's own, or the unreleased ones.
    const declarationOf = (index: number) =>
      index === revisions.length
        ? (content.history!.unreleased?.declaration ?? { replacedBy: {}, withdrawn: {} })
        : revisions[index].declaration;
    let diff: DirectoryDiff;
    if (to.index > from.index + 1) {
      // Over several revisions, follow each step's replacements so a rename then a move reads as one change.
      const chain: Record<string, string> = {};
      const withdrawn: Record<string, string> = {};
      for (let i = from.index + 1; i <= to.index; i++) {
        const d = declarationOf(i);
        for (const [k, v] of Object.entries(d.replacedBy)) chain[k] = v;
        Object.assign(withdrawn, d.withdrawn);
      }
      const resolveId = (id: string) => {
        const seen = new Set<string>();
        while (chain[id] && !seen.has(id)) {
          seen.add(id);
          id = chain[id];
        }
        return id;
      };
      diff = diffDirectories(from.data, to.data, {
        replacedBy: Object.fromEntries(Object.keys(chain).map((k) => [k, resolveId(k)])),
        withdrawn,
      });
    } else {
      diff = diffDirectories(from.data, to.data, to.index === from.index + 1 ? declarationOf(to.index) : undefined);
    }
    if (values.json) {
      io.stdout(JSON.stringify({ from: from.label, to: to.label, ...diff }, null, 2));
      return 0;
    }
    const names = new Map(
      [...from.data.categories, ...to.data.categories].map((c) => [c.id, c.code ? `${c.code} ${c.name}` : c.name]),
    );
    io.stdout(
      io.lang === 'en'
        ? `Directory ${from.label} → ${to.label}`
        : `目录 ${from.label} → ${to.label === WORKING ? '当前内容（未发布）' : to.label}`,
    );
    const lines = describeDiff(diff, io.lang, (id) => names.get(id));
    io.stdout(lines.length ? lines.map((l) => `- ${l}`).join('\n') : io.lang === 'en' ? 'No changes.' : '没有变化。');
    return 0;
  },
};

export const releaseCommand: Command = {
  name: 'release',
  summary: {
    'zh-CN': '发布目录的新版本：写出 revisions/<日期>.md 和目录快照 <日期>.json',
    en: 'publish a revision of the directory: writes revisions/<date>.md and its snapshot <date>.json',
  },
  usage: 'sixin release --date YYYY-MM-DD --basis "文号或通知" [--summary "说明"] [--content content]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      allowPositionals: false,
      options: {
        date: { type: 'string' },
        basis: { type: 'string' },
        summary: { type: 'string' },
        content: { type: 'string' },
      },
    });
    const en = io.lang === 'en';
    const date = values.date ?? '';
    if (
      !REVISION_DATE.test(date) ||
      Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
      new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
    ) {
      throw new UsageError(
        en
          ? `--date must be a real date written YYYY-MM-DD, such as 2021-12-30 (got "${date}")`
          : `--date 必须是 YYYY-MM-DD 格式的真实日期，例如 2021-12-30（收到“${date}”）`,
      );
    }
    const basis = values.basis?.trim();
    if (!basis)
      throw new UsageError(
        en
          ? '--basis is required: the 文号 or notice the revision rests on'
          : '必须给出 --basis：这次修订依据的文号或通知',
      );
    const contentDir = values.content ?? 'content';
    const content = validContent(contentDir, io);
    if (typeof content === 'number') return content;
    const history = content.history!;
    const last = history.revisions[history.revisions.length - 1];
    if (last && last.date >= date) {
      throw new UsageError(
        en
          ? `--date ${date} is not after the last release ${last.date}`
          : `--date ${date} 不晚于上次发布的 ${last.date}`,
      );
    }
    if (last && !history.unreleasedDiff) {
      io.stderr(
        en
          ? `nothing changed since the release of ${last.date}; nothing was written.`
          : `自 ${last.date} 发布以来目录没有变化；未写入任何文件。`,
      );
      return 1;
    }
    const summary = values.summary?.trim() || history.unreleased?.summary.trim();
    if (!summary) {
      throw new UsageError(
        en
          ? 'say what changed: --summary "…" or the text of revisions/unreleased.md (after its front matter)'
          : '请说明改了什么：用 --summary "…"，或写在 revisions/unreleased.md 的前言之后',
      );
    }
    const declaration = history.unreleased?.declaration ?? { replacedBy: {}, withdrawn: {} };
    const written = writeRelease(contentDir, { date, basis, summary, declaration }, content.directory!, io.cwd);
    io.stderr((en ? 'wrote ' : '已写入 ') + written.join(', '));
    if (last) {
      const lines = describeDiff(
        history.unreleasedDiff ?? diffDirectories(last.snapshot, content.directory!, declaration),
        io.lang,
      );
      io.stdout(lines.map((l) => `- ${l}`).join('\n'));
    }
    return 0;
  },
};
