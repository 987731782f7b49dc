/**
 * The theme examples and version-pinning text of the /embed/ page (the leading underscore keeps Astro from making
 * this file a route). Zh-CN first, English beside it, like src/i18n/strings.ts.
 */

export type ThemeId = 'default' | 'dark' | 'site';

/** One complete theme shown on the page: how it is chosen, and the values it sets. */
export interface ThemeExample {
  id: ThemeId;
  title: string;
  text: string;
  /** The element's `theme` attribute in the example. */
  themeAttribute: 'light' | 'dark';
  /** Custom properties the example sets (empty: the element's defaults). */
  properties: Array<[string, string]>;
}

const THEME_STRINGS = {
  'zh-CN': {
    intro:
      '组件的颜色、字体、间距和圆角都由一组 CSS 变量（--sixin-*）决定，各个部分还可以用 ::part() 单独调整；宿主页面的全局样式（包括 * 选择器和 !important）不会影响组件内部。下面是同一个分类树的三套完整主题，每套都写出了所需的代码。全部变量和部件见上方各组件的“CSS 变量”和“部件”表。',
    themes: {
      default: {
        title: '默认（浅色）',
        text: '不做任何设置时的样子，颜色对比度符合 WCAG AA。页面始终是浅色时请写上 theme="light"；不写时组件会跟随访问者系统的深色模式。',
      },
      dark: {
        title: '深色',
        text: '写上 theme="dark" 即为深色主题。不写 theme 属性时，访问者的系统设为深色模式（prefers-color-scheme: dark）时组件自动使用这套颜色。',
      },
      site: {
        title: '换成本网站的配色',
        text: '在组件或它的任一上级元素上设置 --sixin-* 变量，即可换成贵网站的颜色、字体和圆角。下面的例子只用了组件说明中列出的变量：',
      },
    } satisfies Record<ThemeId, { title: string; text: string }>,
    sampleLabel: (title: string) => `分类树示例：${title}`,
    npmPinText: '用 npm 安装的网站，请写明版本号，升级时再改：',
  },
  en: {
    intro:
      'Colours, fonts, spacing and corners come from a set of CSS custom properties (--sixin-*), and each piece can be styled with ::part(); the host page’s global styles (even * rules and !important) do not reach inside. Below, the same tree in three complete themes, each with the code it takes. Every property and part is listed in the “CSS custom properties” and “Parts” tables above.',
    themes: {
      default: {
        title: 'Default (light)',
        text: 'What you get without any setting; contrast meets WCAG AA. On pages that are always light, write theme="light"; without it the element follows the visitor’s dark mode.',
      },
      dark: {
        title: 'Dark',
        text: 'theme="dark" gives the dark theme. Without a theme attribute, the element uses it when the visitor’s system is in dark mode (prefers-color-scheme: dark).',
      },
      site: {
        title: 'Your site’s palette',
        text: 'Set the --sixin-* properties on the element or any ancestor to use your site’s colours, font and corners. This example uses only properties the element documents:',
      },
    } satisfies Record<ThemeId, { title: string; text: string }>,
    sampleLabel: (title: string) => `Example tree: ${title}`,
    npmPinText: 'Sites that install from npm should name the version and change it when they upgrade:',
  },
};

export type ThemeStrings = (typeof THEME_STRINGS)['zh-CN'];

/** The page's theme and pinning text in `lang`. */
export function themeStrings(lang: 'zh-CN' | 'en' = 'zh-CN'): ThemeStrings {
  return THEME_STRINGS[lang];
}

/**
 * The three themes: the defaults, dark, and another site's palette (`siteProperties`, values for the custom
 * properties the element's manifest documents).
 */
export function themeExamples(strings: ThemeStrings, siteProperties: Array<[string, string]>): ThemeExample[] {
  return [
    { id: 'default', ...strings.themes.default, themeAttribute: 'light', properties: [] },
    { id: 'dark', ...strings.themes.dark, themeAttribute: 'dark', properties: [] },
    { id: 'site', ...strings.themes.site, themeAttribute: 'light', properties: siteProperties },
  ];
}

/** The code an embedder writes for `theme`: the tag with its attribute, and the CSS (for the site's stylesheet) when it sets properties. */
export function themeCode(theme: ThemeExample, tag: string, src: string): { html: string; css?: string } {
  const html = `<${tag} theme="${theme.themeAttribute}" src="${src}"></${tag}>`;
  if (!theme.properties.length) return { html };
  return { html, css: `${tag} {\n${theme.properties.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}` };
}

/** URL of the stylesheet that gives each theme sample its properties (themes.css.ts). */
export const THEME_STYLESHEET = '/embed/themes.css';

/** The samples' stylesheet: one rule per theme that sets properties, on the sample's class (`.theme-sample-site`). */
export function themeSampleCss(themes: ThemeExample[]): string {
  return themes
    .filter((theme) => theme.properties.length)
    .map(
      (theme) =>
        `.theme-sample-${theme.id} {\n${theme.properties.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}\n`,
    )
    .join('\n');
}
