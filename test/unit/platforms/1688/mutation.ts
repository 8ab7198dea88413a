// What the page-mutation tests (test/unit/mutation/) need to know about 1688's saved pages.
import { alibaba1688Readers } from '../../../../src/platforms/1688/readers';
import type { MutationProfile } from '../../mutation/profile';

// The fixtures span 2024-04 … 2025-04: a day after the newest, so every pay/confirm timer still runs.
const NOW = new Date('2025-04-11T04:00:00Z');

export const mutationProfile: MutationProfile = {
  now: NOW,
  readers: alibaba1688Readers,
  statusWords: [
    '等待买家付款',
    '等待卖家发货',
    '等待买家确认收货',
    '已发货',
    '交易成功',
    '交易关闭',
    '交易取消',
    '退款中',
    '已收货',
    '待发货',
    '待付款',
  ],
  signals: /退款/u,
};
