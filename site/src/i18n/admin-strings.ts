/**
 * The words of the /admin/ editor page itself, part of the site's catalog (`strings().admin`). A module of their own
 * because the editor's browser script imports them directly: the rest of the catalog reads build artefacts in Node.
 */
export const ADMIN_STRINGS = {
  'zh-CN': {
    /** Under the preview of an entry: its keywords, which the page does not show. */
    previewKeywords: '检索词（页面上不显示，用于检索）：',
    previewKeywordsSeparator: '、',
    /** Above the validator's problems when a save is refused. */
    problemsTitle: '没有保存：检查发现以下问题，请按提示修改后再保存。',
    /** The accessible name of Decap's preview frame. */
    previewFrameTitle: '预览：条目在网站页面上的样子',
    /** The error Decap shows when the validator refuses a save, before the problems. */
    saveRefused: '检查未通过，没有保存。',
    startFailed: (reason: string) => `编辑器没有启动：${reason}`,
  },
  en: {
    previewKeywords: 'Search words (not shown on the page; used by the search): ',
    previewKeywordsSeparator: ', ',
    problemsTitle: 'Not saved: the check found the problems below. Change what they say, then save again.',
    previewFrameTitle: 'Preview: the entry as the site’s page shows it',
    saveRefused: 'The check did not pass; nothing was saved.',
    startFailed: (reason: string) => `The editor did not start: ${reason}`,
  },
};

/**
 * The label and hint of every field of the editor's forms (site/scripts/admin.ts), by field path (`industries.code` is
 * `code` inside `industries`). Chinese only, like the editor. content/README.md lists the same words in its table of the
 * editor's fields; tests/site/admin-config.test.ts fails when the two differ.
 */
export const ADMIN_FIELD_TEXT: Record<string, { label: string; hint: string }> = {
  code: { label: '代码', hint: '与文件夹名一致；二级分类以上级代码开头，例如 "1.3"。' },
  name: { label: '名称', hint: '一、二级分类必须与政策附件目录表一致。' },
  parent: { label: '上级分类', hint: '所在的上级分类，与文件夹一致。' },
  id: {
    label: 'id（稳定标识）',
    hint: '方向名称的汉语拼音：全部小写，不带声调，词与词之间用连字符；等于文件名，发布后不要更改。',
  },
  order: { label: '排序（order）', hint: '在二级分类中的排序：排在最后就取同一文件夹中最大的数加 1，不要重复。' },
  status: { label: '状态', hint: 'inferred = 归属为推断，待核实（新材料各条目）；核实后选 official。' },
  industries: {
    label: '行业小类（GB/T 4754-2017）',
    hint: '对应的《国民经济行业分类》小类，至少一个。',
  },
  keywords: { label: '检索词（keywords）', hint: '可选：帮助检索的词，每个词一项。' },
  aliases: { label: '别称（aliases）', hint: '可选：常见别称，每个一项。' },
  'industries.code': { label: '小类代码', hint: '四位代码的小类，可输入代码或名称查找。' },
  'industries.name': { label: '小类名称', hint: '必须与国标名称一字不差，写错时保存会给出正确的名称。' },
  'industries.partial': {
    label: '部分属于（partial）',
    hint: '这个小类只有一部分活动属于本方向时打开（相当于国家分类表中带 * 号的小类）。',
  },
  body: {
    label: '正文',
    hint: '在“## 重点产品和服务”下为每个小类写“### 代码 名称”小节，每个产品或服务一行，以“- ”开头；其他 ## 小节是说明文字。',
  },
};
