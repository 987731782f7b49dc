import type { Lang } from './content/problems.js';
import { ContentError, formatProblem } from './content/problems.js';
import { COMMANDS } from './cli/commands.js';
import { UsageError, type CliIO } from './cli/io.js';

function pickLang(args: string[]): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang = /^en/i.test(process.env.SIXIN_LANG ?? '') ? 'en' : 'zh-CN';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = a === '--lang' ? args[++i] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value !== undefined) lang = /^en/i.test(value) ? 'en' : 'zh-CN';
    else rest.push(a);
  }
  return { lang, rest };
}

function help(lang: Lang): string {
  const lines = [
    lang === 'en' ? 'sixin: the Jiangbei 四新经济 directory tools' : 'sixin：江北区“四新经济”目录工具',
    '',
    ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary[lang]}`),
    '',
    lang === 'en' ? 'Options: --lang zh-CN|en (or SIXIN_LANG)' : '选项：--lang zh-CN|en（或环境变量 SIXIN_LANG）',
  ];
  return lines.join('\n');
}

export function defaultIO(lang: Lang): CliIO {
  return {
    stdout: (t) => process.stdout.write(`${t}\n`),
    stderr: (t) => process.stderr.write(`${t}\n`),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stderrRaw: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    lang,
  };
}

/** Runs `sixin <command> …` and returns the exit code: 0 ok, 1 problems found, 2 wrong usage. */
export async function main(argv: string[], io?: Partial<CliIO>): Promise<number> {
  const { lang, rest } = pickLang(argv);
  const ctx: CliIO = { ...defaultIO(lang), ...io, lang: io?.lang ?? lang };
  // A caller that captures standard error gets whole lines only, never the real terminal's progress bar.
  if (io?.stderr && !io.stderrRaw) Object.assign(ctx, { stderrIsTTY: false, stderrRaw: undefined });
  const [name, ...args] = rest;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    ctx.stdout(help(ctx.lang));
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    ctx.stderr(
      ctx.lang === 'en' ? `unknown command "${name}"\n\n${help(ctx.lang)}` : `未知命令“${name}”\n\n${help(ctx.lang)}`,
    );
    return 2;
  }
  try {
    return await command.run(args, ctx);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      ctx.stderr(`${(err as Error).message}\n${ctx.lang === 'en' ? 'usage' : '用法'}: ${command.usage}`);
      return 2;
    }
    if (err instanceof ContentError) {
      for (const p of err.problems) ctx.stderr(formatProblem(p, ctx.lang));
      return 1;
    }
    throw err;
  }
}
