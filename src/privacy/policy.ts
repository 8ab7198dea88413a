/**
 * The privacy policy, in English and Simplified Chinese: the one source of the page shipped in the
 * extension (src/privacy/index.html) and of PRIVACY.md (`npm run privacy:doc`; a test fails when the
 * file is stale). What it claims is checked against the code by test/unit/privacy/policy.test.ts.
 * The names of buttons and settings are taken from the interface strings, so the policy and the
 * options page cannot name them differently.
 */
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { DEFAULT_RETENTION_DAYS } from '../history/retention';

export type PolicyLang = 'en' | 'zh';

interface PolicySection {
  heading: string;
  paragraphs?: readonly string[];
  items?: readonly string[];
}

export interface Policy {
  title: string;
  /** The other language's name, for the switch at the top of the page. */
  otherLanguage: string;
  intro: string;
  sections: readonly PolicySection[];
}

/** Changed only with the policy's meaning (not its wording); a CHANGELOG entry says what changed. */
const POLICY_DATE = '2026-12-05';

const enLabel = (key: keyof typeof en): string => `“${en[key].message}”`;
const zhLabel = (key: keyof typeof en): string => `“${zh[key].message}”`;

export const PRIVACY_POLICY: Readonly<Record<PolicyLang, Policy>> = {
  en: {
    title: 'Cancel or Close — privacy policy',
    otherLanguage: '中文',
    intro:
      'Cancel or Close works entirely inside your browser. It has no servers, no accounts and no analytics, and it sends nothing to anyone, us included. ' +
      `This policy was last changed on ${POLICY_DATE}.`,
    sections: [
      {
        heading: 'What it reads',
        paragraphs: [
          'Only on the seller pages it is made for (Amazon Seller Central, AliExpress, 1688 and the Shopify admin) it reads an order’s facts from the page: ' +
            'the order number, its status, dates and deadlines, who ships it, and whether a cancellation or refund was asked for. It also reads the product names the order shows, only to fill the item into a ready-made message. It runs on no other site.',
        ],
      },
      {
        heading: 'What it stores, in your browser only',
        items: [
          'For each order it has seen: the platform, the order number, the marketplace, who ships it, and its states — the status word the page showed, whether a cancellation was requested, when each state was first seen, and when the order was first and last seen.',
          'The verdict it gave each time (what can be done and what it costs, with the version of the rules behind it).',
          'The address of the page the order was seen on, as site and path only: never the part after “?”, which on a list page can carry a search for a buyer.',
          'What you did with the extension for an order: steps you ticked, which ready-made message you copied or inserted (its name and language, not its text), a reason you recorded and any note you type.',
          'Follow-ups, such as checking that a refund went through, with their due dates.',
          'Counts for the statistics page: per day, how many orders ended on each platform, by which rule and who started it, and the name of your browser’s time zone those days are counted in.',
          'For an order with a deadline that needs you (a cancellation request to answer, an order to ship before it is cancelled automatically): that deadline, whether you turned its reminders off, and whether its reminder was shown. Reminders are the browser’s own desktop notifications; nothing is sent anywhere.',
          'Your settings and the message templates you write yourself.',
          'Status words you taught it (when a page showed a word it did not know and you said what it means): the platform, the word and the stage you chose.',
        ],
      },
      {
        heading: 'Page samples, only when you ask',
        paragraphs: [
          'When an order page cannot be read, its hint offers to save a page sample: a file of the page’s order area, saved to your computer like any download. ' +
            'It keeps the layout, class names, labels, status words and dates; names, addresses, phone numbers, e-mail addresses, product titles, prices, order numbers and every other text are replaced by placeholders. ' +
            'Nothing is sent: the file stays on your computer until you choose to share it, and the extension keeps no copy.',
        ],
      },
      {
        heading: 'What it never stores',
        paragraphs: [
          'Buyer names, postal addresses, phone numbers, e-mail addresses, payment details, product names, the messages on the page, or anything from a site other than the seller pages above. ' +
            'Ready-made messages leave the customer’s name as a blank for you to fill in; the extension does not read it from the page.',
        ],
      },
      {
        heading: 'No network',
        paragraphs: [
          'The extension makes no network requests of its own, and its pages are not allowed to (their content security policy forbids connections). ' +
            'A link to a platform’s help page opens only when you click it.',
        ],
      },
      {
        heading: 'Export and delete',
        items: [
          `Export: in the settings, under ${enLabel('history_title')}, ${enLabel('history_export_json')} saves everything as a file (JSON); ${enLabel('history_export_csv')} saves a table for spreadsheets.`,
          `Delete: ${enLabel('history_delete_all')} there removes every order, verdict, action and follow-up at once (your settings and templates stay).`,
          `Orders not seen for ${DEFAULT_RETENTION_DAYS} days are deleted automatically; ${enLabel('history_retention')} changes that.`,
          'Removing the extension from the browser deletes everything it stored.',
        ],
      },
    ],
  },
  zh: {
    title: '取消还是关闭——隐私政策',
    otherLanguage: 'English',
    intro: `“取消还是关闭”完全在您的浏览器内运行。它没有服务器、没有账户、没有统计分析，不向任何人（包括我们）发送任何数据。本政策最近一次修改于 ${POLICY_DATE}。`,
    sections: [
      {
        heading: '它读取什么',
        paragraphs: [
          '它只在为之设计的卖家页面上（亚马逊卖家平台、速卖通、1688 和 Shopify 后台）从页面读取订单信息：订单号、状态、日期和截止时间、由谁发货，以及是否有人申请取消或退款。它还读取订单显示的商品名称，仅用于填入现成消息中的商品。它不在任何其他网站上运行。',
        ],
      },
      {
        heading: '它存储什么（只在您的浏览器中）',
        items: [
          '它见过的每个订单：平台、订单号、站点、由谁发货，以及订单的状态——页面显示的状态文字、是否有取消申请、每个状态首次出现的时间，以及订单首次和最后一次被看到的时间。',
          '它每次给出的判断（能做什么、代价是什么，以及所依据的规则版本）。',
          '看到该订单的页面地址，只保留网站和路径：从不保存“?”之后的部分，因为在列表页上那里可能带有对买家的搜索。',
          '您在扩展中对订单做过的事：勾选的步骤、复制或插入了哪条现成消息（只记名称和语言，不记正文）、您记录的原因以及您输入的备注。',
          '后续提醒（例如确认退款已到账）及其到期时间。',
          '统计页面使用的计数：每天在各平台结束的订单数，按规则和发起方分列，以及计算这些日期所用的浏览器时区名称。',
          '对于有需要你处理的截止时间的订单（需答复的取消申请、须在自动取消前发货的订单）：该截止时间、你是否关闭了它的提醒，以及提醒是否已显示。提醒使用浏览器自带的桌面通知，不向任何地方发送数据。',
          '您的设置和您自己编写的消息模板。',
          '您教给它的状态文字（页面显示了它不认识的文字、您说明了其含义时）：平台、该文字以及您选择的阶段。',
        ],
      },
      {
        heading: '页面样本，只在您要求时保存',
        paragraphs: [
          '当订单页面无法读取时，提示会提供“保存页面样本”：把页面的订单区域保存为一个文件，像普通下载一样存到您的电脑上。' +
            '文件保留页面结构、类名、标签、状态文字和日期；姓名、地址、电话号码、电子邮箱、商品标题、价格、订单号以及其他所有文字都会被占位符替换。' +
            '不会发送任何内容：文件留在您的电脑上，由您决定是否分享，扩展自身不保留副本。',
        ],
      },
      {
        heading: '它从不存储什么',
        paragraphs: [
          '买家姓名、邮寄地址、电话号码、电子邮箱、支付信息、商品名称、页面上的消息内容，以及上述卖家页面以外任何网站的内容。现成消息中的买家姓名留作空白，由您自己填写；扩展不会从页面读取它。',
        ],
      },
      {
        heading: '不联网',
        paragraphs: [
          '扩展自身不发出任何网络请求，它的页面也不被允许这样做（其内容安全策略禁止任何连接）。平台帮助页面的链接只在您点击时才会打开。',
        ],
      },
      {
        heading: '导出与删除',
        items: [
          `导出：在设置页的${zhLabel('history_title')}中，${zhLabel('history_export_json')}把全部内容保存为文件（JSON）；${zhLabel('history_export_csv')}保存为表格。`,
          `删除：同一处的${zhLabel('history_delete_all')}一次删除所有订单、判断、操作和后续提醒（您的设置和模板会保留）。`,
          `${DEFAULT_RETENTION_DAYS} 天内未再出现的订单会被自动删除；可在${zhLabel('history_retention')}中修改。`,
          '从浏览器中移除扩展会删除它存储的全部内容。',
        ],
      },
    ],
  },
};

/** PRIVACY.md: both languages, English first. */
export function policyMarkdown(): string {
  const md = (p: Policy): string =>
    [
      `## ${p.title}`,
      '',
      p.intro,
      '',
      ...p.sections.flatMap((s) => [
        `### ${s.heading}`,
        '',
        ...(s.paragraphs ?? []).flatMap((x) => [x, '']),
        ...(s.items ?? []).map((x) => `- ${x}`),
        ...(s.items ? [''] : []),
      ]),
    ].join('\n');
  return [
    '# Privacy policy / 隐私政策',
    '',
    '<!-- Generated from src/privacy/policy.ts by `npm run privacy:doc`; edit that file, not this one. -->',
    '',
    'The same text ships inside the extension: Options → “Privacy policy”. / 扩展内也附有同样的内容：设置 → “隐私政策”。',
    '',
    md(PRIVACY_POLICY.en),
    md(PRIVACY_POLICY.zh),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}
