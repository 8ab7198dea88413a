/**
 * `npm run bench:profile -- [DIST] [page] [runs]`: where our content script spends its time on a bench page.
 *
 * Loads the page (detail, list100, list500 or aeList100; `scripts/bench/pages.ts`) `runs` times with the V8
 * sampling profiler on (100 µs), and prints per page load, for our extension's code only: the time under each
 * entry point (the script's first run, a timer, an answer from the worker…), and the self time of each function
 * under them. The profiler slows what it watches (the figures are about 1.7 × the bench's), so compare entries
 * with each other, never with `npm run bench`. Build with readable names for this: the content scripts' sub-builds
 * follow `build.minify` (scripts/vite/content-scripts.ts), e.g. `npx vite build --minify false --outDir /tmp/d`.
 * It is how the content scripts' double parse was found (the eager compile hint).
 */
import { launch } from '../test/support/browser';
import { loadOnce, servePages } from './bench/browser-runs';
import { SCENARIOS, SCENARIO_NAMES, SETTLE, type Scenario } from './bench/pages';

const [distArg, pageArg, runsArg] = process.argv.slice(2);
const DIST = distArg ?? 'dist';
const PAGE = (pageArg ?? 'detail') as Scenario;
const RUNS = Number(runsArg ?? 10);
const SAMPLING_US = 100;
const SHOWN = 40;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ours = (url: string): boolean => url.startsWith('chrome-extension://');
const nameOf = (n: ProfileNode): string =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^chrome-extension:\/\/[a-z]+\//u, '')}:${n.callFrame.lineNumber + 1}`;
const add = (map: Map<string, number>, key: string, ms: number): void => void map.set(key, (map.get(key) ?? 0) + ms);

/** Adds one profile's samples: under which of our entry points each ran, and in which function. */
function tally(profile: Profile, entries: Map<string, number>, selfTimes: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  profile.samples.forEach((id, i) => {
    let entry: ProfileNode | undefined;
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node && ours(node.callFrame.url)) entry = node;
    }
    if (!entry) return;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    add(entries, nameOf(entry), ms);
    add(selfTimes, nameOf(byId.get(id) as ProfileNode), ms);
  });
}

async function main(): Promise<void> {
  if (!SCENARIO_NAMES.includes(PAGE)) throw new Error(`no such page: ${PAGE} (the pages are ${SCENARIO_NAMES.join(', ')})`);
  const browser = await launch({ extensionDir: DIST });
  try {
    await servePages(browser.context, Object.values(SCENARIOS));
    for (let i = 0; i < 2; i++) await loadOnce(browser.context, SCENARIOS[PAGE].url, SETTLE); // the worker awake, caches warm
    const entries = new Map<string, number>();
    const selfTimes = new Map<string, number>();
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      const session = await browser.context.newCDPSession(page);
      await session.send('Profiler.enable');
      await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
      await session.send('Profiler.start');
      await page.goto(SCENARIOS[PAGE].url, { waitUntil: 'domcontentloaded' });
      await page.waitForTimeout(1_500);
      const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
      tally(profile, entries, selfTimes);
      await page.close();
    }
    const print = (title: string, map: Map<string, number>) => {
      console.log(`\n${title} (ms per page load, ${RUNS} loads of ${PAGE})`);
      for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, SHOWN))
        console.log(`${(ms / RUNS).toFixed(2).padStart(7)}  ${key}`);
    };
    print('Under each entry point', entries);
    print('Self time by function (native calls under their own names)', selfTimes);
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(2);
});
