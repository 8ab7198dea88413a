/**
 * What every content script does, given its platform's readers. Cheap by design: a URL test picks
 * a reader; pages that are not order pages cost a few regex tests per navigation. A reading
 * session lives until the URL changes.
 */
import { browser, type Runtime } from '../shared/browser';
import { checkContentRequest } from '../messages/validate';
import { ok, type PageOrders, type Result } from '../messages/protocol';
import type { PageReader } from '../platforms/types';
import { watchUrl } from './navigation';
import { ReadingSession } from './session';

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

/** Answers the popup's question "what orders are on this tab?". Not async, see background/index.ts. */
function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<Result<PageOrders>> | undefined {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined; // only our own extension pages
  if (!checkContentRequest(message).ok) return undefined;
  const state: PageOrders = session?.reading.state ?? { status: 'not-an-order-page', url: location.href, orders: [] };
  return Promise.resolve(ok(state));
}

export function startContentScript(readers: readonly PageReader[]): void {
  browser.runtime.onMessage.addListener(onMessage);
  watchUrl((href) => startFor(readers, href), new AbortController().signal);
  startFor(readers, location.href);
}
