import { parseArgs } from 'node:util';
import { join, relative, resolve } from 'node:path';
import { ARTIFACTS, REVISION_ARTIFACTS, directoryArtifact, type ExportContext } from '../node/artifacts.js';
import { revisionStamp } from '../node/revisions.js';
import { loadContent } from '../node/load.js';
import { writeFileAtomic } from '../node/write.js';
import { UsageError, type Command } from './io.js';
import { reportProblems } from './report.js';

export const exportCommand: Command = {
  name: 'export',
  summary: {
    'zh-CN': '把校验后的目录导出为 JSON；--out-dir 写出网站发布的全部数据文件',
    en: 'write the validated directory as JSON; --out-dir writes every data file the site publishes',
  },
  usage: 'sixin export [content-dir] [--out file | --out-dir folder]',
  async run(args, io) {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, 'out-dir': { type: 'string' } },
    });
    if (positionals.length > 1) throw new UsageError('one content folder at most');
    if (values.out && values['out-dir']) throw new UsageError('give --out or --out-dir, not both');
    const contentDir = positionals[0] ?? 'content';
    const result = loadContent(contentDir, { cwd: io.cwd });
    if (result.problems.length || !result.directory || !result.policy) {
      return reportProblems(io, result.problems, 'written');
    }
    const revision = result.history && revisionStamp(result.history);
    const ctx: ExportContext = {
      directory: result.directory,
      policy: result.policy,
      contentDir: resolve(io.cwd, contentDir),
      result,
      revision,
    };
    if (values['out-dir']) {
      // Build everything before writing anything, so a failing builder leaves the folder as it was.
      const outDir = resolve(io.cwd, values['out-dir']);
      const outputs = ARTIFACTS.map((a) => ({ file: join(outDir, a.file), json: `${JSON.stringify(a.build(ctx))}\n` }));
      // Every published revision's directory files stay at /data/<date>/, so a site that pinned one keeps it.
      for (const r of result.history?.revisions ?? []) {
        const pinned: ExportContext = { ...ctx, directory: r.snapshot, revision: { date: r.date } };
        for (const a of ARTIFACTS.filter((x) => REVISION_ARTIFACTS.includes(x.file))) {
          outputs.push({ file: join(outDir, r.date, a.file), json: `${JSON.stringify(a.build(pinned))}\n` });
        }
      }
      for (const o of outputs) writeFileAtomic(o.file, o.json);
      io.stderr(
        (io.lang === 'en' ? 'wrote ' : '已写入 ') + outputs.map((o) => relative(io.cwd, o.file) || o.file).join(', '),
      );
      return 0;
    }
    const json = `${JSON.stringify(directoryArtifact.build(ctx))}\n`;
    if (values.out) {
      writeFileAtomic(resolve(io.cwd, values.out), json);
      io.stderr(io.lang === 'en' ? `wrote ${values.out}` : `已写入 ${values.out}`);
    } else io.stdout(json.trimEnd());
    return 0;
  },
};
