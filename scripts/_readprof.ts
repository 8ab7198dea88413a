import { launch } from '../test/support/browser';
import { servePages } from './bench/browser-runs';
import { LATE_DETAIL } from './bench/pages';
const dist = process.argv[2]!; const RUNS = Number(process.argv[3] ?? 10); const ROOTFN = process.argv[4] ?? 'readNow';
const b = await launch({ extensionDir: dist });
await servePages(b.context, [LATE_DETAIL]);
for (let i = 0; i < 2; i++) { const p = await b.context.newPage(); await p.goto(LATE_DETAIL.url); await p.waitForTimeout(1200); await p.close(); }
const self = new Map<string, number>(); let total = 0;
for (let k = 0; k < RUNS; k++) {
  const page = await b.context.newPage();
  const s = await b.context.newCDPSession(page);
  await s.send('Profiler.enable'); await s.send('Profiler.setSamplingInterval', { interval: 50 }); await s.send('Profiler.start');
  await page.goto(LATE_DETAIL.url);
  await page.waitForTimeout(1000);
  const { profile } = (await s.send('Profiler.stop')) as any;
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const parent = new Map<number, number>(); for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // only the late read: samples under ROOTFN after the page's own insertion (the last readNow burst)
  const tagged: Array<{ t: number; id: number }> = []; let t = profile.startTime;
  profile.samples.forEach((id: number, i: number) => { t += profile.timeDeltas[i]; let under = false; for (let at: any = id; at !== undefined; at = parent.get(at)) if (byId.get(at)?.callFrame.functionName === ROOTFN) under = true; if (under) tagged.push({ t, id }); });
  // the last cluster (within 30 ms of the last sample)
  const last = tagged.at(-1)?.t ?? 0;
  for (const x of tagged.filter((x) => last - x.t < 30_000)) { const n = byId.get(x.id); const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber + 1}`; self.set(key, (self.get(key) ?? 0) + 0.05); total += 0.05; }
  await page.close();
}
console.log('total under', ROOTFN, (total / RUNS).toFixed(2), 'ms per load');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / RUNS).toFixed(2).padStart(6), k);
await b.close();
