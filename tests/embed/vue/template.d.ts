// A template file compiled ahead of time (by the test's esbuild plugin, as Vite's Vue plugin would): its render function.
declare module '*.template.html' {
  import type { RenderFunction } from 'vue';
  export const render: RenderFunction;
}
