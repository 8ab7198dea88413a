/**
 * Reads a Chromium trace (devtools.timeline categories) of one page load and finds the long tasks:
 * the top-level tasks of the page's renderer main thread, and which of them ran our extension's
 * code (any nested event — script evaluation, function call, compile — whose URL is on our
 * extension's origin). Rendering tasks that our DOM changes caused carry no URL, so every task
 * from our content script's first run onward counts as ours too (the fixture pages run no script
 * of their own); the same window of the page without us is measured for comparison.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface TaskSummary {
  /** Longest top-level task that ran code from `origin`, ms; 0 when none did. */
  longestOwnTaskMs: number;
  /**
   * Longest top-level task ending after the window start: our first script task when `origin`
   * is given, else DOMContentLoaded + `windowAfterDclMs`; NaN when there is no such start.
   */
  longestInWindowMs: number;
  /** Where the window started, ms after DOMContentLoaded (to measure the same window without us). */
  windowAfterDclMs: number;
  ownTaskCount: number;
}

const TASK = 'ThreadControllerImpl::RunTask';

/** The renderer main thread that did the most work: the page's, not an extension page's. */
function busiestRendererMain(events: readonly TraceEvent[]): { pid: number; tid: number } | null {
  const mains = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const busy = new Map<string, number>();
  for (const e of events)
    if (e.name === TASK && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`))
      busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const best = [...busy.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!best) return null;
  const [pid, tid] = best[0].split(':').map(Number) as [number, number];
  return { pid, tid };
}

export function summarizeTasks(events: readonly TraceEvent[], origin: string | null, windowAfterDclMs = Number.NaN): TaskSummary {
  const thread = busiestRendererMain(events);
  if (!thread) return { longestOwnTaskMs: Number.NaN, longestInWindowMs: Number.NaN, windowAfterDclMs: Number.NaN, ownTaskCount: 0 };
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid).sort((a, b) => a.ts - b.ts);
  const dcl = onThread.find((e) => e.name === 'MarkDOMContent')?.ts ?? Number.POSITIVE_INFINITY;

  // Top-level tasks in order, each marked when our code ran inside it.
  const tasks: Array<{ start: number; end: number; own: boolean }> = [];
  for (const e of onThread) {
    const current = tasks[tasks.length - 1];
    const inside = current !== undefined && e.ts < current.end;
    if (e.name === TASK && e.ph === 'X' && !inside) tasks.push({ start: e.ts, end: e.ts + (e.dur ?? 0), own: false });
    else if (inside && origin && e.args?.data?.url?.startsWith(origin)) current.own = true;
  }
  const own = tasks.filter((t) => t.own);
  const firstOwn = own[0]?.start;
  const windowStart = origin ? (firstOwn ?? Number.NaN) : dcl + windowAfterDclMs * 1000;
  const inWindow = tasks.filter((t) => t.end > windowStart).map((t) => (t.end - Math.max(t.start, windowStart)) / 1000);
  return {
    longestOwnTaskMs: Math.max(0, ...own.map((t) => (t.end - t.start) / 1000)),
    longestInWindowMs: Number.isFinite(windowStart) ? Math.max(0, ...inWindow) : Number.NaN,
    windowAfterDclMs: Number.isFinite(windowStart) && Number.isFinite(dcl) ? (windowStart - dcl) / 1000 : Number.NaN,
    ownTaskCount: own.length,
  };
}
