/**
 * `npx tsx scripts/bench-latency.ts DIST [runs] [DIST_B]`: where the hint latency of `npm run bench` goes (the
 * late-detail page: an Amazon order detail whose order data the page inserts 300 ms after load). With one build it
 * prints, per load and as medians, the moments from the data's insertion to the hint (see PHASES); with two it
 * alternates them load by load and prints the paired latency comparison (median before, after, paired difference,
 * and in how many pairs the second build was faster).
 *
 * It measures a copy of each build with small probes added, never the build itself: one at the head of the Amazon
 * content script (in our isolated world: when our mutation callback runs, when a message leaves for the worker and
 * its answer comes back, when the hint's shadow root and stylesheet are made and its `data-state` is set), and one
 * module the worker loads before its own (when a message arrives and when its answer is handed back, and the
 * IndexedDB transactions in between). The page's own moments (data inserted, first ready hint) come from the same
 * observer `npm run bench` uses. Times are `performance.timeOrigin + performance.now()` in each context, so the
 * page's and the worker's clocks meet (they share the machine's clock; the probes cost a few microseconds each).
 * Latency here is the bench's: first ready hint − data inserted.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { launch, type Launched } from '../test/support/browser';
import { OBSERVER_SCRIPT, servePages } from './bench/browser-runs';
import { LATE_DETAIL } from './bench/pages';
import { median, round } from './bench/stats';

const [distA, runsArg, distB] = process.argv.slice(2);
if (!distA) throw new Error('usage: tsx scripts/bench-latency.ts DIST [runs] [DIST_B]');
const RUNS = Number(runsArg ?? 15);
const SETTLE_MS = 1_200;

/** Our isolated world, ahead of the content script: marks kept on the page's timeline (read from the main world). */
const CONTENT_PROBE = `(() => {
  const at = () => performance.timeOrigin + performance.now();
  const put = (name) => { const list = (globalThis.__cocProbe ??= []); list.push([name, at()]); performance.mark('coc:' + name + ':' + at()); };
  const Native = MutationObserver;
  globalThis.MutationObserver = class extends Native {
    constructor(cb) { super((records, obs) => { put('mo-in'); try { return cb(records, obs); } finally { put('mo-out'); } }); }
  };
  for (const ns of new Set([globalThis.browser?.runtime, globalThis.chrome?.runtime].filter(Boolean))) {
    const send = ns.sendMessage.bind(ns);
    ns.sendMessage = (m, ...rest) => {
      const kind = m && m.kind ? m.kind + (m.record ? '+record' : '') : '?';
      put('send ' + kind);
      const p = send(m, ...rest);
      p.then(() => put('reply ' + kind), () => put('reply-fail ' + kind));
      return p;
    };
  }
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { put('attachShadow'); return attach.call(this, init); };
  const replace = CSSStyleSheet.prototype.replaceSync;
  CSSStyleSheet.prototype.replaceSync = function (css) { put('sheet-in'); try { return replace.call(this, css); } finally { put('sheet-out'); } };
  const setAttr = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (n, v) { if (n === 'data-state') put('state ' + v); return setAttr.call(this, n, v); };
})();
`;

/** The worker, before its own module: when a message arrives, when its answer is handed back, IndexedDB between. */
const WORKER_PROBE = `const at = () => performance.timeOrigin + performance.now();
const put = (name) => (globalThis.__cocProbe ??= []).push([name, at()]);
for (const ns of new Set([globalThis.browser?.runtime, globalThis.chrome?.runtime].filter(Boolean))) {
  const ev = ns.onMessage;
  const add = ev.addListener.bind(ev);
  ev.addListener = (listener) => add((m, sender, respond) => {
    const kind = m && m.kind ? m.kind + (m.record ? '+record' : '') : '?';
    put('sw-in ' + kind);
    const r = listener(m, sender, (x) => { put('sw-out ' + kind); return respond(x); });
    if (r && typeof r.then === 'function') r.then(() => put('sw-out ' + kind));
    return r;
  });
}
const tx = IDBDatabase.prototype.transaction;
IDBDatabase.prototype.transaction = function (stores, mode, ...rest) {
  const name = 'idb ' + (mode ?? 'readonly') + ' ' + [].concat(stores).join(',');
  put(name + ' start');
  const t = tx.call(this, stores, mode, ...rest);
  t.addEventListener('complete', () => put(name + ' done'));
  return t;
};
`;

