/**
 * The store listing's words: the long descriptions (English, Simplified Chinese), the single
 * purpose, and why the extension needs each kind of access. The short description is the
 * manifest's own (`extDescription` in public/_locales), which the Chrome Web Store shows as the
 * summary, so there is one copy. scripts/store/render.ts turns these and the built manifest into
 * the files under store/.
 */
import type { Platform } from '../../src/rules/types';

export type ListingLang = 'en' | 'zh_CN';
export const LISTING_LANGS: readonly ListingLang[] = ['en', 'zh_CN'];

/** The Chrome Web Store's limit for the summary (the manifest description). */
export const SHORT_DESCRIPTION_MAX = 132;

export const LONG_DESCRIPTION: Readonly<Record<ListingLang, string>> = {
  en: `An order has to stop. Can you cancel it or close it? Who has to act, how exactly, and what will it cost you?

Cancel or Close answers on the order page itself, for Amazon Seller Central, AliExpress (seller centre, and "My Orders" for dropshippers buying from suppliers), 1688 and the Shopify admin.

ON EVERY ORDER PAGE
• A compact bar with the verdict: cancel, close, ask the other party, refund instead, dispute, wait, nothing to do — or "unknown" when the page does not say enough.
• The consequence that matters most and the next deadline, at a glance; on order lists, a small box per row.
• One click unfolds it: who acts, the exact clicks, every consequence (cancellation-rate hit or none, non-fulfillment risk, refund timing), the deadlines and a checklist.
• Ready-to-copy messages for the buyer or supplier in their language; those for Amazon buyers are checked against Amazon's messaging rules.

IN THE TOOLBAR
• The same verdict in full, the order's history, and a by-hand state picker for pages it cannot read.

ALSO
• Statistics: cancellations and closures by platform, reason and initiator; Amazon's estimated cancellation rate with a warning as it nears 2.5 %; follow-ups such as a refund not yet confirmed.
• Export and import of your history (JSON; CSV for spreadsheets), your own message templates, English and Simplified Chinese.

NEVER CONFIDENTLY WRONG
A page it cannot read, a status it does not know, or a missing fact that decides the answer gives an "unknown" verdict that says so plainly — never a guess. Every verdict links the platform's policy pages it rests on.

PRIVATE BY DESIGN
Everything stays in your browser: no servers, no accounts, no network requests. It stores order numbers, states, verdicts and times — never buyer names, addresses, phone numbers or e-mail addresses. It runs only on the seller pages above.`,
  zh_CN: `订单必须停下来。能取消还是能关闭？该由谁来操作、具体怎么操作、会付出什么代价？

“取消还是关闭”直接在订单页面上给出答案，支持亚马逊卖家平台、速卖通（卖家后台，以及代发货卖家向供应商下单的“我的订单”）、1688 和 Shopify 后台。

在每个订单页面上
• 一条简洁的提示栏给出结论：取消、关闭、请对方操作、改为退款、发起纠纷、等待、无需操作——页面信息不足时显示“未知”。
• 最重要的后果和下一个截止时间一目了然；在订单列表中，每行一个小提示框。
• 点一下即可展开：谁来操作、具体点击步骤、全部后果（是否影响取消率、未履约风险、退款时间）、截止时间和操作清单。
• 可直接复制的买家或供应商消息，使用对方的语言；发给亚马逊买家的消息已按亚马逊的消息规则检查。

在工具栏中
• 完整的结论、订单历史，以及无法读取的页面可手动选择订单状态。

此外
• 统计：按平台、原因和发起方统计取消与关闭；亚马逊预估取消率，接近 2.5% 时提醒；待跟进事项，例如尚未确认的退款。
• 历史记录的导出与导入（JSON；表格用 CSV）、自定义消息模板、英文和简体中文界面。

绝不自信地出错
读不懂的页面、不认识的状态，或缺少决定结论的信息时，会明确显示“未知”——绝不猜测。每个结论都附有其依据的平台政策页面链接。

隐私优先
所有数据都留在您的浏览器中：没有服务器、没有账户、没有网络请求。它只存储订单号、状态、结论和时间——从不存储买家姓名、地址、电话或电子邮箱。它只在上述卖家页面上运行。`,
};

/** The Chrome Web Store's "single purpose" field (also what Edge's reviewers read first). */
export const SINGLE_PURPOSE =
  'On a marketplace seller’s order page (Amazon Seller Central, AliExpress, 1688, Shopify admin), show whether the order can be canceled or closed, who has to act, how, and what it costs.';

