/**
 * Every sentence the site shows, in one place: Simplified Chinese (the site's language) first, English alongside so
 * that an English edition or English build messages need no code change. Content (the policy, the directory) is not
 * here: it comes from `content/`.
 */

import { ARTIFACTS } from '@sixin/core/node';
import { ADMIN_STRINGS } from './admin-strings.ts';

export type SiteLang = 'zh-CN' | 'en';

/** One step of an editors' how-to: what to do, and the command or file text to type, if any. */
export interface HowToStep {
  text: string;
  code?: string;
}

/** A task-based how-to on the editors' page (`id` is its anchor: `/editors/#howto-<id>`). */
export interface HowTo {
  id: 'setup' | 'keyword' | 'direction' | 'rename' | 'search' | 'preview' | 'editor' | 'publish';
  title: string;
  steps: HowToStep[];
}

/** One measure of the policy in plain words, with the clauses that say it. */
export interface Offer {
  title: string;
  text: string;
  clauses: string[];
}

const zhCN = {
  lang: 'zh-CN',
  siteName: '江北区“四新经济”包容审慎监管',
  titleSeparator: ' · ',
  skipLink: '跳到正文',
  mainNavLabel: '主导航',
  nav: {
    home: '首页',
    search: '查询',
    checker: '资格自查',
    directory: '分类目录',
    policy: '政策原文',
    industries: '行业小类对照',
    embed: '在其他网站使用',
    editors: '内容编辑说明',
    batch: '批量归类',
    contacts: '联系部门',
  },
  footerNavLabel: '更多页面',
  dataLink: '目录数据（JSON）',
  disclaimer:
    '本网站根据《重庆市江北区服务市场监管领域“四新经济”发展实施包容审慎监管办法（试行）》整理，仅供参考，不是行政决定。本办法为试行，原文没有写明有效期，目前是否仍在执行，请向区市场监督管理局确认。具体以区市场监督管理局和有关主管部门的认定为准。',
  breadcrumbLabel: '当前位置',
  inferredBadge: '归类待确认',
  sourceFile: '内容文件：',
  colon: '：',
  none: '无',
  listSeparator: '、',

  home: {
    title: '江北区“四新经济”包容审慎监管',
    description: '江北区对“四新经济”企业实行包容审慎监管。查询您的经营范围是否在行业分类目录内，了解可以享受的措施。',
    lede: '江北区对新技术、新产业、新业态、新模式（“四新经济”）市场主体实行包容审慎监管：登记更便利，监管更有弹性，安全底线不放松。',
    searchHeading: '先查一查：您的业务在目录里吗？',
    offersHeading: '政策为“四新经济”企业提供什么',
    /** Policy points that no checker measure covers; the measures themselves come from the published rules. */
    otherOffers: [
      {
        title: '名称和经营范围',
        text: '进一步放宽名称登记限制，及时把反映新业态特征的经营范围表述纳入登记范围。',
        clauses: ['4.2'],
      },
      {
        title: '规范监管执法',
        text: '全面推行“双随机、一公开”和“互联网+监管”，提高监管执法信息公开率。',
        clauses: ['4.3'],
      },
    ] as Offer[],
    safeguardsHeading: '政策同时坚守的监管底线',
    offersNote: '以上是政策要点的通俗说明，以政策原文为准。',
    citedBy: '依据：',
    nextHeading: '接下来',
    checkerText: '回答几个问题，看看哪些措施适用于您的企业，需要准备什么。',
    directoryText: (level1: number, level2: number, level3: number) =>
      `${level1} 个领域、${level2} 个二级分类、${level3} 个三级方向，每个方向列出对应的国民经济行业小类和重点产品。`,
    policyText: '通知、办法和目录指引的全文，每一条都可以直接链接。',
  },

  searchForm: {
    label: '经营范围或关键词',
    hint: '可以粘贴营业执照上的整段经营范围，也可以只输入一个词，例如“工业机器人制造”，或行业代码“6513”。',
    submit: '查询',
  },

  policy: {
    title: '政策原文',
    description: '重庆市江北区服务市场监管领域“四新经济”发展实施包容审慎监管办法（试行）及其通知、附件的全文。',
    lede: '以下为政策原文，文字未作改动。每个条款都有固定的链接（例如本页地址加 #clause-4-2），可以直接引用。',
    trialNote:
      '本办法标题注明“试行”，于 2021 年 12 月 30 日印发（江北府办发〔2021〕79号），原文没有写明有效期。本站无法确认它目前是否仍在执行，请向江北区市场监督管理局确认。',
    tocLabel: '本页目录',
  },

  directory: {
    title: '行业分类目录',
    description: '江北区新技术新产业新业态新模式行业分类目录指引：全部分类及对应的国民经济行业小类。',
    lede: (level1: number, level2: number, level3: number) =>
      `目录分三级：${level1} 个一级分类（领域）、${level2} 个二级分类，以及 ${level3} 个三级方向。每个三级方向列出对应的《国民经济行业分类》（GB/T 4754-2017）小类和重点产品、服务。`,
    inferredNote: (count: number) =>
      `其中 ${count} 个方向标有“归类待确认”：国家分类未公布新材料产业（3）这些条目的二、三级归属，本目录按名称把它们归入二级分类，这一归类待确认，不影响它们是否属于目录。`,
    sourcesHeading: '目录从哪里来，为什么不是 355 个小类',
    sources: (industries: number) => [
      '一级、二级分类的代码和名称，来自政策附件《江北区新技术新产业新业态新模式行业分类目录指引（2021）》的目录表。',
      '三级方向、每个方向对应的《国民经济行业分类》（GB/T 4754-2017）小类和重点产品，来自国家统计局《战略性新兴产业分类（2018）》（国家统计局令第23号）与国民经济行业分类的对照表。政策附件只列到二级分类，三级及以下是国家分类的内容，不是江北区另行制定的。',
      `政策原文第三条说，“四新经济”具体细化为 355 个行业小类，但没有列出是哪些。按上述对照表，本目录共涉及 ${industries} 个国民经济行业小类，与 355 不同；两个数字的差别，政策原文没有说明。`,
      '这些国家分类数据取自公开的整理版本，不是国家统计局的正式文件。是否属于目录，以正式公布的分类和各行业主管部门的认定为准。',
    ],
    sourcesLink: '政策第三条',
    treeLabel: '全部分类',
    otherWays: '也可以按行业代码查找：',
  },

  category: {
    levelName: { 1: '一级分类', 2: '二级分类', 3: '三级方向' } as Record<1 | 2 | 3, string>,
    description: (name: string, level: string) => `${name}（${level}）：对应的国民经济行业小类和重点产品、服务。`,
    codeLabel: '代码',
    noCode: '国家分类没有为三级方向编号',
    childrenHeading: { 1: '二级分类', 2: '三级方向' } as Record<1 | 2, string>,
    directionCount: (n: number) => `（${n} 个三级方向）`,
    /** The GB/T 4754 classes of a direction, listed under its link on the level-2 page. */
    directionIndustries: (list: Array<{ code: string; name: string; partial: boolean }>) =>
      `行业小类：${list.map((i) => `${i.code} ${i.name}${i.partial ? '*' : ''}`).join('、')}`,
    industriesHeading: '对应的国民经济行业小类',
    industriesCaption: (name: string) => `${name}对应的《国民经济行业分类》（GB/T 4754-2017）小类`,
    industryCode: '行业代码',
    industryName: '行业名称',
    industryScope: '范围',
    scopeWhole: '全部',
    scopePartial: '部分 *',
    partialExplanation:
      '“部分 *”表示这个行业小类只有部分活动属于本方向（即原分类表中带 * 号的小类），同一小类的其他活动不一定在目录内；“全部”表示整个小类都属于本方向。',
    partialMarkExplanation:
      '行业小类后带 * 的，表示这个小类只有部分活动属于该方向（即原分类表中带 * 号的小类），其他活动不一定在目录内。',
    productsHeading: '重点产品和服务',
    inferredTitle: '归类待确认：',
    inferredText: (parent: string) =>
      `国家分类未公布这一层的归属，本方向归入“${parent}”是按名称确定的，目录归类待确认；这不影响它属于目录。以国家统计局公布的分类表和主管部门的认定为准。`,
    treeHeading: (field: string) => `浏览“${field}”的全部分类`,
    fieldTreeLabel: (field: string) => `${field}的分类`,
  },

  industries: {
    title: '行业小类对照表',
    description: '目录涉及的全部国民经济行业小类（GB/T 4754-2017），以及每个小类所属的目录分类。',
    lede: (count: number) =>
      `目录共涉及《国民经济行业分类》（GB/T 4754-2017）中的 ${count} 个小类（政策原文第三条说的是 355 个行业小类，差别见本页末尾的说明）。知道企业的行业代码时，可以在这里找到它属于目录中的哪些方向。`,
    caption: '行业小类及其所属的目录分类',
    code: '行业代码',
    name: '行业名称',
    categories: '所属分类',
    partialMark: '*',
    partialExplanation: '分类名称后带 * 的，表示这个小类只有部分活动属于该分类。',
    partialLabel: '（部分）',
  },

  search: {
    title: '查询经营范围',
    description: '粘贴营业执照上的经营范围或输入业务描述，查询是否属于江北区“四新经济”行业分类目录。',
    lede: '粘贴营业执照上的经营范围，或者用几个词描述您的业务，看看属于目录中的哪些分类。',
    fallbackHeading: '无法使用查询时',
    fallbackText:
      '查询在您的浏览器中进行，需要启用 JavaScript。如果上面的查询没有显示结果，可以改用下面的方法自己对照：',
    alternatives: [
      { key: 'directory', text: '按领域浏览分类目录，逐级找到您的业务' },
      { key: 'industries', text: '知道国民经济行业代码（如 6513）的，在行业小类对照表中查找' },
      { key: 'contacts', text: '向区市场监督管理局等部门咨询' },
    ] as Array<{ key: 'directory' | 'industries' | 'contacts'; text: string }>,
  },

  batch: {
    title: '批量归类',
    description:
      '把企业名册（CSV 或 Excel）整批归入“四新经济”行业分类目录，得到每家企业的结果、汇总数字和图表。文件只在您的电脑上处理。',
    lede: '供统计、市场监管等部门使用：把登记系统导出的企业名册整批归入目录，测算“四新经济”的规模、结构和速度。每家企业得到一行结果，并汇总为数字、表格和图表。',
    privacyHeading: '数据不会离开您的电脑',
    privacyText:
      '文件在您的浏览器中读取和归类，不会上传到任何服务器，也不会被记录。本页面的内容安全策略（CSP）只允许浏览器连接本站，并且只用于读取目录数据（页面打开时就已读取）；浏览器会拒绝向其他任何地址发送数据。您也可以在页面打开后断开网络再选择文件。',
    noScriptHeading: '本页面需要 JavaScript',
    noScriptText: '归类在您的浏览器中进行，需要启用 JavaScript。也可以在电脑上用命令行完成同样的工作（需要 Node.js）：',
    noScriptCommand: 'npx sixin classify 名册.csv --report 报告.html',
    fileLabel: '选择企业名册文件',
    fileHint:
      'CSV（UTF-8、带 BOM 的 UTF-8 或 GB18030/GBK，自动识别）或 Excel 工作簿（.xlsx），第一行为表头，其中一列是经营范围。也可以把文件拖到这里。',
    optionsLegend: '读取方式',
    scopeColumn: '经营范围所在的列',
    idColumn: '企业标识列（如统一社会信用代码）',
    dateColumn: '成立日期列（用于按年份统计，可不选）',
    encoding: '文件编码',
    encodingAuto: '自动识别',
    sheet: '工作表',
    noColumn: '（不使用）',
    start: '开始归类',
    cancel: '取消',
    reading: '正在读取文件……',
    loadingIndex: '正在准备目录数据……',
    indexFailed: '目录数据没有加载成功，请刷新页面后重试。',
    progress: '已归类 {rows} 行（{percent}%），每秒 {rate} 行，剩余约 {eta}',
    cancelled: '已取消，没有生成结果。',
    resultHeading: '归类结果',
    downloadsHeading: '下载',
    downloadCsv: '下载结果文件（CSV，每家企业一行）',
    downloadReport: '下载报告（HTML，含图表，可离线打开和打印）',
    problemsHeading: '未能读取的行',
    unexpected: '处理时出现意外错误：',
    cliHeading: '更大的名册',
    cliText: '几十万行以上的名册，在命令行中处理更快（使用电脑的全部处理器核心）：',
    cliCommand:
      'npx sixin classify 名册.csv --column 经营范围 --id-column 统一社会信用代码 --date-column 成立日期 --out 结果.csv --report 报告.html',
  },

  checker: {
    title: '资格自查',
    description: '回答几个问题，了解江北区“四新经济”包容审慎监管的哪些措施适用于您的企业。',
    lede: '回答几个问题，看看哪些措施适用于您的企业、依据是哪一条、需要准备什么。结果仅供参考，不是行政决定。',
    fallbackHeading: '无法使用自查工具时',
    fallbackText: '自查工具在您的浏览器中运行，需要启用 JavaScript。无法使用时，可以按以下步骤自己对照：',
    steps: [
      { key: 'directory', text: '在分类目录中确认您的业务属于“四新经济”。' },
      { key: 'policy', text: '阅读政策原文第四条“主要措施”，特别是（二）市场准入和（四）包容审慎制度。' },
      { key: 'contact', text: '带上营业执照或拟登记的经营范围，向区市场监督管理局或有关主管部门咨询。' },
    ] as Array<{ key: 'directory' | 'policy' | 'contact'; text: string }>,
    howText: '工具问什么、每种回答得出什么结论、每句话依据哪一条，都公开在“',
    howLink: '自查工具如何判断',
    howEnd: '”页面。',
  },

  howItDecides: {
    title: '自查工具如何判断',
    description: '资格自查的每个问题、每条判断规则和结果中的每一句话，以及它们依据的政策原文。',
    lede: '资格自查工具的每个问题、每种回答得出的结论，以及结论中的每一句话和它依据的政策原文，都列在本页。本页由工具使用的同一份规则文件生成，与工具的判断一致：法律审核人员可以逐句核对，公众可以据此了解结果从何而来。',
    readHeading: '怎样读这一页',
    read: (paths: number) => [
      '转述政策的句子，下方列出所依据条款的原文，转述用到的原词以粗体标出。',
      '标有“政策外说明”的句子不是本办法的规定，注明了来源：法律条文，或者“本办法未作规定”“本办法未作定义”。',
      '只告诉人怎样回答问题的句子，标为“答题说明”。',
      '每项措施的情形按顺序比对，第一条符合回答的情形给出结论。',
      `工具逐一检查了全部 ${paths.toLocaleString('zh-CN')} 种回答组合：每种组合下，每项措施都有且只有一个结论。`,
      '工具不判断某件事是否违法、是否触碰监管“红线”，只说明由谁认定。',
    ],
    tocLabel: '本页目录',
    questionsHeading: '问题',
    questionsIntro: '工具一页问一个问题，从第一题开始；每个回答决定接下来问哪一题。',
    answer: '回答',
    then: '接下来',
    toResult: '显示结果',
    suggested: (option: string) =>
      `经营范围查询显示很可能属于目录中的分类，或在目录中选择了分类时，预先选中“${option}”，仍由本人确认或改选；只是“可能属于，需核实”的查询结果不预先选中任何回答。`,
    licensedNote: '经营范围查询发现“许可项目”时，问题下方还显示：',
    termsLabel: '问题下解释的术语：',
    measuresHeading: '各项措施如何得出结论',
    cites: '政策依据：',
    summary: '措施内容',
    counts: (paths: number, applies: number, may: number, not: number) =>
      `在 ${paths.toLocaleString('zh-CN')} 种回答组合中：适用 ${applies} 种，可能适用 ${may} 种，不适用 ${not} 种（不计经营范围查询发现“许可项目”的情形）。`,
    caseLabel: (n: number) => `情形 ${n}`,
    condition: (question: string, options: string[]) => `“${question}”回答“${options.join('”或“')}”`,
    conditionJoin: '，并且',
    licensed: (found: boolean): string => (found ? '经营范围查询发现了“许可项目”' : '经营范围查询没有发现“许可项目”'),
    otherwise: '前面的情形都不符合时',
    when: (conditions: string) => `当${conditions}时`,
    conclusion: '结论：',
    decides: (n: number) => `这一情形决定 ${n.toLocaleString('zh-CN')} 种回答组合的结论。`,
    basis: '依据',
    outside: '政策外说明',
    source: '来源：',
    instruction: '答题说明',
    expectationsIntro: '结果显示“本办法的适用范围：适用”时，在各项措施之后列出：',
    glossaryHeading: '术语解释',
    contactsHeading: '联系部门',
    sourcesHeading: '政策外说明的来源',
    sourcesIntro: '工具说的话，除转述政策原文以外，只有以下来源：',
    sourceUses: (n: number) => `（用于 ${n} 处）`,
    disclaimerHeading: '提示',
  },

  embed: {
    title: '在其他网站使用这些组件',
    description: '把分类树、经营范围查询和资格自查组件放到其他政府网站上：引入方式、属性、事件和主题。',
    lede: '其他区县和部门的网站可以直接使用本站的组件：引入一个脚本文件，在页面中写上组件标签即可。组件只读取本站公开的数据文件，不使用 Cookie，不向其他地方发送数据。',
    scriptHeading: '引入脚本',
    scriptText: '在页面中加入下面一行。组件会自动注册，同一页面引入两次也不会出错。',
    pinText: (version: string) =>
      `上面的地址始终指向最新版本。如需固定版本，请使用带版本号的地址（当前版本 ${version}）：`,
    selfHostText:
      '把脚本放到自己的服务器上时，请复制它所在的整个文件夹：脚本在需要时才从同一文件夹加载其余部分（检索程序、英文文字、数据问题的说明）。',
    standaloneText: (size: string) =>
      `只能上传单个文件时，请改用包含全部内容的版本。它不再加载其他文件，但每个页面都要下载全部内容（gzip 压缩后 ${size}）：`,
    noBundle:
      '组件脚本尚未构建，本站暂未发布 /widgets/sixin-elements.js。构建组件包（packages/elements）后重新构建网站即可发布。',
    securityHeading: '内容安全策略、跨域访问和完整性校验',
    cspText:
      "贵网站设置了内容安全策略（Content-Security-Policy）时，请在其中加入下面几项（把地址换成本站的地址）。script-src 允许加载组件脚本及其同一文件夹中的其余部分，connect-src 允许读取数据文件；组件使用 Trusted Types 策略 lit-html，'allow-duplicates' 让页面上的第二份组件脚本或贵网站自己使用的 Lit 也能创建同名策略，否则后加载的一方会出错，组件无法注册。组件不需要 'unsafe-inline' 或 'unsafe-eval'，也不需要修改 style-src。",
    corsText:
      '组件从其他网站加载脚本和数据，浏览器会按跨域规则检查。本站（以及自行托管组件和数据的网站）需要为 /widgets/ 和 /data/ 两个文件夹发送下面的响应头。组件请求时从不携带 Cookie，所以允许任何来源是安全的。',
    sriText: (version: string) =>
      `需要完整性校验（Subresource Integrity）的网站，请使用带版本号的单文件版本 ${version}，并照原样写上 integrity 和 crossorigin。不要对始终指向最新版本的地址使用 integrity（发布新版本后校验会失败），也不要对拆分加载的 sixin-elements.js 使用：它在需要时才加载的其余文件不在 integrity 的校验范围内。`,
    dataHeading: '数据文件',
    dataText:
      '组件读取以下数据文件，也可以直接下载使用。地址固定，内容随目录更新。需要固定数据的网站，请用目录某一版的地址 /data/<日期>/（如 /data/2021-12-30/search-index.json），它的内容永不改变；历次版本见“目录的修订”页面。',
    dataFile: '文件',
    dataSize: '大小',
    sizeWithGzip: (raw: string, gzip: string) => `${raw}（gzip 压缩后 ${gzip}）`,
    dataCaption: '本站发布的数据文件',
    /** What each published data file holds (the `sixin export` artifacts); a file not listed shows its English note. */
    dataDescriptions: {
      'directory.json': '经过校验的完整目录：各级分类、国民经济行业小类、所引条款的标题',
      'tree.json': '不含产品列表和注释的目录，供分类树组件使用（约为 directory.json 的五分之一）',
      'rules.json': '资格自查的问题、措施和结论，以及所引条款的标题',
      'search-index.json': '经营范围查询的索引：目录词汇、国民经济行业名称和注释、拼音',
    } as Record<string, string>,
    noData: '尚未生成数据文件。运行网站构建（npm run build -w @sixin/site）会生成它们。',
    elementsHeading: '组件',
    noManifest:
      '组件说明文件 custom-elements.json 尚未生成（它由组件包 packages/elements 构建时从源代码注释生成）。生成后重新构建网站，这里会列出每个组件的属性、事件、CSS 变量和部件。',
    attributes: '属性',
    properties: '属性（JavaScript）',
    events: '事件',
    cssProperties: 'CSS 变量',
    cssParts: '部件（::part）',
    slots: '插槽',
    name: '名称',
    type: '类型',
    defaultValue: '默认值',
    meaning: '说明',
    themeHeading: '主题示例',
    themeText:
      '组件的颜色、字体和间距都可以用 CSS 变量调整。下面是同一个分类树换成另一个网站的配色之后的样子，所用的样式写在下方。',
    themeNoVariables: '组件说明中没有找到颜色类的 CSS 变量，无法生成主题示例。',
    defaultTag: (tag: string) => `<${tag}>`,
  },

  editors: {
    title: '内容编辑说明',
    description: '如何修改政策原文和行业分类目录、检查内容、预览网站，以及每种错误提示的含义。',
    lede: '网站的全部内容来自项目中的 content/ 文件夹：政策原文和分类目录都是 Markdown 文件。修改这些文件，检查通过后重新构建网站即可，不需要改动代码。',
    whereHeading: '内容在哪里',
    where: [
      {
        path: 'content/policy/',
        text: '政策原文（通知、办法、附件），逐字保留原文，每个标题末尾的 {#编号} 是条款编号。',
      },
      { path: 'content/directory/', text: '分类目录：一个分类一个文件，文件夹结构与目录树一致。' },
      { path: 'content/README.md', text: '内容格式的完整说明，含各字段的含义和示例。' },
    ],
    categoryHeading: '修改一个分类',
    categorySteps: [
      '找到分类对应的文件：一级分类是 content/directory/<代码>/index.md，二级分类是 content/directory/<一级>/<二级>/index.md，三级方向是 content/directory/<一级>/<二级>/<id>.md。每个分类页面底部写有它的内容文件。',
      '修改文件开头 --- 之间的字段（名称、行业小类、关键词），或正文中“## 重点产品和服务”下的条目。',
      '新材料条目核实归属后，删除 status: inferred 一行；如归属有误，把文件移到正确的二级文件夹并修改 parent。',
      '三级方向的 id 与文件名相同，已发布的 id 不要更改：其他网站可能链接到它的页面。',
    ],
    policyHeading: '修改政策原文',
    policySteps: [
      '政策原文逐字保留，只在原文录入有误时修改。检查命令和网站构建都会把全文与发布的原文（packages/core/data/policy.txt）逐字比对，改动一个字也会指出所在行。',
      '条款编号（标题末尾的 {#4.2}）一经发布不要更改：资格自查和其他网站都用它链接到条款（#clause-4-2）。',
    ],
    checkHeading: '检查内容',
    checkText:
      '在项目根目录运行下面的命令。内容没有问题时会显示各类条目的数量；有问题时逐条列出“文件:行号: 问题和修改方法”。',
    previewHeading: '预览网站',
    previewText:
      '运行下面的命令，在浏览器中打开显示的地址（http://127.0.0.1:4321/）。修改内容文件后页面会自动更新；内容有问题时，浏览器的页面和终端都会显示与检查命令相同的提示。',
    buildText: '正式构建用下面的命令。内容有任何问题时构建会失败并列出问题，已有的网站文件保持不变，不会生成半成品。',
    howtosHeading: '按任务操作',
    howtosIntro:
      '下面每一项都是一件完整的工作，按步骤照做即可。命令都在项目文件夹中运行；每一步都在一份内容副本上实际做过。',
    howtos: [
      {
        id: 'setup',
        title: '第一次使用（只需做一次）',
        steps: [
          { text: '安装 Node.js（20.19 或更高版本，nodejs.org 上的长期支持版）和 git。' },
          {
            text: '向网站维护人员要项目仓库的地址和账号，把项目取到本机，进入项目文件夹：',
            code: 'git clone <仓库地址> sixin\ncd sixin',
          },
          { text: '安装依赖（需要几分钟）：', code: 'npm ci' },
          {
            text: '运行检查命令。看到“内容有效：9 个一级分类……”就准备好了（contacts.yaml 的“提醒”不影响使用）：',
            code: 'npx sixin validate content',
          },
          {
            text: '用纯文本编辑器（如 VS Code、记事本）修改文件，保存为 UTF-8，不要用 Word、WPS。输入冒号、逗号、连字符时切换到英文（半角）标点；写成全角的“：”“，”时，检查命令会指出是哪一行。',
          },
        ],
      },
      {
        id: 'keyword',
        title: '给分类加一个检索词',
        steps: [
          {
            text: '找到分类的文件：打开网站上该分类的页面，页面底部写有它的内容文件，例如 content/directory/1/1.3/xinxing-xinxi-jishu-fuwu.md。',
          },
          {
            text: '在开头两行 --- 之间找到 keywords 一行，把词加到方括号里，词与词之间用半角逗号加空格。没有这一行时，在第二个 --- 之前加一行。',
            code: 'keywords: [芯片设计, 数据标注, 智能控制系统集成, IC设计, 数据处理和存储支持服务, 数据治理]',
          },
          { text: '保存后检查：', code: 'npx sixin validate content' },
          {
            text: '用检索命令确认这个词能找到该分类，结果的“依据”一行写着 ← 关键词 “数据治理”：',
            code: 'npx sixin search "数据治理"',
          },
        ],
      },
      {
        id: 'direction',
        title: '新增一个三级方向',
        steps: [
          { text: '确定方向属于哪个二级分类，在那个文件夹里新建文件，例如 content/directory/1/1.3/。' },
          {
            text: 'id 用方向名称的汉语拼音：全部小写，不带声调，每个词之间用连字符，只能有小写字母、数字和连字符。文件名就是 id 加 .md。例如“数据标注服务”的 id 是 shuju-biaozhu-fuwu，文件名是 shuju-biaozhu-fuwu.md。id 是方向网址的一部分，发布后不要再改。',
          },
          {
            text: 'order 是方向在二级分类中的排序：看同一文件夹里其他方向的 order，排在最后就取最大的数加 1；不要与其他方向重复。',
          },
          {
            text: '查行业小类（GB/T 4754-2017）：网站的“行业小类对照表”（/industries/）列出目录已用的小类和各自所属的方向；国标的全部 1,382 个小类在项目的 packages/core/data/gbt4754_2017.csv 中（用文本编辑器打开，搜索名称，level 为 class 的是四位代码的小类）。name 必须与国标名称一字不差，写错时检查命令会给出正确的名称。',
          },
          {
            text: 'partial 表示这个小类是否只有一部分活动属于本方向：只有部分属于时写 true（相当于国家分类表中带 * 号的小类），整个小类都属于时写 false。',
          },
          {
            text: '写好整个文件：前言之后，在“## 重点产品和服务”下为每个小类写一个“### 代码 名称”小节，每个产品或服务一行，以“- ”开头。',
            code: '---\nid: shuju-biaozhu-fuwu\nname: 数据标注服务\nparent: "1.3"\norder: 5\nindustries:\n  - code: "6550"\n    name: 信息处理和存储支持服务\n    partial: true\nkeywords: [数据标注, 数据清洗]\n---\n\n## 重点产品和服务\n\n### 6550 信息处理和存储支持服务\n\n- 人工智能训练数据标注服务\n- 数据清洗和加工服务',
          },
          {
            text: '检查，再用检索命令确认能找到新方向（结果中“方向: 数据标注服务”）：',
            code: 'npx sixin validate content\nnpx sixin search "数据标注"',
          },
          { text: '新增方向不需要写修订说明；下次发布修订时会自动列为“新增三级方向”。' },
        ],
      },
      {
        id: 'rename',
        title: '给分类改名、改 id 或撤销，并发布修订',
        steps: [
          {
            text: '一级、二级分类的名称来自政策附件，必须与附件一致，不能单独修改（检查命令会报“与政策附件不符”）。附件只能由发文单位重新发文后改动。',
          },
          {
            text: '三级方向改名：只改 name 一行，不改 id 和文件名，网址保持不变。',
            code: 'name: 数据标注和清洗服务',
          },
          {
            text: '已发布的方向改 id（文件名和 id 一起改）、移到另一个二级分类或删除时，要在 content/revisions/unreleased.md（没有就新建）的前言中写明由哪个方向取代（replaced-by），或为什么不再列入（withdrawn）。不写时检查命令会报错，原来的网址也不能失效：',
            code: '---\nreplaced-by:\n  "1.3/hulianwang-anquan-fuwu": "1.3/wangluo-anquan-fuwu"\nwithdrawn:\n  "1.3/某个-id": 不再列入的原因\n---\n\n这次修订的说明。',
          },
          { text: '检查，并查看与上次发布相比改了什么：', code: 'npx sixin validate content\nnpx sixin diff' },
          {
            text: '修改获得批准后（见“发布到网站”），由网站维护人员发布修订：写出 content/revisions/<日期>.md 和同名 .json，并删除 unreleased.md。网站的“目录修订”页面（/directory/changes/）随之更新。',
            code: 'npx sixin release --date 2022-06-01 --basis "文号或通知" --summary "改了什么、为什么"',
          },
        ],
      },
      {
        id: 'search',
        title: '用检索命令核对效果',
        steps: [
          {
            text: '粘贴一段经营范围或几个词，看会归入哪些分类、依据是什么。命令读的是本机正在修改的内容，不必先构建网站：',
            code: 'npx sixin search "一般项目：数据处理服务；人工智能应用软件开发"',
          },
          {
            text: '结果按相关程度排序，“依据”说明匹配到的是分类名称、方向名称、关键词还是重点产品；“逐条结果”列出经营范围的每一项，标着（未匹配）的项目在目录中没有找到。应当找到却没有找到、或者归错时，补充关键词或重点产品，再检索一次。',
          },
        ],
      },
      {
        id: 'preview',
        title: '在浏览器中预览',
        steps: [
          { text: '启动预览：', code: 'npm run dev -w @sixin/site' },
          {
            text: '在浏览器中打开 http://127.0.0.1:4321/。新方向的页面是 /directory/<二级代码>/<id>/，例如 /directory/1.3/shuju-biaozhu-fuwu/。',
          },
          {
            text: '修改并保存内容文件后，页面会自动更新。内容有问题时，浏览器中的页面会换成错误提示框，列出与检查命令相同的“文件:行号: 问题和修改方法”（终端中也会显示）；改正并保存后页面自动恢复。按 Ctrl+C 结束预览。',
          },
        ],
      },
      {
        id: 'editor',
        title: '在浏览器中编辑（不用文本编辑器）',
        steps: [
          {
            text: '在项目文件夹中启动编辑环境（网站预览和本机的 decap-server 一起启动），看到“编辑器已就绪”后在浏览器中打开 http://127.0.0.1:4321/admin/ ，点“登录”：',
            code: 'npm run edit',
          },
          {
            text: '左侧是一级分类、二级分类和各二级分类下的三级方向。每个栏目的说明与上面的规则相同；行业小类从国标 GB/T 4754-2017 的全部小类中选择（可输入代码或名称查找），上级分类从现有分类中选择。“自查规则表单”按栏目编辑 questions.yaml 和 measures.yaml：条款编号从政策原文的条款中选择，保存时只改动改过的值，文件中的注释保持原样；要改注释时用“自查规则”中的整个文件文本。',
          },
          {
            text: '点“发布”→“立即发布”保存。保存前浏览器会运行与检查命令相同的检查：有问题时不保存，页面上方列出“文件:行号: 问题和修改方法”；没有问题时修改直接写入本机的 content 文件夹（只有修订记录 revisions/ 的检查不在浏览器中做，提交前仍运行 npx sixin validate content）。',
          },
          {
            text: '修改写在本机，之后按下面“发布到网站”一节提交分支、发起合并请求。按 Ctrl+C 结束编辑环境。',
          },
          {
            text: '在网站上直接编辑（不装任何软件）：网站维护人员在 site/src/site-config.ts 中把 ADMIN_BACKEND 设为部门的代码托管平台（GitLab、Gitea 或 GitHub，例如下面一行），并在平台上为编辑人员开账号。此后每次保存都成为一个分支和一个合并请求，照常由主管部门确认、区市场监督管理局审核后合并。',
            code: "ADMIN_BACKEND = { name: 'gitlab', repo: '部门/sixin', base_url: 'https://git.example.gov.cn', api_root: 'https://git.example.gov.cn/api/v4', app_id: '…', auth_type: 'pkce' }",
          },
          {
            text: "编辑页的安全策略：/admin/ 页面自带一条内容安全策略（Content-Security-Policy，写在页面的 meta 中，只允许本网站的脚本和设置的代码托管平台）。服务器还应为 /admin/ 发送同样的响应头，并加上 frame-ancestors 'none'（禁止别的网站把编辑页嵌入框架，meta 中写了也不生效）。按上面一行的平台，nginx 的写法如下；平台地址不同时把 https://git.example.gov.cn 换成部门的地址：",
            code: "location /admin/ {\n  add_header Content-Security-Policy \"default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self' https://git.example.gov.cn; img-src 'self' data: blob: https://git.example.gov.cn; font-src 'self'; frame-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'\" always;\n}",
          },
        ],
      },
      {
        id: 'publish',
        title: '发布到网站，以及由谁批准',
        steps: [
          {
            text: '把修改提交到一个新分支，推送后在代码托管平台上发起合并请求，写明修改内容和依据：',
            code: 'git checkout -b 修改说明\ngit add content\ngit commit -m "新增数据标注服务方向"\ngit push -u origin HEAD',
          },
          {
            text: '谁来批准：按《办法》“四、主要措施”（一），目录由各行业主管部门制定并适时动态调整；按“五、保障措施”（一），这项工作由区市场监督管理局牵头。因此分类归属的修改由相关行业主管部门确认，区市场监督管理局审核合并请求；政策原文不在编辑范围内，只有原文录入有误时才改。',
          },
          {
            text: '批准后由网站维护人员合并并构建网站。内容有任何问题时构建失败并列出问题，原有网站文件不变；构建成功后把 site/dist 文件夹发布到服务器。',
            code: 'npm run build -w @sixin/site',
          },
        ],
      },
    ] as HowTo[],
    errorsHeading: '错误提示的含义',
    errorsText: (count: number) =>
      `检查命令和网站构建可能给出以下 ${count} 种提示（这张表直接由检查程序的提示文字生成）。尖括号中的内容在实际提示中会换成具体的文件、字段或代码。`,
    errorsCaption: '内容检查的全部提示',
    errorCode: '提示类型',
    errorZh: '提示（中文）',
    errorEn: '提示（英文）',
    placeholder: (name: string) => `〈${PLACEHOLDER_NAMES_ZH[name] ?? name}〉`,
    placeholderEn: (name: string) => `<${name}>`,
  },

  // ---- issue 20b: embedding in five minutes, contacts, JavaScript off, policy status and freshness ----
  embedQuick: {
    heading: '五分钟接入',
    text: '复制下面任意一段代码，粘贴到贵网站页面的 <body> 中即可使用。每一段都是完整的：脚本、数据和链接都指向本站，不需要再改地址。需要固定版本、设置内容安全策略或自行托管时，请看后面的说明。',
    widgets: {
      tree: { title: '分类树', text: '“四新经济”行业分类目录，可展开、可用键盘浏览；点击分类打开本站的分类页面。' },
      search: {
        title: '经营范围查询',
        text: '粘贴营业执照上的经营范围，看属于哪些分类、为什么；结果链接到本站的分类页面。',
      },
      checker: {
        title: '资格自查',
        text: '回答几个问题，看哪些措施适用、依据哪一条、下一步怎么办；政策条款、联系方式都链接到本站。',
      },
    } as Record<'tree' | 'search' | 'checker', { title: string; text: string }>,
    copy: '复制代码',
    copied: '已复制',
    copyFailed: '无法自动复制，请选中代码后按 Ctrl+C（Mac 上按 ⌘C）复制。',
    copyHint: '不能使用“复制代码”按钮时，可以直接选中代码复制。',
    linksText:
      '链接地址也可以改成贵网站自己的页面：{id} 会被替换为分类编号，{anchor} 会被替换为政策条款的位置。不写链接地址时，组件的链接同样指向本站（而不是贵网站的同名路径）。',
    troubleHeading: '接入排错',
    troubleIntro:
      '按照上面的代码接入后仍有问题，多半是下面三种情况之一。请先打开浏览器的开发者工具（F12），查看“控制台”（Console）中的报错。',
    troubles: [
      {
        symptom: '组件位置一片空白，或只显示原来的文字',
        cause:
          '脚本没有加载。控制台中有“CORS”“blocked by CORS policy”或“Content Security Policy”字样时，是跨域设置或贵网站的内容安全策略拦截了脚本。',
        fix: '提供组件的网站要为 /widgets/ 和 /data/ 发送下面“跨域访问”中的响应头；贵网站设置了内容安全策略时，请加入下面列出的几项。也请检查 <script> 的 src 是否写了完整地址（以 https:// 开头），并带有 type="module"。',
      },
      {
        symptom: '组件显示出来了，但提示“数据加载失败”或一直在加载',
        cause: '数据地址不对，或数据文件被跨域设置拦截。',
        fix: '检查 src（以及资格自查的 search-src、tree-src）是否是完整地址并能在浏览器中直接打开：分类树用 /data/tree.json，经营范围查询用 /data/search-index.json，资格自查用 /data/rules.json。',
      },
      {
        symptom: '点击结果中的链接，打开的是贵网站的 404 页面',
        cause: '链接地址（href-template 等）写成了以 / 开头的相对地址，浏览器会在贵网站上打开它。',
        fix: '使用上面代码中的完整链接地址，或者删除这些属性（组件会链接到本站）；只有贵网站确实有对应页面时才写相对地址。',
      },
    ],
    troubleCause: '原因',
    troubleFix: '解决办法',
  },
  contacts: {
    title: '联系部门',
    description: '资格自查结果中“请向以下部门确认”所指的部门：名称，以及已核实的地址、电话、办公时间和网上渠道。',
    lede: '下面是政策中提到的部门。地址、电话、办公时间和网上渠道由本站编辑逐项核实后填写；尚未核实的项目不显示，请通过政府网站或政务服务热线查询。',
    address: '地址',
    phone: '电话',
    hours: '办公时间',
    online: '网上渠道',
    note: '说明',
    checked: (date: string) => `以上信息核实于 ${date}`,
    notChecked: '尚未核实联系方式。',
    nothingKnown: '本站尚未核实该部门的地址、电话和办公时间。',
    leadHeading: '牵头部门',
    authorityHeading: '您所在行业的主管部门',
    authorityText: '办法第五条第一项列明的有关部门如下。请向与您的行业对应的部门咨询。',
  },
  admin: ADMIN_STRINGS['zh-CN'],
  status: {
    heading: '政策信息',
    number: '文号',
    issued: '成文日期',
    trial: '性质',
    trialValue: '试行（原文未写明有效期）',
    source: '来源',
    validity: '现行有效性请向区市场监督管理局核实。',
    readPolicy: '阅读政策原文',
  },
  freshness: {
    updated: (date: string) => `内容更新于 ${date}`,
    feedback: '我要纠错',
    printedFrom: (url: string) => `打印自 ${url}`,
  },
  noJs: {
    searchHeading: '浏览器没有运行 JavaScript',
    searchText: '经营范围查询需要 JavaScript，您粘贴的文字没有被查询（按浏览器的“后退”可以回到刚才的文字）。您可以：',
    searchDirectory: '打开完整的分类目录，用浏览器的“页内查找”（Ctrl+F，手机上在浏览器菜单中）查找经营范围中的关键词；',
    searchIndustries: '或打开行业小类对照表，按国民经济行业名称查找。',
    checkerHeading: '资格自查需要 JavaScript',
    checkerText: '资格自查要根据您的回答逐步提问，必须在浏览器中运行 JavaScript。您的浏览器没有运行它。您也可以：',
    checkerPolicy: '阅读政策原文，其中第四条列出了各项措施和适用条件；',
    checkerDirectory: '在分类目录中查找您的行业；',
    checkerContacts: '直接向区市场监督管理局等部门咨询。',
  },
  plainWords: {
    filterLabel: '筛选行业小类',
    filterHint: '输入名称或代码的一部分，例如“软件”或“6511”。',
    filterCount: '显示 {shown} / {total} 行',
  },

  // Directory revisions (issue 18): the changes page, its feed, each category's history, pages of retired ids.
  changes: {
    title: '目录的修订',
    description: '江北区“四新经济”行业分类目录的每一次修订：日期、依据和改动。',
    lede: '政策规定，行业分类目录要“适时动态调整”。这里按时间从新到旧列出目录的每一次修订：哪天、依据什么、改了什么。某个业务以前查到的结果现在是否不同，可以在这里对照。',
    unreleasedHeading: '尚未发布的修改',
    unreleasedText: '本站目前显示的目录已经包含以下修改，但它们还没有作为一次修订正式发布：',
    revisionHeading: (date: string) => `${date} 版`,
    basisLabel: '依据：',
    changesLabel: '改动：',
    firstRevision: '这是目录的第一版。',
    noChanges: '与上一版相比，分类、行业小类和检索词都没有变化。',
    dataLabel: '这一版的数据文件：',
    feedText: '其他网站和媒体可以订阅修订的 Atom 源：',
    feedTitle: '江北区“四新经济”行业分类目录的修订',
    feedEntryTitle: (date: string) => `行业分类目录 ${date} 版`,
    directoryLink: (date: string) => `目录现行版本：${date} 版（查看历次修订）`,
  },
  categoryHistory: {
    heading: '修订记录',
    since: (date: string) => `自 ${date} 版起列入目录。`,
    unreleased: '尚未发布的修改',
    revision: (date: string) => `${date} 版`,
    none: '列入目录以来没有改动。',
  },
  retired: {
    title: (name: string) => `${name}（已不在目录中）`,
    description: (name: string) => `“${name}”已不在江北区“四新经济”行业分类目录中：何时、为什么，以及现在看哪里。`,
    removed: (last: string, removedIn: string | null) =>
      removedIn
        ? `这个分类列在目录的 ${last} 版中，自 ${removedIn} 版起不再列入。`
        : `这个分类列在目录的 ${last} 版中；尚未发布的修改已把它从目录中去掉。`,
    replacedBy: '它现在是：',
    withdrawnLabel: '说明：',
    changesLink: '查看目录的历次修订',
  },
  notFound: {
    title: '找不到这个页面',
    description: '找不到这个页面。',
    text: '地址可能输错了，或者页面已经移动。可以从下面的页面重新开始：',
  },

  build: {
    exportFailed: '内容有问题（见上方列出的“文件:行号”），网站没有构建；原有的网站文件保持不变。',
    exportFailedDev:
      '内容有问题（见上方列出的“文件:行号”）。预览仍会启动：浏览器中的每个页面都会显示这些问题，改正并保存文件后页面自动更新。',
    astroFailed: '网站构建失败（见上方输出）；原有的网站文件保持不变。',
    built: (dir: string, ms: number) => `网站已构建到 ${dir}（用时 ${(ms / 1000).toFixed(1)} 秒）`,
    widgetsPublished: (version: string) =>
      `已发布组件脚本 /widgets/sixin-elements.js 和 /widgets/${version}/sixin-elements.js`,
    widgetsMissing: (path: string) => `未找到组件脚本 ${path}：网站仍可构建，页面在没有组件的情况下照常可用。`,
    unknownOption: (option: string) => `未知选项 ${option}；可用选项：--prepare-only`,
  },
};

