import { describe, expect, it } from 'vitest';
import { summarizeTasks, type TraceEvent } from '../../../scripts/bench/trace';

const EXT = 'chrome-extension://abc';
const meta = (pid: number, tid: number, name: string): TraceEvent => ({ name: 'thread_name', ph: 'M', pid, tid, ts: 0, args: { name } });
const task = (ts: number, durMs: number, pid = 1, tid = 1): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid,
  tid,
  ts,
  dur: durMs * 1000,
});
const call = (ts: number, url: string): TraceEvent => ({
  name: 'FunctionCall',
  ph: 'X',
  pid: 1,
  tid: 1,
  ts,
  dur: 10,
  args: { data: { url } },
});

describe('summarizeTasks', () => {
  const events: TraceEvent[] = [
    meta(1, 1, 'CrRendererMain'),
    meta(2, 2, 'CrRendererMain'),
    task(0, 100), // page parse before DOMContentLoaded
    { name: 'MarkDOMContent', ph: 'I', pid: 1, tid: 1, ts: 200_000 },
    task(300_000, 30), // our script
    call(300_100, `${EXT}/assets/start.js`),
    task(400_000, 70), // rendering our hints caused: no URL
    task(500_000, 12), // our script again
    call(500_500, `${EXT}/assets/start.js`),
    task(600_000, 40), // a page script
    call(600_001, 'https://sellercentral.amazon.com/app.js'),
    task(0, 5, 2, 2), // another, quieter renderer (an extension page)
  ];

  it('attributes a task to us when our extension’s code ran inside it', () => {
    const s = summarizeTasks(events, EXT);
    expect(s.longestOwnTaskMs).toBe(30);
    expect(s.ownTaskCount).toBe(2);
  });
  it('counts every task from our first script on as ours (rendering we cause has no URL)', () => {
    const s = summarizeTasks(events, EXT);
    expect(s.longestInWindowMs).toBe(70);
    expect(s.windowAfterDclMs).toBe(100);
  });
  it('measures the same window of the page without us', () => {
    const before = [...events.slice(0, 4), task(210_000, 80)]; // a long page task before the window
    expect(summarizeTasks(before, null, 100).longestInWindowMs).toBe(0);
    expect(summarizeTasks(events, null, 100).longestInWindowMs).toBe(70);
    // A task running across the window's start counts only from the start.
    expect(summarizeTasks([...events.slice(0, 4), task(280_000, 50)], null, 100).longestInWindowMs).toBe(30);
  });
  it('finds no own tasks without an origin (the no-extension baseline)', () => {
    expect(summarizeTasks(events, null).ownTaskCount).toBe(0);
  });
  it('says NaN, not 0, when the trace has no renderer main thread', () => {
    expect(summarizeTasks([], EXT).longestOwnTaskMs).toBeNaN();
  });
});
