/**
 * `npm run bench`: what Cancel or Close costs the seller's page, in headless Chromium, against the
 * same pages with no extension, with an extension whose content script is empty, and with the floor
 * extension, which does the least that still hangs a verdict on each order. Writes bench/results.json,
 * prints a table and the budgets (each page budget with the floor's figure beside it), and exits
 * non-zero when a budget is missed. Method notes are in bench/README.md. BENCH_RUNS overrides the
 * number of runs (default 7);
 * BENCH_HISTORY=0 skips the history at scale (100,000 orders, about 3.5 minutes of the run).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { BrowserNotFound, DIST, ROOT, browserPath, launch, type Launched } from '../test/support/browser';
import { benchRules } from './bench-rules';
import { benchHistory, formatHistoryBench, type HistoryBenchResult } from './bench-history';
import { bundleSize, contentBundleKB, entriesOf, type EntryFiles } from './bench/bundle';
import { BUDGETS, budgetText, checkBudgets, floorText } from './bench/budgets';
import { emptyManifestFrom, floorManifestFrom, EMPTY_CONTENT_SCRIPT, EMPTY_WORKER } from './bench/empty-extension';
import { loadOnce, privateCopy, servePages, stopServiceWorkers, type LoadResult, type ServedPage } from './bench/browser-runs';
import { median, round } from './bench/stats';
import { fmt, formatTable } from './bench/table';
import { LATE_DETAIL, SCENARIOS, SCENARIO_NAMES, SETTLE, type Scenario } from './bench/pages';
import { summarizeTasks } from './bench/trace';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TRACE_RUNS = 3;
const EMPTY_DIR = join(ROOT, 'test/fixtures/bench/empty-extension');
const FLOOR_DIR = join(ROOT, 'test/fixtures/bench/floor-extension');
const OUT = join(ROOT, 'bench/results.json');

type Variant = 'none' | 'empty' | 'floor' | 'ours';
const VARIANTS: Variant[] = ['none', 'empty', 'floor', 'ours'];

const log = (msg: string) => process.stderr.write(`${msg}\n`);

const BUILD = privateCopy(DIST, 'coc-bench-dist-');

function bundles(): Record<keyof EntryFiles, { rawKB: number; gzipKB: number; files: number }> {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8'));
  const entries = entriesOf(manifest, (f) => readFileSync(join(BUILD, f)));
  const out = {} as Record<keyof EntryFiles, { rawKB: number; gzipKB: number; files: number }>;
  for (const key of Object.keys(entries) as (keyof EntryFiles)[]) {
    const size = bundleSize(entries[key], (f) => readFileSync(join(BUILD, f)));
    out[key] = { rawKB: round(size.rawBytes / 1024, 1), gzipKB: round(size.gzipBytes / 1024, 1), files: size.files.length };
  }
  return out;
}

function writeComparisonExtensions(): void {
  const manifest = JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8'));
  writeFileSync(join(EMPTY_DIR, 'manifest.json'), `${JSON.stringify(emptyManifestFrom(manifest), null, 2)}\n`);
  writeFileSync(join(FLOOR_DIR, 'manifest.json'), `${JSON.stringify(floorManifestFrom(manifest), null, 2)}\n`);
  for (const dir of [EMPTY_DIR, FLOOR_DIR]) for (const f of [EMPTY_CONTENT_SCRIPT, EMPTY_WORKER]) readFileSync(join(dir, f)); // present, or fail loudly
}

/** Median of per-run paired values (run i of one variant against run i of another). */
const pairedMedian = (a: number[], b: number[], f: (x: number, y: number) => number) => median(a.map((x, i) => f(x, b[i]!)));

