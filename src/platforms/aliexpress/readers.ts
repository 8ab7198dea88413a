/**
 * The AliExpress readers: the buyer's "My Orders" list and detail (perspective 'buyer': a dropshipper buying from a
 * supplier) and the seller centre's order list and detail (perspective 'seller').
 */
import type { PageReader } from '../types';
import { createBuyerOrderDetailReader } from './buyer-order-detail';
import { createBuyerOrderListReader } from './buyer-order-list';
import type { ReaderOptions } from './page-state';
import { createSellerOrderDetailReader, createSellerOrderListReader } from './seller-orders';

export function createAliexpressReaders(options: ReaderOptions = {}): PageReader[] {
  return [
    createBuyerOrderListReader(options),
    createBuyerOrderDetailReader(options),
    createSellerOrderListReader(options),
    createSellerOrderDetailReader(options),
  ];
}

/** The readers with the real clock (countdowns are counted from the moment of each read). */
export const aliexpressReaders: PageReader[] = createAliexpressReaders();
