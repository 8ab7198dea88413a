// What the page-mutation tests (test/unit/mutation/) need to know about shopify's saved pages.
import { shopifyReaders } from '../../../../src/platforms/shopify/readers';
import type { MutationProfile } from '../../mutation/profile';

const NOW = new Date('2025-05-05T09:00:00Z');

export const mutationProfile: MutationProfile = {
  now: NOW,
  readers: shopifyReaders,
  statusWords: [
    'Paid',
    'Unfulfilled',
    'Fulfilled',
    'Partially fulfilled',
    'Payment pending',
    'Refunded',
    'Canceled',
    'Archived',
    'In progress',
    'On hold',
    'Voided',
  ],
  signals: /in progress|on hold|request to fulfill/iu,
};
