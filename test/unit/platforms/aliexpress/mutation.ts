// What the page-mutation tests (test/unit/mutation/) need to know about aliexpress's saved pages.
import { createAliexpressReaders } from '../../../../src/platforms/aliexpress/readers';
import type { MutationProfile } from '../../mutation/profile';

const NOW = new Date('2026-04-14T12:00:00Z');

export const mutationProfile: MutationProfile = {
  now: NOW,
  readers: createAliexpressReaders({ now: () => NOW }),
  statusWords: [
    'Awaiting payment',
    'Awaiting shipment',
    'Awaiting delivery',
    'Completed',
    'Closed',
    'Finished',
    '等待买家付款',
    '等待您发货',
    '等待买家收货',
    '交易完成',
    '订单关闭',
    '买家申请取消',
    'Ожидает отправки',
    'Aguardando envio',
    'Cerrado',
  ],
  signals: /申请取消|request(?:ed)? cancel|awaiting cancellation|cancelamento|отмен|cancelación/iu,
};