/** Why the extension runs on each platform's pages: the host access every store asks about. */
export const HOST_ACCESS_REASONS: Readonly<Record<Platform, string>> = {
  amazon:
    'Amazon Seller Central (every marketplace’s seller host): the content script reads the order page or the Manage Orders list the seller has open (order id, status, dates) and shows the verdict beside it. It does nothing on other Amazon pages.',
  aliexpress:
    'AliExpress: the seller centre’s order pages, and the buyer’s “My Orders” pages (/p/order/ only) that dropshippers use to buy from suppliers; the content script reads the order’s status and dates and shows the verdict.',
  '1688':
    '1688: the buyer’s and the seller’s order lists and order details (trade, air and work hosts); the content script reads each order’s status and shows the verdict.',
  shopify:
    'Shopify admin (admin.shopify.com/store/ and the shop’s own /admin/ pages): the content script reads the order page’s payment and fulfillment status and shows the verdict.',
};

/**
 * Why each API permission is needed, by its manifest name. A permission added to the manifest
 * without a reason here fails test/unit/store/store.test.ts and `npm run release`.
 */
export const API_PERMISSION_REASONS: Readonly<Record<string, string>> = {
  alarms:
    'Wakes the extension at the moment a reminder of an order deadline is due (for example a cancellation request to answer before its timer), and when an order enters or leaves the toolbar count of orders due within 24 hours. The times come from the order history kept in the browser.',
  scripting:
    'Adds the rest of the in-page hint (the unfolded details, a list’s summary) to the seller page the person is using, when the hint asks for it, on the seller hosts below only. The code is part of the package; keeping it out of pages’ reach this way means no web page can fetch the extension’s files to detect it.',
  notifications:
    'Shows a desktop reminder ahead of an order deadline the person can act on (answer a cancellation request, ship or cancel before the automatic cancellation, open a dispute when no tracking number came). Lead time and quiet hours are settings, and reminders can be turned off per order. Clicking a reminder opens that order’s page.',
};

/** The answers every store's privacy form asks for, true of the code (see PRIVACY.md and its test). */
export const DATA_PRACTICES = {
  remoteCode:
    "No. All code ships in the package; the extension pages' content security policy allows only the extension's own scripts (script-src 'self') and no connections (connect-src 'none').",
  dataCollected:
    'Nothing leaves the device: no servers, no analytics, no network requests. The order history (order numbers, states, verdicts, times) stays in the browser’s own storage, for the person to see, export or delete.',
  privacyPolicy:
    'the public address of PRIVACY.md (for example its page on the repository’s host); the same text ships in the extension (Options → Privacy policy).',
} as const;

/** The promo tile's two lines under the name (scripts/store/promo.html). */
export const PROMO_TAGLINE: Readonly<Record<ListingLang, string>> = {
  en: 'Cancel it or close it? Who acts, how, and what it costs — on the order page.',
  zh_CN: '能取消还是能关闭？谁来操作、怎么操作、代价多少——就在订单页面上。',
};

/**
 * The five screenshots, in the order the stores show them: a demo page (scripts/demo-pages.ts), shown as an
 * order page with its hint unfolded, a list with its row hints, or the toolbar popup over the page.
 */
export interface StoreScreenshot {
  file: string;
  caption: string;
  /** A demo page (scripts/demo-pages.ts), path under demo/pages/ */
  page: string;
  view: 'order' | 'list' | 'popup';
}
export const SCREENSHOTS: readonly StoreScreenshot[] = [
  {
    file: '1-amazon-order.png',
    caption: 'the unfolded hint on an Amazon order the buyer asked to cancel',
    page: 'amazon/buyer-requested-cancel-us.html',
    view: 'order',
  },
  {
    file: '2-amazon-list.png',
    caption: 'Manage Orders at a glance: a verdict on every row',
    page: 'amazon/manage-orders.html',
    view: 'list',
  },
  {
    file: '3-aliexpress-order.png',
    caption: 'the hint on an AliExpress order awaiting shipment',
    page: 'aliexpress/order-awaiting-shipment.html',
    view: 'order',
  },
  {
    file: '4-1688-order.png',
    caption: 'the hint on a 1688 order awaiting payment',
    page: '1688/order-awaiting-payment.html',
    view: 'order',
  },
  { file: '5-popup-shopify.png', caption: 'the toolbar popup on a Shopify order', page: 'shopify/unfulfilled-paid.html', view: 'popup' },
];
