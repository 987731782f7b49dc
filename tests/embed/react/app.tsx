/**
 * The sixin elements on a React 19 page: `data` handed over as a property, attributes (`lang`, `theme`, `label`),
 * and the elements' events through callback refs and `addEventListener`. The test bundles this file with esbuild
 * and checks it in Chromium under the same strict Content-Security-Policy as the portal page.
 */
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
// Registers every element (import '@sixin/elements/category-tree' and so on for fewer). It runs before React
// renders, so React sees the elements' properties and sets `data` as a property, not as an attribute.
import '@sixin/elements';
import type {
  DirectoryInput,
  SixinCategoryTree,
  SixinLoadEvent,
  SixinScopeSearch,
  SixinSearchEvent,
  SixinSelectEvent,
} from '@sixin/elements';
import './sixin-jsx.ts';

/** The slim directory the site publishes; this page fetches it once and hands it to the tree. */
const TREE_URL = '/data/tree.json';
/** The search index, which the search element fetches itself when it is first used. */
const SEARCH_INDEX_URL = '/data/search-index.json';
/** Where result links point: the category pages of the site that publishes the data. */
const CATEGORY_PAGE = 'https://sixin.example.gov.cn/directory/{id}/';

type Lang = 'zh-CN' | 'en';
const TEXT = {
  'zh-CN': {
    loading: '正在加载目录……',
    switchTo: 'English',
    none: '尚未选择',
    chosen: '已选择：',
    source: '数据来源：',
    found: (count: number) => `找到 ${count} 个分类`,
  },
  en: {
    loading: 'Loading the directory…',
    switchTo: '中文',
    none: 'Nothing chosen yet',
    chosen: 'Chosen: ',
    source: 'Data from: ',
    found: (count: number) => `${count} categories found`,
  },
} as const;

function App() {
  const [directory, setDirectory] = useState<DirectoryInput>();
  const [problem, setProblem] = useState<string>();
  const [lang, setLang] = useState<Lang>('zh-CN');
  const [chosen, setChosen] = useState<string>();
  const [loadedFrom, setLoadedFrom] = useState<string>();
  const [found, setFound] = useState<number>();
  const text = TEXT[lang];

  useEffect(() => {
    const abort = new AbortController();
    fetch(TREE_URL, { signal: abort.signal, credentials: 'omit' })
      .then((response) => {
        if (!response.ok) throw new Error(`${TREE_URL}: HTTP ${response.status}`);
        return response.json() as Promise<DirectoryInput>;
      })
      .then(setDirectory, (error: Error) => {
        if (!abort.signal.aborted) setProblem(error.message);
      });
    return () => abort.abort();
  }, []);

  // A React 19 callback ref may return a cleanup function: the listeners live exactly as long as the element.
  const treeRef = useCallback((tree: SixinCategoryTree | null) => {
    if (!tree) return;
    const onSelect = (event: SixinSelectEvent) => setChosen(event.detail.category.name);
    const onLoad = (event: SixinLoadEvent) => setLoadedFrom(event.detail.source);
    tree.addEventListener('sixin-select', onSelect);
    tree.addEventListener('sixin-load', onLoad);
    return () => {
      tree.removeEventListener('sixin-select', onSelect);
      tree.removeEventListener('sixin-load', onLoad);
    };
  }, []);

  const searchRef = useCallback((search: SixinScopeSearch | null) => {
    if (!search) return;
    const onSearch = (event: SixinSearchEvent) => setFound(event.detail.result.categories.length);
    // A result link chosen in the search is a category too: the page shows it like a choice in the tree and, here,
    // stays on the page instead of following the link.
    const onSelect = (event: SixinSelectEvent) => {
      event.preventDefault();
      setChosen(event.detail.category.name);
    };
    search.addEventListener('sixin-search', onSearch);
    search.addEventListener('sixin-select', onSelect);
    return () => {
      search.removeEventListener('sixin-search', onSearch);
      search.removeEventListener('sixin-select', onSelect);
    };
  }, []);

  return (
    <main lang={lang}>
      <h1>React 19</h1>
      <button type="button" id="switch-lang" onClick={() => setLang(lang === 'en' ? 'zh-CN' : 'en')}>
        {text.switchTo}
      </button>
      {problem && <p role="alert">{problem}</p>}
      {directory ? (
        <sixin-category-tree id="tree" ref={treeRef} data={directory} lang={lang} theme="light" label="四新经济分类" />
      ) : (
        !problem && <p>{text.loading}</p>
      )}
      <p id="chosen">{chosen ? text.chosen + chosen : text.none}</p>
      <p id="loaded-from">{loadedFrom ? text.source + loadedFrom : ''}</p>
      <sixin-scope-search
        id="search"
        ref={searchRef}
        src={SEARCH_INDEX_URL}
        href-template={CATEGORY_PAGE}
        lang={lang}
        theme="light"
        heading-level={2}
      />
      <p id="found">{found === undefined ? '' : text.found(found)}</p>
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('react/index.html needs <div id="root">');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
