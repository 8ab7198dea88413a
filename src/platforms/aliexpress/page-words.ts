/** What a page sample of an AliExpress page keeps (see ../page-words.ts): the readers' tables, and the cards' headings. */
import { keysOf } from '../coverage';
import type { PageWords } from '../page-words';
import { matchKey } from '../text';
import { ORDER_DATE_LABELS, ORDER_ID_LABELS } from './labels';
import { STATUS_LABEL_WORDS } from './status-in-page';
import { BUYER_CANCEL_REASONS, COUNTDOWN_KEYWORDS, END_REASON_CODES, STATUS_CODES, STATUS_FILLER, STATUS_WORDS } from './vocabulary';

/** Buttons and headings of the order pages (the fixtures under test/fixtures/aliexpress/ show them), not read by a reader. */
const PAGE_HEADINGS = [
  'Order details',
  'Details',
  'Store',
  'Total',
  'Order total',
  'Pay now',
  'Cancel order',
  'Track order',
  'Confirm received',
  'Contact seller',
  'Add to cart',
  'Delete',
  'Tracking number',
  'Orders',
  'View orders',
  'left',
  '订单',
  '订单详情',
  '查看详情',
  '取消原因',
  '发货',
  '取消订单',
  '联系买家',
  '物流单号',
  '运单号',
  '买家',
  '金额',
];

export const pageWords: PageWords = {
  words: [
    ...keysOf(STATUS_WORDS),
    ...Object.keys(STATUS_CODES).map(matchKey),
    ...STATUS_FILLER,
    ...BUYER_CANCEL_REASONS,
    ...END_REASON_CODES.map(matchKey),
    ...ORDER_ID_LABELS.map(matchKey),
    ...ORDER_DATE_LABELS.map(matchKey),
    ...STATUS_LABEL_WORDS.map(matchKey),
    ...COUNTDOWN_KEYWORDS.map(matchKey),
    ...PAGE_HEADINGS.map(matchKey),
  ],
  patterns: [],
  pathWords: ['p', 'order', 'detail.html', 'index.html', 'apps', 'detail', 'index', 'm_apps', 'order-manage', 'orderList', 'orderDetail'],
};
