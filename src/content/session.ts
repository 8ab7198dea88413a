/**
 * One reading session: one reader on one URL, until the URL changes (the signal aborts).
 *
 * The page's data renders after load, so we read, and while the reader says 'not-ready' we watch
 * only the reader's app root, coalescing bursts of mutations into one read. After READ_TIMEOUT_MS
 * without a reading we stop waiting and say plainly that the order could not be read. Once read,
 * we keep watching (throttled) so a status change on the page, new rows on a list, or the host app
 * re-rendering our hint away are all picked up.
 */
import type { HintMount, PageReader, ReadEnd, ReadOrder, ReadResult } from '../platforms/types';
import type { LocalizedText, OrderSnapshot, Stage } from '../rules/types';
import type { PageOrder, PageOrders, RenderedMessage } from '../messages/protocol';
import { MAX_BATCH } from '../messages/bounds';
import { nearViewFirst, nearViewRange } from './near-view-first';
import { boundOrder } from './bound';
import { NEAR_VIEW_PX } from './hint/near-view';
import { askVerdicts, forgetWord, ORPHANED_NOTE, teachWord, type VerdictsOutcome } from './worker-api';
import { loadTaught, orderWords } from './taught';
import { HINT_TAG, SUMMARY_TAG } from './hint/element';
import { mountHint, prepareBar, type HintHandle } from './hint/hint';
import { currentLang, followLang, useInterfaceLang } from './hint/lang';
import { barStringsAsk, useBarStrings } from './hint/strings';
import type { PageSampleSource } from './page-sample/save';

/** How long we wait for an order page to render its data before saying we could not read it. */
export const READ_TIMEOUT_MS = 8_000;
/** Mutation bursts are coalesced into one read in the next task (a rendering app inserts in one task). */
const COALESCE_MS = 0;
/**
 * After the first reading, re-reads on page changes are throttled: REREAD_MS at first, doubling
 * after every re-read that changed nothing (a busy page with a clock or ads costs less and less),
 * back to REREAD_MS as soon as a re-read finds a change.
 */
const REREAD_MS = 250;
const REREAD_MAX_MS = 4_000;
/**
 * While waiting for the first reading we also re-read at this interval: some pages (1688) render
 * their orders inside shadow roots, whose changes a light-DOM observer never sees. It stops at the
 * first reading or at READ_TIMEOUT_MS, whichever comes first.
 */
const WAITING_POLL_MS = 500;
/**
 * Distinct orders one page may record in the history. An order page shows one order (a few more
 * allow for a page that swaps orders in place); a list shows at most a few hundred rows.
 */
export const MAX_RECORDED_DETAIL = 5;
export const MAX_RECORDED_LIST = 2_000;

const NOT_READ_NOTE: LocalizedText = {
  en: 'This order page did not show its order data in time, so Cancel or Close cannot judge it; nothing is guessed.',
  zh: '该订单页面未能及时显示订单数据，因此无法判断，我们不会猜测。',
};

/** Said when the page was read but the extension's background part did not answer, even after retries. */
export const EXTENSION_FAILED_NOTE: LocalizedText = {
  en: 'The order was read, but Cancel or Close did not answer, so it cannot judge it. The extension is at fault, not the page: refresh the page to try again.',
  zh: '已读取订单，但“取消还是关闭”没有响应，暂时无法判断。问题在扩展，不在页面：请刷新页面重试。',
};

/**
 * Rows a list reads in one task (PageReader.readRows): one full page of Amazon's Manage Orders (100 orders at most)
 * is read at once; a longer list, such as an AliExpress list grown by "View more", goes on in the next task.
 */
export const LIST_SLICE_ROWS = 100;

/** A list being read row by row: the rows still to read, the orders read so far, and the next slice's timer. */
interface Slicing {
  rows: Generator<ReadOrder, ReadEnd, void>;
  orders: ReadOrder[];
  timer: ReturnType<typeof setTimeout> | null;
}

