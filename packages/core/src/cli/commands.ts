import type { Command } from './io.js';
import { validateCommand } from './validate.js';
import { exportCommand } from './export.js';
import { checkCommand } from './check.js';
import { searchCommand } from './search.js';
import { classifyCommand } from './classify.js';
import { diffCommand, releaseCommand } from './revisions.js';

/** Every `sixin` subcommand; a new command is one module and one line here. */
export const COMMANDS: Command[] = [
  validateCommand,
  exportCommand,
  checkCommand,
  searchCommand,
  classifyCommand,
  diffCommand,
  releaseCommand,
];
