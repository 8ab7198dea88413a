/**
 * The runtime calls the content script makes — the extension's id, a message to the worker, and
 * answering the popup — without webextension-polyfill, whose code (about 3 KB gzip) every seller
 * page would otherwise load. MV3 gives all three as they are in both browsers: Firefox's
 * `browser.runtime` and Chrome's `chrome.runtime` return a Promise from sendMessage and take an
 * onMessage listener's answer through sendResponse. The worker and the extension pages, which use
 * more of the API, go through ./browser.ts.
 */
type Runtime = typeof chrome.runtime;
export type MessageSender = chrome.runtime.MessageSender;

function runtime(): Runtime | undefined {
  const world = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return (world.browser ?? world.chrome)?.runtime;
}

/** The extension's id; undefined once this context has lost its extension (updated or reloaded under it). */
export function runtimeId(): string | undefined {
  return runtime()?.id;
}

/** Sends `message` to the worker; rejects when nothing answers. */
export function sendToWorker(message: unknown): Promise<unknown> {
  const r = runtime();
  return r ? r.sendMessage(message) : Promise.reject(new Error('no extension runtime'));
}

/**
 * Listens for messages from the extension: `answer` returns a Promise for those it answers and
 * undefined for the others (left to other listeners, as an async listener could not).
 */
export function onExtensionMessage(answer: (message: unknown, sender: MessageSender) => Promise<unknown> | undefined): void {
  runtime()?.onMessage.addListener((message, sender, sendResponse) => {
    const answered = answer(message, sender);
    if (!answered) return undefined;
    void answered.then(sendResponse);
    return true;
  });
}
