import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseContacts, parseSettings, type ContactPoint, type SiteSettings } from '../content/contacts.js';
import type { Problem } from '../content/problems.js';
import { notPlain, notPlainProblem } from './plain-files.js';

export interface SiteContent {
  contacts: ContactPoint[];
  settings: SiteSettings;
  problems: Problem[];
  warnings: Problem[];
}

const toDisplay = (abs: string, cwd: string) => {
  const rel = relative(cwd, abs);
  return (rel && !rel.startsWith('..') ? rel : abs).split(sep).join('/');
};

/** A file of the content folder's root, or undefined when it is not there (both files are optional). */
function readOptional(path: string, file: string, problems: Problem[]): string | undefined {
  if (!existsSync(path)) return undefined;
  const refused = notPlain(lstatSync(path));
  if (refused) {
    problems.push(notPlainProblem(refused, file));
    return undefined;
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    problems.push({ code: 'file-unreadable', file, params: { reason: (err as Error).message } });
    return undefined;
  }
}

/**
 * Reads `contacts.yaml` and `settings.yaml` from the content folder. Missing files mean no contacts and default
 * settings; `today` decides which contact details are stale.
 */
export function loadSiteContent(contentDir = 'content', options: { cwd?: string; today?: Date } = {}): SiteContent {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(cwd, contentDir);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  let contacts: ContactPoint[] = [];
  let settings: SiteSettings = {};
  const contactsFile = toDisplay(join(root, 'contacts.yaml'), cwd);
  const contactsText = readOptional(join(root, 'contacts.yaml'), contactsFile, problems);
  if (contactsText !== undefined) {
    const parsed = parseContacts(contactsText, contactsFile, options.today);
    contacts = parsed.contacts;
    problems.push(...parsed.problems);
    warnings.push(...parsed.warnings);
  }
  const settingsFile = toDisplay(join(root, 'settings.yaml'), cwd);
  const settingsText = readOptional(join(root, 'settings.yaml'), settingsFile, problems);
  if (settingsText !== undefined) {
    const parsed = parseSettings(settingsText, settingsFile);
    settings = parsed.settings;
    problems.push(...parsed.problems);
  }
  return { contacts, settings, problems, warnings };
}
