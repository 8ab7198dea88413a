/**
 * History at scale, in the real extension's IndexedDB in Chromium: fills the database with
 * 100,000 orders and 1,000,000 observations (two years of a busy seller), then measures
 *   - the popup's first verdict paint on a fixture tab (navigation start → first verdict card painted),
 *   - the statistics query (history/stats from the maintained counters: 7-day Amazon rate, 30-day breakdowns, open follow-ups),
 *   - importing a JSON file of 100,000 orders (chosen on the options page, as a person does),
 *   - bytes on disk per observation and per order (navigator.storage.estimate before/after).
 *
 * Runnable alone against the built dist/: `npx tsx scripts/bench-history.ts` (prints the figures and the
 * history budgets of scripts/bench/budgets.ts, pass or fail; exits non-zero on a miss).
 * BENCH_HISTORY_ORDERS / BENCH_HISTORY_PER_ORDER shrink the data for a quick check.
 * The data is written with the raw IndexedDB API from an extension page (same origin as the
 * worker, so the worker's Dexie reads it); nothing here is part of the shipped extension.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, launch } from '../test/support/browser';
import { popupFirstVerdict } from './bench-popup';
import { BUDGETS, checkBudgets } from './bench/budgets';
import { fmt, formatTable } from './bench/table';

export interface HistoryBenchResult {
  orders: number;
  observations: number;
  generateMs: number;
  /** Popup opened with ?tab= on a fixture tab: navigation start → first verdict card painted. */
  popupFirstVerdictMs: { median: number; runs: number[] };
  /** Of which the popup page loading and running its script, until its first render (median). */
  popupFirstRenderMs: number;
  /** history/stats round trip from an extension page, from the maintained counters. */
  statsMs: { first: number; median: number; runs: number[]; ordersReported: number };
  /** Counting the counters from every order once (what the v7 upgrade does; the generated data bypassed them). */
  aggregatesBuildMs: number;
  /** The same count with the recent orders' summaries removed (their observations read; figures checked equal). */
  statsWithoutSummariesMs: number;
  /** history/search round trips (median of runs per query); `slowest` is the budget's figure. */
  searchMs: { slowest: number; queries: Array<{ name: string; median: number; found: number }> };
  /** Importing a JSON file holding 100,000 new orders on the options page, until its report shows. */
  importMs: number;
  /** Of which reading and checking the file, until the write begins (the page's progress line); NaN when not seen. */
  importReadMs: number;
  /** The same records written with the raw IndexedDB API in one transaction (see rawWriteFloor). */
  importFloorMs: number;
  importedOrders: number;
  importFileMB: number;
  /** null when the browser's estimate did not move (it can lag behind writes). */
  bytesPerObservation: number | null;
  bytesPerOrder: number | null;
}

const ORDERS = Number(process.env.BENCH_HISTORY_ORDERS ?? 100_000);
const PER_ORDER = Number(process.env.BENCH_HISTORY_PER_ORDER ?? 10);
const IMPORT_ORDERS = Number(process.env.BENCH_HISTORY_IMPORT ?? 100_000);
const RUNS = 5;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

type Send = { ok: boolean; value?: unknown; error?: string };
const send = (page: Page, message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<Send>;
const usage = (page: Page) => page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);

