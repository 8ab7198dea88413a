/**
 * `npm run bench:ab -- BEFORE_DIR AFTER_DIR [runs]`: did a change make the content script cheaper?
 *
 * On this 2-core machine one page load varies by a third from the next, so two separate
 * `npm run bench` runs cannot tell a 2 ms change from noise. This loads the same pages with two
 * builds side by side (their loads interleaved, which goes first alternating) and with no extension
 * for the same wall time, and prints per page the median script time each adds, the median of the
 * paired differences (after − before), and in how many runs "after" was the cheaper one.
 * Build the "before" with e.g. `git worktree add /tmp/before <rev>` and `npx vite build --outDir
 * /tmp/dist-before` there. Default 15 runs (about 2 minutes); a fourth argument names the pages to compare
 * (comma-separated, e.g. `detail,list500`), all four by default.
 */
import { rmSync } from 'node:fs';
import { launch, type Launched } from '../test/support/browser';
import { loadOnce, privateCopy, servePages } from './bench/browser-runs';
import { type Scenario, SCENARIOS, SCENARIO_NAMES, SETTLE } from './bench/pages';
import { comparePaired, round, type PairedRun } from './bench/stats';
import { formatTable } from './bench/table';

const [beforeArg, afterArg, runsArg, pagesArg] = process.argv.slice(2);
if (!beforeArg || !afterArg) {
  console.error('usage: npm run bench:ab -- BEFORE_DIST_DIR AFTER_DIST_DIR [runs] [page,page…]');
  process.exit(2);
}
const RUNS = Number(runsArg ?? 15);
/** Optional fourth argument: the pages to compare, comma-separated (e.g. `detail,list100`); all by default. */
const PAGES = pagesArg ? pagesArg.split(',').filter((p): p is Scenario => (SCENARIO_NAMES as string[]).includes(p)) : SCENARIO_NAMES;
if (PAGES.length === 0) {
  console.error(`no such page; the pages are ${SCENARIO_NAMES.join(', ')}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const dirs = [privateCopy(beforeArg!, 'coc-ab-'), privateCopy(afterArg!, 'coc-ab-')] as const;
  const browsers: Launched[] = [];
  try {
    const [before, after, none] = [
      await launch({ extensionDir: dirs[0] }),
      await launch({ extensionDir: dirs[1] }),
      await launch({ extensionDir: null }),
    ];
    browsers.push(before, after, none);
    for (const b of browsers) await servePages(b.context, Object.values(SCENARIOS));
    for (const b of [before, after]) for (let i = 0; i < 2; i++) await loadOnce(b.context, SCENARIOS.detail.url, SETTLE); // compile and cache

    const rows: string[][] = [];
    for (const s of PAGES) {
      const runs: PairedRun[] = [];
      for (let run = 0; run < RUNS; run++) {
        const order = run % 2 === 0 ? [before, after] : [after, before];
        const first = await loadOnce(order[0]!.context, SCENARIOS[s].url, SETTLE);
        const second = await loadOnce(order[1]!.context, SCENARIOS[s].url, SETTLE);
        const [b, a] = order[0] === before ? [first, second] : [second, first];
        const base = await loadOnce(none.context, SCENARIOS[s].url, { wallMs: Math.max(b.wallMs, a.wallMs) });
        runs.push({ before: b.scriptMs, after: a.scriptMs, none: base.scriptMs });
      }
      const c = comparePaired(runs);
      rows.push([s, ...[c.beforeAdded, c.afterAdded, c.difference].map((ms) => round(ms, 1).toFixed(1)), `${c.afterCheaper}/${RUNS}`]);
      process.stderr.write(`${s} done\n`);
    }
    console.log(`\nScript time added vs no extension, medians of ${RUNS} interleaved runs (ms)\n`);
    console.log(formatTable(['page', 'before', 'after', 'after − before (paired)', 'after cheaper in'], rows));
  } finally {
    for (const b of browsers) await b.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(2);
});