/** A probed copy of a build. */
function probed(dist: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'coc-latency-'));
  cpSync(resolve(dist), copy, { recursive: true });
  const content = join(copy, 'content/amazon.js');
  const code = readFileSync(content, 'utf8');
  // The compile hint stays the file's first line.
  const hint = code.startsWith('//#') ? code.slice(0, code.indexOf('\n') + 1) : '';
  writeFileSync(content, hint + CONTENT_PROBE + code.slice(hint.length));
  writeFileSync(join(copy, 'probe.js'), WORKER_PROBE);
  const loader = join(copy, 'service-worker-loader.js');
  writeFileSync(loader, `import './probe.js';\n${readFileSync(loader, 'utf8')}`);
  return copy;
}

type Marks = Array<[string, number]>;
interface Load {
  latency: number;
  /** Each probe's moment, ms after the data was inserted (the first of each name after it). */
  at: Map<string, number>;
  marks: Marks;
}

async function workerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? context.waitForEvent('serviceworker');
}

async function loadOnce(b: Launched): Promise<Load> {
  const worker = await workerOf(b.context);
  await worker.evaluate(() => void ((globalThis as { __cocProbe?: unknown[] }).__cocProbe = []));
  const page = await b.context.newPage();
  await page.addInitScript(OBSERVER_SCRIPT);
  await page.goto(LATE_DETAIL.url, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(SETTLE_MS);
  const seen = await page.evaluate(() => {
    const w = window as unknown as { __bench?: { firstReadyAt: number }; __benchDataAt?: number };
    const marks = performance
      .getEntriesByType('mark')
      .filter((m) => m.name.startsWith('coc:'))
      .map((m) => {
        const parts = m.name.split(':');
        return [parts[1], Number(parts[2])] as [string, number];
      });
    return { origin: performance.timeOrigin, dataAt: w.__benchDataAt ?? -1, readyAt: w.__bench?.firstReadyAt ?? -1, marks };
  });
  const workerMarks = await worker.evaluate(() => (globalThis as { __cocProbe?: Array<[string, number]> }).__cocProbe ?? []);
  await page.close();
  if (seen.dataAt < 0 || seen.readyAt < 0) throw new Error('late-detail page: data or hint time missing');
  const data = seen.origin + seen.dataAt;
  const all: Marks = [...seen.marks, ...workerMarks, ['ready (bench)', seen.origin + seen.readyAt]];
  const marks: Marks = all
    .map(([n, t]): [string, number] => [n, round(t - data, 2)])
    .filter(([, t]) => t >= -0.05)
    .sort((x, y) => x[1] - y[1]);
  const at = new Map<string, number>();
  for (const [n, t] of marks) if (!at.has(n)) at.set(n, t);
  return { latency: seen.readyAt - seen.dataAt, at, marks };
}

/** The phases of the path from the data to the hint, each between two probes (PHASES' names are what the report calls them). */
const PHASES: Array<[string, string, string]> = [
  ['the page inserts the data, our mutation callback starts', 'data', 'mo-in'],
  ['reading the page (mutation callback to the message sent)', 'mo-in', 'send evaluate-many'],
  ['the message reaches the worker', 'send evaluate-many', 'sw-in evaluate-many'],
  ['the worker judges (history read, rules)', 'sw-in evaluate-many', 'sw-out evaluate-many'],
  ['the answer reaches our content script (and waits while the page draws its data)', 'sw-out evaluate-many', 'reply evaluate-many'],
  ['the answer to the ready hint (mount, draw, what else runs in that task)', 'reply evaluate-many', 'ready (bench)'],
];
/**
 * The first moment of a probe, by the start of its name: a request's probes carry what it asks for too
 * ("send evaluate-many+record"), which a phase need not spell out.
 */
const momentOf = (l: Load, name: string): number | undefined => {
  let first: number | undefined;
  for (const [n, t] of l.at) if ((n === name || n.startsWith(`${name}+`)) && (first === undefined || t < first)) first = t;
  return first;
};
const phase = (l: Load, from: string, to: string): number | undefined => {
  const a = from === 'data' ? 0 : momentOf(l, from);
  const b = momentOf(l, to);
  return a === undefined || b === undefined ? undefined : b - a;
};
const present = (xs: Array<number | undefined>): number[] => xs.filter((x): x is number => x !== undefined);

function printPhases(loads: Load[]): void {
  console.log(`\nphases (median of ${loads.length} loads, ms)`);
  for (const [name, from, to] of PHASES)
    console.log(
      `${round(median(present(loads.map((l) => phase(l, from, to)))), 2)
        .toFixed(2)
        .padStart(8)}  ${name}`,
    );
}

function printBreakdown(loads: Load[]): void {
  printPhases(loads);
  const names = [...new Set(loads.flatMap((l) => [...l.at.keys()]))];
  const rows = names
    .map((n) => ({ n, ts: loads.map((l) => l.at.get(n)).filter((x): x is number => x !== undefined) }))
    .map(({ n, ts }) => ({ n, med: median(ts), count: ts.length }))
    .sort((a, b) => a.med - b.med);
  console.log(`\nmoments after the data was inserted (median of ${loads.length} loads, ms; count = loads that had it)`);
  for (const r of rows) console.log(`${r.med.toFixed(2).padStart(8)}  ${r.n}  (${r.count})`);
  console.log(
    `latency (bench's measure): median ${round(median(loads.map((l) => l.latency)), 2)} ms, loads: ${loads.map((l) => round(l.latency, 1)).join(' ')}`,
  );
  const first = loads[Math.floor(loads.length / 2)];
  if (first) console.log(`\none load in full:\n${first.marks.map(([n, t]) => `${t.toFixed(2).padStart(8)}  ${n}`).join('\n')}`);
}

async function main(): Promise<void> {
  const builds = [distA, ...(distB ? [distB] : [])].map((d) => probed(d as string));
  const browsers: Launched[] = [];
  try {
    for (const dir of builds) {
      const b = await launch({ extensionDir: dir });
      await servePages(b.context, [LATE_DETAIL]);
      for (let i = 0; i < 2; i++) await loadOnce(b); // the worker awake, code caches warm
      browsers.push(b);
    }
    const loads: Load[][] = builds.map(() => []);
    for (let run = 0; run < RUNS; run++) {
      // Alternated, and which build goes first alternates too: neither always meets the machine in the same state.
      const order = run % 2 === 0 ? browsers.map((_, i) => i) : browsers.map((_, i) => i).reverse();
      for (const i of order) loads[i]?.push(await loadOnce(browsers[i] as Launched));
      process.stderr.write(`run ${run + 1}/${RUNS}\n`);
    }
    if (loads.length === 1) return printBreakdown(loads[0] as Load[]);
    const [a, b] = loads as [Load[], Load[]];
    for (const [name, l] of [
      ['A', a],
      ['B', b],
    ] as const) {
      console.log(`\n=== ${name}`);
      printBreakdown(l);
    }
    console.log('\npaired, per phase: median A, median B, median of B − A, pairs where B took less');
    for (const [name, from, to] of PHASES) {
      const pa = a.map((l) => phase(l, from, to));
      const pb = b.map((l) => phase(l, from, to));
      const d = present(pa.map((x, i) => (x === undefined || pb[i] === undefined ? undefined : (pb[i] as number) - x)));
      console.log(
        `${round(median(present(pa)), 2)} → ${round(median(present(pb)), 2)} (${round(median(d), 2)}, ${d.filter((x) => x < 0).length}/${d.length})  ${name}`,
      );
    }
    const diffs = a.map((x, i) => (b[i] as Load).latency - x.latency);
    console.log(
      `\npaired latency over ${RUNS}: A ${round(median(a.map((l) => l.latency)), 2)} ms, B ${round(median(b.map((l) => l.latency)), 2)} ms, ` +
        `B − A median ${round(median(diffs), 2)} ms, B faster in ${diffs.filter((d) => d < 0).length}/${RUNS}`,
    );
  } finally {
    for (const b of browsers) await b.close();
    for (const dir of builds) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
