/**
 * Every CSS selector the Amazon readers use (seller-pages.md §1.3–1.4), each with a twin `<name>_`
 * listing `[expectedCount, fixtureFileName]` pairs: the selector test loads each fixture and checks
 * the count, so a selector that stops matching the saved pages fails loudly (refined-github style).
 * An array is a chain of alternatives (old and new UI); readers join it with ','.
 */
type Expectations = ReadonlyArray<readonly [count: number, fixture: string]>;

/** The client-rendered app root: Manage Orders uses #MYO-app, detail/review plugins #ayb-app. */
export const appRoot = ['#MYO-app', '#ayb-app'] as const;
export const appRoot_: Expectations = [
  [1, 'details-unshipped-us.html'],
  [1, 'details-shipped-eu.html'],
  [1, 'details-skeleton.html'],
  [1, 'manage-orders-unshipped.html'],
  [1, 'details-unshipped-de.html'],
  [1, 'details-unshipped-fr.html'],
  [1, 'manage-orders-canceled-pending.html'],
  [1, 'manage-orders-fba.html'],
];

// ---- Order details (/orders-v3/order/<id>) ----

export const orderIdValue = '[data-test-id="order-id-value"]';
export const orderIdValue_: Expectations = [
  [1, 'details-unshipped-us.html'],
  [1, 'details-unshipped-zh.html'],
  [1, 'details-unknown-layout.html'],
  [0, 'details-skeleton.html'],
  [1, 'details-unshipped-de.html'],
  [1, 'details-unshipped-fr.html'],
  [0, 'manage-orders-fba.html'],
];

/** Per-item status; the order-level status has no stable selector (seller-pages.md §1.3). */
export const itemStatusLabel = '[data-test-id="item-status-label"]';
export const itemStatusLabel_: Expectations = [
  [2, 'details-unshipped-us.html'], // one item + one hidden template
  [4, 'details-partially-shipped-uk.html'], // two items, one in the package table, one hidden
  [3, 'details-shipped-eu.html'],
  [0, 'details-skeleton.html'],
  [2, 'details-unshipped-de.html'],
  [2, 'details-unshipped-fr.html'],
  [0, 'manage-orders-fba.html'],
];

/** The first of these tables is "Order contents"; later ones are package tables. */
export const keyValueTable = 'table.a-keyvalue';
export const keyValueTable_: Expectations = [
  [2, 'details-unshipped-us.html'],
  [2, 'details-fba-de.html'],
  [0, 'details-skeleton.html'],
  [2, 'details-unshipped-de.html'],
  [2, 'details-unshipped-fr.html'],
  [0, 'manage-orders-fba.html'],
];

export const purchaseDateValue = '[data-test-id="order-summary-purchase-date-value"]';
export const purchaseDateValue_: Expectations = [
  [1, 'details-unshipped-us.html'],
  [1, 'details-missing-fields.html'],
  [0, 'details-unknown-layout.html'],
  [1, 'details-unshipped-de.html'],
  [1, 'details-unshipped-fr.html'],
  [0, 'manage-orders-fba.html'],
];

export const shipByValue = '[data-test-id="order-summary-shipby-value"]';
export const shipByValue_: Expectations = [
  [1, 'details-unshipped-us.html'],
  [0, 'details-missing-fields.html'],
  [0, 'details-fba-de.html'],
  [1, 'details-unshipped-de.html'],
  [1, 'details-unshipped-fr.html'],
  [0, 'manage-orders-fba.html'],
];

export const deliverByValue = '[data-test-id="order-summary-deliverby-value"]';
export const deliverByValue_: Expectations = [
  [1, 'details-unshipped-us.html'],
  [0, 'details-missing-fields.html'],
  [0, 'details-pending-us.html'],
  [1, 'details-unshipped-de.html'],
  [1, 'details-unshipped-fr.html'],
  [0, 'manage-orders-fba.html'],
];

export const fulfillmentChannelValue = '[data-test-id="order-summary-fulfillment-channel-value"]';
export const fulfillmentChannelValue_: Expectations = [
  [1, 'details-unshipped-us.html'],
  [1, 'details-fba-de.html'],
  [0, 'details-unknown-layout.html'],
  [1, 'details-unshipped-de.html'],
  [1, 'details-unshipped-fr.html'],
  [0, 'manage-orders-fba.html'],
];

