import type { Lang } from '../content/problems.js';

/** What a command may touch: injected so tests run commands without a real terminal. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads all of standard input (for commands that take queries line by line). */
  readStdin: () => Promise<string>;
  stdinIsTTY: boolean;
  /** Standard error is a terminal: a progress bar may redraw itself there. */
  stderrIsTTY?: boolean;
  /** Writes to standard error as is (no line end added), for a progress bar redrawn in place. */
  stderrRaw?: (text: string) => void;
  cwd: string;
  lang: Lang;
}

export interface Command {
  name: string;
  /** One line for `sixin help`, per language. */
  summary: Record<Lang, string>;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Thrown for wrong arguments; the CLI prints it with the command's usage and exits with 2. */
export class UsageError extends Error {}