/** Orders judged per message, well under the worker's MAX_BATCH, so the first verdicts come quickly. */
export const VERDICT_BATCH = Math.min(500, MAX_BATCH);
/** Waits before asking the worker again after a failed verdict request. */
const VERDICT_RETRY_MS = [250, 1_000, 3_000];

interface Shown {
  fingerprint: string;
  hint: HintHandle | null;
  order: PageOrder | null;
}

/** The fields whose change means the verdict may change. */
const fingerprintOf = (s: OrderSnapshot): string =>
  [
    s.stage,
    s.nativeStatus,
    s.cancelRequested,
    s.fulfilledBy,
    s.shipBy,
    s.autoCancelAt,
    s.deadlineAt,
    s.marketplace,
    s.endReason,
    s.refundInProgress,
    s.fulfillmentInProgress,
  ].join('|');

/** An order's messages, asked for when its hint unfolds (one function for every hint of the page). */
const loadMessages = (s: OrderSnapshot): Promise<RenderedMessage[]> =>
  askVerdicts([s], { record: false, messages: true }).then((o) => (o.ok ? (o.answers[0]?.messages ?? []) : []));

const HINT_NODE_NAME = HINT_TAG.toUpperCase();
/** A list's summary box (./hint/page-summary) sits above the list's table: ours too, not the page changing. */
const SUMMARY_NODE_NAME = SUMMARY_TAG.toUpperCase();
const onlyHints = (nodes: NodeList): boolean => {
  for (let index = 0; index < nodes.length; index += 1) {
    const name = nodes[index]?.nodeName;
    if (name !== HINT_NODE_NAME && name !== SUMMARY_NODE_NAME) return false;
  }
  return true;
};
/** Our own hints going in or out (a list adds hundreds at once: checked without allocating), or a change inside one. */
const isOwnMutation = (r: MutationRecord): boolean =>
  (r.addedNodes.length + r.removedNodes.length > 0 && onlyHints(r.addedNodes) && onlyHints(r.removedNodes)) ||
  (r.target as Element).closest?.(HINT_TAG) != null;

export class ReadingSession {
  readonly state: PageOrders;
  private readonly shown = new Map<string, Shown>();
  private readonly dismissed = new Set<string>();
  private unreadableHint: HintHandle | null = null;
  private observer: MutationObserver | null = null;
  private pending: ReturnType<typeof setTimeout> | null = null;
  private lastRead = 0;
  private rereadMs = REREAD_MS;
  private everRead = false;
  /** Until the read gives up: only then is a mutation read at once (after it, reads are spaced like any other). */
  private waiting = true;
  /** A list reading still going on, row by row (see readSlice). */
  private slicing: Slicing | null = null;

  /** Distinct orders this page has had recorded: a page that keeps rewriting ids cannot fill the history. */
  private readonly recorded = new Set<string>();

  constructor(
    private readonly reader: PageReader,
    private url: URL,
    private readonly signal: AbortSignal,
  ) {
    this.state = { status: 'reading', url: url.href, orders: [] };
    signal.addEventListener('abort', () => this.stop(), { once: true });
  }

  start(): void {
    const poll = setInterval(() => (this.everRead ? clearInterval(poll) : this.readNow()), WAITING_POLL_MS);
    const giveUp = setTimeout(() => {
      clearInterval(poll);
      this.waiting = false;
      this.giveUp();
    }, READ_TIMEOUT_MS);
    this.signal.addEventListener(
      'abort',
      () => {
        clearTimeout(giveUp);
        clearInterval(poll);
      },
      { once: true },
    );
    // The first read runs in a task of its own, not in the one that loads our code: on a long list
    // each is long enough without the other.
    this.schedule();
    // A detail page's bar is made ready in the first idle moment (while a late page renders its order, or while the
    // first verdict is on its way), so the verdict only fills it in.
    if (this.reader.kind === 'detail') requestIdleCallback(prepareBar);
    this.observer = new MutationObserver((records) => {
      if (records.every(isOwnMutation)) return;
      // Until the order is first read, it is read right here, at the end of the task that rendered
      // it: its hint can then be drawn in the same frame as the data, not a task or two later.
      if (!this.everRead && this.waiting) return this.readAtOnce();
      this.schedule();
    });
    this.observeRoot();
  }

