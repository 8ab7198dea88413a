/** The Shopify admin page readers. */
import type { PageReader } from '../types';
import { shopifyOrderReader } from './order';

export const shopifyReaders: PageReader[] = [shopifyOrderReader];
