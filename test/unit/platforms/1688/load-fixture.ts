import type { Fixture1688 } from '../../../../src/platforms/1688/selectors';
import { loadFixture, type LoadedFixture } from '../dom-fixtures';

export const FIXTURES_1688: Fixture1688[] = [
  'buyer-list-legacy',
  'buyer-list-current',
  'buyer-detail-legacy',
  'buyer-detail-air',
  'buyer-detail-refunding',
  'seller-list',
  'skeleton',
  'evidence/seller-list-td-columns',
  'evidence/buyer-list-order-item-shadow',
];

/** A saved 1688 page, with its declarative shadow roots attached as Chromium would. */
export const load1688 = (name: Fixture1688): LoadedFixture => loadFixture('1688', name);
