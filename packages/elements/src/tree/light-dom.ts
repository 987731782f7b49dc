import { DataError, type CategoryRecord, type DirectoryInput } from '../shared/directory.js';

/** What the server-rendered list says: the categories, and the link of each item (the page's own `href`s). */
export interface ListMarkup extends DirectoryInput {
  links: Map<string, string>;
}

const LIST = ':scope > ul, :scope > ol';

/**
 * Reads the server-rendered list inside `<sixin-category-tree>` (what the page shows without JavaScript):
 * `<ul><li data-id="1" data-code="1"><a href="/directory/1/">新一代信息技术产业</a><ul>…</ul></li></ul>`.
 * Each `li` needs `data-id`; optional, as in `tree.json`: `data-code` (levels 1–2), `data-status="inferred"`,
 * `data-initials` (pinyin initials of the name), and `|`-separated lists in `data-keywords`, `data-aliases` and
 * `data-industries` (`6513 应用软件开发`, a `*` after the code for a partial class). The name is the text of its
 * first link (or of the item itself), the link's `href` is kept apart from the data (in `links`): it is the host
 * page's own link, not data. What the attributes say is checked like fetched data. Returns undefined when there is
 * no list; throws a {@link DataError} naming the item when the list cannot be read.
 */
export function readListMarkup(host: Element): ListMarkup | undefined {
  const list = host.querySelector(LIST);
  if (!list) return undefined;
  const categories: CategoryRecord[] = [];
  const links = new Map<string, string>();
  const readList = (element: Element, parent: CategoryRecord | null, level: number): string[] => {
    const ids: string[] = [];
    for (const item of element.children) {
      if (item.localName !== 'li') continue;
      const link = item.querySelector(':scope > a');
      const name = (link ?? item).textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (level > 3) throw new DataError({ code: 'list-too-deep', params: { name } });
      const data = (item as HTMLElement).dataset;
      const id = data.id?.trim();
      if (!id) throw new DataError({ code: 'list-item-without-id', params: { position: categories.length + 1, name } });
      const category: CategoryRecord = {
        id,
        code: data.code?.trim() || null,
        level: level as 1 | 2 | 3,
        name,
        parent: parent?.id ?? null,
        children: [],
        status: data.status === 'inferred' ? 'inferred' : 'official',
        initials: data.initials,
        keywords: data.keywords?.split('|'),
        aliases: data.aliases?.split('|'),
        industries: data.industries?.split('|').map((line) => {
          // Checked below like fetched data, so a line without a name fails there, not here.
          const [code, name] = line.split(/\*? (.*)/) as [string, string];
          return { code, name, partial: line[code.length] == '*' };
        }),
      };
      const href = link?.getAttribute('href');
      if (href) links.set(id, href);
      categories.push(category);
      ids.push(id);
      const nested = item.querySelector(LIST);
      if (nested) category.children = readList(nested, category, level + 1);
    }
    return ids;
  };
  readList(list, null, 1);
  return { categories, links };
}
