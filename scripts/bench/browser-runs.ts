/**
 * The Chromium side of the benchmark: load a fixture page in a browser (no extension, the empty
 * extension, or ours), wait for the hints (or a given wall time), and read the page's main-thread
 * metrics, heap, and optionally a trace. Every variant runs the same in-page observer and the same
 * polling, so their cost cancels out in the differences.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { TraceEvent } from './trace';

export interface ServedPage {
  url: string;
  html: string;
}

/**
 * Serves pages at their real URLs (path and query) in a context; `set` replaces what one URL serves.
 * Several pages may share an origin (the shared `serve` helper owns a whole origin per page, hence this one).
 */
export async function servePages(context: BrowserContext, pages: readonly ServedPage[]): Promise<(p: ServedPage) => void> {
  const byPath = new Map<string, string>();
  const origins = new Set<string>();
  const set = (p: ServedPage) => {
    const u = new URL(p.url);
    byPath.set(u.origin + u.pathname + u.search, p.html);
  };
  for (const p of pages) {
    set(p);
    const origin = new URL(p.url).origin;
    if (origins.has(origin)) continue;
    origins.add(origin);
    await context.route(`${origin}/**`, (route) => {
      const u = new URL(route.request().url());
      const html = byPath.get(u.origin + u.pathname + u.search);
      if (html !== undefined) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    });
  }
  return set;
}

/**
 * Page main world, from DOMContentLoaded (content scripts run after it): counts our hint elements
 * from mutation records alone (no queries, so a page with hints pays almost nothing for being
 * watched) and records when the first hint with a verdict ('ready') and the first settled hint
 * ('ready' or 'unreadable') appeared, and when the count last changed.
 */
export const OBSERVER_SCRIPT = `(() => {
  const b = (window.__bench = { hints: 0, firstReadyAt: -1, firstSettledAt: -1, lastChangeAt: -1 });
  const TAG = 'CANCEL-OR-CLOSE-HINT';
  const ready = (el) => el.getAttribute('data-state') === 'ready';
  const settled = (el) => ready(el) || el.getAttribute('data-state') === 'unreadable';
  const sawReady = () => { if (b.firstReadyAt < 0) b.firstReadyAt = performance.now(); };
  const saw = (el) => { if (settled(el) && b.firstSettledAt < 0) b.firstSettledAt = performance.now(); if (ready(el)) sawReady(); };
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') { if (r.target.nodeName === TAG) saw(r.target); continue; }
        for (const n of r.addedNodes) if (n.nodeName === TAG) { b.hints++; b.lastChangeAt = performance.now(); saw(n); }
        for (const n of r.removedNodes) if (n.nodeName === TAG) { b.hints--; b.lastChangeAt = performance.now(); }
      }
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
})();`;

interface BenchState {
  hints: number;
  firstReadyAt: number;
  firstSettledAt: number;
  lastChangeAt: number;
  dataAt?: number;
}

export interface LoadResult {
  wallMs: number;
  scriptMs: number;
  taskMs: number;
  layoutMs: number;
  heapMB: number;
  hints: number;
  /** Hints showing a verdict at the end (the rest say the order could not be judged). */
  readyHints: number;
  /** performance.now() in the page when the first ready hint appeared; -1 if none. */
  firstReadyAt: number;
  /** performance.now() in the page when the late data was inserted (late-detail page only). */
  dataAt: number;
  trace?: TraceEvent[];
}

export type WaitFor = { hints: 'stable'; quietMs: number; timeoutMs: number } | { wallMs: number };

const POLL_MS = 100;

async function readState(page: Page): Promise<BenchState> {
  return page.evaluate(() => {
    const w = window as unknown as { __bench?: BenchState; __benchDataAt?: number };
    return { ...(w.__bench ?? { hints: 0, firstReadyAt: -1, firstSettledAt: -1, lastChangeAt: -1 }), dataAt: w.__benchDataAt ?? -1 };
  });
}

async function startTrace(s: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  s.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await s.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((r) => s.once('Tracing.tracingComplete', () => r()));
    await s.send('Tracing.end');
    await done;
    return events;
  };
}

/** Opens `url` in a new tab, waits as told, reads the metrics, closes the tab. */
export async function loadOnce(context: BrowserContext, url: string, wait: WaitFor, trace = false): Promise<LoadResult> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVER_SCRIPT);
  const s = await context.newCDPSession(page);
  await s.send('Performance.enable');
  const stopTrace = trace ? await startTrace(s) : null;
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  let state = await readState(page);
  if ('wallMs' in wait) {
    while (Date.now() - t0 < wait.wallMs) {
      await page.waitForTimeout(Math.min(POLL_MS, Math.max(1, wait.wallMs - (Date.now() - t0))));
      state = await readState(page);
    }
  } else {
    let lastCount = -1;
    let since = Date.now();
    for (;;) {
      await page.waitForTimeout(POLL_MS);
      state = await readState(page);
      if (state.hints !== lastCount) {
        lastCount = state.hints;
        since = Date.now();
      } else if (state.hints > 0 && state.firstSettledAt >= 0 && Date.now() - since >= wait.quietMs) break;
      if (Date.now() - t0 > wait.timeoutMs)
        throw new Error(`${url}: hints did not settle within ${wait.timeoutMs} ms (saw ${state.hints})`);
    }
  }
  const wallMs = Date.now() - t0;
  const events = stopTrace ? await stopTrace() : undefined;
  const { metrics } = (await s.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  await s.send('HeapProfiler.collectGarbage');
  const heap = (await s.send('Runtime.getHeapUsage')) as { usedSize: number };
  const readyHints = await page.evaluate(() => document.querySelectorAll('cancel-or-close-hint[data-state="ready"]').length);
  await page.close();
  return {
    wallMs,
    scriptMs: metric('ScriptDuration') * 1000,
    taskMs: metric('TaskDuration') * 1000,
    layoutMs: metric('LayoutDuration') * 1000,
    heapMB: heap.usedSize / 1_048_576,
    hints: state.hints,
    readyHints,
    firstReadyAt: state.firstReadyAt,
    dataAt: state.dataAt ?? -1,
    ...(events ? { trace: events } : {}),
  };
}

/**
 * Stops every service worker of the browser (ours included) through the DevTools protocol, and
 * waits until the extension's worker reports 'stopped'.
 */
export async function stopServiceWorkers(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  const s = await context.newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const running = new Map<string, string>();
  s.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(origin)) running.set(v.versionId, v.runningStatus);
  });
  await s.send('ServiceWorker.enable');
  await s.send('ServiceWorker.stopAllWorkers');
  const end = Date.now() + 5000;
  while (Date.now() < end && [...running.values()].some((st) => st !== 'stopped')) await page.waitForTimeout(50);
  const stillRunning = [...running.values()].some((st) => st !== 'stopped');
  await page.close();
  if (stillRunning) throw new Error('the extension service worker did not stop');
}

/**
 * A private copy of a built extension for a whole run: other work in the checkout may rebuild the
 * folder while a benchmark runs, which would pull the files from under the loaded extension.
 */
export function privateCopy(dir: string, prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  cpSync(resolve(dir), copy, { recursive: true });
  return copy;
}
