/**
 * Every fact a rule rests on, named once. Seeds are the domain articles in /work/shared/seeds;
 * the rest are the policy pages and API docs cited in /work/shared/reference/platform-rules.md.
 */
import type { Confidence, SourceRef } from './types';

/**
 * Seeds are domain articles (secondary); Amazon help pages, Shopify docs and official API
 * references are 'policy-page'; forum posts, vendor knowledge bases and mirrors are 'secondary'.
 */
const src = (id: string, title: string, url: string | undefined, confidence: Confidence): SourceRef =>
  Object.freeze(url === undefined ? { id, title, confidence } : { id, title, url, confidence });

export const SRC = Object.freeze({
  orderPage: src('page:order', 'The order page itself: a date or countdown the platform shows for this order', undefined, 'policy-page'),
  seed000: src('seed:000', 'Canceled vs closed orders in cross-border e-commerce (seeds/000)', undefined, 'secondary'),
  seed001: src('seed:001', '1688速卖通订单怎么关闭 — closing 1688 orders by state (seeds/001)', undefined, 'secondary'),
  seed002: src('seed:002', 'Can an unshipped Amazon order be canceled? (seeds/002)', undefined, 'secondary'),
  seed003: src('seed:003', 'Amazon order cancellation: reasons, handling, prevention (seeds/003)', undefined, 'secondary'),
  seed004: src(
    'seed:004',
    '如何在速卖通上取消订单 — cancelling AliExpress orders as a dropshipper, then in Shopify (seeds/004)',
    undefined,
    'secondary',
  ),

  amazonCancelHelp: src(
    'amazon-help:G201722390',
    'Amazon Seller Central help: Cancel an order (US/CA) — 30-minute buyer window, standard cancellation process, buyer not charged before ship-confirm',
    'https://sellercentral.amazon.com/gp/help/external/G201722390',
    'policy-page',
  ),
  amazonCancelHelpUk: src(
    'amazon-help:200198080',
    'Amazon Seller Central help: Cancel an order (UK) — Manage Orders clicks; ship what you can, then an Order Adjustment (NoInventory / CustomerCancel) for the rest',
    'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=200198080',
    'policy-page',
  ),
  amazonCancelItemsHelp: src(
    'amazon-help:200198080 (NL)',
    'Amazon Seller Central help (NL): Cancel Order → “Cancel entire order” or “Cancel items” (choose the ASIN and quantity)',
    'https://sellercentral.amazon.nl/gp/help/external/help.html?itemID=200198080',
    'policy-page',
  ),
  amazonCancelHelpJp: src(
    'amazon-help:200198080 (JP)',
    'Amazon Seller Central help (JP): pending orders can be canceled as well as unshipped orders',
    'https://sellercentral.amazon.co.jp/gp/help/external/200198080',
    'policy-page',
  ),
  amazonBuyerCancelJp: src(
    'amazon-help:RXAS2XTAYEF77BG (JP)',
    'Amazon Seller Central help (JP): buyers can cancel merchant-fulfilled orders up to 5 minutes after placing them',
    'https://sellercentral.amazon.co.jp/gp/help/external/RXAS2XTAYEF77BG',
    'policy-page',
  ),
  amazonBuyerAutoCancelWindow: src(
    'amazon-news:buyer-auto-cancellation-window',
    'Amazon announcement (reposted): Buyer Auto-Cancellation Window in General shipping settings, sellers choose 30 minutes to 72 hours; buyer cancellations inside it do not count',
    'https://www.bluewheelmedia.com/marketplace-updates/amazon-auto-cancelation-setting-merchant-fulfilled-orders',
    'secondary',
  ),
  amazonCancellationRate: src(
    'amazon-help:200285210',
    'Amazon Seller Central help: Cancellation Rate (< 2.5 % over 7 days; order and item cancellations by the seller count; after ship-confirmation not shipping an item is a refund; two consecutive seller cancellations in 30 days may remove an offer)',
    'https://sellercentral.amazon.ca/gp/help/external/200285210',
    'policy-page',
  ),
  amazonCancellationRateIn: src(
    'amazon-help:200285210 (IN)',
    'Amazon.in Seller Central help: Cancellation Rate (< 2 %; counts auto-cancels when not shipped within 24 h of the ESD, or by the ESD for Easy Ship Guaranteed Delivery; cancellation fee 100 %/150 % of the referral fee)',
    'https://sellercentral.amazon.in/gp/help/external/200285210',
    'policy-page',
  ),
  amazonCancelHelpSa: src(
    'amazon-help:201722390 (SA)',
    'Amazon.sa Seller Central help: Order cancellations — a buyer-requested cancellation has no rate impact and no fee; other seller cancellations may incur a cancellation fee; Easy Ship: scheduling the pickup counts as shipping',
    'https://sellercentral.amazon.sa/gp/help/external/help.html?itemID=201722390',
    'policy-page',
  ),
  amazonCancelHelpAe: src(
    'amazon-help:PKVW22LJYEPCZ7Q (AE)',
    'Amazon.ae Seller Central help: What happens if you cancel an order — buyer self-cancel 30 minutes; not handing over to the courier by 1 working day after the ESD is a seller-initiated cancellation; Easy Ship: cancel only before the pickup is scheduled',
    'https://sellercentral.amazon.ae/gp/help/external/help.html?itemID=PKVW22LJYEPCZ7Q',
    'policy-page',
  ),
  amazonSfp: src(
    'amazon-help:202072550',
    'Amazon Seller Central help: Seller Fulfilled Prime performance metrics — cancellation rate of no more than 0.5 % on Prime orders',
    'https://sellercentral-europe.amazon.com/gp/help/external/help.html?itemID=202072550',
    'policy-page',
  ),
  amazonPending: src(
    'amazon-help:40571',
    'Amazon Seller Central help: Pending orders (cannot cancel or confirm; do not ship; refer buyer to Amazon Customer Service)',
    'https://sellercentral.amazon.com/gp/help/external/40571',
    'policy-page',
  ),
  amazonPending21Days: src(
    'amazon-help:G200200040',
    'Amazon Seller Central help: Order process — Pending verification can take up to 21 days; an order is canceled if payment authorization does not succeed',
    'https://sellercentral.amazon.com/gp/help/external/G200200040',
    'policy-page',
  ),
  amazonPreorder: src(
    'amazon-help:G45231',
    'Amazon Seller Central help: Back-orders and pre-orders (seller-fulfilled only; the promised ship date is the release date)',
    'https://sellercentral.amazon.com/help/hub/reference/external/G45231',
    'policy-page',
  ),
  amazonOrderStatuses: src(
    'amazon-spapi:ordersV0 OrderStatus',
    'Selling Partner API Orders v0: PendingAvailability = pre-order, payment not authorized, release date in the future (reference/platform-rules.md §1.1)',
    'https://github.com/amzn/selling-partner-api-models/blob/main/models/orders-api-model/ordersV0.json',
    'policy-page',
  ),
  amazonAutoCancel: src(
    'amazon-forums:694871',
    'Amazon Seller Forums announcement: unshipped orders auto-canceled 7 business days after ship-by, counted in Cancellation Rate',
    'https://sellercentral.amazon.com/forums/t/694871',
    'secondary',
  ),
  amazonAddressChange: src(
    'amazon-help:200495820',
    'Amazon Seller Central help: a buyer asks to ship to a different address — cancel the unshipped order; the buyer places a new order with the correct address; ship only to the address on the order',
    'https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200495820',
    'policy-page',
  ),
  amazonPartialForum: src(
    'amazon-forums:partial-order-cancellation',
    'Amazon Seller Forums (Amazon staff tip): confirming shipment of one item charges the buyer for the whole order; refund the items not shipped',
    'https://sellercentral.amazon.ca/seller-forums/discussions/t/f06d9f85-d5d2-4feb-a9e2-a16e7d92caaa',
    'secondary',
  ),
  amazonFbaService: src(
    'amazon-help:200298130',
    'Amazon Seller Central help: FBA customer service — Amazon handles customer inquiries, refunds and returns for FBA orders',
    'https://sellercentral.amazon.co.jp/gp/help/external/help.html?itemID=200298130',
    'policy-page',
  ),
  amazonOrderPageJson: src(
    'reference:platform-rules §1.3',
    'Seller Central order page data: cancellationDate, possibleCancelReasons (NoInventory, BuyerCanceled, PricingError …)',
    undefined,
    'secondary',
  ),
  amazonFba: src(
    'reference:platform-rules §1.7',
    'Amazon help (old copy): cancel Amazon-fulfilled orders by asking Seller Support; CR covers seller-fulfilled orders only',
    undefined,
    'secondary',
  ),
  amazonMessaging: src(
    'reference:platform-rules §1.8',
    'Amazon buyer-seller messaging rules: the seller must cancel when out of stock and must not ask the buyer to cancel',
    undefined,
    'secondary',
  ),
  amazonMessageCancel: src(
    'amazon-help:201722390 (SA, FAQ)',
    'Amazon Seller Central help: a cancellation asked for only by message counts toward the Cancellation Rate; answer with Your Orders → Request cancellation',
    'https://sellercentral.amazon.sa/gp/help/external/help.html?itemID=201722390',
    'policy-page',
  ),

  aliexpressStatuses: src(
    'aliexpress-sdk:order_status',
    'AliExpress open platform order_status codes (PLACE_ORDER_SUCCESS, RISK_CONTROL, IN_CANCEL, IN_ISSUE, IN_FROZEN, FINISH + end_reason)',
    undefined,
    'secondary',
  ),
  aliexpressNonFulfillment: src(
    'aliexpress-rules:non-fulfillment',
    'AliExpress rules: Transaction Non-fulfillment (成交不卖) — failing to upload a tracking number before the shipping deadline; seller-responsible cancellations',
    'https://sell.aliexpress.com/__pc/-rulesEN.htm',
    'policy-page',
  ),
  aliexpressCancelFlow: src(
    'reference:platform-rules §2.2',
    'AliExpress cancellation flow: pay time limit, 24 h risk control, Request order cancellation → IN_CANCEL, 48 h seller response (72 h in older text)',
    undefined,
    'secondary',
  ),
  aliexpressDisputes: src(
    'reference:platform-rules §2.3',
    'AliExpress disputes: contact, open dispute, negotiate, platform mediation; seller response timeout closes in the buyer’s favour',
    undefined,
    'secondary',
  ),
  aliexpressBuyerFlow: src('reference:platform-rules §2.4', 'AliExpress buyer (dropshipper) cancel flow by status', undefined, 'secondary'),

  trade1688Api: src(
    '1688-api:alibaba.trade.get.buyerView',
    '1688 trade API: status values (waitbuyerpay …), payStatus (正在支付中, 账期支付待到账), closeReason, refundStatus, buyerConfirmTimeout',
    'https://open.1688.com/api/apidocdetail.htm?id=com.alibaba.trade:alibaba.trade.get.buyerView-1',
    'secondary',
  ),
  trade1688Cancel: src(
    '1688-api:alibaba.trade.cancel',
    '1688 API alibaba.trade.cancel: buyer or seller closes unpaid orders',
    'https://open.1688.com/api/api.htm?ns=com.alibaba.trade&n=alibaba.trade.cancel&v=1',
    'secondary',
  ),
  trade1688Refund: src(
    '1688-api:alibaba.trade.createRefund',
    '1688 API alibaba.trade.createRefund: refund while awaiting shipment must be the full paid amount; return-refund only after receipt; the seller agrees, then the buyer ships the return (alibaba.trade.refund.returnGoods)',
    undefined,
    'secondary',
  ),
  trade1688Timers: src(
    'estimate:1688-timers',
    'No 1688 page found for the default auto-confirm and refund auto-agree times; figures follow the Taobao-family defaults and are estimates (reference/platform-rules.md §3.3); the page countdown wins',
    undefined,
    'estimate',
  ),

  shopifyCancelHelp: src(
    'reference:platform-rules §4',
    'Shopify admin: More actions → Cancel order (refund, restock, reason, notify); only unfulfilled orders; Request cancellation for fulfillment in progress',
    undefined,
    'secondary',
  ),
  shopifyCancelPayment: src(
    'shopify-help:cancel-order (copy)',
    'Shopify help (copies): cancelling refunds the collected payment in full (no partial refund on cancel); uncaptured payments become Voided, captured ones Refunded',
    'https://baposi.com/order-cancellation/',
    'secondary',
  ),
  shopifyFees: src(
    'shopify-terms:fees',
    'Shopify Terms of Service, fees: transaction and processing fees are not refunded when an order is refunded',
    'https://www.shopify.com/legal/terms',
    'secondary',
  ),
  shopifyOrderCancel: src(
    'shopify-dev:orderCancel',
    'Shopify Admin GraphQL orderCancel: irreversible; refund, restock, notify; not while a return is in progress or a payment authorization is pending',
    'https://shopify.dev/docs/api/admin-graphql/latest/mutations/orderCancel',
    'policy-page',
  ),
  shopifyFulfilledNoCancel: src(
    'shopify-dev:changelog',
    'Shopify changelog: fulfilled and partially fulfilled orders can no longer be canceled',
    'https://shopify.dev/changelog/fulfilled-and-partially-fulfilled-orders-can-no-longer-be-canceled-by-using-the-order-resource',
    'policy-page',
  ),
});
