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