/** Writes `orders` orders (stage 'awaiting-shipment' or ended) and `perOrder` observations each, in batches. */
async function generate(page: Page, orders: number, perOrder: number, part: 'orders' | 'observations' | 'followUps'): Promise<void> {
  await page.evaluate(
    async ({ orders, perOrder, part, now }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('cancel-or-close');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const addAll = (store: string, records: unknown[]) =>
        new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite', { durability: 'relaxed' });
          const os = tx.objectStore(store);
          for (const r of records) os.add(r);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
      // A fixed pseudo-random sequence, so every run writes the same history.
      let seed = 42;
      const rand = () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const DAY = 86_400_000;
      const HOUR = 3_600_000;
      const PLATFORMS = ['amazon', 'aliexpress', '1688', 'shopify'] as const;
      const RUNNING: Record<string, string> = {
        amazon: 'amazon.unshipped.mfn.seller-cancel',
        aliexpress: 'aliexpress.seller.awaiting-shipment',
        '1688': '1688.seller.awaiting-shipment',
        shopify: 'shopify.unfulfilled',
      };
      let batch: unknown[] = [];
      const BATCH = part === 'orders' ? 10_000 : 50_000;
      for (let i = 0; i < orders; i++) {
        const platform = PLATFORMS[i % 4]!;
        const key = `${platform}:BENCH-${i}`;
        const first = now - rand() * 720 * DAY;
        const ended = rand() < 0.15;
        const last = first + (perOrder - 1) * HOUR;
        if (part === 'orders') {
          // The summary of the observations written below, as the extension keeps it on each order
          // (src/history/ending.ts `summarize`); checked against a full read in checkSummaries().
          const before = ended ? perOrder - 1 : perOrder;
          const initiator = before === 0 ? 'unknown' : before >= 2 ? 'buyer' : 'seller'; // observation 1 has cancelRequested
          const summary = {
            mfn: platform === 'amazon' && before > 0,
            ending: ended
              ? {
                  outcome: 'canceled',
                  endedAt: new Date(last).toISOString(),
                  initiator,
                  lastRuleId: before > 0 ? RUNNING[platform] : 'ended.canceled',
                  sellerFault: initiator === 'seller',
                }
              : null,
          };
          batch.push({
            key,
            platform,
            orderId: `BENCH-${i}`,
            ...(platform === 'amazon' ? { marketplace: 'amazon.com', fulfilledBy: 'merchant' } : {}),
            stage: ended ? 'canceled' : 'awaiting-shipment',
            firstSeen: new Date(first).toISOString(),
            lastSeen: new Date(last).toISOString(),
            lastAction: ended ? 'none' : 'cancel',
            lastRuleId: ended ? 'ended.canceled' : RUNNING[platform],
            summary,
          });
        } else if (part === 'followUps') {
          // An ended order's two follow-ups, nine in ten of them done: the statistics list the open ones
          // (src/history/db.ts StoredFollowUp: only open ones carry `openDueAt`).
          if (ended)
            for (const [n, id] of ['check-refund', 'adjust-inventory'].entries()) {
              const dueAt = new Date(last + (n + 1) * 7 * DAY).toISOString();
              // Not from rand(): every part must draw the same sequence for the same orders.
              const done = (i + n) % 10 !== 0;
              batch.push({
                orderKey: key,
                id,
                text: { en: 'Check.', zh: '检查。' },
                createdAt: new Date(last).toISOString(),
                dueAt,
                doneAt: done ? dueAt : null,
                ...(done ? {} : { openDueAt: dueAt }),
              });
            }
        } else {
          for (let j = 0; j < perOrder; j++) {
            const end = ended && j === perOrder - 1;
            batch.push({
              orderKey: key,
              at: new Date(first + j * HOUR).toISOString(),
              stage: end ? 'canceled' : 'awaiting-shipment',
              nativeStatus: end ? 'Canceled' : 'Unshipped',
              cancelRequested: j % 3 === 1,
              action: end ? 'none' : 'cancel',
              outcome: 'canceled',
              ruleId: end ? 'ended.canceled' : RUNNING[platform],
              rulesetVersion: '2026.11.1',
              url: `https://sellercentral.amazon.com/orders-v3/order/BENCH-${i}`,
              dedupe: `${key}|bench:${j}`,
            });
          }
        }
        if (batch.length >= BATCH) {
          await addAll(part, batch);
          batch = [];
        }
      }
      if (batch.length) await addAll(part, batch);
      db.close();
    },
    { orders, perOrder, part, now: Date.now() },
  );
}

/**
 * The generated data was written around the worker, so its statistics counters are stale: removing
 * the counters' `all` row makes the next statistics request count everything again, as the v7 upgrade
 * does once (src/history/aggregates.ts). Returns that count's time.
 */
async function recount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('cancel-or-close');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('aggregates', 'readwrite');
      tx.objectStore('aggregates').delete('all');
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    const start = performance.now();
    const answer = (await chrome.runtime.sendMessage({ kind: 'history/stats' })) as { ok: boolean; error?: string };
    if (!answer.ok) throw new Error(`history/stats failed: ${answer.error}`);
    return performance.now() - start;
  });
}

/**
 * The generated summaries must be what the extension would have stored: the statistics counted from
 * them equal the statistics counted after the recent orders' summaries are removed (the count then
 * reads those orders' observations and writes their summaries back). Returns that count's time.
 */
