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
 * What Decap says under an id field whose text does not fit the id pattern, with an example of a good id: a direction's
 * (its name in pinyin) and a rule's. Chinese only, like the editor.
 */
export const ADMIN_ID_PATTERN_MESSAGE = {
  direction: '只能有小写字母、数字和连字符，例如 shuju-biaozhu-fuwu',
  rule: '只能有小写字母、数字和连字符，例如 prior-permit',
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

/**
 * The label and hint of every field of the forms for content/rules/questions.yaml and measures.yaml, by the kind of
 * item and the field (`rule.cites`: the cites of one rule of a measure). Chinese only, in the words of
 * content/rules/README.md; content/README.md lists them in its table of the editor's rules fields, and
 * tests/site/admin-config.test.ts fails when the two differ or a field of the rules schema has no entry.
 */
export const ADMIN_RULES_FIELD_TEXT: Record<string, { label: string; hint: string }> = {
  questions: { label: '问题', hint: '一页一问，按提问顺序排列；第一个问题是起点。' },
  'question.id': {
    label: '问题 id',
    hint: '小写字母、数字和连字符，例如 prior-permit；选项的 next 和措施的 when 用它指这个问题。',
  },
  'question.title': { label: '问题标题', hint: '页面上的问题本身。' },
  'question.help': { label: '说明', hint: '可选：问题下方的说明，每句一项。' },
  'question.terms': { label: '术语', hint: '可选：在问题旁解释的术语 id（common.yaml 的 glossary）。' },
  'question.suggested-by-search': {
    label: '由查询预选的选项（suggested-by-search）',
    hint: '可选：经营范围查询明确找到分类时预先选中的选项 id；仍由本人确认。',
  },
  'question.licensed-note': {
    label: '许可项目提示（licensed-note）',
    hint: '可选：查询发现“许可项目”时在问题旁显示的提示。',
  },
  'question.options': { label: '选项', hint: '至少两个选项。' },
  'option.id': { label: '选项 id', hint: '在本问题中唯一，例如 yes、not-sure；措施的 when 用它指这个回答。' },
  'option.label': { label: '选项文字', hint: '页面上这个选项的文字。' },
  'option.hint': { label: '选项提示', hint: '可选：选项文字下方的一行说明。' },
  'option.next': { label: '下一个问题（next）', hint: '下一个问题的 id；写 end 表示问完了，显示结果。' },
  'localized.zh-CN': { label: '中文', hint: '必须填写。' },
  'localized.en': { label: '英文（en）', hint: '同样的意思，用英文写；必须填写。' },
  'sentence.zh-CN': { label: '中文', hint: '一项只写一句话（句号、问号只能在末尾）；必须填写。' },
  'sentence.en': { label: '英文（en）', hint: '同一句话的英文；必须填写。' },
  'sentence.policy-terms': {
    label: '转述的条款（policy-terms）',
    hint: '转述政策原文时写：所转述的条款，以及这句话用到的条款原词；每个词必须既在这句话里，也在该条款里。',
  },
  'sentence.outside': {
    label: '政策以外的说明（outside）',
    hint: '政策以外的说明写来源 id（common.yaml 的 sources），例如 policy-silent；与 policy-terms 二选一。',
  },
  'policy-terms.clause': { label: '条款', hint: '从政策原文的条款中选择。' },
  'policy-terms.words': { label: '条款原词', hint: '这句话和该条款都用到的词，每个词一项。' },
  measures: { label: '措施', hint: '本办法的每项措施一节，按结果页的显示顺序排列。' },
  'measure.id': { label: '措施 id', hint: '小写字母、数字和连字符，例如 rongque。' },
  'measure.title': { label: '措施名称', hint: '结果页上这项措施的标题。' },
  'measure.summary': { label: '概述（summary）', hint: '每句一项，各自注明依据。' },
  'measure.kind': {
    label: '类别（kind）',
    hint: 'scope 适用范围 / support 支持措施 / safeguard 底线要求（显示为警示）。',
  },
  'measure.cites': { label: '政策依据（cites）', hint: '这项措施依据的条款，从政策原文的条款中选择，至少一条。' },
  'measure.terms': { label: '术语', hint: '可选：结果中解释的术语 id（common.yaml 的 glossary）。' },
  'measure.rules': { label: '规则', hint: '按顺序逐条比对，第一条符合回答的规则给出结论。' },
  'rule.when': { label: '条件（when）', hint: '问题 id 和选项 id；只有实际问到的问题才算数。没有条件的规则总是符合。' },
  'rule.licensed': { label: '许可项目（licensed）', hint: '可选：true 表示经营范围查询发现了“许可项目”。' },
  'rule.status': { label: '结论（status）', hint: 'applies 适用 / may-apply 可能适用 / does-not-apply 不适用。' },
  'rule.reason': { label: '原因（reason）', hint: '每句一项，各自注明依据；转述的条款必须在这条规则的 cites 之中。' },
  'rule.cites': {
    label: '政策依据（cites）',
    hint: '可选：这一结论引用的条款与措施不同时才写，从政策原文的条款中选择。',
  },
  'rule.contacts': {
    label: '联系部门（contacts）',
    hint: '联系谁（common.yaml 的 contacts）；may-apply 必须写，表示向谁确认。',
  },
  'rule.bring': { label: '需要准备（bring）', hint: '可选：每句一项，各自注明依据。' },
  'rule.next-steps': { label: '下一步（next-steps）', hint: '可选：每句一项，各自注明依据。' },
  'when.question': { label: '问题 id', hint: 'questions.yaml 中问题的 id。' },
  'when.answers': { label: '选项 id', hint: '一个或几个选项 id，逗号分隔；回答其中任何一个都符合。' },
};
