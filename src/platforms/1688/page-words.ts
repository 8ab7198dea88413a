/** What a page sample of a 1688 page keeps (see ../page-words.ts): the readers' tables, and the lists' headings. */
import type { PageWords } from '../page-words';
import { matchKey } from '../text';
import { ACTION_BUTTONS, ORDER_ID_LABELS, ORDERED_AT_LABELS, STATUS_COLUMN_HEADINGS, STATUS_LABELS } from './selectors';
import { REFUND_IN_PROGRESS, TRADE_STATUS } from './status';

/** Headings and buttons of the order pages (the fixtures under test/fixtures/1688/ show them), not read by a reader. */
const PAGE_HEADINGS = [
  '订单详情',
  '货品',
  '单价',
  '数量',
  '实付款',
  '货品总价',
  '运费',
  '操作',
  '买家',
  '卖家',
  '供应商',
  '收货地址',
  '收货人',
  '联系电话',
  '物流信息',
  '物流单号',
  '运单号码',
  '查看详情',
  '付款',
  '确认收货',
  '联系卖家',
  '联系买家',
  '备注',
  '元',
];

export const pageWords: PageWords = {
  words: [
    ...TRADE_STATUS.flatMap((t) => [...t.labels, ...t.keys]).map(matchKey),
    ...[...REFUND_IN_PROGRESS.labels, ...REFUND_IN_PROGRESS.keys].map(matchKey),
    ...[...ORDER_ID_LABELS, ...STATUS_LABELS, ...STATUS_COLUMN_HEADINGS, ...ORDERED_AT_LABELS].map(matchKey),
    ...Object.keys(ACTION_BUTTONS).map(matchKey),
    ...PAGE_HEADINGS.map(matchKey),
  ],
  patterns: [],
  pathWords: [
    'order',
    'new_step_order_detail.htm',
    'buyer_order_list.htm',
    'seller_order_list.htm',
    'app',
    'ctf-page',
    'trade-order-detail',
    'trade-order-list',
    'buyer-order-list.html',
    'index.html',
  ],
};
