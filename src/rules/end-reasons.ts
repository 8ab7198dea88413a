/**
 * AliExpress FINISH `end_reason` codes (reference/platform-rules.md §2.1): which ones mean the order
 * was closed or cancelled — and why, since that decides what is left to do — and which a normal
 * completion. The rules read them from a snapshot's `endReason`; the AliExpress readers use the
 * same lists to find them on a page.
 */
import type { EndReasonKind } from './rule';

export const ALIEXPRESS_COMPLETING_END_REASONS: readonly string[] = [
  'buyer_accept_goods',
  'buyer_accept_goods_timeout',
  'buyer_confirm_goods',
  'buyer_confirm_goods_timeout',
];

/** Why each closing code ended the order (the older codes come from another integration). */
export const ALIEXPRESS_CLOSING_END_REASON_KINDS: Readonly<Record<string, EndReasonKind>> = Object.freeze({
  // never paid: no money moved, nothing to refund
  buyer_pay_timeout: 'unpaid',
  buyer_cancel_notpay_order: 'unpaid',
  pay_timeout: 'unpaid',
  confirm_payamount_timeout: 'unpaid',
  reject_payamount: 'unpaid',
  // the platform's risk control stopped it
  risk_reject_closed: 'risk',
  risk_closed: 'risk',
  security_close: 'risk',
  // cancelled by agreement (or by the buyer while the payment was being checked)
  cancel_order_close_trade: 'cancel',
  buyer_cancel_order_in_risk: 'cancel',
  buyer_cancel_order: 'cancel',
  trade_close: 'cancel',
  // the seller did not ship in time: closed, refunded, counted as non-fulfillment (成交不卖)
  seller_send_goods_timeout: 'seller-fault',
  send_goods_timeout: 'seller-fault',
  // disputes: the seller agreed a refund without return, or did not answer and lost
  seller_accept_issue_no_goods_return: 'dispute-refund',
  seller_response_issue_timeout: 'dispute-lost',
});

export const ALIEXPRESS_CLOSING_END_REASONS: readonly string[] = Object.keys(ALIEXPRESS_CLOSING_END_REASON_KINDS);