/** The browser's own version line; Chrome on Windows prints none for --version, so unknown there. */
function browserVersion(): string {
  try {
    return execFileSync(browserPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || 'unknown';
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  browserPath(); // no browser: say how to install one now, not after the Node measures
  log('bundle sizes…');
  const bundleKB = bundles();

  log('rules in Node…');
  benchRules(300);
  const rules = benchRules(2000);

  writeComparisonExtensions();
  const browsers = {} as Record<Variant, Launched>;
  const setPage = {} as Record<Variant, (p: ServedPage) => void>;
  const dirs: Record<Variant, string | null> = { none: null, empty: EMPTY_DIR, floor: FLOOR_DIR, ours: BUILD };
  try {
    for (const v of VARIANTS) {
      browsers[v] = await launch({ extensionDir: dirs[v] });
      setPage[v] = await servePages(browsers[v].context, Object.values(SCENARIOS));
    }
    const origin = `chrome-extension://${browsers.ours.extensionId}`;

    log('warm-up…'); // one detail page per browser: the extension's code gets compiled and cached
    const warm = await loadOnce(browsers.ours.context, SCENARIOS.detail.url, SETTLE);
    for (const v of ['none', 'empty', 'floor'] as const) await loadOnce(browsers[v].context, SCENARIOS.detail.url, { wallMs: warm.wallMs });

    const loads = Object.fromEntries(SCENARIO_NAMES.map((s) => [s, { none: [], empty: [], floor: [], ours: [] }])) as unknown as Record<
      Scenario,
      Record<Variant, LoadResult[]>
    >;
    for (let run = 1; run <= RUNS; run++) {
      for (const s of SCENARIO_NAMES) {
        const ours = await loadOnce(browsers.ours.context, SCENARIOS[s].url, SETTLE);
        loads[s].ours.push(ours);
        for (const v of ['none', 'empty', 'floor'] as const)
          loads[s][v].push(await loadOnce(browsers[v].context, SCENARIOS[s].url, { wallMs: ours.wallMs }));
      }
      log(`run ${run}/${RUNS} done (${Math.round((Date.now() - started) / 1000)} s)`);
    }

    log('traces…');
    // Ours, the page without us, and the floor, interleaved load by load; the floor's longest task is
    // measured the same way as ours (from its content script's first task on).
    const floorOrigin = `chrome-extension://${browsers.floor.extensionId}`;
    const tasks = {} as Record<
      Scenario,
      { ownMs: number[]; oursWindowMs: number[]; noneWindowMs: number[]; floorWindowMs: number[]; ownTasks: number[] }
    >;
    for (const s of SCENARIO_NAMES) {
      tasks[s] = { ownMs: [], oursWindowMs: [], noneWindowMs: [], floorWindowMs: [], ownTasks: [] };
      for (let i = 0; i < TRACE_RUNS; i++) {
        const ours = await loadOnce(browsers.ours.context, SCENARIOS[s].url, SETTLE, true);
        const none = await loadOnce(browsers.none.context, SCENARIOS[s].url, { wallMs: ours.wallMs }, true);
        const floor = await loadOnce(browsers.floor.context, SCENARIOS[s].url, { wallMs: ours.wallMs }, true);
        const o = summarizeTasks(ours.trace ?? [], origin);
        const n = summarizeTasks(none.trace ?? [], null, o.windowAfterDclMs);
        tasks[s].ownMs.push(o.longestOwnTaskMs);
        tasks[s].ownTasks.push(o.ownTaskCount);
        tasks[s].oursWindowMs.push(o.longestInWindowMs);
        tasks[s].noneWindowMs.push(n.longestInWindowMs);
        tasks[s].floorWindowMs.push(summarizeTasks(floor.trace ?? [], floorOrigin).longestInWindowMs);
      }
    }
    const floorLongestMs = Object.fromEntries(SCENARIO_NAMES.map((s) => [s, round(median(tasks[s].floorWindowMs), 1)])) as Record<
      Scenario,
      number
    >;

    log('hint latency (data rendered late)…');
    setPage.ours(LATE_DETAIL);
    const latency: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const r = await loadOnce(browsers.ours.context, LATE_DETAIL.url, SETTLE);
      if (r.dataAt < 0 || r.firstReadyAt < 0) throw new Error('late-detail page: data or hint time missing');
      latency.push(r.firstReadyAt - r.dataAt);
    }
    setPage.ours(SCENARIOS.detail);

    log('service worker cold start…');
    const coldExtra: number[] = [];
    const coldAbs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const warm = await loadOnce(browsers.ours.context, SCENARIOS.detail.url, SETTLE);
      await stopServiceWorkers(browsers.ours.context, browsers.ours.extensionId);
      const cold = await loadOnce(browsers.ours.context, SCENARIOS.detail.url, SETTLE);
      coldExtra.push(cold.firstReadyAt - warm.firstReadyAt);
      coldAbs.push(cold.firstReadyAt);
    }

    // History at scale, in a browser of its own (its database fills a profile with a million records).
    let history: HistoryBenchResult | null = null;
    if (process.env.BENCH_HISTORY !== '0') {
      log('history at scale…');
      const own = await launch({ extensionDir: BUILD });
      try {
        history = await benchHistory(own.context, own.extensionId);
      } finally {
        await own.close();
      }
    }

    const per = <T>(f: (s: Scenario) => T) => Object.fromEntries(SCENARIO_NAMES.map((s) => [s, f(s)])) as Record<Scenario, T>;
    const med = (s: Scenario, v: Variant, k: 'scriptMs' | 'taskMs' | 'layoutMs' | 'heapMB' | 'wallMs') =>
      round(median(loads[s][v].map((r) => r[k])), 2);
    const contentAddedMs = per((s) =>
      round(
        pairedMedian(
          loads[s].ours.map((r) => r.scriptMs),
          loads[s].none.map((r) => r.scriptMs),
          (a, b) => a - b,
        ),
        1,
      ),
    );
    const floorAddedMs = per((s) =>
      round(
        pairedMedian(
          loads[s].floor.map((r) => r.scriptMs),
          loads[s].none.map((r) => r.scriptMs),
          (a, b) => a - b,
        ),
        1,
      ),
    );
    const floorRatioVsEmpty = per((s) =>
      round(
        pairedMedian(
          loads[s].floor.map((r) => r.taskMs),
          loads[s].empty.map((r) => r.taskMs),
          (a, b) => a / b,
        ),
        2,
      ),
    );
    const taskAddedMs = per((s) =>
      round(
        pairedMedian(
          loads[s].ours.map((r) => r.taskMs),
          loads[s].none.map((r) => r.taskMs),
          (a, b) => a - b,
        ),
        1,
      ),
    );
    const ratioVsEmpty = per((s) =>
      round(
        pairedMedian(
          loads[s].ours.map((r) => r.taskMs),
          loads[s].empty.map((r) => r.taskMs),
          (a, b) => a / b,
        ),
        2,
      ),
    );
    const heapAddedMBByPage = per((s) =>
      round(
        pairedMedian(
          loads[s].ours.map((r) => r.heapMB),
          loads[s].none.map((r) => r.heapMB),
          (a, b) => a - b,
        ),
        2,
      ),
    );
    const longestScriptTaskMsByPage = per((s) => round(median(tasks[s].ownMs), 1));
    // Rendering work our hints cause runs in tasks with no script URL: every task from our content
    // script's first run on counts as ours (the fixtures run no script of their own). The same
    // window of the page without us shows what the page itself does in it.
    const longestTaskMsByPage = per((s) => round(median(tasks[s].oursWindowMs), 1));
    const longestTaskSameWindowWithoutUsMs = per((s) => round(median(tasks[s].noneWindowMs), 1));

    const results = {
      generatedAt: new Date().toISOString(),
      runs: RUNS,
      traceRuns: TRACE_RUNS,
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGB: round(totalmem() / 1024 ** 3, 1),
        os: `${platform()} ${release()}`,
        node: process.version,
        chromium: browserVersion(),
      },
      contentAddedMs,
      /** The same measures for the floor extension (scripts/bench/empty-extension.ts, floorManifestFrom). */
      floor: { contentAddedMs: floorAddedMs, ratioVsEmpty: floorRatioVsEmpty, longestTaskMs: floorLongestMs },
      taskAddedMs,
      ratioVsEmpty,
      hintLatencyMs: { detail: round(median(latency), 1) },
      longestTaskMs: Math.max(...Object.values(longestTaskMsByPage)),
      longestTaskMsByPage,
      longestScriptTaskMsByPage,
      longestTaskSameWindowWithoutUsMs,
      scriptTaskCountByPage: per((s) => median(tasks[s].ownTasks)),
      heapAddedMB: heapAddedMBByPage.list500,
      heapAddedMBByPage,
      bundleGzipKB: {
        content: bundleKB.content.gzipKB,
        ...contentBundleKB(JSON.parse(readFileSync(join(BUILD, 'manifest.json'), 'utf8')), (f) => readFileSync(join(BUILD, f))),
        background: bundleKB.background.gzipKB,
        popup: bundleKB.popup.gzipKB,
        options: bundleKB.options.gzipKB,
      },
      bundleRawKB: {
        content: bundleKB.content.rawKB,
        background: bundleKB.background.rawKB,
        popup: bundleKB.popup.rawKB,
        options: bundleKB.options.rawKB,
      },
      rulesPerSec: rules.perSec,
      swColdStartMs: round(median(coldExtra), 1),
      swColdHintAfterNavigationMs: round(median(coldAbs), 1),
      history,
      medians: per((s) =>
        Object.fromEntries(
          VARIANTS.map((v) => [
            v,
            {
              scriptMs: med(s, v, 'scriptMs'),
              taskMs: med(s, v, 'taskMs'),
              layoutMs: med(s, v, 'layoutMs'),
              heapMB: med(s, v, 'heapMB'),
              wallMs: med(s, v, 'wallMs'),
              hints: median(loads[s][v].map((r) => r.hints)),
              readyHints: median(loads[s][v].map((r) => r.readyHints)),
            },
          ]),
        ),
      ),
      durationSec: 0,
    };
    results.durationSec = Math.round((Date.now() - started) / 1000);
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);

    const rows = SCENARIO_NAMES.flatMap((s) =>
      VARIANTS.map((v) => {
        const m = results.medians[s][v] as {
          scriptMs: number;
          taskMs: number;
          layoutMs: number;
          heapMB: number;
          wallMs: number;
          hints: number;
          readyHints: number;
        };
        return [
          s,
          v,
          fmt(m.scriptMs),
          fmt(m.taskMs),
          fmt(m.layoutMs),
          fmt(m.heapMB, 2),
          fmt(m.wallMs, 0),
          `${fmt(m.hints, 0)}/${fmt(m.readyHints, 0)}`,
        ];
      }),
    );
    console.log(
      `\nPage loads, medians of ${RUNS} runs (main thread, navigation → hints settled + 500 ms quiet; same wall time without us)\n`,
    );
    console.log(formatTable(['page', 'variant', 'script ms', 'task ms', 'layout ms', 'heap MB', 'wall ms', 'hints/ready'], rows));
    // History budgets only when the history was measured (BENCH_HISTORY=0 skips it).
    const budgets = checkBudgets(results, history ? BUDGETS : BUDGETS.filter((b) => !b.key.startsWith('history.')));
    console.log(`\nBudgets\n`);
    console.log(
      formatTable(
        ['measure', 'value', 'budget', 'result', 'floor'],
        budgets.map((b) => [
          b.label,
          `${fmt(b.value, b.unit === '/s' ? 0 : b.unit === '×' ? 2 : 1)} ${b.unit}`,
          budgetText(b, fmt),
          b.pass ? 'pass' : 'MISSED',
          floorText(b, fmt),
        ]),
      ),
    );
    console.log(
      `\nLongest task from our first script on (trace, median of ${TRACE_RUNS}): ${SCENARIO_NAMES.map((s) => `${s} ${fmt(longestTaskMsByPage[s])} ms (running our script ${fmt(longestScriptTaskMsByPage[s])}; same window without us ${fmt(longestTaskSameWindowWithoutUsMs[s])})`).join('; ')}`,
    );
    console.log(
      `Also: script added ${SCENARIO_NAMES.map((s) => `${s} ${fmt(contentAddedMs[s])} ms`).join(', ')}; heap added ${fmt(results.heapAddedMB, 2)} MB (list500); SW cold start +${fmt(results.swColdStartMs)} ms; background gzip ${fmt(bundleKB.background.gzipKB)} KB, options gzip ${fmt(bundleKB.options.gzipKB)} KB.`,
    );
    const { byScript, lazy } = results.bundleGzipKB;
    console.log(
      `Content scripts gzip (each loaded alone): ${Object.entries(byScript)
        .map(([k, v]) => `${k} ${fmt(v)} KB`)
        .join(', ')}; lazy parts (injected when needed): ${Object.entries(lazy)
        .map(([k, v]) => `${k} ${fmt(v)} KB`)
        .join(', ')}.`,
    );
    console.log(
      `Floor (an extension that only reads the order ids, asks its worker once and hangs one hint element per order): ${SCENARIO_NAMES.map((s) => `${s} script added ${fmt(floorAddedMs[s])} ms, task ratio vs empty ${fmt(floorRatioVsEmpty[s], 2)} ×, longest task ${fmt(floorLongestMs[s])} ms`).join('; ')}.`,
    );
    if (history) console.log(`\n${formatHistoryBench(history)}`);
    console.log(`Results: ${OUT} (${results.durationSec} s)`);
    if (budgets.some((b) => !b.pass)) process.exitCode = 1;
  } finally {
    for (const v of VARIANTS) await browsers[v]?.close();
    rmSync(BUILD, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  // A missing browser is a setup step, not a crash: its message alone, with the install line.
  console.error(e instanceof Error ? (e instanceof BrowserNotFound ? e.message : (e.stack ?? e.message)) : e);
  process.exit(2);
});
