/**
 * Injects a lazy part of the content script (src/content/lazy-parts.ts) into the page that asked
 * for it: into the asking document only (or its frame, where the browser names no document), in
 * the content script's isolated world, so the part can register itself where only the content
 * script finds it. The parts are files of the package that no page can fetch; this is how the
 * content script gets them without making them web-accessible. Only our content scripts on seller
 * pages may ask (index.ts checks the sender), and only for a part the schema names.
 */
import { browser, type Runtime } from '../shared/browser';
import { fail, ok, type Result } from '../messages/protocol';
import { partFile, type ContentPart } from '../content/lazy-parts';

export async function injectPart(part: ContentPart, sender: Runtime.MessageSender): Promise<Result<{ injected: true }>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return fail('content/part: the sender is not in a tab');
  // Chrome names the sending document, so a frame that has navigated since is never injected; Firefox names only the frame.
  const target = sender.documentId ? { tabId, documentIds: [sender.documentId] } : { tabId, frameIds: [sender.frameId ?? 0] };
  try {
    await browser.scripting.executeScript({ target, files: [partFile(part)], injectImmediately: true });
    return ok({ injected: true });
  } catch (e) {
    return fail(`content/part: ${e instanceof Error ? e.message : String(e)}`);
  }
}
