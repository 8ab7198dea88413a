// What the page-mutation tests (test/unit/mutation/) need to know about amazon's saved pages.
import { amazonReaders } from '../../../../src/platforms/amazon/readers';
import type { MutationProfile } from '../../mutation/profile';

const NOW = new Date('2019-12-05T10:00:00Z');

export const mutationProfile: MutationProfile = {
  now: NOW,
  readers: amazonReaders,
  statusWords: [
    'Unshipped',
    'Pending',
    'Shipped',
    'Partially shipped',
    'Delivered',
    'Canceled',
    'Cancelled',
    'Versandt',
    'Storniert',
    'Nicht versandt',
    'Annulée',
    'Expédié',
    '已发货',
    '未发货',
    '已取消',
  ],
  signals: /cancel|stornierung|annulation|cancelación|キャンセル|取消|fulfil{1,2}ment method|fulfilled by|^\s*amazon\s*$/iu,
};
