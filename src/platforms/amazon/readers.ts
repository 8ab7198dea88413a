/** The Amazon Seller Central readers, in the order the content script should try them. */
import type { PageReader } from '../types';
import { amazonManageOrdersReader } from './manage-orders';
import { amazonOrderDetailsReader } from './order-details';

export const amazonReaders: PageReader[] = [amazonOrderDetailsReader, amazonManageOrdersReader];
