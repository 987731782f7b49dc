/**
 * The sixin elements on a Vue 3 page: `data` as a property (`:data.prop`), attributes, and the elements' events with
 * `@sixin-select` and friends. The template (app.template.html) is compiled ahead of time, as a Vite or webpack build
 * does, with `isCustomElement`: the in-browser template compiler needs `new Function`, which a strict
 * Content-Security-Policy forbids. The test bundles this with esbuild and checks it in Chromium under that policy.
 */
import { computed, createApp, defineComponent, onMounted, ref, shallowRef } from 'vue';
// Registers every element (import '@sixin/elements/category-tree' and so on for fewer).
import '@sixin/elements';
import type { DirectoryInput, SixinLoadEvent, SixinSearchEvent, SixinSelectEvent } from '@sixin/elements';
import { isCustomElement } from './custom-elements.ts';
import { render } from './app.template.html';

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

const App = defineComponent({
  render,
  setup() {
    // shallowRef: the directory is read-only data; a deep reactive proxy of thousands of records would be wasted.
    const directory = shallowRef<DirectoryInput>();
    const problem = ref('');
    const lang = ref<Lang>('zh-CN');
    const chosen = ref('');
    const loadedFrom = ref('');
    const found = ref<number>();

    onMounted(async () => {
      try {
        const response = await fetch(TREE_URL, { credentials: 'omit' });
        if (!response.ok) throw new Error(`${TREE_URL}: HTTP ${response.status}`);
        directory.value = (await response.json()) as DirectoryInput;
      } catch (error) {
        problem.value = (error as Error).message;
      }
    });

    return {
      directory,
      problem,
      lang,
      chosen,
      loadedFrom,
      found,
      searchIndexUrl: SEARCH_INDEX_URL,
      categoryPage: CATEGORY_PAGE,
      text: computed(() => TEXT[lang.value]),
      switchLang: () => (lang.value = lang.value === 'en' ? 'zh-CN' : 'en'),
      onSelect: (event: SixinSelectEvent) => (chosen.value = event.detail.category.name),
      onLoad: (event: SixinLoadEvent) => (loadedFrom.value = event.detail.source),
      onSearch: (event: SixinSearchEvent) => (found.value = event.detail.result.categories.length),
      // A result link chosen in the search: shown like a choice in the tree, and the page stays where it is.
      onSearchSelect: (event: SixinSelectEvent) => {
        event.preventDefault();
        chosen.value = event.detail.category.name;
      },
    };
  },
});

const app = createApp(App);
// Read only when templates are compiled in the browser; this page's template was compiled with the same function.
app.config.compilerOptions.isCustomElement = isCustomElement;
app.mount('#app');
