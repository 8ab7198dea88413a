/**
 * What every content script does, given its platform's readers. Cheap by design: a URL test picks
 * a reader; pages that are not order pages cost a few regex tests per navigation. A reading
 * session lives until the URL changes.
 */
import { onExtensionMessage, runtimeId, type MessageSender } from '../shared/runtime';
import { checkContentRequest } from '../messages/validate-content';
import { ok, type PageOrders, type Result } from '../messages/protocol';
import type { PageReader, PagePlatform } from '../platforms/types';
import { watchUrl } from './navigation';
import { servePlatform } from './page-platform';
import { ReadingSession } from './session';
import { serveStatusWords } from './taught';

/**
 * What a URL says about the page being read: the reader, the path, and the order a query parameter
 * names (AliExpress and 1688 detail pages name theirs as `orderId`). The hash and every other
 * parameter (a tab, a filter, a tracking code) leave it alone: a page that rewrites them with
 * replaceState many times a second must not restart reading, and an unfolded hint must stay
 * unfolded. A list page's new rows are followed by the reading session's observer.
 */
export function pageIdentity(readerId: string, url: URL): string {
  const named = [...url.searchParams]
    .filter(([key]) => /^order_?id$/i.test(key))
    .map(([key, value]) => `${key.toLowerCase()}=${value}`)
    .sort();
  return [readerId, url.origin, url.pathname, ...named].join('|');
}

let session: { controller: AbortController; reading: ReadingSession; identity: string } | null = null;

function startFor(readers: readonly PageReader[], href: string): void {
  const url = new URL(href);
  const reader = readers.find((r) => r.matches(url));
  const identity = reader ? pageIdentity(reader.id, url) : '';
  if (session && reader && session.identity === identity) {
    session.reading.follow(url);
    return;
  }
  session?.controller.abort();
  session = null;
  if (!reader) return;
  const controller = new AbortController();
  const reading = new ReadingSession(reader, url, controller.signal);
  session = { controller, reading, identity };
  reading.start();
}

/** Answers the popup's question "what orders are on this tab?". Not async, see background/index.ts. */
function onMessage(message: unknown, sender: MessageSender): Promise<Result<PageOrders>> | undefined {
  if (sender.id !== runtimeId() || sender.tab) return undefined; // only our own extension pages
  if (!checkContentRequest(message).ok) return undefined;
  const state: PageOrders = session?.reading.state ?? { status: 'not-an-order-page', url: location.href, orders: [] };
  return Promise.resolve(ok(state));
}

/** What a platform's vocabulary adds: which status words of a snapshot it does not know (the hint offers to teach them). */
interface VocabularyHooks {
  unknownStatusWords?: (nativeStatus: string) => string[];
}

/** Called once by a platform's content entry (src/platforms/<site>/content.ts) with that platform's readers. */
export function startContentScript(platform: PagePlatform, readers: readonly PageReader[], vocabulary: VocabularyHooks = {}): void {
  servePlatform(platform);
  if (vocabulary.unknownStatusWords) serveStatusWords(vocabulary.unknownStatusWords);
  onExtensionMessage(onMessage);
  watchUrl((href) => startFor(readers, href));
  startFor(readers, location.href);
}
