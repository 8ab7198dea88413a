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
  if (url.startsWith(ownOrigin)) return 'extension-page';
  // Our content scripts run only in a tab's top frame (no all_frames), so anything else that
  // claims to be one — a sub-frame, a page that is not a seller page — is not us.
  if (sender.tab && (sender.frameId ?? 0) === 0 && isSellerUrl(url)) return 'content';
  return null;
}
