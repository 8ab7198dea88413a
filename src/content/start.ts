/**
 * What every content script does, given its platform's readers. Cheap by design: a URL test picks
 * a reader; pages that are not order pages cost a few regex tests per navigation. A reading
 * session lives until the URL changes.
 */
import { browser, type Runtime } from '../shared/browser';
import { checkContentRequest } from '../messages/validate-content';
import { ok, type PageOrders, type Result } from '../messages/protocol';
import type { PageReader, ReadResult } from '../platforms/types';
import type { OrderSnapshot } from '../rules/types';
import { watchUrl } from './navigation';
import { ReadingSession } from './session';
import { askVerdicts } from './worker-api';

/**
 * Page text we pass on (status words, end reasons) is capped here, at the door: a hostile or
 * broken page can put 100 kB in a status cell, and that must neither be refused by the worker's
 * validator (the person would see "could not read") nor fill the hint. Ids and URLs are never
 * cut: a shortened id would name another order, so an oversized one is refused as it is.
 */
export const PAGE_TEXT_MAX = 300;

export function boundPageText(text: string, max = PAGE_TEXT_MAX): string {
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max + 1)).slice(0, max - 1).join('')}…`; // never split a surrogate pair
}

function boundSnapshot(s: OrderSnapshot): OrderSnapshot {
  const bounded = { ...s, nativeStatus: boundPageText(s.nativeStatus) };
  if (s.endReason !== undefined) bounded.endReason = boundPageText(s.endReason, 200);
  return bounded;
}

/** The same reader, with every snapshot it reads bounded. */
function bounded(reader: PageReader): PageReader {
  return {
    ...reader,
    matches: (url) => reader.matches(url),
    root: (doc) => reader.root(doc),
    read(root, url): ReadResult {
      const result = reader.read(root, url);
      if (result.status !== 'read') return result;
      return { ...result, orders: result.orders.map((o) => ({ ...o, snapshot: boundSnapshot(o.snapshot) })) };
    },
  };
}

let session: { controller: AbortController; reading: ReadingSession } | null = null;

function startFor(readers: readonly PageReader[], href: string): void {
  session?.controller.abort();
  session = null;
  const url = new URL(href);
  const reader = readers.find((r) => r.matches(url));
  if (!reader) return;
  const controller = new AbortController();
  const reading = new ReadingSession(reader, url, controller.signal);
  session = { controller, reading };
  reading.start();
}

/**
 * The page's orders with their messages: hints get verdicts without messages (fetched on unfold),
 * and the popup shows them in full, so they are asked for now, in one round trip. Without an
 * answer the orders go without messages rather than not at all.
 */
function withMessages(state: PageOrders): Promise<PageOrders> {
  const lacking = state.orders.filter((o) => o.messages.length === 0);
  if (lacking.length === 0) return Promise.resolve(state);
  return askVerdicts(
    lacking.map((o) => o.snapshot),
    { record: false, messages: true },
  ).then((outcome) => {
    if (!outcome.ok) return state;
    const found = new Map(lacking.map((o, i) => [o, outcome.answers[i]?.messages ?? []]));
    return { ...state, orders: state.orders.map((o) => ({ ...o, messages: found.get(o) ?? o.messages })) };
  });
}

/** Answers the popup's question "what orders are on this tab?". Not async, see background/index.ts. */
function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<Result<PageOrders>> | undefined {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined; // only our own extension pages
  if (!checkContentRequest(message).ok) return undefined;
  const state: PageOrders = session?.reading.state ?? { status: 'not-an-order-page', url: location.href, orders: [] };
  return withMessages(state).then(ok);
}

export function startContentScript(readers: readonly PageReader[]): void {
  browser.runtime.onMessage.addListener(onMessage);
  const boundedReaders = readers.map(bounded);
  watchUrl((href) => startFor(boundedReaders, href), new AbortController().signal);
  startFor(boundedReaders, location.href);
}
