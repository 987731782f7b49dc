import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems.js';

/**
 * The site's contact points (`content/contacts.yaml`) and settings (`content/settings.yaml`): what editors fill and
 * the site shows on /contacts/ and in the footer. Nothing here is ever filled by code: a field an editor left empty is
 * not shown, and `sixin validate` reminds them of what is empty or was last checked too long ago.
 */

/** One office people can ask. Every field but `id` and `office` may be empty until an editor has checked it. */
export interface ContactPoint {
  /** Anchor on /contacts/ and the id the checker's rules use for it (`amr`). */
  id: string;
  office: string;
  /** The rules contact this office belongs under (`authority`: the department in charge of an industry). */
  group?: string;
  address?: string;
  phone?: string;
  hours?: string;
  /** A website or online service (an http(s) address). */
  online?: string;
  note?: string;
  /** When an editor last checked the details, `YYYY-MM-DD`. */
  checked?: string;
}

export interface SiteSettings {
  /** Where 我要纠错 leads: an http(s) address or a `mailto:`. Empty: the contacts page. */
  feedback?: string;
}

export interface ContactsResult {
  contacts: ContactPoint[];
  problems: Problem[];
  /** Reminders that do not stop a build: empty details, details checked over a year ago. */
  warnings: Problem[];
}

const FIELDS = ['id', 'office', 'group', 'address', 'phone', 'hours', 'online', 'note', 'checked'] as const;
const DETAILS = ['address', 'phone', 'hours', 'online'] as const;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEB = /^https?:\/\/[^\s]+$/;
/** A year and a day: details checked longer ago than that may have changed. */
const STALE_MS = 366 * 24 * 60 * 60 * 1000;

function lineOf(node: Node | null | undefined, lines: LineCounter): number | undefined {
  return node?.range ? lines.linePos(node.range[0]).line : undefined;
}

/** Text of a scalar, trimmed; numbers (a phone written without quotes) become their text. */
function text(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  const value = String(node.value).trim();
  return value || undefined;
}

/** Parses contacts.yaml. `today` decides what is stale (tests pass a fixed date). */
export function parseContacts(source: string, file: string, today = new Date()): ContactsResult {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const contacts: ContactPoint[] = [];
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    return { contacts, problems: [{ code: 'yaml-syntax', file, line: lines.linePos(error.pos[0]).line, params: { reason: error.message.split('\n')[0]! } }], warnings };
  }
  const list = isMap(doc.contents) ? doc.contents.get('contacts', true) : undefined;
  if (!isSeq(list)) {
    return { contacts, problems: [{ code: 'contacts-shape', file, line: lineOf(doc.contents as Node, lines) ?? 1, params: {} }], warnings };
  }
  const seen = new Set<string>();
  for (const item of list.items) {
    const line = lineOf(item as Node, lines);
    if (!isMap(item)) {
      problems.push({ code: 'contacts-shape', file, line, params: {} });
      continue;
    }
    const contact: Partial<ContactPoint> = {};
    for (const pair of item.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const at = lineOf(pair.key as Node, lines) ?? line;
      if (!(FIELDS as readonly string[]).includes(key)) {
        problems.push({ code: 'field-unknown', file, line: at, params: { field: key, allowed: FIELDS.join(', ') } });
        continue;
      }
      const value = text(pair.value);
      if (value !== undefined) contact[key as (typeof FIELDS)[number]] = value;
    }
    if (!contact.id || !ID.test(contact.id)) {
      problems.push({ code: 'field-type', file, line, params: { field: 'id', reason: '需要小写字母、数字和连字符组成的编号', example: 'amr' } });
      continue;
    }
    if (seen.has(contact.id)) problems.push({ code: 'contact-duplicate', file, line, params: { id: contact.id } });
    seen.add(contact.id);
    if (!contact.office) {
      problems.push({ code: 'field-missing', file, line, params: { field: 'office', example: '江北区市场监督管理局' } });
      continue;
    }
    if (contact.online && !WEB.test(contact.online)) {
      problems.push({ code: 'field-type', file, line, params: { field: 'online', reason: '需要以 https:// 或 http:// 开头的网址', example: 'https://…' } });
    }
    if (contact.checked && (!DATE.test(contact.checked) || Number.isNaN(Date.parse(contact.checked)))) {
      problems.push({ code: 'field-type', file, line, params: { field: 'checked', reason: '需要 年-月-日 格式的日期', example: '2026-01-31' } });
    }
    const empty = DETAILS.filter((field) => !contact[field]);
    if (empty.length) warnings.push({ code: 'contact-empty', file, line, params: { office: contact.office, fields: empty.join(', ') } });
    if (!contact.checked) {
      if (empty.length < DETAILS.length) warnings.push({ code: 'contact-unchecked', file, line, params: { office: contact.office } });
    } else if (DATE.test(contact.checked) && today.getTime() - Date.parse(contact.checked) > STALE_MS) {
      warnings.push({ code: 'contact-stale', file, line, params: { office: contact.office, checked: contact.checked } });
    }
    contacts.push(contact as ContactPoint);
  }
  return { contacts, problems, warnings };
}

/** Parses settings.yaml: `feedback`, the address of 我要纠错. */
export function parseSettings(source: string, file: string): { settings: SiteSettings; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    return { settings: {}, problems: [{ code: 'yaml-syntax', file, line: lines.linePos(error.pos[0]).line, params: { reason: error.message.split('\n')[0]! } }] };
  }
  const problems: Problem[] = [];
  const settings: SiteSettings = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const line = lineOf(pair.key as Node, lines);
      if (key !== 'feedback') {
        problems.push({ code: 'field-unknown', file, line, params: { field: key, allowed: 'feedback' } });
        continue;
      }
      const value = text(pair.value);
      if (value && !WEB.test(value) && !/^mailto:[^\s@]+@[^\s@]+$/.test(value)) {
        problems.push({ code: 'field-type', file, line, params: { field: 'feedback', reason: '需要以 https:// 开头的网址或 mailto: 邮箱地址', example: 'mailto:someone@example.gov.cn' } });
      } else if (value) {
        settings.feedback = value;
      }
    }
  }
  return { settings, problems };
}
