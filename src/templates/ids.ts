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
  'amazon.out-of-stock-apology':
    'Seller cancels because the item is out of stock: apology and notice (never asks the buyer to cancel).',
  'amazon.pricing-error-notice': 'Seller cancels because of a pricing error: apology and notice.',
  'amazon.address-undeliverable': 'Address cannot be delivered to: ask for a corrected address or explain the cancellation.',
  'amazon.already-shipped-refuse-or-return':
    'Order already shipped: refuse delivery or return it for a refund.',
  'amazon.cancel-request-received':
    'Buyer requested cancellation through Amazon: acknowledge it before canceling (not charged).',
  'amazon.pending-contact-amazon': 'Order is Pending: the buyer should contact Amazon customer service to cancel.',
  'amazon.pending-awaiting-payment': 'Order is Pending: it ships once Amazon confirms the payment.',
  'amazon.fba-contact-amazon': 'Fulfilled by Amazon: the buyer cancels in Your Orders or through Amazon customer service.',
  'amazon.partial-cancel-notice': 'Part of the order shipped; the rest is canceled and refunded.',
  'amazon.refund-confirmation': 'Refund has been issued: confirmation.',
  'amazon.negative-feedback-follow-up': 'Follow up on negative feedback after a cancellation, politely, no incentives.',

  // AliExpress, seller → buyer
  'aliexpress.seller.accept-cancel': 'Seller accepts the buyer cancellation request.',
  'aliexpress.seller.reject-cancel-shipped': 'Seller declines the cancellation because the parcel has shipped; gives tracking.',
  'aliexpress.seller.ask-buyer-to-cancel-agreed':
    'Seller and buyer agreed to cancel a paid order: ask the buyer to submit the cancellation request with a non-seller-fault reason only if true.',
  'aliexpress.seller.do-not-ship-unpaid': 'Unpaid / under review: payment reminder, order will close by itself.',
  'aliexpress.seller.dispute-response': 'Dispute: factual response with evidence.',
  'aliexpress.seller.unpaid-closed': 'Unpaid order closed by the payment timer: notice, nothing was charged, a new order is welcome.',
  'aliexpress.seller.cancel-completed-refund':
    'Cancellation has gone through: the order will not ship and AliExpress returns the payment.',
  'aliexpress.seller.order-on-hold': 'Order frozen (on hold) by AliExpress: notice that it cannot ship until the platform releases it.',
  'aliexpress.seller.completed-after-sale':
    'Order already completed, so it cannot be canceled: offer to help if something is wrong with the item.',

  // AliExpress, dropshipper (buyer) → supplier
  'aliexpress.buyer.request-cancel-supplier': 'Ask the supplier to approve the cancellation request and not ship.',
  'aliexpress.buyer.ask-tracking-number': 'Supplier says shipped: ask for the tracking number within 5 working days.',
  'aliexpress.buyer.dispute-notice': 'No tracking number: notice that a dispute will be opened.',
  'aliexpress.buyer.payment-review-hold':
    'Payment not confirmed yet (unpaid or under review): please do not prepare or ship yet, as I may cancel.',
  'aliexpress.buyer.dispute-opened': 'A dispute is open: tell the supplier, with the evidence attached to it, and invite a solution.',

  // 1688, buyer → supplier (Chinese)
  '1688.buyer.close-unpaid': 'Tell the supplier the unpaid order will be closed.',
  '1688.buyer.request-refund-unshipped': 'Paid, not shipped: ask the supplier to agree to a full refund / close.',
  '1688.buyer.negotiate-return': 'Shipped: negotiate a return and refund.',
  '1688.buyer.refund-follow-up': 'Refund in progress: follow up with the supplier.',
  '1688.buyer.dispute-evidence': 'Dispute or complaint (维权/投诉) open: tell the supplier, with the evidence submitted.',
  // 1688, seller → buyer (Chinese)
  '1688.seller.close-unpaid-notice': 'Seller closes an unpaid order: notice to the buyer.',
  '1688.seller.out-of-stock-refund': 'Seller is out of stock after payment: apology and refund arrangement.',
  '1688.seller.agree-return': 'Shipped order: seller agrees to the return and gives the return steps.',
  '1688.seller.dispute-evidence': 'Dispute or complaint (维权/投诉) open: seller answers with evidence and offers a solution.',
  '1688.seller.closed-refund-confirmed': 'Order closed or canceled after payment: seller confirms the full refund.',

  // Shopify, store → customer
  'shopify.order-canceled-refunded': 'Your order was canceled and refunded.',
  'shopify.order-shipped-refund-on-return': 'Order already fulfilled: return for a refund.',
} as const;

export type TemplateId = keyof typeof TEMPLATE_IDS;
export const templateIds = Object.keys(TEMPLATE_IDS) as TemplateId[];
