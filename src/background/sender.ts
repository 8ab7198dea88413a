/**
 * Who sent a message. Only our own extension may talk to the worker: our content scripts
 * (in a tab, on a seller host we read) and our extension pages (popup, options). Everything
 * else is rejected before the message is even parsed.
 */
import type { Runtime } from '../shared/browser';

export type SenderKind = 'content' | 'extension-page';

export function classifySender(
  sender: Runtime.MessageSender,
  ownId: string,
  ownOrigin: string,
  isSellerUrl: (url: string) => boolean,
): SenderKind | null {
  if (sender.id !== ownId) return null;
  const url = sender.url ?? '';
  if (sender.tab) return isSellerUrl(url) ? 'content' : url.startsWith(ownOrigin) ? 'extension-page' : null;
  return url.startsWith(ownOrigin) ? 'extension-page' : null;
}
