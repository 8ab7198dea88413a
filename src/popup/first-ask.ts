/**
 * The popup's first script: asks the seller tab for its orders while the rest of the popup is still
 * loading. The build gives this module a file of its own and loads it as an async module script
 * (scripts/vite/async-first-script.ts), so it runs as soon as its few hundred bytes arrive, before
 * the browser has fetched the popup's other modules; the tab's answer is then usually back by the time
 * the popup first renders, and that render already holds the verdict. The popup's bundle imports this
 * same module (a page runs a module once) and takes the ask through `takeFirstAsk`.
 * Type imports only: a module imported here would have to arrive before this one could run.
 */
import type { PageOrdersRequest } from '../messages/protocol';

export interface AskedTab {
  id: number;
  url: string;
}

export interface FirstAsk {
  /** The tab asked; null when there is none. Rejects as `tabs.query` does. */
  tab: Promise<AskedTab | null>;
  /** The tab's answer to `page/orders`, unchecked (the popup checks it as any answer); rejects as `tabs.sendMessage` does. */
  orders: Promise<unknown>;
}

type Tabs = Pick<typeof chrome.tabs, 'query' | 'sendMessage'>;

/**
 * The tab the popup is about. `?tab=<id>` targets a given tab: the popup opened as a page (tests,
 * "open in a tab") has no seller tab of its own to be active in.
 */
export async function tabToAsk(
  search: string,
  query: (q: { active: true; currentWindow: true }) => Promise<Array<{ id?: number; url?: string }>>,
): Promise<AskedTab | null> {
  const pinned = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) return { id: pinned, url: '' };
  const [tab] = await query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? '' };
}

/** The tab's one question: what orders does the page show? (Also asked again by ./api on a retry.) */
export const PAGE_ORDERS: PageOrdersRequest = { kind: 'page/orders' };

function start(): FirstAsk | null {
  // Firefox's `browser` and Chrome's `chrome` both return Promises in MV3; absent outside an extension page (unit tests).
  // The same choice as src/shared/runtime.ts, written here because this script may import nothing.
  const world = globalThis as { browser?: { tabs?: Tabs }; chrome?: { tabs?: Tabs } };
  const tabs = (world.browser ?? world.chrome)?.tabs;
  if (!tabs || typeof location === 'undefined') return null;
  const tab = tabToAsk(location.search, (q) => tabs.query(q));
  const orders = tab.then((t) => (t ? tabs.sendMessage(t.id, PAGE_ORDERS) : null));
  // Whoever takes the ask handles its failures; one never taken must not be reported as unhandled.
  orders.catch(() => undefined);
  return { tab, orders };
}

let first = start();

/** The ask made as the popup loaded, handed out once (a retry asks afresh); null when none was made. */
export function takeFirstAsk(): FirstAsk | null {
  const taken = first;
  first = null;
  return taken;
}
