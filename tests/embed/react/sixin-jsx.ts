/**
 * Types for using the sixin elements in React's JSX: copy this file into a React + TypeScript project. React 19
 * passes a JSX prop to a custom element as a property when the element has one (`data`), else as an attribute
 * (`href-template`, `lang`); listen to the elements' events with a ref and `addEventListener` (see app.tsx).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { DirectoryInput, SixinCategoryTree, SixinScopeSearch } from '@sixin/elements';

/** What every sixin element accepts in JSX: the usual HTML attributes, a ref, and `theme`. */
type SixinElementProps<E extends HTMLElement> = DetailedHTMLProps<HTMLAttributes<E>, E> & {
  /** `light` or `dark`; without it the element follows the visitor's system setting. */
  theme?: 'light' | 'dark';
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'sixin-category-tree': SixinElementProps<SixinCategoryTree> & {
        /** The directory itself (set as a property): takes precedence over `src`. */
        data?: DirectoryInput;
        src?: string;
        'href-template'?: string;
        current?: string;
        selected?: string;
        label?: string;
        'no-filter'?: boolean;
      };
      'sixin-scope-search': SixinElementProps<SixinScopeSearch> & {
        /** URL of search-index.json, fetched the first time the box is used. */
        src?: string;
        'href-template'?: string;
        'directory-href'?: string;
        query?: string;
        label?: string;
        compact?: boolean;
        'heading-level'?: number;
      };
    }
  }
}