async function checkSummaries(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('cancel-or-close');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const run = (store: string, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest | void) =>
      new Promise<unknown>((resolve, reject) => {
        const tx = db.transaction(store, mode);
        const request = work(tx.objectStore(store));
        tx.oncomplete = () => resolve(request?.result);
        tx.onerror = () => reject(tx.error);
      });
    const stats = async () => {
      const start = performance.now();
      const answer = (await chrome.runtime.sendMessage({ kind: 'history/stats' })) as { ok: boolean; value?: object };
      if (!answer.ok) throw new Error('history/stats failed');
      return {
        ms: performance.now() - start,
        value: answer.value as Record<string, unknown>,
        figures: JSON.stringify({ ...answer.value, at: '' }),
      };
    };
    const since = IDBKeyRange.lowerBound(new Date(Date.now() - 31 * 86_400_000).toISOString());
    const recent = (await run('orders', 'readonly', (s) => s.index('lastSeen').getAll(since))) as Array<{ summary?: unknown }>;
    // Two tries: a day turning between the two queries changes the figures.
    let differences = '';
    for (let attempt = 0; attempt < 2; attempt++) {
      const expected = await stats();
      await run('orders', 'readwrite', (s) => recent.forEach(({ summary: _summary, ...order }) => s.put(order)));
      await run('aggregates', 'readwrite', (s) => s.delete('all'));
      const full = await stats();
      if (full.figures === expected.figures) {
        db.close();
        return full.ms;
      }
      differences = Object.keys(full.value)
        .filter((k) => k !== 'at' && JSON.stringify(full.value[k]) !== JSON.stringify(expected.value[k]))
        .map(
          (k) =>
            `${k}: summaries ${JSON.stringify(expected.value[k]).slice(0, 300)} / full read ${JSON.stringify(full.value[k]).slice(0, 300)}`,
        )
        .join('\n');
    }
    db.close();
    throw new Error(`generated summaries differ from the observations (fix generate()):\n${differences}`);
  });
}

/**
 * The import's floor: the same order records written with the raw IndexedDB API, in one transaction,
 * into an empty scratch database with the orders table's indexes (src/history/migrations.ts) —
 * no file, no parsing, no checks, no Dexie. Nothing an import does can be faster than this.
 */
async function rawWriteFloor(page: Page, orders: unknown[]): Promise<number> {
  return page.evaluate(async (records) => {
    const name = 'coc-bench-floor';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('orders', { keyPath: 'key' });
        for (const index of ['lastSeen', 'dueAt', 'orderId']) store.createIndex(index, index);
        for (const field of ['platform', 'stage', 'lastAction']) store.createIndex(`[${field}+lastSeen]`, [field, 'lastSeen']);
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const start = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('orders', 'readwrite');
      const store = tx.objectStore('orders');
      for (const r of records) store.put({ ...(r as object), summary: { mfn: false, ending: null } });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    const ms = performance.now() - start;
    db.close();
    await new Promise((resolve) => {
      indexedDB.deleteDatabase(name).onsuccess = resolve;
    });
    return ms;
  }, orders);
}

/**
 * The searches the popup and the statistics page make (src/history/search.ts): a pasted id, the
 * beginning of one, and filters without an id. The exact id must come back first: a fast wrong
 * answer is no answer.
 */
async function benchSearch(page: Page): Promise<HistoryBenchResult['searchMs']> {
  const target = `BENCH-${Math.floor(ORDERS * 0.7342)}`;
  const monthAgo = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const queries: Array<{ name: string; query: Record<string, unknown>; check?: (orders: Array<{ orderId: string }>) => boolean }> = [
    { name: 'exact id', query: { orderId: ` ${target} `, limit: 50 }, check: (o) => o[0]?.orderId === target },
    { name: 'id prefix', query: { orderId: target.slice(0, -1), limit: 50 }, check: (o) => o.some((x) => x.orderId === target) },
    { name: 'platform + needs action', query: { platform: '1688', needsAction: true, limit: 50 } },
    { name: 'stage, last 30 days', query: { stage: 'canceled', from: monthAgo, limit: 50 } },
    { name: 'newest, no filter', query: { limit: 50 } },
  ];
  const results: Array<{ name: string; median: number; found: number }> = [];
  for (const q of queries) {
    const runs: number[] = [];
    let found = 0;
    for (let i = 0; i < RUNS; i++) {
      const [ms, answer] = await page.evaluate(async (query) => {
        const start = performance.now();
        const answer = (await chrome.runtime.sendMessage({ kind: 'history/search', query })) as Send;
        return [performance.now() - start, answer] as const;
      }, q.query);
      if (!answer.ok) throw new Error(`history/search (${q.name}) failed: ${answer.error}`);
      const orders = (answer.value as { orders: Array<{ orderId: string }> }).orders;
      if (q.check && !q.check(orders)) throw new Error(`history/search (${q.name}) did not find ${target}`);
      found = orders.length;
      runs.push(ms);
    }
    results.push({ name: q.name, median: round(median(runs)), found });
  }
  return { slowest: Math.max(...results.map((r) => r.median)), queries: results };
}

