/**
 * AliExpress FINISH `end_reason` codes (reference/platform-rules.md §2.1): which ones mean the order
 * was closed or cancelled, and which a normal completion. The rules read them from a snapshot's
 * `endReason`; the AliExpress readers use the same lists to find them on a page.
 */
export const ALIEXPRESS_COMPLETING_END_REASONS: readonly string[] = [
  'buyer_accept_goods',
  'buyer_accept_goods_timeout',
  'buyer_confirm_goods',
  'buyer_confirm_goods_timeout',
];

export const ALIEXPRESS_CLOSING_END_REASONS: readonly string[] = [
  'buyer_pay_timeout',
  'risk_reject_closed',
  'buyer_cancel_notpay_order',
  'cancel_order_close_trade',
  'seller_send_goods_timeout',
  'buyer_cancel_order_in_risk',
  'seller_accept_issue_no_goods_return',
  'seller_response_issue_timeout',
  // older codes seen in another integration
  'pay_timeout',
  'buyer_cancel_order',
  'risk_closed',
  'send_goods_timeout',
  'confirm_payamount_timeout',
  'reject_payamount',
  'security_close',
  'trade_close',
];
