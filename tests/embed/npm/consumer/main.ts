// A consumer's page entry, in a project that installed the packed tarball from npm: each element by its own
// subpath, as the package README tells. The test copies this folder into an empty project, type-checks it against
// the installed .d.ts files and bundles it with esbuild there.
import '@sixin/elements/category-tree';
import '@sixin/elements/scope-search';
import '@sixin/elements/eligibility-checker';
import type { SixinCategoryTree, SixinSelectEvent } from '@sixin/elements/category-tree';

const tree: SixinCategoryTree | null = document.querySelector('sixin-category-tree');
if (!tree) throw new Error('index.html needs a <sixin-category-tree>');
tree.addEventListener('sixin-select', (event: SixinSelectEvent) => {
  const chosen = document.getElementById('chosen');
  if (chosen) chosen.textContent = event.detail.category.name;
});
