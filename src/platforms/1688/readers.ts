/** The 1688 page readers, in the order the content script should try them. */
import type { PageReader } from '../types';
import { buyerOrderDetailReader } from './buyer-order-detail';
import { buyerOrderListReader } from './buyer-order-list';
import { sellerOrderListReader } from './seller-order-list';

export const alibaba1688Readers: PageReader[] = [buyerOrderListReader, buyerOrderDetailReader, sellerOrderListReader];