export const salesChannelValue = '[data-test-id="order-summary-sales-channel-value"]';
export const salesChannelValue_: Expectations = [
  [1, 'details-unshipped-us.html'],
  [0, 'details-fba-de.html'],
  [1, 'details-unshipped-de.html'],
  [1, 'details-unshipped-fr.html'],
  [0, 'manage-orders-fba.html'],
];

/** The hint goes right after the header buttons: the first thing a seller looks at. */
export const headerActionButtons = '[data-test-id="order-details-header-action-buttons"]';
export const headerActionButtons_: Expectations = [
  [1, 'details-unshipped-us.html'],
  [0, 'details-unknown-layout.html'],
  [1, 'details-unshipped-de.html'],
  [1, 'details-unshipped-fr.html'],
  [0, 'manage-orders-fba.html'],
];

/** Alerts: Amazon "a-" alerts and Katal alerts (whose text may live only in attributes). */
export const alert = ['.a-alert', 'kat-alert'] as const;
export const alert_: Expectations = [
  [3, 'details-unshipped-us.html'], // auto-cancel notice, tip, hidden "Copied" popover
  [3, 'details-unshipped-buyer-cancel-jp-en.html'],
  [3, 'details-canceled-es.html'],
  [2, 'manage-orders-unshipped.html'],
  [3, 'details-unshipped-de.html'],
  [3, 'details-unshipped-fr.html'],
  [1, 'manage-orders-canceled-pending.html'],
  [1, 'manage-orders-fba.html'],
];

export const alertHeading = '.a-alert-heading';
export const alertHeading_: Expectations = [
  [2, 'details-canceled-es.html'],
  [2, 'details-unshipped-buyer-cancel-us.html'],
  [1, 'details-unshipped-us.html'],
  [1, 'details-unshipped-de.html'],
  [1, 'details-unshipped-fr.html'],
  [0, 'manage-orders-fba.html'],
];

/** Elements Amazon keeps in the DOM but does not show; text inside them is not read. */
export const hidden = ['[hidden]', '.aok-hidden', '.a-hidden', '.a-popover-preload'] as const;
export const hidden_: Expectations = [
  [2, 'details-unshipped-us.html'],
  [1, 'manage-orders-unshipped.html'],
  [2, 'details-unshipped-de.html'],
  [2, 'details-unshipped-fr.html'],
  [1, 'manage-orders-canceled-pending.html'],
  [1, 'manage-orders-fba.html'],
];

// ---- Manage Orders (/orders-v3/mfn/unshipped …) ----

export const ordersTable = '#orders-table';
export const ordersTable_: Expectations = [
  [1, 'manage-orders-unshipped.html'],
  [0, 'details-unshipped-us.html'],
  [1, 'manage-orders-canceled-pending.html'],
  [1, 'manage-orders-fba.html'],
  [0, 'details-unshipped-de.html'],
];

export const totalOrdersHeading = '.total-orders-heading';
export const totalOrdersHeading_: Expectations = [
  [1, 'manage-orders-unshipped.html'],
  [1, 'manage-orders-canceled-pending.html'],
  [1, 'manage-orders-fba.html'],
];

export const mainStatus = '.main-status';
export const mainStatus_: Expectations = [
  [6, 'manage-orders-unshipped.html'],
  [4, 'manage-orders-canceled-pending.html'],
  [4, 'manage-orders-fba.html'],
];

export const secondaryStatus = '.secondary-status';
export const secondaryStatus_: Expectations = [
  [5, 'manage-orders-unshipped.html'],
  [3, 'manage-orders-canceled-pending.html'],
  [3, 'manage-orders-fba.html'],
];

export const productNameCell = '.myo-list-orders-product-name-cell';
export const productNameCell_: Expectations = [
  [7, 'manage-orders-unshipped.html'],
  [1, 'details-unshipped-us.html'],
  [1, 'details-unshipped-de.html'],
  [1, 'details-unshipped-fr.html'],
  [4, 'manage-orders-canceled-pending.html'],
  [4, 'manage-orders-fba.html'],
];

/**
 * A buyer's cancellation request inside the order's status cell, holding "Buyer cancellation" and
 * `.buyer-requested-cancel-order-status-message` ("Cancellation reason: …"): an order-sync extension reads exactly
 * these (search index file 15496181388; docs/reader-evidence.md).
 */
export const buyerRequestedCancel = '.buyer-requested-cancel';
export const buyerRequestedCancel_: Expectations = [
  [2, 'evidence/manage-orders-status-cell-cancel-request.html'],
  [1, 'evidence/manage-orders-de-ui.html'],
  [0, 'manage-orders-unshipped.html'],
];
