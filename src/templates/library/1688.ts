/**
 * 1688 messages (阿里旺旺 chat), Chinese first with an English version for sellers who do not
 * read Chinese. Wording follows seed 001: unpaid orders are closed, paid-unshipped orders are
 * closed through a full refund the supplier agrees to, shipped orders go through return and refund.
 */
import type { MessageTemplate } from '../types';

export const TEMPLATES_1688: readonly MessageTemplate[] = [
  {
    id: '1688.buyer.close-unpaid',
    platform: '1688',
    audience: 'supplier',
    title: { en: 'Tell supplier: closing unpaid order', zh: '告知供应商：关闭未付款订单' },
    bodies: {
      zh: '老板您好，订单 {orderId} 我这边暂时不要了，还没付款，我直接把订单关掉，麻烦不用备货了，谢谢！',
      en: 'Hello, I no longer need order {orderId}. It has not been paid, and I will close it. Please do not prepare or ship it. Thank you!',
    },
  },
  {
    id: '1688.buyer.request-refund-unshipped',
    platform: '1688',
    audience: 'supplier',
    title: { en: 'Paid, not shipped: ask for full refund', zh: '已付款未发货：申请全额退款' },
    bodies: {
      zh: '老板您好，订单 {orderId} 已经付款，还没发货，我这边临时需要取消。麻烦先别发货，我马上申请全额退款，辛苦您同意一下，谢谢！',
      en: 'Hello, order {orderId} is paid but not shipped yet, and I need to cancel it. Please do not ship it; I will request a full refund, and I would be grateful if you could approve it. Thank you!',
    },
  },
  {
    id: '1688.buyer.negotiate-return',
    platform: '1688',
    audience: 'supplier',
    title: { en: 'Shipped: negotiate return and refund', zh: '已发货：协商退货退款' },
    bodies: {
      zh: '老板您好，订单 {orderId} 的货我这边需要退货退款，想先跟您确认一下可以吗？我会在平台上提交“退货退款”申请，您同意后我按平台显示的退货地址寄回，并填写物流单号。谢谢！',
      en: 'Hello, I would like to return the goods of order {orderId} for a refund; may I check with you first? I will file the return-and-refund request on the platform, and once you agree, I will send the goods to the return address the platform shows and enter the tracking number. Thank you!',
    },
  },
  {
    id: '1688.buyer.refund-follow-up',
    platform: '1688',
    audience: 'supplier',
    title: { en: 'Follow up on refund', zh: '跟进退款进度' },
    bodies: {
      zh: '老板您好，订单 {orderId} 的退款申请已经提交了，现在还在处理中，麻烦您抽空处理一下，谢谢！',
      en: 'Hello, the refund request for order {orderId} has been submitted and is still in progress. Could you please handle it as soon as possible? Thank you!',
    },
  },
  {
    id: '1688.buyer.dispute-evidence',
    platform: '1688',
    audience: 'supplier',
    title: { en: 'Dispute opened: evidence submitted', zh: '已发起维权：证据已提交' },
    bodies: {
      zh: '您好，订单 {orderId} 我已在平台上发起维权，相关证据（聊天记录、照片等）已一并提交。请您尽快在维权页面处理；如果能协商解决，我也很愿意和您沟通。谢谢！',
      en: 'Hello, I have opened a dispute on the platform for order {orderId} and submitted the evidence with it (chat records, photos and so on). Please handle it on the dispute page soon; if we can settle it between us, I am happy to talk. Thank you!',
    },
  },
  {
    id: '1688.seller.close-unpaid-notice',
    platform: '1688',
    audience: 'buyer',
    title: { en: 'Unpaid order closed: notice', zh: '未付款订单已关闭：通知买家' },
    bodies: {
      zh: '您好，订单 {orderId} 一直没有付款，我们已将该订单关闭。如果您仍然需要，欢迎重新下单，有任何问题随时联系我们。',
      en: 'Hello, order {orderId} was not paid, so we have closed it. If you still need the goods, you are welcome to place a new order; feel free to contact us with any questions.',
    },
  },
  {
    id: '1688.seller.out-of-stock-refund',
    platform: '1688',
    audience: 'buyer',
    title: { en: 'Out of stock after payment: refund', zh: '付款后缺货：致歉并退款' },
    bodies: {
      zh: '您好，非常抱歉，订单 {orderId} 中的 {item} 目前缺货，无法按时发货。我们会为您全额退款，预计 {refundDays} 天内到账。给您带来不便，深表歉意。',
      en: 'Hello, we are very sorry: {item} in order {orderId} is out of stock and cannot be shipped on time. We will refund you in full; the refund should arrive within {refundDays} days. We apologize for the inconvenience.',
    },
  },
  {
    id: '1688.seller.agree-return',
    platform: '1688',
    audience: 'buyer',
    title: { en: 'Shipped: agree to the return, with steps', zh: '已发货：同意退货并说明步骤' },
    bodies: {
      zh: '您好，订单 {orderId} 的退货我们同意。请按以下步骤操作：1. 在订单详情中提交“退货退款”申请；2. 我们同意后，按平台显示的退货地址寄回商品，并填写物流单号；3. 我们收到货并确认无误后，会尽快为您退款。谢谢！',
      en: 'Hello, we agree to the return of order {orderId}. Please: 1. file a “return and refund” request in the order details; 2. once we approve it, send the goods to the return address shown on the platform and enter the tracking number; 3. when we have received and checked the goods, we will refund you promptly. Thank you!',
    },
  },
  {
    id: '1688.seller.dispute-evidence',
    platform: '1688',
    audience: 'buyer',
    title: { en: 'Dispute: evidence submitted, open to settle', zh: '维权/投诉：已提交凭证，愿意协商' },
    bodies: {
      zh: '您好，关于订单 {orderId} 的维权/投诉，我们已按平台要求提交了相关凭证（发货记录、聊天记录等）。我们很愿意和您协商解决，请告诉我们您的具体诉求，我们会尽快答复。',
      en: 'Hello, regarding the dispute or complaint on order {orderId}, we have submitted our evidence (shipping records, chat records and so on) as the platform requires. We would be glad to settle this with you: please tell us what you would like, and we will reply as soon as possible.',
    },
  },
  {
    id: '1688.seller.closed-refund-confirmed',
    platform: '1688',
    audience: 'buyer',
    title: { en: 'Order closed: refund confirmed', zh: '订单已关闭：确认退款' },
    bodies: {
      zh: '您好，订单 {orderId} 已关闭，您支付的货款已全额退回原支付方式，一般会在 {refundDays} 天内到账。给您带来不便，非常抱歉；如有问题请随时联系我们。',
      en: 'Hello, order {orderId} has been closed, and your payment has been refunded in full to the original payment method; it usually arrives within {refundDays} days. We are sorry for the inconvenience; please contact us if you have any questions.',
    },
  },
  {
    id: '1688.buyer.paid-not-received',
    platform: '1688',
    audience: 'supplier',
    title: { en: 'Paid, money not arrived yet', zh: '已付款未到账：告知供应商' },
    bodies: {
      zh: '老板您好，订单 {orderId} 我已经付款了，页面显示“已支付未到账”，钱还在路上。麻烦先帮我留着货，到账后尽快安排发货，谢谢！',
      en: 'Hello, I have paid for order {orderId}; the page shows the payment as made but not yet received, so the money is on its way. Please keep the goods for me and ship as soon as it arrives. Thank you!',
    },
  },
  {
    id: '1688.buyer.return-request',
    platform: '1688',
    audience: 'supplier',
    title: { en: 'Return and refund request filed', zh: '已提交退货退款申请' },
    bodies: {
      zh: '老板您好，订单 {orderId} 的货已经收到，我这边需要退货退款，已经在平台上提交了申请，麻烦您同意一下。同意后我按平台给出的退货地址寄回，并填写退货单号，谢谢！',
      en: 'Hello, I have received the goods of order {orderId} and need to return them for a refund. I have filed the return-and-refund request on the platform; could you please agree to it? Once you agree, I will send the goods to the return address the platform shows and enter the return tracking number. Thank you!',
    },
  },
  {
    id: '1688.seller.order-closed-notice',
    platform: '1688',
    audience: 'buyer',
    title: { en: 'Order closed: notice', zh: '订单已关闭：通知买家' },
    bodies: {
      zh: '您好，订单 {orderId} 已关闭，我们不会再发货。如已付款，款项会按原路退回到您的账户。如需继续采购，欢迎重新下单。',
      en: 'Hello, order {orderId} has been closed, and we will not ship it. If it was paid, the money goes back to your account the way it was paid. If you still need the goods, you are welcome to order again.',
    },
  },
  {
    id: '1688.seller.refund-only-after-shipment-reply',
    platform: '1688',
    audience: 'buyer',
    title: { en: 'Refund only on a shipped order: propose a return', zh: '已发货订单申请仅退款：建议退货退款' },
    bodies: {
      zh: '您好，订单 {orderId} 的货物已经发出，物流单号 {trackingNumber}。已发货的订单不能只退款不退货，麻烦您改为申请“退货退款”，我们同意后您按退货地址寄回，收到货后我们马上退款。如果是货物有问题，请发图片给我们，我们一起处理。谢谢！',
      en: 'Hello, the goods of order {orderId} have already been shipped (tracking number {trackingNumber}). For a shipped order we cannot refund without the goods coming back, so please change the request to "return and refund". Once we agree, send the goods to the return address, and we will refund as soon as they arrive. If something is wrong with the goods, please send us photos and we will sort it out together. Thank you!',
    },
  },
  {
    id: '1688.seller.paid-not-received',
    platform: '1688',
    audience: 'buyer',
    title: { en: 'Payment not arrived yet: we ship when it does', zh: '款项未到账：到账后发货' },
    bodies: {
      zh: '您好，订单 {orderId} 目前显示“已支付未到账”，款项到账后我们会马上安排发货，请不要重复付款，也不用关闭订单。谢谢！',
      en: 'Hello, order {orderId} currently shows the payment as made but not yet received. We will ship as soon as it arrives; there is no need to pay again or to close the order. Thank you!',
    },
  },
];
