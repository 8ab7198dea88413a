/**
 * What a source is called where a seller reads it. The rule set names its sources for the people
 * who maintain it (seed file names, API method names, section numbers of a reference file); a
 * seller gets a plain title in their language instead, and the link where there is one.
 */
import type { SourceRef } from '../rules/types';
import type { UiLang } from './i18n';

const TITLES: Record<string, readonly [en: string, zh: string]> = {
  'seed:000': ['Canceled vs closed orders in cross-border selling', '跨境电商中的“已取消”与“已关闭”订单'],
  'seed:001': ['Closing 1688 orders, state by state', '1688 订单如何按状态关闭'],
  'seed:002': ['Can an unshipped Amazon order be canceled?', '未发货的亚马逊订单能否取消？'],
  'seed:003': ['Amazon order cancellations: reasons, handling, prevention', '亚马逊订单取消：原因、处理与预防'],
  'seed:004': ['Canceling AliExpress orders as a dropshipper, then in your store', '代发货卖家如何取消速卖通订单，以及之后在店铺中取消'],
  'amazon-help:G201722390': ['Amazon Seller Central help: Cancel an order', '亚马逊卖家平台帮助：取消订单'],
  'amazon-help:200198080': ['Amazon Seller Central help: Cancel an order (UK)', '亚马逊卖家平台帮助：取消订单（英国站）'],
  'amazon-help:200198080 (JP)': [
    'Amazon Seller Central help (Japan): canceling pending orders',
    '亚马逊卖家平台帮助（日本站）：取消待处理订单',
  ],
  'amazon-help:200285210': ['Amazon Seller Central help: Cancellation Rate', '亚马逊卖家平台帮助：订单取消率'],
  'amazon-help:200285210 (IN)': [
    'Amazon.in Seller Central help: Cancellation Rate and cancellation fee',
    '亚马逊印度站帮助：订单取消率与取消费',
  ],
  'amazon-help:40571': ['Amazon Seller Central help: Pending orders', '亚马逊卖家平台帮助：待处理订单'],
  'amazon-forums:pending-21-days': [
    'Amazon Seller Forums: pending orders are canceled after 21 days',
    '亚马逊卖家论坛：待处理订单 21 天后被取消',
  ],
  'amazon-forums:694871': ['Amazon Seller Forums: unshipped orders are canceled automatically', '亚马逊卖家论坛：未发货订单会被自动取消'],
  'reference:platform-rules §1.3': ['What the Seller Central order page shows', '亚马逊卖家平台订单页面显示的信息'],
  'reference:platform-rules §1.7': ['Amazon help: canceling orders fulfilled by Amazon', '亚马逊帮助：取消亚马逊配送的订单'],
  'reference:platform-rules §1.8': ['Amazon buyer-seller messaging rules', '亚马逊买家与卖家消息规则'],
  'aliexpress-sdk:order_status': ['AliExpress order statuses', '速卖通订单状态说明'],
  'aliexpress-rules:non-fulfillment': ['AliExpress rules: Transaction Non-fulfillment (成交不卖)', '速卖通规则：成交不卖'],
  'reference:platform-rules §2.2': ['AliExpress: how an order cancellation works', '速卖通：订单取消流程'],
  'reference:platform-rules §2.3': ['AliExpress disputes', '速卖通纠纷处理'],
  'reference:platform-rules §2.4': ['AliExpress: canceling as a buyer, by order status', '速卖通：买家按订单状态取消'],
  '1688-api:alibaba.trade.get.buyerView': ['1688 order statuses', '1688 订单状态说明'],
  '1688-api:alibaba.trade.cancel': ['1688: closing unpaid orders', '1688：关闭未付款订单'],
  '1688-api:alibaba.trade.createRefund': ['1688: refunds before and after shipment', '1688：发货前后的退款'],
  'reference:platform-rules §4': ['Shopify help: Cancel an order', 'Shopify 帮助：取消订单'],
  'shopify-dev:orderCancel': ['Shopify developer documentation: canceling an order', 'Shopify 开发者文档：取消订单'],
  'shopify-dev:changelog': ['Shopify: fulfilled orders can no longer be canceled', 'Shopify：已发货订单不能再取消'],
  'page:order': ['The order page itself: a date or countdown shown for this order', '订单页面本身：页面为此订单显示的日期或倒计时'],
  'amazon-help:200198080 (NL)': [
    'Amazon Seller Central help (Netherlands): cancel a whole order or some items',
    '亚马逊卖家平台帮助（荷兰站）：取消整个订单或部分商品',
  ],
  'amazon-help:RXAS2XTAYEF77BG (JP)': [
    'Amazon Seller Central help (Japan): buyers can cancel within 5 minutes of ordering',
    '亚马逊卖家平台帮助（日本站）：买家可在下单后 5 分钟内自行取消',
  ],
  'amazon-news:buyer-auto-cancellation-window': [
    'Amazon announcement: the Buyer Auto-Cancellation Window (30 minutes to 72 hours)',
    '亚马逊公告：买家自动取消时间窗口（30 分钟至 72 小时）',
  ],
  'amazon-help:201722390 (SA)': [
    'Amazon.sa Seller Central help: order cancellations and the cancellation fee',
    '亚马逊沙特站卖家平台帮助：订单取消与取消费',
  ],
  'amazon-help:PKVW22LJYEPCZ7Q (AE)': [
    'Amazon.ae Seller Central help: what happens if you cancel an order',
    '亚马逊阿联酋站卖家平台帮助：取消订单会怎样',
  ],
  'amazon-help:202072550': [
    'Amazon Seller Central help: Seller Fulfilled Prime performance',
    '亚马逊卖家平台帮助：卖家自配送 Prime 的绩效要求',
  ],
  'amazon-help:G200200040': ['Amazon Seller Central help: how an order is processed', '亚马逊卖家平台帮助：订单处理流程'],
  'amazon-help:G45231': ['Amazon Seller Central help: back-orders and pre-orders', '亚马逊卖家平台帮助：缺货订单与预购订单'],
  'amazon-spapi:ordersV0 OrderStatus': ['Amazon order statuses (Selling Partner API)', '亚马逊订单状态说明（卖家合作伙伴 API）'],
  'amazon-help:200495820': ['Amazon Seller Central help: a buyer asks for another address', '亚马逊卖家平台帮助：买家要求更改收货地址'],
  'amazon-forums:partial-order-cancellation': ['Amazon Seller Forums: canceling part of an order', '亚马逊卖家论坛：取消订单中的部分商品'],
  'amazon-help:200298130': [
    'Amazon Seller Central help: customer service for orders fulfilled by Amazon',
    '亚马逊卖家平台帮助：亚马逊配送订单的客户服务',
  ],
  'amazon-help:201722390 (SA, FAQ)': [
    'Amazon Seller Central help: a cancellation asked for only by message',
    '亚马逊卖家平台帮助：买家仅通过消息要求取消订单',
  ],
  'estimate:1688-timers': ['1688 timers: estimates, as no 1688 page states them', '1688 计时规则：估计值（1688 页面未说明）'],
  'shopify-help:cancel-order (copy)': ['Shopify help: what canceling does to the payment', 'Shopify 帮助：取消订单对付款的影响'],
  'shopify-terms:fees': ['Shopify Terms of Service: fees are not returned on a refund', 'Shopify 服务条款：退款时手续费不退还'],
};

/** Anything in a title that only means something to the rule set's maintainers. */
const INTERNAL = [/\s*\((?:seeds?\/|reference\/)[^)]*\)/gi, /\b[A-Z]+_[A-Z_]+\b,?\s*/g, /\b[a-z0-9]+(?:\.[a-z0-9-]+){2,}\b/gi];

export function sourceTitle(source: SourceRef, lang: UiLang): string {
  const known = TITLES[source.id];
  if (known) return known[lang === 'zh' ? 1 : 0];
  // A source added after this table: its own title without file names or codes, never empty.
  const cleaned = INTERNAL.reduce((title, re) => title.replace(re, ''), source.title)
    .replace(/\s{2,}/g, ' ')
    .trim();
  return cleaned || source.title;
}
