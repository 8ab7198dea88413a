/**
 * Selectors and labels the 1688 readers rely on. Each selector has a `<NAME>_` twin: how many
 * elements it must match (through open shadow roots) in each saved page under
 * test/fixtures/1688/, checked by test/unit/platforms/1688/selectors.test.ts. When 1688
 * changes its markup, a new fixture and a failing count show exactly which selector broke.
 *
 * Most fields are read by their visible label (订单号：, 交易状态：, 下单时间：) rather than by
 * class, because labels survive redesigns better than class names.
 */

export type Fixture1688 =
  | 'buyer-list-legacy'
  | 'buyer-list-current'
  | 'buyer-detail-legacy'
  | 'buyer-detail-air'
  | 'buyer-detail-refunding'
  | 'seller-list'
  | 'skeleton'
  | 'evidence/seller-list-td-columns'
  | 'evidence/buyer-list-order-item-shadow';

type Counts = Readonly<Record<Fixture1688, number>>;

/**
 * One order on a list page: the legacy `li.order-item`, the card inside a shadow root, or the current buyer list's
 * `<order-item>` web component (its content in its own open shadow root: a puppeteer scraper and a Python extractor
 * of air.1688.com's buyer list, search index files 17596771592 and 63600624455; docs/reader-evidence.md).
 */
export const ORDER_ROW = 'li.order-item, .order-card, order-item';
export const ORDER_ROW_: Counts = {
  'buyer-list-legacy': 8,
  'buyer-list-current': 3,
  'buyer-detail-legacy': 0,
  'buyer-detail-air': 0,
  'buyer-detail-refunding': 0,
  'seller-list': 3,
  skeleton: 0,
  'evidence/seller-list-td-columns': 5,
  'evidence/buyer-list-order-item-shadow': 4,
};

/**
 * A product's name in a list row or on a detail page: the legacy list's `.product` (its link holds the name, a
 * `.text-aux` line the options), the current list's `.product-name` and the seller list's `.productName` links to
 * the offer page (docs/reader-evidence.md), the air.1688.com detail's `.goods-title`.
 */
export const PRODUCT_NAME = '.product, .product-name, .productName, .goods-title';
export const PRODUCT_NAME_: Counts = {
  'buyer-list-legacy': 8,
  'buyer-list-current': 0,
  'buyer-detail-air': 1,
  'buyer-detail-legacy': 0,
  'buyer-detail-refunding': 0,
  'seller-list': 3,
  skeleton: 0,
  'evidence/seller-list-td-columns': 5,
  'evidence/buyer-list-order-item-shadow': 4,
};

/** The status cell of a list row (may hold a refund tag beside the trade status). */
export const ROW_STATUS = '.order-status';
export const ROW_STATUS_: Counts = {
  'buyer-list-legacy': 8,
  'buyer-list-current': 3,
  'buyer-detail-legacy': 0,
  'buyer-detail-air': 0,
  'buyer-detail-refunding': 0,
  'seller-list': 3,
  skeleton: 0,
  'evidence/seller-list-td-columns': 0,
  'evidence/buyer-list-order-item-shadow': 4,
};

/** The current buyer list's order id, the element's whole text (files 17596771592, 63600624455). */
export const ROW_ORDER_ID = '.order-id-action';
export const ROW_ORDER_ID_: Counts = {
  'buyer-list-legacy': 0,
  'buyer-list-current': 0,
  'buyer-detail-legacy': 0,
  'buyer-detail-air': 0,
  'buyer-detail-refunding': 0,
  'seller-list': 0,
  skeleton: 0,
  'evidence/seller-list-td-columns': 0,
  'evidence/buyer-list-order-item-shadow': 4,
};

/** Legacy rows carry the order id again in a hidden input; the fallback when the label is missing. */
export const ROW_TRADE_ID_INPUT = 'input.tradeId';
export const ROW_TRADE_ID_INPUT_: Counts = {
  'buyer-list-legacy': 8,
  'buyer-list-current': 0,
  'buyer-detail-legacy': 0,
  'buyer-detail-air': 0,
  'buyer-detail-refunding': 0,
  'seller-list': 0,
  skeleton: 0,
  'evidence/seller-list-td-columns': 5,
  'evidence/buyer-list-order-item-shadow': 0,
};

/**
 * Rows show the order time unlabelled: in the legacy row title, and as `span.order-time` in the current buyer list's
 * `<order-item>` header (files 17596771592, 63600624455).
 */
export const ROW_DATE = '.order-title .date, .order-time';
export const ROW_DATE_: Counts = {
  'buyer-list-legacy': 8,
  'buyer-list-current': 3,
  'buyer-detail-legacy': 0,
  'buyer-detail-air': 0,
  'buyer-detail-refunding': 0,
  'seller-list': 3,
  skeleton: 0,
  'evidence/seller-list-td-columns': 5,
  'evidence/buyer-list-order-item-shadow': 4,
};

/** Anything a person clicks; q-button hosts keep their text in the light DOM (slotted). */
export const CLICKABLE = 'a, button, q-button, [role="button"]';
export const CLICKABLE_: Counts = {
  'buyer-list-legacy': 30,
  'buyer-list-current': 15,
  'buyer-detail-legacy': 3,
  'buyer-detail-air': 5,
  'buyer-detail-refunding': 3,
  'seller-list': 3,
  skeleton: 2,
  'evidence/seller-list-td-columns': 30,
  'evidence/buyer-list-order-item-shadow': 14,
};

/** Label texts; the page writes them with a full-width colon, which findByLabel accepts either way. */
export const ORDER_ID_LABELS = ['订单号', '订单编号'];
export const STATUS_LABELS = ['交易状态', '订单状态'];
/**
 * Column headings that name the status column of the seller list, whose status cell has no status class (`td.s7`:
 * a Laravel seller-list scraper, search index file 38985252345). 交易状态 is the list's own word for the status
 * (the label above); 订单状态 its detail-page twin. The headings row itself is weak evidence (docs/reader-evidence.md).
 */
export const STATUS_COLUMN_HEADINGS = ['交易状态', '订单状态', '状态'];
export const ORDERED_AT_LABELS = ['下单时间', '创建时间'];

/** Button texts → the page action they offer (seed 001: 关闭订单 / 申请退款). */
export const ACTION_BUTTONS = { 关闭订单: 'close-order', 申请退款: 'request-refund' } as const;
