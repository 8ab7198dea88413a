/**
 * The benchmark's pages, served at their real URLs: an order details page, 100-row and 500-row
 * Manage Orders lists (Amazon shows at most 100 orders a page; 500 shows how the cost grows with the
 * list) and 100 AliExpress order cards (bench/README.md, "Pages"). Shared by `npm run bench` and
 * `npm run bench:ab`.
 */
import { loadFixture } from '../../test/support/browser';
import { freshenDates } from '../../test/support/fresh-dates';
import { MANAGE_ORDERS_BENCH_URL, makeManageOrdersHtml } from '../../test/fixtures/amazon/make-manage-orders';
import { ALIEXPRESS_LIST_BENCH_URL, makeAliexpressBuyerListHtml } from '../../test/fixtures/bench/make-aliexpress-list';
import { makeLateDetailHtml } from '../../test/fixtures/bench/make-late-detail';
import type { ServedPage } from './browser-runs';

const detail = loadFixture('amazon/details-unshipped-us.html');

export const SCENARIOS = {
  detail: { url: detail.url, html: freshenDates(detail.html) },
  list100: { url: MANAGE_ORDERS_BENCH_URL.replace('page=1', 'page=2'), html: freshenDates(makeManageOrdersHtml(100)) },
  list500: { url: MANAGE_ORDERS_BENCH_URL, html: freshenDates(makeManageOrdersHtml(500)) },
  aeList100: { url: ALIEXPRESS_LIST_BENCH_URL, html: makeAliexpressBuyerListHtml(100) },
} satisfies Record<string, ServedPage>;

export type Scenario = keyof typeof SCENARIOS;
export const SCENARIO_NAMES = Object.keys(SCENARIOS) as Scenario[];

/** The detail page with its order data rendered 300 ms after load (hint latency). */
export const LATE_DETAIL: ServedPage = { url: detail.url, html: makeLateDetailHtml(SCENARIOS.detail.html) };

/** Until the hints are on the page and their count has not changed for 500 ms. */
export const SETTLE = { hints: 'stable', quietMs: 500, timeoutMs: 30_000 } as const;
