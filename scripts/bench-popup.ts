/**
 * The popup's first verdict without the history fill: opens the popup page (`?tab=` on a served Amazon
 * order page) N times and times navigation start → first verdict card painted, as bench-history does
 * at 100,000 orders (the popup's first verdict waits for no history query, so an empty history times
 * the popup's own start). Each open is closed once what it asks for after the paint has come back, and half a second
 * later, so the next starts with the worker idle. Several builds are measured in alternating rounds (a fresh browser each),
 * so a busy machine weighs on all of them alike:
 *
 *   npx tsx scripts/bench-popup.ts [distDir ...]          (default: dist/)
 *   BENCH_POPUP_ROUNDS=4 BENCH_POPUP_RUNS=5               (rounds per build, popup opens per round)
 *   BENCH_POPUP_PROFILE=/tmp/popup.cpuprofile             (writes one run's CPU profile, first build)
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { DIST, launch, openFixture, waitForHints } from '../test/support/browser';

export interface PopupRun {
  /** Navigation start → first verdict card painted (two frames after it entered the DOM). */
  verdict: number;
  /** Navigation start → the popup's first render (its script loaded and run), before any answer. */
  app: number;
  /** Navigation start → DOMContentLoaded (the page's module scripts fetched and run). */
  dcl: number;
  /** Messages the page sent before the first verdict was painted: what, sent and answered (ms from navigation start). */
  asks: Array<{ kind: string; sent: number; answered: number }>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;
/** A pause with the popup open and everything answered, before it is closed (see popupFirstVerdict). */
const IDLE_BETWEEN_OPENS_MS = 500;

/** The tab ids the worker sees (the extension has no "tabs" permission: ids only). */
async function tabIds(context: BrowserContext): Promise<number[]> {
  const [sw] = context.serviceWorkers();
  return sw!.evaluate(async () => (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])));
}

/** Opens the popup for an Amazon order tab `runs` times; `profile` writes the last run's CPU profile. */
export async function popupFirstVerdict(context: BrowserContext, extensionId: string, runs: number, profile?: string): Promise<PopupRun[]> {
  for (const p of context.pages()) await p.close();
  const seller = await openFixture(context, 'amazon/details-unshipped-us.html');
  await waitForHints(seller);
  const [tabId] = await tabIds(context);
  const out: PopupRun[] = [];
  type Marks = { __firstVerdict?: number; __app?: number; __asks?: PopupRun['asks'] };
  for (let i = 0; i < runs; i++) {
    const popup = await context.newPage();
    const cdp = profile && i === runs - 1 ? await context.newCDPSession(popup) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    // Recorded in the page itself: performance.now() counts from its navigation start.
    await popup.addInitScript(() => {
      const w = window as unknown as Marks;
      // Every message to the worker or a tab, timed (the native namespaces the polyfill inherits from).
      w.__asks = [];
      const ns = [(globalThis as unknown as { browser?: typeof chrome }).browser, chrome].filter((x) => x !== undefined);
      // Chrome's `browser` and `chrome` share their runtime and tabs objects: each is wrapped once.
      const wrapped = new Set<object>();
      for (const api of new Set(ns)) {
        for (const [owner, name] of [
          [api.runtime, 'runtime'],
          [api.tabs, 'tabs'],
        ] as const) {
          const send = owner?.sendMessage as ((...a: unknown[]) => Promise<unknown>) | undefined;
          if (!send || wrapped.has(owner)) continue;
          wrapped.add(owner);
          (owner as unknown as { sendMessage: unknown }).sendMessage = function (this: unknown, ...args: unknown[]) {
            const message = args.find((a) => typeof a === 'object' && a !== null && 'kind' in a) as { kind?: string } | undefined;
            const entry = { kind: `${name}:${message?.kind ?? '?'}`, sent: performance.now(), answered: Number.NaN };
            w.__asks!.push(entry);
            const answer = send.apply(this, args);
            void Promise.resolve(answer).finally(() => (entry.answered = performance.now()));
            return answer;
          };
        }
      }
      new MutationObserver((_m, observer) => {
        w.__app ??= document.querySelector('.popup') ? performance.now() : undefined;
        if (!document.querySelector('.coc-card')) return;
        observer.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => (w.__firstVerdict = performance.now())));
      }).observe(document, { childList: true, subtree: true });
    });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.waitForFunction(() => (window as unknown as Marks).__firstVerdict !== undefined, null, { timeout: 30_000 });
    const run = await popup.evaluate(() => {
      const w = window as unknown as Marks;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const asks = w.__asks!.filter((a) => a.sent < w.__firstVerdict!);
      return { verdict: w.__firstVerdict!, app: w.__app ?? Number.NaN, dcl: nav?.domContentLoadedEventStart ?? Number.NaN, asks };
    });
    if (cdp) {
      const { profile: p } = await cdp.send('Profiler.stop');
      writeFileSync(profile!, JSON.stringify(p));
    }
    out.push(run);
    // Closed as a person closes it: after it has shown what it asks for once the verdict is painted (settings,
    // statistics, the order's history and messages). Closed at once, the next open would start while the worker
    // still answers this one's questions: a popup opened five times a second, which no seller does.
    await popup.waitForFunction(() => (window as unknown as Marks).__asks!.every((a) => !Number.isNaN(a.answered)), null, {
      timeout: 30_000,
    });
    await popup.waitForTimeout(IDLE_BETWEEN_OPENS_MS);
    await popup.close();
  }
  await seller.close();
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dists = process.argv.length > 2 ? process.argv.slice(2).map((d) => resolve(d)) : [DIST];
  const rounds = Number(process.env.BENCH_POPUP_ROUNDS ?? 4);
  const runs = Number(process.env.BENCH_POPUP_RUNS ?? 5);
  // Private copies: a rebuild during the run must not pull an extension from under it.
  const copies = dists.map((d) => {
    const copy = mkdtempSync(join(tmpdir(), 'coc-bench-popup-'));
    cpSync(d, copy, { recursive: true });
    return copy;
  });
  const results = dists.map(() => [] as PopupRun[]);
  try {
    for (let r = 0; r < rounds; r++) {
      for (const [i, copy] of copies.entries()) {
        const browser = await launch({ extensionDir: copy });
        try {
          const profile = r === 0 && i === 0 ? process.env.BENCH_POPUP_PROFILE : undefined;
          results[i]!.push(...(await popupFirstVerdict(browser.context, browser.extensionId, runs, profile)));
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  }
  for (const [i, dist] of dists.entries()) {
    const rs = results[i]!;
    const m = (k: 'verdict' | 'app' | 'dcl') => round(median(rs.map((x) => x[k])));
    console.log(
      `${dist}: popup first verdict median ${m('verdict')} ms (${rs.length} opens; DOMContentLoaded ${m('dcl')} ms, first render ${m('app')} ms)`,
    );
    console.log(`  runs ${rs.map((x) => round(x.verdict)).join(', ')}`);
    const last = rs.at(-1)!;
    console.log(
      `  last open's messages before the verdict: ${last.asks.map((a) => `${a.kind} ${round(a.sent)}→${round(a.answered)}`).join(', ')}`,
    );
  }
}
