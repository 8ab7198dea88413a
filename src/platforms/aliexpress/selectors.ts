/**
 * Every CSS selector the AliExpress readers use (seller-pages.md §2), each with its `<name>_` twin: how many
 * elements it must match in each fixture (test/fixtures/aliexpress). A layout change shows up as a count that no
 * longer holds, in one test, instead of as silently wrong reads.
 *
 * Seller-centre pages have no known public DOM, so they are read by labels and vocabulary (labels.ts,
 * status-in-page.ts); only the page-wide markers below apply to them.
 */

type FixtureCounts = Readonly<Record<string, number>>;

/** An order card on the buyer list. */
export const ORDER_CARD = '.order-item';
export const ORDER_CARD_: FixtureCounts = {
  'buyer-list-en.html': 6,
  'buyer-list-es.html': 3,
  'buyer-list-skeleton.html': 0,
  'buyer-list-captcha.html': 0,
  'buyer-list-ru.html': 6,
  'buyer-list-pt.html': 6,
};

/** The card's status word. */
export const CARD_STATUS = '.order-item-header-status-text';
export const CARD_STATUS_: FixtureCounts = {
  'buyer-list-en.html': 6,
  'buyer-list-es.html': 3,
  'buyer-list-ru.html': 6,
  'buyer-list-pt.html': 6,
};

/** "Order date: …" and "Order ID: … Copy", read by label, not by position. */
export const CARD_INFO = '.order-item-header-right-info';
export const CARD_INFO_: FixtureCounts = {
  'buyer-list-en.html': 6,
  'buyer-list-es.html': 3,
  'buyer-list-ru.html': 6,
  'buyer-list-pt.html': 6,
};

/** The card header, where a card's hint is appended. */
export const CARD_HEADER = '.order-item-header';
export const CARD_HEADER_: FixtureCounts = {
  'buyer-list-en.html': 6,
  'buyer-list-es.html': 3,
  'buyer-list-ru.html': 6,
  'buyer-list-pt.html': 6,
};

/** A link to the order's detail page; its orderId parameter backs up the labelled id. */
export const DETAIL_LINK = 'a[href*="/p/order/detail.html"]';
export const DETAIL_LINK_: FixtureCounts = {
  'buyer-list-en.html': 6,
  'buyer-list-es.html': 3,
  'buyer-list-ru.html': 6,
  'buyer-list-pt.html': 6,
};

/** One product line's picture; a multi-product card shows only pictures, so this counts lines. */
export const CARD_PRODUCT_IMAGE = '.order-item-content-img';
export const CARD_PRODUCT_IMAGE_: FixtureCounts = {
  'buyer-list-en.html': 8,
  'buyer-list-es.html': 3,
  'buyer-list-ru.html': 7,
  'buyer-list-pt.html': 7,
};

/** A product line's name on a buyer-list card (single-product cards; a multi-product card shows pictures only). */
export const CARD_PRODUCT_NAME = '.order-item-content-info-name';
export const CARD_PRODUCT_NAME_: FixtureCounts = {
  'buyer-list-en.html': 5,
  'evidence/buyer-list-de.html': 3,
  'buyer-list-es.html': 0,
};

/** A product line's name on the buyer's order detail. */
export const DETAIL_PRODUCT_NAME = '.item-title';
export const DETAIL_PRODUCT_NAME_: FixtureCounts = {
  'buyer-detail-awaiting-shipment.html': 1,
  'buyer-detail-closed.html': 1,
  'evidence/buyer-detail-en-shipped-tracking.html': 1,
  'buyer-list-en.html': 0,
};

/** The comet spinner shown while the app fetches orders. */
export const LOADING = '.comet-loading-wrap';
export const LOADING_: FixtureCounts = {
  'buyer-list-skeleton.html': 1,
  'buyer-list-en.html': 0,
  'buyer-detail-awaiting-shipment.html': 0,
  'buyer-list-ru.html': 0,
  'buyer-list-pt.html': 0,
};

/** The baxia / nocaptcha slider that replaces the data when AliExpress suspects a robot. */
export const CAPTCHA = '#baxia-dialog-content, .baxia-dialog, #nc_1_wrapper, .nc-container';
export const CAPTCHA_: FixtureCounts = {
  'buyer-list-captcha.html': 2,
  'buyer-list-en.html': 0,
  'seller-list-zh.html': 0,
  'buyer-list-ru.html': 0,
  'buyer-list-pt.html': 0,
};

/**
 * The seller centre's Fusion message that holds a buyer's cancellation reason on the order detail (greasyfork script
 * 405170 "自动取消" reads the reason from `.next-message-content span`; docs/reader-evidence.md).
 */
export const FUSION_MESSAGE_CONTENT = '.next-message-content';
export const FUSION_MESSAGE_CONTENT_: FixtureCounts = {
  'evidence/seller-detail-gsp-cancel-reason.html': 1,
  'seller-list-zh.html': 0,
};