  /**
   * The URL changed but still names the same page and order (a hash, a tab, a tracking parameter):
   * reading goes on, hints stay as they are (an unfolded one stays unfolded).
   */
  follow(url: URL): void {
    this.url = url;
    this.state.url = url.href;
  }

  private observeRoot(): void {
    const root = this.reader.root(document) ?? document.body ?? document.documentElement;
    this.observer?.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private schedule(): void {
    if (this.pending) return;
    const wait = this.everRead ? Math.max(COALESCE_MS, this.rereadMs - (performance.now() - this.lastRead)) : COALESCE_MS;
    this.pending = setTimeout(() => {
      this.pending = null;
      this.readNow();
    }, wait);
  }

  private readAtOnce(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    this.readNow();
  }

  private readNow(): void {
    if (this.signal.aborted) return;
    this.lastRead = performance.now();
    this.stopSlicing();
    const rows = this.reader.readRows?.(document, this.url);
    if (rows) return this.readSlice({ rows, orders: [], timer: null });
    let result: ReadResult;
    try {
      result = this.reader.read(document, this.url);
    } catch {
      // A reader must not throw; if one does on a layout we never saw, that is an unreadable page.
      result = { status: 'unreadable', missing: ['order'], note: NOT_READ_NOTE };
    }
    this.finish(result.status === 'read' ? result.orders : [], result);
  }

  /**
   * One slice of a list read row by row (PageReader.readRows): LIST_SLICE_ROWS rows per task, so a long list never
   * holds the page for one long read. The whole reading is judged and shown at its end, as one reading read at
   * once would be: hints placed slice by slice would make the browser lay the whole table out again for each slice
   * (tens of milliseconds each on a long table), and one request for all its verdicts costs the page less than one
   * per slice. A new reading (the page changed) replaces one still under way.
   */
  private readSlice(reading: Slicing): void {
    if (this.signal.aborted || this.slicing !== null) return;
    const from = reading.orders.length;
    let end: ReadEnd | null = null;
    try {
      while (reading.orders.length - from < LIST_SLICE_ROWS) {
        const step = reading.rows.next();
        if (step.done) {
          end = step.value;
          break;
        }
        reading.orders.push(step.value);
      }
    } catch {
      // A reader must not throw; if one does on a layout we never saw, that is an unreadable page.
      end = { status: 'unreadable', missing: ['order'], note: NOT_READ_NOTE };
      reading.orders.length = 0;
    }
    if (!end) {
      this.slicing = reading;
      reading.timer = setTimeout(() => {
        this.slicing = null;
        this.readSlice(reading);
      }, 0);
      return;
    }
    this.finish(reading.orders, end);
  }

  /**
   * A whole reading is done: its orders judged and shown (the "could not read" hint, if any, goes), or, when the page
   * showed none, why (until an order was ever read).
   */
  private finish(orders: readonly ReadOrder[], end: ReadEnd | ReadResult): void {
    if (end.status === 'read' || orders.length > 0) {
      this.everRead = true;
      this.state.status = 'read';
      delete this.state.note;
      this.unreadableHint?.remove();
      this.unreadableHint = null;
      const changed = this.take(orders);
      // Hints of orders the reading did not find go; the next re-read is spaced by what changed.
      const gone = this.forgetGone(orders);
      this.rereadMs = changed || gone ? REREAD_MS : Math.min(this.rereadMs * 2, REREAD_MAX_MS);
    } else if (end.status === 'unreadable' && !this.everRead) {
      this.showUnreadable(end.note, end.orderId);
    }
  }

  private stopSlicing(): void {
    if (this.slicing?.timer) clearTimeout(this.slicing.timer);
    this.slicing = null;
  }

  /** Judges the orders not shown yet with these facts (their page text bounded, ./bound.ts); whether any order changed. */
  private take(orders: readonly ReadOrder[]): boolean {
    const toJudge: ReadOrder[] = [];
    let changed = false;
    for (const read of orders) {
      const order = boundOrder(read);
      const seen = this.consider(order);
      if (seen === 'new') toJudge.push(order);
      changed ||= seen !== 'same';
    }
    if (toJudge.length > 0) this.judge(toJudge);
    return changed;
  }

  /**
   * Hints follow the orders the page shows: an order no longer read (its row went, or the page
   * changed the id in place) loses its hint, so a stale verdict never stays beside another order
   * and a page that rewrites ids cannot pile hints up. Returns whether any went.
   */
  private forgetGone(orders: readonly ReadOrder[]): boolean {
    if (this.shown.size === 0) return false;
    const present = new Set(orders.map((o) => o.snapshot.orderId));
    let gone = false;
    for (const [key, entry] of this.shown) {
      if (present.has(key)) continue;
      this.shown.delete(key);
      entry.hint?.remove();
      gone = true;
    }
    if (gone) this.state.orders = [...this.shown.values()].flatMap((x) => (x.order ? [x.order] : []));
    return gone;
  }

  /**
   * 'same': shown already with these facts; 'remounted': shown, but the host app had re-rendered
   * the hint away; 'new': needs a verdict (new order, or its facts changed).
   */
  private consider(read: ReadOrder): 'same' | 'remounted' | 'new' {
    const key = read.snapshot.orderId;
    if (this.dismissed.has(key)) return 'same';
    const existing = this.shown.get(key);
    if (existing && existing.fingerprint === fingerprintOf(read.snapshot)) {
      if (!existing.hint || existing.hint.connected()) return 'same';
      existing.hint.remount(read.mount);
      return 'remounted';
    }
    return 'new';
  }

  /**
   * Asks the worker for every new order's verdict, then places their hints, batch by batch: one
   * message per VERDICT_BATCH orders (the worker takes at most MAX_BATCH in one), the rows nearest
   * the view first, so the person sees verdicts where they look while the rest follow. Each element
   * appears only with its verdict, so its data-* attributes are never a transient guess. Messages
   * are not asked for here: a hint fetches its order's when unfolded. The worker writes the history
   * before it answers a recording request (evaluate-many.ts), except a detail page's: the one hint
   * the person waits for asks to be answered first (`answerFirst`), and is recorded by the same
   * request (a second request copied the snapshot into a message again). A list's rows are judged
   * and recorded in one request per batch.
   */
  private judge(reads: ReadOrder[]): void {
    const detail = this.reader.kind === 'detail';
    // Ordering costs a few layout reads: only worth it when the list takes more than one request.
    const ordered = detail || reads.length <= VERDICT_BATCH ? reads : nearViewFirst(reads);
    for (let start = 0; start < ordered.length; start += VERDICT_BATCH)
      this.judgeBatch(ordered.slice(start, start + VERDICT_BATCH), detail);
  }

  private judgeBatch(reads: ReadOrder[], detail: boolean): void {
    const entries = reads.map((read) => {
      const key = read.snapshot.orderId;
      const entry: Shown = { fingerprint: fingerprintOf(read.snapshot), hint: this.shown.get(key)?.hint ?? null, order: null };
      this.shown.set(key, entry);
      return { read, key, entry };
    });
    const snapshots = reads.map((r) => r.snapshot);
    const record = this.mayRecord(reads, detail);
    void this.askWithRetry(snapshots, { record, messages: false, answerFirst: detail || undefined }).then((outcome) => {
      if (this.signal.aborted) return;
      if (outcome.ok) useInterfaceLang(outcome.uiLang);
      // Read again with taught words: that read judges and records its own snapshots, not these.
      const readAgain = outcome.ok && outcome.taught !== undefined && loadTaught(this.reader.platform, outcome.taught);
      if (readAgain) {
        // Words the person taught arrived with an order the page could not place: those orders are read again with
        // them before anything is shown, so a word taught once shows its verdict on every page load, never a
        // passing "unknown". An emptied fingerprint makes the next read judge them again.
        const known = new Set<Shown>();
        for (const { read, entry } of entries) {
          if (read.snapshot.stage === 'unknown') entry.fingerprint = '';
          else known.add(entry);
        }
        this.unobserved(() => this.show(entries, outcome, detail, known));
        this.readNow();
      } else this.unobserved(() => this.show(entries, outcome, detail));
      this.state.orders = [...this.shown.values()].flatMap((s) => (s.order ? [s.order] : []));
    });
  }

  /**
   * A worker that is starting, or was stopped mid-answer, gets a few more chances before the hints
   * say the extension (not the page) failed. An orphaned tab (the extension was updated) is not
   * retried: only a refresh helps there.
   */
  private async askWithRetry(
    snapshots: OrderSnapshot[],
    opts: { record: boolean; messages: boolean; answerFirst: true | undefined },
  ): Promise<VerdictsOutcome> {
    // The verdict bar's strings come with the verdicts, in the page's language (./hint/strings).
    const ask = () => askVerdicts(snapshots, { ...opts, strings: barStringsAsk() });
    let outcome = await ask();
    for (const wait of VERDICT_RETRY_MS) {
      if (outcome.ok || outcome.orphaned || this.signal.aborted) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
      outcome = await ask();
    }
    // Taken before anyone draws: the verdicts are shown in this task.
    if (outcome.ok && outcome.strings) useBarStrings(outcome.strings.lang, outcome.strings.catalogue);
    return outcome;
  }

  /**
   * Whether these orders may go into the history: yes until the page has had more distinct orders
   * than such a page can show (one order page shows one order; a list, a few hundred rows). Past
   * that, a page rewriting ids still gets verdicts, and records nothing more.
   */
  private mayRecord(reads: readonly ReadOrder[], detail: boolean): boolean {
    const limit = detail ? MAX_RECORDED_DETAIL : MAX_RECORDED_LIST;
    const fresh = reads.filter((r) => !this.recorded.has(r.snapshot.orderId));
    if (this.recorded.size + fresh.length > limit) return false;
    for (const r of fresh) this.recorded.add(r.snapshot.orderId);
    return true;
  }

  /**
   * Runs our own DOM changes with the observer disconnected: placing a list's hints would
   * otherwise queue one record per hint, only to be recognised as ours and dropped. The page's
   * records already queued are taken first and still count.
   */
  private unobserved(change: () => void): void {
    const pending = this.observer?.takeRecords() ?? [];
    this.observer?.disconnect();
    try {
      change();
    } finally {
      if (this.observer && !this.signal.aborted) {
        this.observeRoot();
        if (!pending.every(isOwnMutation)) this.schedule();
      }
    }
  }

  /** Places a hint per judged order (or updates its hint) with its verdict, or says it could not be judged; `only`: just these. */
  private show(
    entries: Array<{ read: ReadOrder; key: string; entry: Shown }>,
    outcome: VerdictsOutcome,
    detail: boolean,
    only?: ReadonlySet<Shown>,
  ): void {
    const near = detail ? null : this.nearView(entries.map((e) => e.read));
    entries.forEach(({ read, key, entry }, i) => {
      if (this.shown.get(key) !== entry || (only && !only.has(entry))) return; // superseded by a newer reading, or read again
      const { snapshot, mount } = read;
      entry.hint ??= mountHint(mount, snapshot.platform, {
        place: detail ? 'page' : 'row',
        onDismiss: () => {
          this.dismissed.add(key);
          this.shown.get(key)?.hint?.remove();
          this.shown.delete(key);
        },
        loadMessages,
        teach: this.teach,
        forget: this.forget,
        pageSample: this.pageSample,
      });
      const answer = outcome.ok ? outcome.answers[i] : undefined;
      if (!answer) {
        // The page was read: what failed is the extension, and the hint says so.
        entry.hint.showUnreadable(!outcome.ok && outcome.orphaned ? ORPHANED_NOTE : EXTENSION_FAILED_NOTE, snapshot);
        return;
      }
      // What the verdict rests on: the page's facts plus what history added (a request seen on the
      // list, when a shipment was first seen), so the hint's data-* attributes and the popup agree with it.
      const judged = answer.fromHistory ? { ...snapshot, ...answer.fromHistory } : snapshot;
      entry.order = {
        snapshot: judged,
        verdict: answer.verdict,
        messages: answer.messages,
        bar: answer.bar,
        ...(answer.remindOff && { remindOff: true as const }),
        ...orderWords(snapshot),
      };
      entry.hint.showVerdict(entry.order, near?.has(read) ?? false);
    });
  }

  /**
   * A list's rows near the view, found before any hint of the batch is placed (nearViewRange): their bars are drawn in
   * the task that places every hint, so the browser lays the list out once for both, not again a frame later when an
   * observer reports them (traces of a 500-row table: the longest frame after the verdicts went from about 57 to 37 ms).
   */
  private nearView(reads: readonly ReadOrder[]): ReadonlySet<ReadOrder> {
    const placed = reads.filter((r) => r.mount?.anchor.isConnected);
    const [first, end] = nearViewRange(
      placed.map((r) => (r.mount as HintMount).anchor),
      NEAR_VIEW_PX,
    );
    return new Set(placed.slice(first, end));
  }

  /**
   * The hint's "This means …" and "Forget this word": the worker keeps the answer and sends the platform's words back;
   * the page is read again with them at once, so the new verdict (or "unknown" again) shows where the person looks.
   */
  private readonly teach = (word: string, stage: Stage): Promise<boolean> => this.taughtNow(teachWord(this.reader.platform, word, stage));
  private readonly forget = (word: string): Promise<boolean> => this.taughtNow(forgetWord(this.reader.platform, word));

  private async taughtNow(asked: Promise<Awaited<ReturnType<typeof teachWord>>>): Promise<boolean> {
    const words = await asked;
    if (!words || this.signal.aborted) return false;
    if (loadTaught(this.reader.platform, words)) this.readNow();
    return true;
  }

  /** The popup shows the note as the page's hint says it: in the interface language, also after a switch. */
  private unreadableNote: LocalizedText | null = null;
  private followingLang: (() => void) | null = null;
  private sayNote(): void {
    if (this.state.status === 'unreadable' && this.unreadableNote)
      this.state.note = this.unreadableNote[currentLang()] || this.unreadableNote.en;
  }

  private showUnreadable(note: LocalizedText, orderId?: string): void {
    this.state.status = 'unreadable';
    this.unreadableNote = note;
    this.sayNote();
    this.followingLang ??= followLang({ setLang: () => this.sayNote() });
    const snapshot: OrderSnapshot = {
      platform: this.reader.platform,
      perspective: 'seller',
      orderId: orderId ?? '',
      stage: 'unknown',
      nativeStatus: '',
      cancelRequested: false,
      source: { url: this.url.href, reader: this.reader.id, missing: ['order'] },
    };
    this.unreadableHint ??= mountHint(null, this.reader.platform, {
      place: 'page',
      onDismiss: () => this.unreadableHint?.remove(),
      loadMessages: () => Promise.resolve([]),
      pageSample: this.pageSample,
    });
    this.unreadableHint.showUnreadable(note, snapshot);
  }

  /** What a page sample is taken of: the reader's order area (its app root, or the body where it has none). */
  private readonly pageSample = (): PageSampleSource => ({
    platform: this.reader.platform,
    pageKind: this.reader.id,
    area: this.reader.root(document) ?? document.body ?? document.documentElement,
    url: this.url.href,
    recognises: (url) => this.reader.matches(url),
  });

  private giveUp(): void {
    if (this.everRead || this.signal.aborted) return;
    this.showUnreadable(NOT_READ_NOTE);
  }

  private stop(): void {
    this.followingLang?.();
    this.stopSlicing();
    this.observer?.disconnect();
    if (this.pending) clearTimeout(this.pending);
    for (const s of this.shown.values()) s.hint?.remove();
    this.shown.clear();
    this.unreadableHint?.remove();
  }
}
