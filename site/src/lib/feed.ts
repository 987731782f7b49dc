import { strings } from '../i18n/strings.ts';
import type { SiteHistory } from './revisions.ts';
import { CHANGES_FEED_PATH, CHANGES_PATH } from './urls.ts';
import { SITE_URL } from '../site-config.ts';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The Atom feed of directory revisions, newest first: one entry per released revision, its basis and changes. */
export function atomFeed(history: Pick<SiteHistory, 'revisions'>, site = SITE_URL): string {
  const c = strings().changes;
  const page = new URL(CHANGES_PATH, site).href;
  const self = new URL(CHANGES_FEED_PATH, site).href;
  const updated = history.revisions[0] ? `${history.revisions[0].date}T00:00:00Z` : '2021-12-30T00:00:00Z';
  const entries = history.revisions.map((r) => {
    const lines = [
      `${c.basisLabel}${r.basis}`,
      r.summary,
      ...(r.first ? [c.firstRevision] : r.changes.length ? r.changes : [c.noChanges]),
    ];
    return [
      '  <entry>',
      `    <id>${escape(`${page}#revision-${r.date}`)}</id>`,
      `    <title>${escape(c.feedEntryTitle(r.date))}</title>`,
      `    <updated>${r.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(`${page}#revision-${r.date}`)}"/>`,
      `    <content type="text">${escape(lines.join('\n'))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escape(self)}</id>`,
    `  <title>${escape(c.feedTitle)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escape(strings().siteName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(page)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