export async function benchHistory(context: BrowserContext, extensionId: string): Promise<HistoryBenchResult> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  // tsx names inner arrow functions through a `__name` helper the page does not have.
  await page.evaluate('globalThis.__name = (f) => f');
  // The worker creates the database (schema v2) and runs today's retention on an empty history.
  const empty = await send(page, { kind: 'history/stats' });
  if (!empty.ok) throw new Error(`history/stats failed: ${empty.error}`);

  const t0 = Date.now();
  const before = await usage(page);
  await generate(page, ORDERS, PER_ORDER, 'orders');
  const afterOrders = await usage(page);
  await generate(page, ORDERS, PER_ORDER, 'observations');
  const afterObservations = await usage(page);
  await generate(page, ORDERS, PER_ORDER, 'followUps');
  const generateMs = Date.now() - t0;

  const aggregatesBuildMs = await recount(page);
  const statsRuns: number[] = [];
  let ordersReported = 0;
  for (let i = 0; i < RUNS; i++) {
    const [ms, answer] = await page.evaluate(async () => {
      const start = performance.now();
      const answer = (await chrome.runtime.sendMessage({ kind: 'history/stats' })) as Send;
      return [performance.now() - start, answer] as const;
    });
    if (!answer.ok) throw new Error(`history/stats failed: ${answer.error}`);
    ordersReported = (answer.value as { orders: number }).orders;
    statsRuns.push(ms);
  }
  if (ordersReported !== ORDERS) throw new Error(`history/stats reported ${ordersReported} orders, not ${ORDERS}`);
  const statsWithoutSummariesMs = await checkSummaries(page);
  const searchMs = await benchSearch(page);

  // The import runs as the person runs it: a file chosen on the options page, read and written by
  // the page itself (src/options/sections/history-transfer.ts), timed until its report shows.
  const now = Date.now();
  const importOrders = Array.from({ length: IMPORT_ORDERS }, (_, i) => ({
    key: `shopify:IMPORT-${i}`,
    platform: 'shopify',
    orderId: `IMPORT-${i}`,
    stage: 'awaiting-shipment',
    firstSeen: new Date(now - (i % 700) * 86_400_000).toISOString(),
    lastSeen: new Date(now - (i % 700) * 86_400_000 + 3_600_000).toISOString(),
    lastAction: 'cancel',
    lastRuleId: 'shopify.unfulfilled',
  }));
  const text = JSON.stringify({
    format: 'cancel-or-close-history',
    version: 1,
    exportedAt: new Date(now).toISOString(),
    orders: importOrders,
    settings: null,
  });
  const importDir = mkdtempSync(join(tmpdir(), 'coc-bench-import-'));
  const importFile = join(importDir, 'history.json');
  writeFileSync(importFile, text);
  // When the page's progress line turns from reading the file to writing (in the page's own clock).
  await page.evaluate(() => {
    const w = window as unknown as { __writing?: number; __chosen?: number };
    w.__chosen = undefined;
    document.querySelector('input[type=file]')!.addEventListener('change', () => (w.__chosen ??= performance.now()), { once: true });
    new MutationObserver((_m, observer) => {
      const line = document.querySelector('.history-progress span')?.textContent ?? '';
      if (!line.startsWith('Adding')) return;
      w.__writing = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  const importStart = performance.now();
  await page.locator('input[type=file]').setInputFiles(importFile);
  await page.locator('.history-report').waitFor({ timeout: 300_000 });
  const importMs = performance.now() - importStart;
  const importReadMs = await page.evaluate(() => {
    const w = window as unknown as { __writing?: number; __chosen?: number };
    return w.__writing !== undefined && w.__chosen !== undefined ? w.__writing - w.__chosen : Number.NaN;
  });
  const reportText = await page.locator('.history-report').innerText();
  rmSync(importDir, { recursive: true, force: true });
  const importedOrders = Number(/Imported: (\d+) orders/.exec(reportText)?.[1] ?? NaN);
  if (!Number.isFinite(importedOrders)) throw new Error(`the import did not report: ${reportText}`);
  const imported = { ms: importMs, chars: text.length };
  const importFloorMs = await rawWriteFloor(page, importOrders);
  await page.close();

  const popup = await popupFirstVerdict(context, extensionId, RUNS);
  const popupRuns = { verdict: popup.map((r) => r.verdict), app: popup.map((r) => r.app) };
  const observations = ORDERS * PER_ORDER;
  const perObservation = afterObservations - afterOrders;
  const perOrder = afterOrders - before;
  return {
    orders: ORDERS,
    observations,
    generateMs,
    popupFirstVerdictMs: { median: round(median(popupRuns.verdict)), runs: popupRuns.verdict.map((x) => round(x)) },
    popupFirstRenderMs: round(median(popupRuns.app)),
    statsMs: { first: round(statsRuns[0]!), median: round(median(statsRuns)), runs: statsRuns.map((x) => round(x)), ordersReported },
    aggregatesBuildMs: round(aggregatesBuildMs),
    statsWithoutSummariesMs: round(statsWithoutSummariesMs),
    searchMs,
    importMs: round(imported.ms),
    importReadMs: round(importReadMs),
    importFloorMs: round(importFloorMs),
    importedOrders,
    importFileMB: round(imported.chars / 1_048_576, 1),
    bytesPerObservation: perObservation > 0 ? round(perObservation / observations) : null,
    bytesPerOrder: perOrder > 0 ? round(perOrder / ORDERS) : null,
  };
}

export function formatHistoryBench(r: HistoryBenchResult): string {
  return [
    `history at scale: ${r.orders.toLocaleString('en')} orders, ${r.observations.toLocaleString('en')} observations (written in ${round(r.generateMs / 1000)} s)`,
    `  popup first verdict paint   median ${r.popupFirstVerdictMs.median} ms   runs ${r.popupFirstVerdictMs.runs.join(', ')}   (its first render, page and script loaded: ${r.popupFirstRenderMs} ms)`,
    `  history/stats (counters)    first ${r.statsMs.first} ms, median ${r.statsMs.median} ms   runs ${r.statsMs.runs.join(', ')}   (orders reported ${r.statsMs.ordersReported.toLocaleString('en')})`,
    `  counters counted once       ${r.aggregatesBuildMs} ms   (the v7 upgrade's cost at this size)`,
    `  counted again, no summaries ${r.statsWithoutSummariesMs} ms   (recent orders' observations read; figures checked equal)`,
    `  history/search (slowest)    ${r.searchMs.slowest} ms   ${r.searchMs.queries.map((q) => `${q.name} ${q.median} ms (${q.found})`).join(', ')}`,
    `  import ${r.importedOrders.toLocaleString('en')} orders       ${r.importMs} ms   (file ${r.importFileMB} MB; reading and checking it ${r.importReadMs} ms, then one write; floor ${r.importFloorMs} ms)`,
    `  on disk                     ${r.bytesPerObservation ?? 'n/a'} bytes/observation, ${r.bytesPerOrder ?? 'n/a'} bytes/order (storage.estimate)`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A private copy of dist/: a rebuild during the run must not pull the extension from under it.
  const copy = mkdtempSync(join(tmpdir(), 'coc-bench-history-'));
  cpSync(DIST, copy, { recursive: true });
  const browser = await launch({ extensionDir: copy });
  try {
    const history = await benchHistory(browser.context, browser.extensionId);
    console.log(formatHistoryBench(history));
    // The history budgets, pass or fail; a miss exits non-zero (as `npm run bench` does for all of them).
    const lines = checkBudgets(
      { history },
      BUDGETS.filter((b) => b.key.startsWith('history.')),
    );
    console.log(`\nBudgets\n`);
    console.log(
      formatTable(
        ['measure', 'value', 'budget', 'result', 'floor'],
        lines.map((b) => [
          b.label,
          `${fmt(b.value)} ${b.unit}`,
          `≤ ${fmt(b.limit, 0)} ${b.unit}`,
          b.pass ? 'pass' : 'MISSED',
          // The import's floor: the raw write alone. The others have none measured here.
          b.key === 'history.importMs' ? `${fmt(history.importFloorMs)} ms` : '',
        ]),
      ),
    );
    if (lines.some((b) => !b.pass)) process.exitCode = 1;
  } finally {
    await browser.close();
    rmSync(copy, { recursive: true, force: true });
  }
}