/** Names of validator message parameters, as editors read them in the error table. */
const PLACEHOLDER_NAMES_ZH: Record<string, string> = {
  path: '路径',
  reason: '原因',
  field: '字段',
  example: '示例',
  allowed: '可用字段',
  code: '代码',
  folder: '文件夹',
  expected: '应有的位置或名称',
  id: 'id',
  file: '文件名',
  parent: '上级',
  other: '另一处',
  name: '名称',
  suggestion: '建议的代码',
  levelZh: '层级',
  level: '层级',
  heading: '小节标题',
  clause: '条款编号',
  known: '已有的各项（逐个列出）',
  // Parameters of the input-method and published-policy messages.
  line: '行号',
  key: '字段名',
  char: '误用的字符',
  before: '前一个词',
  after: '后一个词',
  reasonZh: '原因',
  got: '文件中的文字',
  want: '发布的原文',
  published: '发布时的条款编号',
  anchor: '链接锚点',
  title: '标题',
  text: '这一行的文字',
  sentence: '句子',
  term: '原文用词',
  source: '来源',
  cites: '所引条款',
};

export type Strings = typeof zhCN;

const en: Strings = {
  lang: 'en',
  siteName: 'Jiangbei “four new” economy: inclusive and prudent regulation',
  titleSeparator: ' · ',
  skipLink: 'Skip to main content',
  mainNavLabel: 'Main',
  nav: {
    home: 'Home',
    search: 'Search',
    checker: 'Eligibility check',
    directory: 'Directory',
    policy: 'The policy',
    industries: 'Industry classes',
    embed: 'Use on other sites',
    editors: 'For content editors',
    batch: 'Batch classification',
    contacts: 'Contacts',
  },
  footerNavLabel: 'More pages',
  dataLink: 'Directory data (JSON)',
  disclaimer:
    'Compiled from the Jiangbei district measures for inclusive and prudent regulation of the “four new” economy (trial). Guidance only, not an administrative decision. The measures are a trial and state no period of validity: ask the district market regulation bureau whether they are still in force. The district market regulation bureau and the competent departments decide.',
  breadcrumbLabel: 'You are here',
  inferredBadge: 'placement to be confirmed',
  sourceFile: 'Content file: ',
  colon: ': ',
  none: 'none',
  listSeparator: ', ',

  home: {
    title: 'Jiangbei “four new” economy: inclusive and prudent regulation',
    description:
      'Jiangbei district regulates new-technology, new-industry, new-format and new-model businesses inclusively. Check whether your business scope is in the directory and what the measures offer.',
    lede: 'Jiangbei district regulates businesses in new technologies, industries, formats and models (the “four new” economy) inclusively and prudently: easier registration, more flexible supervision, and firm safety lines.',
    searchHeading: 'First check: is your business in the directory?',
    offersHeading: 'What the policy offers “four new” businesses',
    otherOffers: [
      {
        title: 'Names and business scope',
        text: 'Company-name rules are relaxed further, and business-scope wording for new formats is added to registration promptly.',
        clauses: ['4.2'],
      },
      {
        title: 'Regular, transparent supervision',
        text: 'Random inspections with published results and Internet Plus supervision are applied across the board, and more enforcement information is made public.',
        clauses: ['4.3'],
      },
    ],
    safeguardsHeading: 'The bottom lines the policy keeps',
    offersNote: 'A plain-language summary; the policy text prevails.',
    citedBy: 'Source: ',
    nextHeading: 'Next',
    checkerText: 'Answer a few questions to see which measures apply to your business and what to prepare.',
    directoryText: (level1: number, level2: number, level3: number) =>
      `${level1} fields, ${level2} categories and ${level3} directions, each with its industry classes and key products.`,
    policyText: 'The notice, the measures and the directory guide in full, with a link to every clause.',
  },

  searchForm: {
    label: 'Business scope or keyword',
    hint: 'Paste the whole business scope from your licence, or type a few words such as 工业机器人制造, or an industry code such as 6513.',
    submit: 'Search',
  },

  policy: {
    title: 'The policy',
    description:
      'The full text of the Jiangbei district measures for inclusive and prudent regulation of the “four new” economy, with the notice and the annex.',
    lede: 'The policy as published, unchanged. Every clause has a fixed link (this page’s address plus #clause-4-2, for example).',
    trialNote:
      'The measures are marked “trial” (试行), were issued on 30 December 2021 (江北府办发〔2021〕79号) and state no period of validity. This site cannot tell whether they are still in force: ask the Jiangbei District Administration for Market Regulation.',
    tocLabel: 'On this page',
  },

  directory: {
    title: 'Industry directory',
    description:
      'The Jiangbei directory of new technologies, industries, formats and models: every category and its GB/T 4754-2017 industry classes.',
    lede: (level1: number, level2: number, level3: number) =>
      `The directory has three levels: ${level1} fields, ${level2} categories and ${level3} directions. Each direction lists its GB/T 4754-2017 industry classes and key products and services.`,
    inferredNote: (count: number) =>
      `${count} directions are marked “placement to be confirmed”: the national classification does not publish the lower levels of the new-materials field (3), so these were placed by their names; whether they are in the directory is not affected.`,
    sourcesHeading: 'Where the directory comes from, and why it is not 355 classes',
    sources: (industries: number) => [
      'The codes and names of levels 1 and 2 come from the table in the policy’s annex, the Jiangbei directory guide (2021).',
      'The level-3 directions, their GB/T 4754-2017 industry classes and key products come from the National Bureau of Statistics’ Strategic Emerging Industries Classification (2018) (NBS order 23) and its mapping to the national industry classification. The annex stops at level 2: levels 3 and below are the national classification’s, not Jiangbei’s own.',
      `Section 3 of the policy says the new economy is broken down into 355 industry classes, without listing them. Through the mapping above this directory covers ${industries} GB/T 4754-2017 classes, which is not 355; the policy does not explain the difference.`,
      'The national data comes from a public transcription, not an official NBS file. Whether a business is in the directory is for the official classification and the departments in charge of each industry to say.',
    ],
    sourcesLink: 'Section 3 of the policy',
    treeLabel: 'All categories',
    otherWays: 'You can also look up by industry code:',
  },

  category: {
    levelName: { 1: 'Field', 2: 'Category', 3: 'Direction' },
    description: (name: string, level: string) =>
      `${name} (${level}): its industry classes and key products and services.`,
    codeLabel: 'Code',
    noCode: 'The national classification gives directions no code',
    childrenHeading: { 1: 'Categories', 2: 'Directions' },
    directionCount: (n: number) => ` (${n} directions)`,
    directionIndustries: (list: Array<{ code: string; name: string; partial: boolean }>) =>
      `Industry classes: ${list.map((i) => `${i.code} ${i.name}${i.partial ? '*' : ''}`).join(', ')}`,
    industriesHeading: 'Industry classes',
    industriesCaption: (name: string) => `GB/T 4754-2017 industry classes of ${name}`,
    industryCode: 'Code',
    industryName: 'Industry class',
    industryScope: 'Scope',
    scopeWhole: 'whole class',
    scopePartial: 'part *',
    partialExplanation:
      '“part *” means only some activities of the class belong here (the classes marked * in the source table); other activities of the same class may be outside the directory. “whole class” means all of it belongs here.',
    partialMarkExplanation:
      'A class marked * belongs to the direction only in part (starred in the national table); its other activities may be outside the directory.',
    productsHeading: 'Key products and services',
    inferredTitle: 'Placement to be confirmed: ',
    inferredText: (parent: string) =>
      `The national classification does not publish where this level belongs, so this direction was placed under “${parent}” by its name and the placement is to be confirmed; it is in the directory either way. The classification the National Bureau of Statistics publishes and the competent departments decide.`,
    treeHeading: (field: string) => `Browse all of “${field}”`,
    fieldTreeLabel: (field: string) => `Categories of ${field}`,
  },

  industries: {
    title: 'Industry classes',
    description: 'Every GB/T 4754-2017 industry class the directory covers, with the categories that list it.',
    lede: (count: number) =>
      `The directory covers ${count} GB/T 4754-2017 industry classes (section 3 of the policy speaks of 355; the difference is explained at the end of this page). If you know your industry code, find the directions it belongs to here.`,
    caption: 'Industry classes and their categories',
    code: 'Code',
    name: 'Industry class',
    categories: 'Categories',
    partialMark: '*',
    partialExplanation: 'A * after a category means only part of the class belongs to it.',
    partialLabel: ' (part)',
  },

  search: {
    title: 'Search by business scope',
    description:
      'Paste your business scope or describe your business to see whether it is in the Jiangbei “four new” directory.',
    lede: 'Paste the business scope from your licence, or describe your business in a few words, to see which categories it falls in.',
    fallbackHeading: 'If the search does not work',
    fallbackText:
      'The search runs in your browser and needs JavaScript. If it shows no results above, look things up by hand:',
    alternatives: [
      { key: 'directory', text: 'browse the directory field by field' },
      { key: 'industries', text: 'look up your GB/T 4754 industry code (such as 6513) in the industry classes' },
      { key: 'contacts', text: 'ask the district Administration for Market Regulation or the other offices' },
    ],
  },

  batch: {
    title: 'Batch classification',
    description:
      'Place a whole register of enterprises (CSV or Excel) in the “four new” directory: a result for each enterprise, the figures and charts. The file is processed on your computer only.',
    lede: 'For statistics and market regulation departments: place a register exported from a registration system in the directory, to measure the size, structure and growth of the “four new” economy. Each enterprise gets a result line; the figures come as tables and charts.',
    privacyHeading: 'Your data never leaves your computer',
    privacyText:
      'The file is read and classified in your browser; it is not uploaded anywhere and not logged. This page’s Content-Security-Policy lets the browser connect to this site only, and only to read the directory data (already read when the page opened); the browser refuses to send data anywhere else. You may also disconnect from the network after the page has opened, then choose the file.',
    noScriptHeading: 'This page needs JavaScript',
    noScriptText:
      'Classification runs in your browser and needs JavaScript. The same can be done on a computer from the command line (with Node.js):',
    noScriptCommand: 'npx sixin classify register.csv --report report.html',
    fileLabel: 'Choose the register file',
    fileHint:
      'CSV (UTF-8, UTF-8 with BOM or GB18030/GBK, detected) or an Excel workbook (.xlsx), with a header row and a business-scope column. You can also drop the file here.',
    optionsLegend: 'How to read it',
    scopeColumn: 'Business-scope column',
    idColumn: 'Enterprise id column (such as the unified social credit code)',
    dateColumn: 'Registration date column (for figures per year; optional)',
    encoding: 'File encoding',
    encodingAuto: 'Detect',
    sheet: 'Sheet',
    noColumn: '(none)',
    start: 'Classify',
    cancel: 'Cancel',
    reading: 'Reading the file…',
    loadingIndex: 'Preparing the directory data…',
    indexFailed: 'The directory data did not load. Reload the page and try again.',
    progress: '{rows} rows classified ({percent}%), {rate} rows/s, about {eta} left',
    cancelled: 'Cancelled; no result was made.',
    resultHeading: 'Result',
    downloadsHeading: 'Downloads',
    downloadCsv: 'Download the results (CSV, one line per enterprise)',
    downloadReport: 'Download the report (HTML with charts; opens offline, prints)',
    problemsHeading: 'Rows that could not be read',
    unexpected: 'Something unexpected went wrong: ',
    cliHeading: 'Larger registers',
    cliText:
      'Registers of hundreds of thousands of rows and more are faster from the command line (it uses every processor core):',
    cliCommand:
      'npx sixin classify register.csv --column 经营范围 --id-column 统一社会信用代码 --date-column 成立日期 --out result.csv --report report.html --lang en',
  },

  checker: {
    title: 'Eligibility check',
    description:
      'Answer a few questions to see which measures of the Jiangbei “four new” policy apply to your business.',
    lede: 'Answer a few questions to see which measures apply to your business, which clause says so, and what to prepare. Guidance only, not an administrative decision.',
    fallbackHeading: 'If the check does not work',
    fallbackText: 'The check runs in your browser and needs JavaScript. If it does not work, follow these steps:',
    steps: [
      { key: 'directory', text: 'Confirm in the directory that your business is in the “four new” economy.' },
      {
        key: 'policy',
        text: 'Read section four of the policy, “main measures”, especially (2) market entry and (4) the inclusive regime.',
      },
      {
        key: 'contact',
        text: 'Take your licence or intended business scope to the district market regulation bureau or the competent department.',
      },
    ],
    howText:
      'What the check asks, the outcome each answer leads to and the clause behind every sentence are all public: see ',
    howLink: 'How this check decides',
    howEnd: '.',
  },

  howItDecides: {
    title: 'How this check decides',
    description:
      'Every question of the eligibility check, every rule it applies and every sentence of its results, with the policy text each rests on.',
    lede: 'Every question of the eligibility check, the outcome every answer leads to, and each sentence of those outcomes beside the policy text it rests on. The page is generated from the same rules the check runs, so it says what the check says: a legal reviewer can check it sentence by sentence, and anyone can see where a result comes from.',
    readHeading: 'How to read this page',
    read: (paths: number) => [
      'A sentence that restates the policy has the clause’s own text under it, with the words it uses in bold.',
      'A sentence marked “Not from the policy” is not a provision of the policy and names its source: a law and article, or that the policy says nothing or defines nothing on the point.',
      'A sentence that only says how to answer a question is marked as such.',
      'The cases of each measure are tried in order; the first that fits the answers gives the outcome.',
      `The check was run on all ${paths.toLocaleString('en')} ways of answering: in each, every measure has exactly one outcome.`,
      'The check never decides whether something breaks the law or crosses a regulatory red line; it says who decides.',
    ],
    tocLabel: 'On this page',
    questionsHeading: 'Questions',
    questionsIntro:
      'The check asks one question per page, starting with the first; each answer decides which question comes next.',
    answer: 'Answer',
    then: 'Next',
    toResult: 'the result',
    suggested: (option: string) =>
      `When the business-scope search shows the business is very likely in directory categories, or a category is chosen in the directory, “${option}” is selected in advance; the person still confirms or changes it. A search result that is only “possibly, to be checked” selects nothing.`,
    licensedNote: 'When the business-scope search finds licensed items (许可项目), the question also shows:',
    termsLabel: 'Terms explained under the question: ',
    measuresHeading: 'How each measure is decided',
    cites: 'Policy: ',
    summary: 'The measure',
    counts: (paths: number, applies: number, may: number, not: number) =>
      `Of the ${paths.toLocaleString('en')} ways of answering: applies in ${applies}, may apply in ${may}, does not apply in ${not} (without licensed items found by a search).`,
    caseLabel: (n: number) => `Case ${n}`,
    condition: (question: string, options: string[]) => `“${question}” is answered “${options.join('” or “')}”`,
    conditionJoin: ', and ',
    licensed: (found: boolean): string =>
      found
        ? 'the business-scope search found licensed items (许可项目)'
        : 'the business-scope search found no licensed items',
    otherwise: 'When none of the cases above fits',
    when: (conditions: string) => `When ${conditions}`,
    conclusion: 'Outcome: ',
    decides: (n: number) => `This case decides the outcome of ${n.toLocaleString('en')} ways of answering.`,
    basis: 'Rests on',
    outside: 'Not from the policy',
    source: 'Source: ',
    instruction: 'How to answer',
    expectationsIntro: 'When the result says the policy applies, this follows the measures:',
    glossaryHeading: 'Terms explained',
    contactsHeading: 'Whom to contact',
    sourcesHeading: 'Sources of what is not from the policy',
    sourcesIntro: 'Besides restating the policy, the check says nothing that does not come from these sources:',
    sourceUses: (n: number) => ` (used in ${n} places)`,
    disclaimerHeading: 'Please note',
  },

  embed: {
    title: 'Use these elements on other sites',
    description:
      'Put the category tree, the business-scope search and the eligibility check on other government sites: loading, attributes, events and theming.',
    lede: 'Other sites can use our elements directly: load one script and write the element’s tag. The elements read only the data files this site publishes, set no cookies and send nothing anywhere.',
    scriptHeading: 'Load the script',
    scriptText: 'Add this line to the page. The elements register themselves; loading the script twice does no harm.',
    pinText: (version: string) =>
      `That address always serves the latest version. To pin one, use the versioned address (current version ${version}):`,
    selfHostText:
      'To host the script yourself, copy its whole folder: the script loads the rest from that folder only when needed (the search program, the English strings, the explanations of data problems).',
    standaloneText: (size: string) =>
      `If you can upload one file only, use the version with everything inside. It loads no other file, but every page downloads all of it (${size} gzipped):`,
    noBundle:
      'The element bundle has not been built, so /widgets/sixin-elements.js is not published yet. Build packages/elements, then rebuild the site.',
    securityHeading: 'Content Security Policy, cross-origin access and integrity',
    cspText:
      "If your site sends a Content-Security-Policy, add these (with this site’s address). script-src lets the bundle and the rest of its folder load, connect-src lets the elements read the data; the elements use the Trusted Types policy lit-html, and 'allow-duplicates' lets a second copy of the bundle, or your own Lit, create a policy of the same name: without it the later one fails and no element registers. The elements need neither 'unsafe-inline' nor 'unsafe-eval', and no change to style-src.",
    corsText:
      'The elements load their script and data from another site, so the browser applies its cross-origin rules. This site (and any site that hosts the elements and data itself) must send these headers for the /widgets/ and /data/ folders. The elements never send cookies, so allowing any origin is safe.',
    sriText: (version: string) =>
      `Sites that require Subresource Integrity should use the pinned one-file version ${version}, with integrity and crossorigin exactly as below. Do not put integrity on the address that always serves the latest version (the check fails at the next release), nor on the split sixin-elements.js: the files it loads later are not covered by the tag’s integrity.`,
    dataHeading: 'Data files',
    dataText:
      'The elements read these files; you may download them too. Their addresses are stable; their contents follow the directory. To pin the data as well as the code, use the address of one revision, /data/<date>/ (such as /data/2021-12-30/search-index.json), whose contents never change; every revision is on the directory’s revisions page.',
    dataFile: 'File',
    dataSize: 'Size',
    sizeWithGzip: (raw: string, gzip: string) => `${raw} (${gzip} gzipped)`,
    dataCaption: 'Data files this site publishes',
    // Each file's own note: the `description` of its artifact in @sixin/core is written in English.
    dataDescriptions: Object.fromEntries(ARTIFACTS.map((artifact) => [artifact.file, artifact.description])) as Record<
      string,
      string
    >,
    noData: 'No data files yet. Building the site (npm run build -w @sixin/site) writes them.',
    elementsHeading: 'Elements',
    noManifest:
      'The element manifest custom-elements.json has not been generated yet (packages/elements writes it from its source comments when it builds). Rebuild the site afterwards and this page lists each element’s attributes, events, CSS properties and parts.',
    attributes: 'Attributes',
    properties: 'Properties',
    events: 'Events',
    cssProperties: 'CSS custom properties',
    cssParts: 'Parts (::part)',
    slots: 'Slots',
    name: 'Name',
    type: 'Type',
    defaultValue: 'Default',
    meaning: 'Description',
    themeHeading: 'Theming example',
    themeText:
      'Colours, fonts and spacing are CSS custom properties. Below, the same tree in another site’s colours, with the styles that do it.',
    themeNoVariables: 'The manifest lists no colour properties, so no theming example can be made.',
    defaultTag: (tag: string) => `<${tag}>`,
  },

  editors: {
    title: 'For content editors',
    description:
      'How to change the policy and the directory, check the content, preview the site, and what each problem message means.',
    lede: 'Everything on the site comes from the content/ folder: the policy and the directory are Markdown files. Edit them, check them, rebuild the site: no code changes needed.',
    whereHeading: 'Where the content is',
    where: [
      {
        path: 'content/policy/',
        text: 'The policy (notice, measures, annex), word for word; the {#id} at the end of each heading is the clause id.',
      },
      { path: 'content/directory/', text: 'The directory: one file per category, folders shaped like the tree.' },
      { path: 'content/README.md', text: 'The full description of the format, with every field and examples.' },
    ],
    categoryHeading: 'Change a category',
    categorySteps: [
      'Find its file: a field is content/directory/<code>/index.md, a category content/directory/<l1>/<l2>/index.md, a direction content/directory/<l1>/<l2>/<id>.md. Each category page names its file at the bottom.',
      'Edit the fields between the --- lines (name, industry classes, keywords) or the items under “## 重点产品和服务”.',
      'Once a new-materials item is verified, delete its status: inferred line; if its placement is wrong, move the file to the right folder and change parent.',
      'A direction’s id equals its file name; never change a published id: other sites may link to its page.',
    ],
    policyHeading: 'Change the policy text',
    policySteps: [
      'The policy is kept word for word; change it only to fix a transcription error. The check command and the site build compare it word for word with the published text (packages/core/data/policy.txt) and point at any changed line.',
      'Never change a published clause id (the {#4.2} at the end of a heading): the checker and other sites link to #clause-4-2.',
    ],
    checkHeading: 'Check the content',
    checkText:
      'Run this in the project folder. Valid content prints how many items there are; otherwise every problem is listed as file:line: what is wrong and how to fix it.',
    previewHeading: 'Preview the site',
    previewText:
      'Run this and open the address it prints (http://127.0.0.1:4321/). Pages update when you save a content file; problems appear in the browser and in the terminal, worded as the check command words them.',
    buildText:
      'Build the site for publishing with this command. Any content problem fails the build with the same list; the existing site files stay as they were, and no half-built site is written.',
    howtosHeading: 'Step by step',
    howtosIntro:
      'Each of these is one complete task. Run the commands in the project folder; every step was done on a copy of the content.',
    howtos: [
      {
        id: 'setup',
        title: 'Set up once',
        steps: [
          { text: 'Install Node.js (20.19 or later, the LTS from nodejs.org) and git.' },
          {
            text: 'Ask the site maintainer for the repository address and an account; clone it and enter the folder:',
            code: 'git clone <repository> sixin\ncd sixin',
          },
          { text: 'Install (a few minutes):', code: 'npm ci' },
          {
            text: 'Run the check. “内容有效：9 个一级分类……” means you are ready (reminders about contacts.yaml do not matter):',
            code: 'npx sixin validate content',
          },
          {
            text: 'Edit with a plain-text editor (VS Code, Notepad) in UTF-8, never Word or WPS. Type colons, commas and hyphens in half-width (English) punctuation; the check names the line of a full-width “：” or “，”.',
          },
        ],
      },
      {
        id: 'keyword',
        title: 'Add a keyword to a category',
        steps: [
          {
            text: 'Find the category’s file: its page on the site names it at the bottom, e.g. content/directory/1/1.3/xinxing-xinxi-jishu-fuwu.md.',
          },
          {
            text: 'Between the two --- lines, add the word inside the brackets of keywords, separated by a half-width comma and a space. Without a keywords line, add one before the second ---.',
            code: 'keywords: [芯片设计, 数据标注, 智能控制系统集成, IC设计, 数据处理和存储支持服务, 数据治理]',
          },
          { text: 'Save and check:', code: 'npx sixin validate content' },
          {
            text: 'Confirm that the word finds the category; the result says ← 关键词 “数据治理”:',
            code: 'npx sixin search "数据治理"',
          },
        ],
      },
      {
        id: 'direction',
        title: 'Add a level-3 direction',
        steps: [
          { text: 'Choose its level-2 category and create the file in that folder, e.g. content/directory/1/1.3/.' },
          {
            text: 'The id is the name in pinyin: lower case, no tones, words joined by hyphens; only lower-case letters, digits and hyphens. The file name is the id plus .md: 数据标注服务 → shuju-biaozhu-fuwu.md. The id is part of the page’s address: never change it once published.',
          },
          {
            text: 'order places it within its level-2 category: take the largest order in the folder plus 1 to put it last; do not repeat another direction’s number.',
          },
          {
            text: 'Industry classes (GB/T 4754-2017): /industries/ lists the classes the directory already uses, with their directions; all 1,382 classes are in packages/core/data/gbt4754_2017.csv (open it in a text editor and search for the name; rows with level class are the four-digit classes). name must equal the standard’s name; the check gives the right one.',
          },
          {
            text: 'partial: true when only part of the class belongs to the direction (the * of the national table), false when all of it does.',
          },
          {
            text: 'Write the whole file: after the front matter, under “## 重点产品和服务”, one “### code name” section per class and one “- ” line per product or service.',
            code: '---\nid: shuju-biaozhu-fuwu\nname: 数据标注服务\nparent: "1.3"\norder: 5\nindustries:\n  - code: "6550"\n    name: 信息处理和存储支持服务\n    partial: true\nkeywords: [数据标注, 数据清洗]\n---\n\n## 重点产品和服务\n\n### 6550 信息处理和存储支持服务\n\n- 人工智能训练数据标注服务\n- 数据清洗和加工服务',
          },
          {
            text: 'Check, then confirm the search finds it (方向: 数据标注服务):',
            code: 'npx sixin validate content\nnpx sixin search "数据标注"',
          },
          { text: 'A new direction needs no revision note; the next release lists it as added.' },
        ],
      },
      {
        id: 'rename',
        title: 'Rename, re-id or withdraw a category, and release a revision',
        steps: [
          {
            text: 'Level-1 and level-2 names come from the policy’s annex and must equal it (the check says 与政策附件不符); only a new document from the issuing office changes them.',
          },
          {
            text: 'To rename a direction change only its name line, not its id or file name; its address stays.',
            code: 'name: 数据标注和清洗服务',
          },
          {
            text: 'Changing a published direction’s id (file name and id together), moving it to another level-2 category or deleting it needs a line in the front matter of content/revisions/unreleased.md (create it if missing): what replaces it (replaced-by) or why it is dropped (withdrawn). Without it the check fails; published addresses must keep working:',
            code: '---\nreplaced-by:\n  "1.3/hulianwang-anquan-fuwu": "1.3/wangluo-anquan-fuwu"\nwithdrawn:\n  "1.3/某个-id": 不再列入的原因\n---\n\n这次修订的说明。',
          },
          {
            text: 'Check, and see what changed since the last release:',
            code: 'npx sixin validate content\nnpx sixin diff',
          },
          {
            text: 'Once approved (see “Publish”), the maintainer releases the revision: it writes content/revisions/<date>.md and .json and deletes unreleased.md; /directory/changes/ follows.',
            code: 'npx sixin release --date 2022-06-01 --basis "文号或通知" --summary "改了什么、为什么"',
          },
        ],
      },
      {
        id: 'search',
        title: 'Check the effect with the search command',
        steps: [
          {
            text: 'Paste a business scope or a few words to see which categories they fall in and why. It reads the content you are editing; no build needed:',
            code: 'npx sixin search "一般项目：数据处理服务；人工智能应用软件开发"',
          },
          {
            text: 'Results come by relevance; 依据 says whether a category name, a direction name, a keyword or a product matched; 逐条结果 lists each item of the scope, (未匹配) when nothing matched. When something should be found and is not, add a keyword or product and search again.',
          },
        ],
      },
      {
        id: 'preview',
        title: 'Preview in the browser',
        steps: [
          { text: 'Start the preview:', code: 'npm run dev -w @sixin/site' },
          {
            text: 'Open http://127.0.0.1:4321/. A direction’s page is /directory/<level-2 code>/<id>/, e.g. /directory/1.3/shuju-biaozhu-fuwu/.',
          },
          {
            text: 'Pages update when you save a content file. While the content has a problem, the page in the browser becomes an error box listing the check command’s file:line: problem and fix (the terminal shows it too); fix and save, and the page comes back. Ctrl+C stops the preview.',
          },
        ],
      },
      {
        id: 'editor',
        title: 'Edit in the browser (no text editor)',
        steps: [
          {
            text: 'In the project folder, start the editing environment (the site preview and a local decap-server); when it says the editor is ready, open http://127.0.0.1:4321/admin/ and click Login:',
            code: 'npm run edit',
          },
          {
            text: 'On the left: level-1 and level-2 categories, and the level-3 directions of each level-2 category. Each field explains the rules above; industry classes are chosen from every GB/T 4754-2017 class (type a code or a name), parents from the existing categories. “自查规则表单” edits questions.yaml and measures.yaml as forms: clause ids are chosen from the policy’s clauses, and a save changes only the values changed, keeping the files’ comments; comments are edited in the whole text of each file under “自查规则”.',
          },
          {
            text: 'Click Publish → Publish now to save. Before saving, the browser runs the same checks as the check command: with a problem nothing is saved and the page lists file:line: problem and fix; otherwise the change is written to the content folder on this computer (only the check of revisions/ does not run in the browser; run npx sixin validate content before committing).',
          },
          {
            text: 'Changes stay on this computer; commit them on a branch and open a merge request as in “Publish” below. Ctrl+C stops the editing environment.',
          },
          {
            text: 'Editing on the published site (nothing to install): the site maintainer sets ADMIN_BACKEND in site/src/site-config.ts to the department’s git host (GitLab, Gitea or GitHub, e.g. the line below) and gives editors accounts there. Every save then becomes a branch and a merge request, approved as usual.',
            code: "ADMIN_BACKEND = { name: 'gitlab', repo: 'bumen/sixin', base_url: 'https://git.example.gov.cn', api_root: 'https://git.example.gov.cn/api/v4', app_id: '…', auth_type: 'pkce' }",
          },
          {
            text: "The editor page’s security policy: /admin/ carries its own Content-Security-Policy (in a meta element: scripts only from this site, connections only to the configured git host). The server should send the same policy as a header for /admin/, with frame-ancestors 'none' added (no other site may frame the editor; a meta element cannot say this). For the host in the line above, in nginx; put the department’s address in place of https://git.example.gov.cn:",
            code: "location /admin/ {\n  add_header Content-Security-Policy \"default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self' https://git.example.gov.cn; img-src 'self' data: blob: https://git.example.gov.cn; font-src 'self'; frame-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'\" always;\n}",
          },
        ],
      },
      {
        id: 'publish',
        title: 'Publish, and who approves',
        steps: [
          {
            text: 'Commit on a new branch, push, and open a merge request on the code host, saying what changed and on what basis:',
            code: 'git checkout -b 修改说明\ngit add content\ngit commit -m "新增数据标注服务方向"\ngit push -u origin HEAD',
          },
          {
            text: 'Who approves: under the measures’ section 4 (1) the industry authorities make the directory and adjust it; under section 5 (1) the district market regulation bureau leads the work. So the industry authority confirms where a category belongs and the bureau reviews the merge request. The policy text is not edited except to fix a transcription error.',
          },
          {
            text: 'The maintainer then merges and builds. Any content problem fails the build with the list and leaves the old site as it was; a successful build is published from site/dist.',
            code: 'npm run build -w @sixin/site',
          },
        ],
      },
    ] as HowTo[],
    errorsHeading: 'What each problem message means',
    errorsText: (count: number) =>
      `The check and the build can give these ${count} messages (the table is generated from the checker’s own wording). Words in angle brackets stand for the actual file, field or code.`,
    errorsCaption: 'Every message of the content check',
    errorCode: 'Kind',
    errorZh: 'Message (Chinese)',
    errorEn: 'Message (English)',
    placeholder: (name: string) => `<${name}>`,
    placeholderEn: (name: string) => `<${name}>`,
  },

  // ---- issue 20b: embedding in five minutes, contacts, JavaScript off, policy status and freshness ----
  embedQuick: {
    heading: 'Embed in five minutes',
    text: 'Copy any block below into the <body> of your page. Each block is complete: the script, the data and the links all point to this site, with no address left to change. Pinning a version, Content Security Policy and self-hosting are explained further down.',
    widgets: {
      tree: {
        title: 'Category tree',
        text: 'The new-economy directory, expandable and keyboard-navigable; a category opens its page on this site.',
      },
      search: {
        title: 'Business-scope search',
        text: 'Paste the business scope from a licence and see which categories it belongs to, and why; results link to this site.',
      },
      checker: {
        title: 'Eligibility check',
        text: 'Answer a few questions to see which measures apply, under which clause, and what to do next; clauses and contacts link to this site.',
      },
    },
    copy: 'Copy code',
    copied: 'Copied',
    copyFailed: 'Could not copy automatically: select the code and press Ctrl+C (⌘C on a Mac).',
    copyHint: 'Without the Copy button, select the code and copy it.',
    linksText:
      'The link addresses may point to your own pages instead: {id} becomes the category id, {anchor} the clause’s place on the policy page. Without them the elements’ links also lead to this site (not to the same path on yours).',
    troubleHeading: 'Troubleshooting',
    troubleIntro:
      'If something is still wrong after pasting a block, it is most likely one of these three. Open the browser’s developer tools (F12) and look at the Console first.',
    troubles: [
      {
        symptom: 'The element is blank, or shows only the text it had before',
        cause:
          'The script did not load. “CORS”, “blocked by CORS policy” or “Content Security Policy” in the console means the cross-origin headers or your page’s security policy stopped it.',
        fix: 'The site serving the elements must send the headers under “cross-origin access” below for /widgets/ and /data/; if your site sends a Content-Security-Policy, add the directives listed below. Also check that the <script> src is a full address (starting with https://) and has type="module".',
      },
      {
        symptom: 'The element shows, but says the data could not be loaded, or keeps loading',
        cause: 'The data address is wrong, or the cross-origin headers are missing for the data.',
        fix: 'Check that src (and search-src and tree-src on the check) are full addresses that open in the browser: /data/tree.json for the tree, /data/search-index.json for the search, /data/rules.json for the check.',
      },
      {
        symptom: 'A link in the result opens your site’s 404 page',
        cause: 'A link template (href-template and the like) starts with /, so the browser opens it on your site.',
        fix: 'Use the full link addresses from the blocks above, or remove those attributes (the elements then link to this site); write a relative address only when your site has that page.',
      },
    ],
    troubleCause: 'Cause',
    troubleFix: 'Fix',
  },
  contacts: {
    title: 'Contacts',
    description:
      'The offices the eligibility check asks you to confirm with: their names and the address, phone, hours and online channel where checked.',
    lede: 'These are the offices the policy names. Addresses, phone numbers, hours and online channels are filled in by this site’s editors once checked; what is not checked yet is not shown: look it up on the government website or the public service hotline.',
    address: 'Address',
    phone: 'Phone',
    hours: 'Hours',
    online: 'Online',
    note: 'Note',
    checked: (date: string) => `Checked on ${date}`,
    notChecked: 'Contact details not checked yet.',
    nothingKnown: 'This site has not yet checked this office’s address, phone number and hours.',
    leadHeading: 'Lead office',
    authorityHeading: 'The department in charge of your industry',
    authorityText: 'The departments named in article 5.1 of the policy. Ask the one that matches your industry.',
  },
  admin: ADMIN_STRINGS.en,
  status: {
    heading: 'About the policy',
    number: 'Document number',
    issued: 'Date written',
    trial: 'Status',
    trialValue: 'Trial (the text states no period of validity)',
    source: 'Source',
    validity: 'Ask the district Administration for Market Regulation whether it is still in force.',
    readPolicy: 'Read the policy',
  },
  freshness: {
    updated: (date: string) => `Content updated on ${date}`,
    feedback: 'Report a mistake',
    printedFrom: (url: string) => `Printed from ${url}`,
  },
  noJs: {
    searchHeading: 'JavaScript is not running in your browser',
    searchText:
      'The business-scope search needs JavaScript, so the text you pasted was not searched (the browser’s Back button returns to it). You can:',
    searchDirectory:
      'open the full directory and use your browser’s find in page (Ctrl+F; on a phone, in the browser menu) for the words of your business scope;',
    searchIndustries: 'or open the industry class table and look for the national industry name.',
    checkerHeading: 'The eligibility check needs JavaScript',
    checkerText:
      'The check asks its questions one after another from your answers, which needs JavaScript in the browser, and yours is not running it. Instead you can:',
    checkerPolicy: 'read the policy, whose article 4 lists the measures and their conditions;',
    checkerDirectory: 'look up your industry in the directory;',
    checkerContacts: 'ask the district Administration for Market Regulation or the other offices directly.',
  },
  plainWords: {
    filterLabel: 'Filter the industry classes',
    filterHint: 'Type part of a name or code, for example “software” or “6511”.',
    filterCount: 'Showing {shown} of {total} rows',
  },

  // Directory revisions (issue 18): the changes page, its feed, each category's history, pages of retired ids.
  changes: {
    title: 'Revisions of the directory',
    description: 'Every revision of the Jiangbei new-economy directory: its date, its basis and what changed.',
    lede: 'The policy says the directory is adjusted over time. Here is every revision, newest first: when, on what basis, what changed, so an earlier answer can be read against the directory of its day.',
    unreleasedHeading: 'Changes not yet released',
    unreleasedText:
      'The directory shown on this site already includes these changes, but they have not been released as a revision:',
    revisionHeading: (date: string) => `Revision ${date}`,
    basisLabel: 'Basis: ',
    changesLabel: 'Changes: ',
    firstRevision: 'This is the first revision of the directory.',
    noChanges: 'No category, industry class or search word changed since the revision before.',
    dataLabel: 'Data files of this revision: ',
    feedText: 'Other sites and newsrooms can follow the revisions with the Atom feed: ',
    feedTitle: 'Revisions of the Jiangbei new-economy directory',
    feedEntryTitle: (date: string) => `Directory revision ${date}`,
    directoryLink: (date: string) => `Current revision of the directory: ${date} (see every revision)`,
  },
  categoryHistory: {
    heading: 'History',
    since: (date: string) => `Listed since the revision of ${date}.`,
    unreleased: 'Changes not yet released',
    revision: (date: string) => `Revision ${date}`,
    none: 'Unchanged since it was listed.',
  },
  retired: {
    title: (name: string) => `${name} (no longer in the directory)`,
    description: (name: string) =>
      `“${name}” is no longer in the Jiangbei new-economy directory: when, why, and where to look now.`,
    removed: (last: string, removedIn: string | null) =>
      removedIn
        ? `This category was listed in the revision of ${last} and is no longer listed since the revision of ${removedIn}.`
        : `This category was listed in the revision of ${last}; changes not yet released have taken it out.`,
    replacedBy: 'It is now: ',
    withdrawnLabel: 'Statement: ',
    changesLink: 'See every revision of the directory',
  },
  notFound: {
    title: 'Page not found',
    description: 'Page not found.',
    text: 'The address may be mistyped, or the page has moved. Start again from one of these:',
  },

  build: {
    exportFailed:
      'The content has problems (the file:line list above); the site was not built and the existing site files are unchanged.',
    exportFailedDev:
      'The content has problems (the file:line list above). The preview starts anyway: every page shows them in the browser until the files are fixed and saved.',
    astroFailed: 'The site build failed (see the output above); the existing site files are unchanged.',
    built: (dir: string, ms: number) => `site built into ${dir} in ${(ms / 1000).toFixed(1)} s`,
    widgetsPublished: (version: string) =>
      `published /widgets/sixin-elements.js and /widgets/${version}/sixin-elements.js`,
    widgetsMissing: (path: string) =>
      `no element bundle at ${path}: the site builds without it and its pages work as plain HTML.`,
    unknownOption: (option: string) => `unknown option ${option}; the only option is --prepare-only`,
  },
};

export const STRINGS: Record<SiteLang, Strings> = { 'zh-CN': zhCN, en };

/** The strings of a language; the site is published in Simplified Chinese. */
export function strings(lang: SiteLang = 'zh-CN'): Strings {
  return STRINGS[lang];
}
