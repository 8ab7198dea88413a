/**
 * The catalogue of message-template ids. Rules (src/rules) name these ids in `Verdict.templates`;
 * the library (src/templates) must have a template for every id here, in every language it
 * promises. A unit test keeps the two in step.
 */
export const TEMPLATE_IDS = {
  // Amazon, seller → buyer
  'amazon.use-request-cancellation':
    'Buyer asked to cancel by free-form message: explain how to use Your Orders → Request cancellation (only when the buyer initiated; never for out of stock).',
  'amazon.cancel-confirmed-buyer-request':
    'Buyer requested cancellation through Amazon: confirm it is canceled and that they were not charged.',
  'amazon.out-of-stock-apology': 'Seller cancels because the item is out of stock: apology and notice (never asks the buyer to cancel).',
  'amazon.pricing-error-notice': 'Seller cancels because of a pricing error: apology and notice.',
  'amazon.address-undeliverable':
    'Address cannot be delivered to: the order is canceled and the buyer places a new order with a complete address (never collect an address by message).',
  'amazon.already-shipped-refuse-or-return': 'Order already shipped: refuse delivery or return it for a refund.',
  'amazon.cancel-request-received': 'Buyer requested cancellation through Amazon: acknowledge it before canceling (not charged).',
  'amazon.pending-contact-amazon': 'Order is Pending: the buyer should contact Amazon customer service to cancel.',
  'amazon.pending-awaiting-payment': 'Order is Pending: it ships once Amazon confirms the payment.',
  'amazon.fba-contact-amazon': 'Fulfilled by Amazon: the buyer cancels in Your Orders or through Amazon customer service.',
  'amazon.partial-cancel-notice': 'Part of the order shipped; the rest is canceled and refunded.',
  'amazon.refund-confirmation': 'Refund has been issued: confirmation.',
  'amazon.negative-feedback-follow-up': 'Follow up on negative feedback after a cancellation, politely, no incentives.',
  'amazon.fba-return-via-amazon': 'Fulfilled by Amazon and shipped: the buyer returns it through Your Orders; Amazon handles the refund.',

  // AliExpress, seller → buyer
  'aliexpress.seller.accept-cancel': 'Seller accepts the buyer cancellation request.',
  'aliexpress.seller.reject-cancel-shipped': 'Seller declines the cancellation because the parcel has shipped; gives tracking.',
  'aliexpress.seller.ask-buyer-to-cancel-agreed':
    'Seller and buyer agreed to cancel a paid order: ask the buyer to submit the cancellation request with a non-seller-fault reason only if true.',
  'aliexpress.seller.do-not-ship-unpaid': 'Unpaid / under review: payment reminder, order will close by itself.',
  'aliexpress.seller.dispute-response': 'Dispute: factual response with evidence.',
  'aliexpress.seller.unpaid-closed': 'Unpaid order closed by the payment timer: notice, nothing was charged, a new order is welcome.',
  'aliexpress.seller.cancel-completed-refund': 'Cancellation has gone through: the order will not ship and AliExpress returns the payment.',
  'aliexpress.seller.order-on-hold': 'Order frozen (on hold) by AliExpress: notice that it cannot ship until the platform releases it.',
  'aliexpress.seller.order-closed-notice':
    'Order closed, reason not known: it will not ship; any payment taken is returned by AliExpress (true whether it was paid or not).',
  'aliexpress.seller.closed-refunded-apology':
    'Order closed in the buyer’s favour (not shipped in time, or a dispute): apology, AliExpress returns the full payment.',
  'aliexpress.seller.completed-after-sale':
    'Order already completed, so it cannot be canceled: offer to help if something is wrong with the item.',

  // AliExpress, dropshipper (buyer) → supplier
  'aliexpress.buyer.request-cancel-supplier': 'Ask the supplier to approve the cancellation request and not ship.',
  'aliexpress.buyer.ask-tracking-number': 'Supplier says shipped: ask for the tracking number within 5 working days.',
  'aliexpress.buyer.dispute-notice': 'No tracking number: notice that a dispute will be opened.',
  'aliexpress.buyer.payment-review-hold':
    'Payment not confirmed yet (unpaid or under review): please do not prepare or ship yet, as I may cancel.',
  'aliexpress.buyer.reorder-after-unpaid-close':
    'Supplier order closed before it was paid: tell the supplier a new order is coming (nothing to refund).',
  'aliexpress.buyer.dispute-opened': 'A dispute is open: tell the supplier, with the evidence attached to it, and invite a solution.',

  // 1688, buyer → supplier (Chinese)
  '1688.buyer.close-unpaid': 'Tell the supplier the unpaid order will be closed.',
  '1688.buyer.request-refund-unshipped': 'Paid, not shipped: ask the supplier to agree to a full refund / close.',
  '1688.buyer.negotiate-return': 'Shipped: negotiate a return and refund.',
  '1688.buyer.refund-follow-up': 'Refund in progress: follow up with the supplier.',
  '1688.buyer.dispute-evidence': 'Dispute or complaint (维权/投诉) open: tell the supplier, with the evidence submitted.',
  '1688.buyer.paid-not-received':
    'Paid, money not yet received by 1688 (已支付未到账): tell the supplier it is on its way; do not close or pay again.',
  '1688.buyer.return-request':
    'Received goods to return: tell the supplier the 退货退款 request is filed and ask them to agree (the return address follows).',
  // 1688, seller → buyer (Chinese)
  '1688.seller.close-unpaid-notice': 'Seller closes an unpaid order: notice to the buyer.',
  '1688.seller.out-of-stock-refund': 'Seller is out of stock after payment: apology and refund arrangement.',
  '1688.seller.agree-return': 'Shipped order: seller agrees to the return and gives the return steps.',
  '1688.seller.dispute-evidence': 'Dispute or complaint (维权/投诉) open: seller answers with evidence and offers a solution.',
  '1688.seller.closed-refund-confirmed': 'Order closed or canceled after payment: seller confirms the full refund.',
  '1688.seller.order-closed-notice': 'Order closed, reason not known: it will not ship; any payment goes back through 1688.',
  '1688.seller.refund-only-after-shipment-reply':
    'Buyer asked for a refund only (仅退款) on a shipped order: give the tracking number and propose a return and refund instead.',
  '1688.seller.paid-not-received': 'Buyer paid but the money has not reached 1688 yet (已支付未到账): we ship once it arrives.',

  // Shopify, store → customer
  'shopify.order-canceled-refunded': 'Your order was canceled and refunded.',
  'shopify.order-shipped-refund-on-return': 'Order already fulfilled: return for a refund.',
  'shopify.order-canceled-authorization-voided':
    'Order canceled before the payment was captured: nothing was charged; the card hold is released.',
} as const;

export type TemplateId = keyof typeof TEMPLATE_IDS;
export const templateIds = Object.keys(TEMPLATE_IDS) as TemplateId[];
