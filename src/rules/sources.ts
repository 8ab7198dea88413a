/**
 * Every fact a rule rests on, named once. Seeds are the domain articles in /work/shared/seeds;
 * the rest are the policy pages and API docs cited in /work/shared/reference/platform-rules.md.
 */
import type { SourceRef } from './types';

const src = (id: string, title: string, url?: string): SourceRef =>
  Object.freeze(url === undefined ? { id, title } : { id, title, url });

export const SRC = Object.freeze({
  seed000: src('seed:000', 'Canceled vs closed orders in cross-border e-commerce (seeds/000)'),
  seed001: src('seed:001', '1688速卖通订单怎么关闭 — closing 1688 orders by state (seeds/001)'),
  seed002: src('seed:002', 'Can an unshipped Amazon order be canceled? (seeds/002)'),
  seed003: src('seed:003', 'Amazon order cancellation: reasons, handling, prevention (seeds/003)'),
  seed004: src('seed:004', '如何在速卖通上取消订单 — cancelling AliExpress orders as a dropshipper, then in Shopify (seeds/004)'),

  amazonCancelHelp: src(
    'amazon-help:G201722390',
    'Amazon Seller Central help: Cancel an order (US/CA) — 30-minute buyer window, standard cancellation process, buyer not charged before ship-confirm',
    'https://sellercentral.amazon.com/gp/help/external/G201722390',
  ),
  amazonCancelHelpUk: src(
    'amazon-help:200198080',
    'Amazon Seller Central help: Cancel an order (UK) — Manage Orders clicks; Order Adjustment for partial cancellations',
    'https://sellercentral.amazon.co.uk/gp/help/external/help.html?itemID=200198080',
  ),
  amazonCancelHelpJp: src(
    'amazon-help:200198080 (JP)',
    'Amazon Seller Central help (JP): pending orders can be canceled as well as unshipped orders',
    'https://sellercentral.amazon.co.jp/gp/help/external/200198080',
  ),
  amazonCancellationRate: src(
    'amazon-help:200285210',
    'Amazon Seller Central help: Cancellation Rate (< 2.5 % over 7 days; two consecutive seller cancellations in 30 days may remove an offer)',
    'https://sellercentral.amazon.com/gp/help/external/200285210',
  ),
  amazonCancellationRateIn: src(
    'amazon-help:200285210 (IN)',
    'Amazon.in Seller Central help: Cancellation Rate (< 2 %, counts auto-cancels, cancellation fee 100 %/150 % of referral fee)',
    'https://sellercentral.amazon.in/gp/help/external/200285210',
  ),
  amazonPending: src(
    'amazon-help:40571',
    'Amazon Seller Central help: Pending orders (cannot cancel or confirm; do not ship; refer buyer to Amazon Customer Service)',
    'https://sellercentral.amazon.com/gp/help/external/40571',
  ),
  amazonPending21Days: src(
    'amazon-forums:pending-21-days',
    'Amazon Seller Forums: a Pending order is canceled after 21 days (reference/platform-rules.md §1.6)',
  ),
  amazonAutoCancel: src(
    'amazon-forums:694871',
    'Amazon Seller Forums announcement: unshipped orders auto-canceled 7 business days after ship-by, counted in Cancellation Rate',
    'https://sellercentral.amazon.com/forums/t/694871',
  ),
  amazonOrderPageJson: src(
    'reference:platform-rules §1.3',
    'Seller Central order page data: cancellationDate, possibleCancelReasons (NoInventory, BuyerCanceled, PricingError …)',
  ),
  amazonFba: src(
    'reference:platform-rules §1.7',
    'Amazon help (old copy): cancel Amazon-fulfilled orders by asking Seller Support; CR covers seller-fulfilled orders only',
  ),
  amazonMessaging: src(
    'reference:platform-rules §1.8',
    'Amazon buyer-seller messaging rules: the seller must cancel when out of stock and must not ask the buyer to cancel',
  ),

  aliexpressStatuses: src(
    'aliexpress-sdk:order_status',
    'AliExpress open platform order_status codes (PLACE_ORDER_SUCCESS, RISK_CONTROL, IN_CANCEL, IN_ISSUE, IN_FROZEN, FINISH + end_reason)',
  ),
  aliexpressNonFulfillment: src(
    'aliexpress-rules:non-fulfillment',
    'AliExpress rules: Transaction Non-fulfillment (成交不卖), seller-responsible cancellations',
    'https://sell.aliexpress.com/__pc/-rulesEN.htm',
  ),
  aliexpressCancelFlow: src(
    'reference:platform-rules §2.2',
    'AliExpress cancellation flow: pay time limit, 24 h risk control, Request order cancellation → IN_CANCEL, 48 h seller response (72 h in older text)',
  ),
  aliexpressDisputes: src(
    'reference:platform-rules §2.3',
    'AliExpress disputes: contact, open dispute, negotiate, platform mediation; seller response timeout closes in the buyer’s favour',
  ),
  aliexpressBuyerFlow: src(
    'reference:platform-rules §2.4',
    'AliExpress buyer (dropshipper) cancel flow by status',
  ),

  trade1688Api: src(
    '1688-api:alibaba.trade.get.buyerView',
    '1688 trade API: status values (waitbuyerpay …), closeReason, refundStatus',
    'https://open.1688.com/api/apidocdetail.htm?id=com.alibaba.trade:alibaba.trade.get.buyerView-1',
  ),
  trade1688Cancel: src(
    '1688-api:alibaba.trade.cancel',
    '1688 API alibaba.trade.cancel: buyer or seller closes unpaid orders',
    'https://open.1688.com/api/api.htm?ns=com.alibaba.trade&n=alibaba.trade.cancel&v=1',
  ),
  trade1688Refund: src(
    '1688-api:alibaba.trade.createRefund',
    '1688 API alibaba.trade.createRefund: refund while awaiting shipment must be the full paid amount; return-refund only after receipt',
  ),

  shopifyCancelHelp: src(
    'reference:platform-rules §4',
    'Shopify admin: More actions → Cancel order (refund, restock, reason, notify); only unfulfilled orders; Request cancellation for fulfillment in progress',
  ),
  shopifyOrderCancel: src(
    'shopify-dev:orderCancel',
    'Shopify Admin GraphQL orderCancel: irreversible; refund, restock, notify',
    'https://shopify.dev/docs/api/admin-graphql/latest/mutations/orderCancel',
  ),
  shopifyFulfilledNoCancel: src(
    'shopify-dev:changelog',
    'Shopify changelog: fulfilled and partially fulfilled orders can no longer be canceled',
    'https://shopify.dev/changelog/fulfilled-and-partially-fulfilled-orders-can-no-longer-be-canceled-by-using-the-order-resource',
  ),
});
