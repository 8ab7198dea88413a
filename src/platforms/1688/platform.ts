/**
 * 1688: everything the rest of the extension knows about the platform (see PlatformDefinition).
 * Light data only: the worker and the popup read it through the registry, so no reader code is imported here.
 */
import type { PlatformDefinition } from '../types';
import { alibaba1688OnPage } from './on-page.ts';

/**
 * trade.1688.com (buyer and seller order lists, legacy order detail), air.1688.com (the current order-detail app)
 * and work.1688.com (the seller workbench). The readers' `matches()` pick the order pages by path.
 */
const HOSTS = ['trade.1688.com', 'air.1688.com', 'work.1688.com'] as const;

export const alibaba1688: PlatformDefinition = {
  ...alibaba1688OnPage,
  matchPatterns: HOSTS.map((h) => `https://${h}/*`),
  contentEntry: 'src/platforms/1688/content.ts',
  perspectives: { seller: { writesTo: 'buyer' }, buyer: { writesTo: 'supplier', dropshipping: true } },
  // Chinese first, with an English version for sellers who do not read Chinese.
  templateLanguages: { buyer: ['zh', 'en'], supplier: ['zh', 'en'] },
  picker: {
    facts: [
      {
        id: 'paid-not-received',
        label: { en: 'Paid, but the money has not arrived yet (已支付未到账)', zh: '已支付未到账' },
        stages: ['awaiting-payment'],
        set: { paymentStatus: 'paid-not-received' },
      },
      {
        id: 'refund-only',
        label: { en: 'A refund without return (仅退款) is requested', zh: '已申请仅退款' },
        stages: ['awaiting-shipment', 'shipped', 'delivered'],
        set: { refundInProgress: true, refundRequestKind: 'refund-only' },
      },
      {
        id: 'return-refund',
        label: { en: 'A return and refund (退货退款) is requested', zh: '已申请退货退款' },
        stages: ['shipped', 'delivered'],
        set: { refundInProgress: true, refundRequestKind: 'return-refund' },
      },
    ],
  },
};
