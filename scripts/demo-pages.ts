/** The bundled demo seller pages `npm start` opens: test fixtures served at their real URLs. */
export interface DemoPage {
  title: string;
  /** Path under test/fixtures/ */
  fixture: string;
}

export const DEMO_PAGES: readonly DemoPage[] = [
  { title: 'Amazon · unshipped, seller-fulfilled (US)', fixture: 'amazon/details-unshipped-us.html' },
  { title: 'Amazon · buyer requested cancellation (US)', fixture: 'amazon/details-unshipped-buyer-cancel-us.html' },
  { title: 'Amazon · buyer requested cancelation (JP)', fixture: 'amazon/details-unshipped-buyer-cancel-jp-en.html' },
  { title: 'Amazon · pending payment (US)', fixture: 'amazon/details-pending-us.html' },
  { title: 'Amazon · fulfilled by Amazon (DE)', fixture: 'amazon/details-fba-de.html' },
  { title: 'Amazon · partially shipped (UK)', fixture: 'amazon/details-partially-shipped-uk.html' },
  { title: 'Amazon · shipped (EU)', fixture: 'amazon/details-shipped-eu.html' },
  { title: 'Amazon · canceled (ES)', fixture: 'amazon/details-canceled-es.html' },
  { title: 'Amazon · unshipped, Chinese interface', fixture: 'amazon/details-unshipped-zh.html' },
  { title: 'Amazon · Manage Orders list', fixture: 'amazon/manage-orders-unshipped.html' },
  { title: 'Amazon · page that never renders', fixture: 'amazon/details-skeleton.html' },
  { title: 'AliExpress · My Orders list (buyer)', fixture: 'aliexpress/buyer-list-en.html' },
  { title: 'AliExpress · order awaiting shipment (buyer)', fixture: 'aliexpress/buyer-detail-awaiting-shipment.html' },
  { title: 'AliExpress · seller centre list, buyer asked to cancel (zh)', fixture: 'aliexpress/seller-list-zh.html' },
  { title: '1688 · buyer order list (legacy)', fixture: '1688/buyer-list-legacy.html' },
  { title: '1688 · buyer order list (current, shadow DOM)', fixture: '1688/buyer-list-current.html' },
  { title: '1688 · seller order list', fixture: '1688/seller-list.html' },
  { title: '1688 · order awaiting payment (buyer)', fixture: '1688/buyer-detail-air.html' },
  { title: 'Shopify · unfulfilled, paid', fixture: 'shopify/unfulfilled-paid.html' },
  { title: 'Shopify · fulfillment in progress', fixture: 'shopify/fulfillment-in-progress.html' },
  { title: 'Shopify · canceled', fixture: 'shopify/canceled.html' },
];
