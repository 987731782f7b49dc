/**
 * Every problem the validator can report, with its wording in Chinese and English.
 * Wording lives here only, so editors see the same sentence in the CLI, the site build and the docs.
 */

import { format, type Catalog, type Lang, type MessageParams as Params } from '../messages.js';
import { ENGINE_MESSAGES } from '../rules/engine-messages.js';

export type { Lang } from '../messages.js';

const q = (s: unknown) => `"${String(s)}"`;

export const MESSAGES = {
  ...ENGINE_MESSAGES,
  'content-missing': {
    'zh-CN': (p) => `找不到内容文件夹 ${p.path}；请在项目根目录运行，或给出内容文件夹路径：npx sixin validate content`,
    en: (p) => `content folder ${p.path} not found; run from the project root or give its path: npx sixin validate content`,
  },
  'folder-missing': {
    'zh-CN': (p) => `缺少文件夹 ${p.path}；内容文件夹下应有 policy/ 和 directory/`,
    en: (p) => `folder ${p.path} is missing; the content folder must hold policy/ and directory/`,
  },
  'file-unreadable': {
    'zh-CN': (p) => `无法读取文件：${p.reason}`,
    en: (p) => `cannot read the file: ${p.reason}`,
  },
  'file-not-plain': {
    'zh-CN': (p) => `这是${p.kind === 'symlink' ? '符号链接' : '设备、管道或套接字等特殊文件'}，不会被读取：内容文件夹中只能放真实的文件和文件夹。请把文件本身复制到这里`,
    en: (p) => `this is ${p.kind === 'symlink' ? 'a symbolic link' : 'a device, pipe or socket'} and is not read: the content folder holds only real files and folders. Copy the file itself here`,
  },
  'frontmatter-missing': {
    'zh-CN': () => `文件开头缺少 YAML 前言；第一行应为 ---，然后是各字段，再以 --- 结束`,
    en: () => `the file does not start with YAML front matter; the first line must be ---, then the fields, then ---`,
  },
  'frontmatter-unclosed': {
    'zh-CN': () => `YAML 前言没有结束；请在字段之后加一行 ---`,
    en: () => `the YAML front matter is not closed; add a line --- after the fields`,
  },
  // Slips of a Chinese input method, found before the YAML is parsed (content/typing.ts). `line` is repeated in the
  // sentence because editors read it aloud and copy it into chat, away from the file:line prefix.
  'typing-fullwidth-colon': {
    'zh-CN': (p) => `第 ${p.line} 行用了全角冒号“：”，请改为半角冒号加空格：${p.key}: …（输入前切换到英文标点）`,
    en: (p) => `line ${p.line} uses a full-width colon "：" (Chinese input method); type a half-width colon and a space: ${p.key}: …`,
  },
  'typing-colon-space': {
    'zh-CN': (p) => `第 ${p.line} 行 ${p.key} 后的冒号后面缺少空格；请写成 ${p.key}: 值（冒号后加一个空格）`,
    en: (p) => `line ${p.line} has no space after the colon of ${p.key}; write ${p.key}: value (a space after the colon)`,
  },
  'typing-list-marker': {
    'zh-CN': (p) => `第 ${p.line} 行的列表项以“${p.char}”开头；请改为半角减号加空格“- ”`,
    en: (p) => `line ${p.line} starts a list item with "${p.char}"; use a half-width hyphen and a space: "- "`,
  },
  'typing-tab': {
    'zh-CN': (p) => `第 ${p.line} 行用制表符（Tab）缩进，YAML 不允许；请删除 Tab，改用空格，与同一层的字段对齐`,
    en: (p) => `line ${p.line} is indented with a tab, which YAML does not allow; indent with spaces, aligned with the fields of the same level`,
  },
  'typing-fullwidth-space': {
    'zh-CN': (p) => `第 ${p.line} 行用全角空格“　”缩进；请改用半角空格（切换到英文输入法再输入）`,
    en: (p) => `line ${p.line} is indented with a full-width space "　"; indent with half-width spaces`,
  },
  'typing-flow-comma': {
    'zh-CN': (p) => `第 ${p.line} 行方括号列表中用了“${p.char}”分隔，“${p.before}${p.char}${p.after}”会被当成一个词；请改为半角逗号加空格：${p.before}, ${p.after}`,
    en: (p) => `line ${p.line} separates a [list] with "${p.char}", so "${p.before}${p.char}${p.after}" is read as one word; use a half-width comma and a space: ${p.before}, ${p.after}`,
  },
  'yaml-syntax': {
    'zh-CN': (p) => `YAML 语法错误：${p.reasonZh ?? '这一行无法按 YAML 读取'}`,
    en: (p) => `YAML syntax error: ${p.reason}; check the space after each colon, the indentation, and quote values with special characters`,
  },
  'field-missing': {
    'zh-CN': (p) => `缺少必填字段 ${p.field}；请加上 ${p.field}: ${p.example}`,
    en: (p) => `required field ${p.field} is missing; add ${p.field}: ${p.example}`,
  },
  'field-unknown': {
    'zh-CN': (p) => `未知字段 ${p.field}；可用字段为 ${p.allowed}（检查拼写，或删除这一行）`,
    en: (p) => `unknown field ${p.field}; the fields allowed here are ${p.allowed} (check the spelling or remove the line)`,
  },
  'field-type': {
    'zh-CN': (p) => `字段 ${p.field} 的值不对：${p.reason}；例如 ${p.field}: ${p.example}`,
    en: (p) => `field ${p.field} has the wrong value: ${p.reason}; for example ${p.field}: ${p.example}`,
  },
  'name-missing-direction': {
    'zh-CN': () => `缺少必填字段 name；请加上一行 name: 后接这个三级方向的名称（照《战略性新兴产业分类（2018）》的写法）`,
    en: () => `required field name is missing; add a line name: followed by this direction's name (as written in the national classification of strategic emerging industries, 2018)`,
  },
  'name-empty': {
    'zh-CN': () => `名称为空；请填写 name`,
    en: () => `the name is empty; fill in name`,
  },
  'file-outside-tree': {
    'zh-CN': (p) => `文件不在目录树中：${p.reason}。一级分类放在 directory/<代码>/index.md，二级放在 directory/<一级>/<二级>/index.md，三级方向放在 directory/<一级>/<二级>/<id>.md`,
    en: (p) => `file is outside the tree: ${p.reason}. Level 1 goes in directory/<code>/index.md, level 2 in directory/<l1>/<l2>/index.md, level-3 directions in directory/<l1>/<l2>/<id>.md`,
  },
  'code-folder-mismatch': {
    'zh-CN': (p) => `代码 ${q(p.code)} 与所在文件夹 ${q(p.folder)} 不符；把文件移到 ${p.expected}，或把代码改为 ${q(p.folder)}`,
    en: (p) => `code ${q(p.code)} does not fit its folder ${q(p.folder)}; move the file to ${p.expected} or change the code to ${q(p.folder)}`,
  },
  'id-filename-mismatch': {
    'zh-CN': (p) => `id ${q(p.id)} 与文件名 ${q(p.file)} 不符；两者必须相同（已发布的 id 不要更改，请改文件名）`,
    en: (p) => `id ${q(p.id)} does not match the file name ${q(p.file)}; they must be the same (rename the file rather than a published id)`,
  },
  'id-format': {
    'zh-CN': (p) => `id ${q(p.id)} 格式不对；只能用小写拼音字母、数字和连字符，例如 xinxing-ruanjian-kaifa`,
    en: (p) => `id ${q(p.id)} is malformed; use lowercase letters, digits and hyphens only, such as xinxing-ruanjian-kaifa`,
  },
  'code-parent-mismatch': {
    'zh-CN': (p) => `代码 ${q(p.code)} 与上级 ${q(p.parent)} 不符；二级代码应以上级代码加点开头，例如 ${p.parent}.1`,
    en: (p) => `code ${q(p.code)} does not fit its parent ${q(p.parent)}; a level-2 code starts with its parent's code and a dot, such as ${p.parent}.1`,
  },
  'parent-folder-mismatch': {
    'zh-CN': (p) => `parent ${q(p.parent)} 与所在文件夹 ${q(p.folder)} 不符；改为 parent: "${p.folder}"，或把文件移到上级分类的文件夹`,
    en: (p) => `parent ${q(p.parent)} does not match the folder ${q(p.folder)}; write parent: "${p.folder}" or move the file into its parent's folder`,
  },
  'parent-unknown': {
    'zh-CN': (p) => `上级分类 ${q(p.parent)} 不存在；检查代码，或先建立 ${p.expected}`,
    en: (p) => `parent category ${q(p.parent)} does not exist; check the code or create ${p.expected} first`,
  },
  'duplicate-code': {
    'zh-CN': (p) => `代码 ${q(p.code)} 重复，已在 ${p.other} 中使用；每个分类的代码必须唯一`,
    en: (p) => `code ${q(p.code)} is used twice, also in ${p.other}; every category needs its own code`,
  },
  'duplicate-id': {
    'zh-CN': (p) => `id ${q(p.id)} 重复，已在 ${p.other} 中使用；请改为不同的 id`,
    en: (p) => `id ${q(p.id)} is used twice, also in ${p.other}; give this file another id`,
  },
  'annex-name-mismatch': {
    'zh-CN': (p) => `名称 ${q(p.name)} 与政策附件不符；附件中 ${p.code} 的名称是 ${q(p.expected)}`,
    en: (p) => `name ${q(p.name)} differs from the policy annex; the annex names ${p.code} ${q(p.expected)}`,
  },
  'annex-unknown-code': {
    'zh-CN': (p) => `代码 ${q(p.code)} 不在政策附件的目录表中；一、二级分类只能是附件所列的分类`,
    en: (p) => `code ${q(p.code)} is not in the policy annex table; levels 1 and 2 must be the categories the annex lists`,
  },
  'annex-category-missing': {
    'zh-CN': (p) => `政策附件列有 ${p.code} ${p.name}，但目录中没有对应文件；请建立 ${p.expected}`,
    en: (p) => `the policy annex lists ${p.code} ${p.name} but the directory has no file for it; create ${p.expected}`,
  },
  'industry-unknown': {
    'zh-CN': (p) => `行业代码 ${q(p.code)} 不是 GB/T 4754-2017 的小类${p.suggestion ? `；是否应为 ${p.suggestion}？` : '；请查《国民经济行业分类》填写四位小类代码'}`,
    en: (p) => `industry code ${q(p.code)} is not a GB/T 4754-2017 class${p.suggestion ? `; did you mean ${p.suggestion}?` : '; use a four-digit class code from GB/T 4754-2017'}`,
  },
  'industry-not-class': {
    'zh-CN': (p) => `行业代码 ${q(p.code)}（${p.name}）是${p.levelZh}，不是小类；请填写其下的四位小类代码，例如 ${p.example}`,
    en: (p) => `industry code ${q(p.code)} (${p.name}) is a ${p.level}, not a class; use one of its four-digit classes, such as ${p.example}`,
  },
  'industry-name-mismatch': {
    'zh-CN': (p) => `行业 ${p.code} 在 GB/T 4754-2017 中的名称是 ${q(p.expected)}，不是 ${q(p.name)}；请改为 name: ${p.expected}${p.other ? `（${q(p.name)} 是 ${p.other} 的名称）` : ''}`,
    en: (p) => `industry ${p.code} is named ${q(p.expected)} in GB/T 4754-2017, not ${q(p.name)}; write name: ${p.expected}${p.other ? ` (${q(p.name)} is the name of ${p.other})` : ''}`,
  },
  'industry-duplicate': {
    'zh-CN': (p) => `行业代码 ${q(p.code)} 在本文件中列了两次；删除其中一项`,
    en: (p) => `industry code ${q(p.code)} is listed twice in this file; remove one`,
  },
  'products-unknown-industry': {
    'zh-CN': (p) => `重点产品小节 ${q(p.heading)} 的行业代码 ${p.code} 不在本文件的 industries 中；在前言中加上它，或改正小节标题`,
    en: (p) => `product section ${q(p.heading)} names industry ${p.code}, which is not in this file's industries; add it to the front matter or correct the heading`,
  },
  'products-heading': {
    'zh-CN': (p) => `重点产品小节标题 ${q(p.heading)} 应以四位行业代码开头，例如 ### 6513 应用软件开发`,
    en: (p) => `product section heading ${q(p.heading)} must start with a four-digit industry code, such as ### 6513 应用软件开发`,
  },
  'products-line-not-item': {
    'zh-CN': (p) => p.char
      ? `“重点产品和服务”中这一行以“${p.char}”开头，不会作为产品显示；请改为半角减号加空格：- ${p.text}`
      : `“重点产品和服务”中这一行既不是“### 行业小节”标题，也不是“- ”开头的产品，不会显示；请在行首加“- ”，或把说明文字移到“## 说明”小节`,
    en: (p) => p.char
      ? `this line of the product list starts with "${p.char}" and is not shown as a product; use a half-width hyphen and a space: - ${p.text}`
      : `this line of the product list is neither a "### class" heading nor a "- " product and is not shown; start it with "- " or move the text to a "## 说明" section`,
  },
  'products-outside-section': {
    'zh-CN': () => `产品条目不在任何行业小节下；请在它上方加一行 ### <行业代码> <行业名称>`,
    en: () => `product item is not under an industry section; add a line ### <code> <name> above it`,
  },
  'markdown-html': {
    'zh-CN': (p) => `正文中不能使用 HTML（${p.html}）：网站不会显示它。请改用 Markdown，链接写成 [文字](https://…)；要显示尖括号，请写成 \\<`,
    en: (p) => `raw HTML (${p.html}) is not allowed in the text: the site does not show it. Write Markdown instead, links as [text](https://…); for a literal angle bracket write \\<`,
  },
  'markdown-link': {
    'zh-CN': (p) => `链接地址 ${q(p.url)} 不能使用：只能链接到 https:// 或 http:// 开头的网页，或本站的相对地址（如 /policy/）`,
    en: (p) => `the link ${q(p.url)} cannot be used: link only to pages starting with https:// or http://, or to a relative address on this site (such as /policy/)`,
  },
  'policy-clause-format': {
    'zh-CN': (p) => `条款编号 ${q(p.clause)} 格式不对；用数字和点（如 4.2），附件用 annex.1 这样的形式`,
    en: (p) => `clause id ${q(p.clause)} is malformed; use digits and dots (such as 4.2), or annex.1 in the annex`,
  },
  'policy-clause-duplicate': {
    'zh-CN': (p) => `条款编号 ${q(p.clause)} 重复，已在 ${p.other} 使用；每个条款编号必须唯一`,
    en: (p) => `clause id ${q(p.clause)} is used twice, also at ${p.other}; every clause id must be unique`,
  },
  'policy-text-changed': {
    'zh-CN': (p) => p.want === ''
      ? `政策原文与发布的文本不一致：发布的原文在这一行之前已经结束，多出了“${p.got}”；政策原文必须一字不改，请删除多出的文字`
      : `政策原文与发布的文本不一致：这一行是“${p.got}”，发布的原文是“${p.want}”；政策原文必须一字不改，请照原文改回`,
    en: (p) => p.want === ''
      ? `the policy text differs from the published text: the published text has already ended, "${p.got}" is extra; the policy is kept word for word, remove the extra text`
      : `the policy text differs from the published text: this line has "${p.got}", the published text has "${p.want}"; the policy is kept word for word, restore the published wording`,
  },
  'policy-text-missing': {
    'zh-CN': (p) => `政策原文在这里结束，但发布的原文后面还有“${p.want}”；请补回缺少的文字`,
    en: (p) => `the policy text ends here, but the published text goes on with "${p.want}"; restore the missing text`,
  },
  'policy-reference-missing': {
    'zh-CN': (p) => `缺少政策发布文本的对照副本 ${p.path}，无法逐字核对政策原文；请重新安装 @sixin/core`,
    en: (p) => `the reference copy of the published policy ${p.path} is missing, so the policy cannot be checked word for word; reinstall @sixin/core`,
  },
  'policy-reference-changed': {
    'zh-CN': (p) => `政策发布文本的对照副本 ${p.path} 被改动过（与登记的指纹不符）；请从 @sixin/core 恢复它，不要为迁就 content/ 而修改它`,
    en: (p) => `the reference copy of the published policy ${p.path} has been altered (its fingerprint does not match); restore it from @sixin/core, never edit it to match content/`,
  },
  'policy-clause-changed': {
    'zh-CN': (p) => `标题“${p.title}”的条款编号发布时是 {#${p.published}}，这里改成了 {#${p.clause}}；已发布的条款编号不能更改（其他网站链接到 #clause-${p.anchor}，资格规则也引用它），请改回 {#${p.published}}`,
    en: (p) => `the heading "${p.title}" was published with clause id {#${p.published}}, here it is {#${p.clause}}; a published clause id never changes (other sites link to #clause-${p.anchor} and the rules cite it): change it back to {#${p.published}}`,
  },
  'policy-clause-removed': {
    'zh-CN': (p) => `标题“${p.title}”发布时带有条款编号 {#${p.published}}，这里没有了；请在标题末尾加回 {#${p.published}}`,
    en: (p) => `the heading "${p.title}" was published with clause id {#${p.published}}, which is missing here; add {#${p.published}} back at the end of the heading`,
  },
  'policy-annex-table-missing': {
    'zh-CN': () => `政策附件中找不到目录表（| 代码 | 分类名称 |）；一、二级分类名称要与它核对`,
    en: () => `the policy annex has no directory table (| 代码 | 分类名称 |); level-1 and level-2 names are checked against it`,
  },
  'clause-unknown': {
    'zh-CN': (p) => `引用的条款 ${q(p.clause)} 在政策原文中不存在；现有条款：${p.known}`,
    en: (p) => `clause ${q(p.clause)} is cited but not present in the policy; the clauses are: ${p.known}`,
  },
  'reference-data-missing': {
    'zh-CN': (p) => `缺少参考数据文件 ${p.path}（GB/T 4754-2017 行业分类表）；请重新安装 @sixin/core`,
    en: (p) => `reference data file ${p.path} (the GB/T 4754-2017 table) is missing; reinstall @sixin/core`,
  },
  // Eligibility rules (content/rules/): see packages/core/src/rules/.
  'rules-file-missing': {
    'zh-CN': (p) => `缺少资格规则文件 ${p.path}；规则文件夹应有 questions.yaml、measures.yaml、expectations.yaml 和 common.yaml（见 content/rules/README.md）`,
    en: (p) => `rules file ${p.path} is missing; the rules folder holds questions.yaml, measures.yaml, expectations.yaml and common.yaml (see content/rules/README.md)`,
  },
  // contacts.yaml (contacts.ts): problems stop the build, the three reminders below do not.
  'contacts-shape': {
    'zh-CN': () => `contacts.yaml 应以 contacts: 开头，下面每个部门一项（- id: …，office: …），格式见 content/README.md`,
    en: () => `contacts.yaml must start with contacts: and list one office per item (- id: …, office: …); see content/README.md`,
  },
  'contact-duplicate': {
    'zh-CN': (p) => `编号 ${p.id} 已用于前面的部门；每个部门的 id 必须不同`,
    en: (p) => `the id ${p.id} is already used above; every office needs its own id`,
  },
  'contact-empty': {
    'zh-CN': (p) => `提醒：${p.office} 的 ${p.fields} 尚未填写，网站上不显示这些项目；核实后请填写，并把 checked 改为核实日期`,
    en: (p) => `reminder: ${p.office} has no ${p.fields} yet, so the site shows none; fill them in once checked and set checked to that date`,
  },
  'contact-unchecked': {
    'zh-CN': (p) => `提醒：${p.office} 的联系方式没有写核实日期；请加上 checked: 年-月-日`,
    en: (p) => `reminder: ${p.office}'s details have no checked date; add checked: YYYY-MM-DD`,
  },
  'contact-stale': {
    'zh-CN': (p) => `提醒：${p.office} 的联系方式核实于 ${p.checked}，已超过一年；请重新核实并更新 checked`,
    en: (p) => `reminder: ${p.office}'s details were checked on ${p.checked}, over a year ago; check them again and update checked`,
  },
  'rules-file-unknown': {
    'zh-CN': (p) => `规则文件夹中的 ${p.name} 不会被读取；规则只写在 questions.yaml、measures.yaml、expectations.yaml 和 common.yaml 中，说明写在 README.md`,
    en: (p) => `${p.name} in the rules folder is never read; rules go in questions.yaml, measures.yaml, expectations.yaml and common.yaml, explanations in README.md`,
  },
  'rules-root-type': {
    'zh-CN': (p) => `文件内容应为${p.expectedZh}；参照 content/rules/README.md 中的示例`,
    en: (p) => `the file must hold ${p.expected}; see the examples in content/rules/README.md`,
  },
  'rules-duplicate-id': {
    'zh-CN': (p) => `${p.kindZh} id ${q(p.id)} 重复，第 ${p.other} 行已经用过；每个${p.kindZh}的 id 必须唯一`,
    en: (p) => `${p.kind} id ${q(p.id)} is used twice, also at line ${p.other}; every ${p.kind} needs its own id`,
  },
  'rules-reserved-id': {
    'zh-CN': (p) => `${q(p.id)} 是保留字，不能用作问题 id（next: end 表示问完了）；请换一个 id`,
    en: (p) => `${q(p.id)} is reserved and cannot be a question id (next: end means the questions are over); choose another id`,
  },
  'rules-next-missing': {
    'zh-CN': (p) => `问题 ${p.question} 的选项 ${p.option} 没有 next，选了它之后无处可去，这条路径无法得出结论；请写 next: <下一个问题的 id>，或 next: end`,
    en: (p) => `option ${p.option} of question ${p.question} has no next, so choosing it leads nowhere and that path never reaches an outcome; write next: <id of the next question> or next: end`,
  },
  'rules-question-unreachable': {
    'zh-CN': (p) => `问题 ${p.question} 永远不会被问到：从第一个问题 ${p.start} 出发，没有哪个选项的 next 通向它；请在某个选项写 next: ${p.question}，或删除这个问题`,
    en: (p) => `question ${p.question} is never asked: starting from the first question ${p.start}, no option's next leads to it; point an option at it with next: ${p.question}, or remove it`,
  },
  'rules-search-option-unknown': {
    'zh-CN': (p) => `问题 ${p.question} 的 suggested-by-search 写的是 ${q(p.option)}，但这个问题没有该选项；可用选项：${p.known}`,
    en: (p) => `suggested-by-search of question ${p.question} is ${q(p.option)}, which is not one of its options: ${p.known}`,
  },
  'rules-condition-question-unknown': {
    'zh-CN': (p) => `措施 ${p.measure} 的条件引用了不存在的问题 ${q(p.question)}；现有问题：${p.known}`,
    en: (p) => `a rule of measure ${p.measure} refers to question ${q(p.question)}, which does not exist; the questions are: ${p.known}`,
  },
  'rules-condition-option-unknown': {
    'zh-CN': (p) => `措施 ${p.measure} 的条件中，问题 ${p.question} 没有选项 ${q(p.option)}；可用选项：${p.known}`,
    en: (p) => `a rule of measure ${p.measure} expects option ${q(p.option)} of question ${p.question}, which has no such option; its options are: ${p.known}`,
  },
  'rules-term-unknown': {
    'zh-CN': (p) => `术语 ${q(p.term)} 没有在 common.yaml 的 glossary 中定义；现有：${p.known}`,
    en: (p) => `term ${q(p.term)} is not defined in the glossary of common.yaml; the terms are: ${p.known}`,
  },
  'rules-confirm-missing': {
    'zh-CN': (p) => `措施 ${p.measure} 的“可能适用”结论没有写向谁确认；请加上 contacts，例如 contacts: [amr]（联系部门在 common.yaml 中定义）`,
    en: (p) => `a may-apply outcome of measure ${p.measure} does not say whom to confirm with; add contacts, such as contacts: [amr] (contacts are defined in common.yaml)`,
  },
  'rules-path-no-outcome': {
    'zh-CN': (p) => `措施 ${p.measure} 在 ${p.count} 条提问路径上没有结论，例如回答为 ${p.path} 时；请加一条规则覆盖这种回答（规则按顺序比对，第一条符合的生效）`,
    en: (p) => `measure ${p.measure} reaches no outcome on ${p.count} path(s) through the questions, for example when the answers are ${p.path}; add a rule that covers them (rules are tried in order and the first that fits wins)`,
  },
  'rules-rule-never-used': {
    'zh-CN': (p) => `措施 ${p.measure} 的第 ${p.rule} 条规则在任何回答下都不会生效（前面的规则已经覆盖了这些回答，或者它要求的回答不会在同一条路径上出现）；请删除它或调整顺序`,
    en: (p) => `rule ${p.rule} of measure ${p.measure} never takes effect for any answers (earlier rules already cover them, or it expects answers that never occur on the same path); remove it or reorder the rules`,
  },
  'rules-sentence-no-basis': {
    'zh-CN': (p) => `“${p.sentence}”没有注明依据：转述政策原文的，写 policy-terms（所引条款中、这句话也用到的词，例如 policy-terms: {"4.2": [容缺登记]}）；政策以外的说明，写 outside 和来源（例如 outside: policy-silent，来源在 common.yaml 的 sources 中定义）。没有依据的话请删除`,
    en: (p) => `“${p.sentence}” does not say where it comes from: a quote or close paraphrase of the policy needs policy-terms (words of the cited clause that the sentence uses, such as policy-terms: {"4.2": [容缺登记]}); an explanation outside the policy needs outside with its source (such as outside: policy-silent, a source defined under sources in common.yaml). Remove a sentence that has neither`,
  },
  'rules-sentence-two-bases': {
    'zh-CN': (p) => `“${p.sentence}”同时写了 policy-terms 和 outside；一句话要么转述政策原文，要么是政策以外的说明，只能写其中一个（两者都有的，拆成两句）`,
    en: (p) => `“${p.sentence}” has both policy-terms and outside; a sentence either restates the policy or explains something outside it, so keep one (split it in two if it does both)`,
  },
  'rules-sentence-several': {
    'zh-CN': (p) => `“${p.sentence}”不止一句话；每项只写一句，各自注明依据（列表写法：reason: [ {zh-CN: …, en: …, policy-terms: …}, … ]）`,
    en: (p) => `“${p.sentence}” holds more than one sentence; write one sentence per item, each with its own basis (as a list: reason: [ {zh-CN: …, en: …, policy-terms: …}, … ])`,
  },
  'rules-source-unknown': {
    'zh-CN': (p) => `“${p.sentence}”的 outside 写的是 ${q(p.source)}，它没有在 common.yaml 的 sources 中定义；现有来源：${p.known}`,
    en: (p) => `outside of “${p.sentence}” is ${q(p.source)}, which is not defined under sources in common.yaml; the sources are: ${p.known}`,
  },
  'rules-sentence-clause-not-cited': {
    'zh-CN': (p) => `“${p.sentence}”转述条款 ${p.clause}，但这一结论注明的政策依据（cites）只有 ${p.cites}；请把 ${p.clause} 加入 cites，或改正 policy-terms`,
    en: (p) => `“${p.sentence}” restates clause ${p.clause}, but the clauses this outcome cites are only ${p.cites}; add ${p.clause} to cites or correct policy-terms`,
  },
  'rules-term-not-in-sentence': {
    'zh-CN': (p) => `policy-terms 列出了“${p.term}”，但“${p.sentence}”中没有这几个字；policy-terms 只列这句话真正用到的条款原词`,
    en: (p) => `policy-terms lists “${p.term}”, but “${p.sentence}” does not contain it; list only words of the clause that the sentence really uses`,
  },
  'rules-term-not-in-clause': {
    'zh-CN': (p) => `“${p.sentence}”注明条款 ${p.clause} 含有“${p.term}”，但该条款原文中没有这几个字；请核对引用的条款，或改正 policy-terms`,
    en: (p) => `“${p.sentence}” says clause ${p.clause} contains “${p.term}”, but the clause's text does not; check the citation or correct policy-terms`,
  },
  // Directory revisions (content/revisions/)
  'revision-file-name': {
    'zh-CN': (p) => `修订文件名 ${q(p.name)} 不对：每次发布的修订是 <日期>.md（如 2021-12-30.md）和同名的 .json 快照，未发布修改的说明写在 unreleased.md`,
    en: (p) => `revision file name ${q(p.name)} is not right: each published revision is <date>.md (such as 2021-12-30.md) with its .json snapshot of the same name; declarations for unreleased changes go in unreleased.md`,
  },
  'revision-date-mismatch': {
    'zh-CN': (p) => `date 为 ${p.date}，但文件名是 ${p.name}.md；两者必须相同（发布日期就是修订的标识）`,
    en: (p) => `date is ${p.date} but the file is named ${p.name}.md; they must be the same (the date is the revision's id)`,
  },
  'revision-summary-empty': {
    'zh-CN': () => `修订说明为空；请在 --- 之后用通俗的中文写明这次修订改了什么、为什么`,
    en: () => `the revision summary is empty; after the closing --- say in plain Chinese what this revision changed and why`,
  },
  'revision-snapshot-missing': {
    'zh-CN': (p) => `缺少这次修订的目录快照 ${p.path}；快照由 npx sixin release 写出，不要手工删除`,
    en: (p) => `the directory snapshot ${p.path} of this revision is missing; npx sixin release writes it, do not delete it`,
  },
  'revision-snapshot-invalid': {
    'zh-CN': (p) => `目录快照无法读取（${p.reason}）；快照由 npx sixin release 写出，不要手工修改`,
    en: (p) => `the directory snapshot cannot be read (${p.reason}); npx sixin release writes it, do not edit it by hand`,
  },
  'revision-order': {
    'zh-CN': (p) => `修订 ${p.date} 不晚于上一次修订 ${p.previous}；每天最多发布一次修订，日期要递增`,
    en: (p) => `revision ${p.date} is not later than the previous revision ${p.previous}; at most one revision a day, in increasing dates`,
  },
  'revision-removal-undeclared': {
    'zh-CN': (p) => `已发布的分类 ${p.id}（${p.name}，${p.since} 版）${p.target ? `在 ${p.target} 版中` : '在当前内容中'}没有了，但没有说明由什么取代或已撤销；请在${p.target ? '这个文件' : ' revisions/unreleased.md '}的前言中写 replaced-by: {"${p.id}": 新的 id}，或 withdrawn: {"${p.id}": 不再列入的原因}（已发布的链接不能失效）`,
    en: (p) => `published category ${p.id} (${p.name}, revision ${p.since}) is gone ${p.target ? `in revision ${p.target}` : 'from the working content'} without saying what replaces it or that it is withdrawn; in the front matter of ${p.target ? 'this file' : 'revisions/unreleased.md'} add replaced-by: {"${p.id}": new id} or withdrawn: {"${p.id}": why it is no longer listed} (published links must keep working)`,
  },
  'revision-declared-id-not-removed': {
    'zh-CN': (p) => `声明了 ${p.id} 被取代或撤销，但它${p.since ? `不在 ${p.since} 版中，或` : ''}仍在目录中；只为已发布、现已删除的 id 写 replaced-by 或 withdrawn`,
    en: (p) => `${p.id} is declared replaced or withdrawn, but it ${p.since ? `is not in revision ${p.since} or ` : ''}is still in the directory; declare only published ids that are now gone`,
  },
  'revision-replacement-unknown': {
    'zh-CN': (p) => `replaced-by 把 ${p.id} 指向 ${q(p.target)}，但目录中没有这个 id；请写现有分类的 id（如 1.3 或 1.3/xinxing-ruanjian-kaifa）`,
    en: (p) => `replaced-by points ${p.id} to ${q(p.target)}, which is not an id in the directory; give the id of an existing category (such as 1.3 or 1.3/xinxing-ruanjian-kaifa)`,
  },
} satisfies Catalog;

export type ProblemCode = keyof typeof MESSAGES;

/** One thing wrong with the content, located so an editor can go straight to it. */
export interface Problem {
  code: ProblemCode;
  /** Path relative to the current directory, with forward slashes. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
  params: Params;
}

export function problemMessage(problem: Problem, lang: Lang = 'zh-CN'): string {
  return format(MESSAGES[problem.code], lang, problem.params);
}

/** `file:line: message`, the form editors' tools (and terminals) turn into links. */
export function formatProblem(problem: Problem, lang: Lang = 'zh-CN'): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problemMessage(problem, lang)}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.code.localeCompare(b.code),
  );
}

/** Thrown by loaders that must not go on with invalid content (the site build). */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[], lang: Lang = 'zh-CN') {
    const lines = sortProblems(problems).map((p) => formatProblem(p, lang));
    super(`${lines.length} problem(s) in content:\n${lines.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
