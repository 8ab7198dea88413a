/**
 * Every message is validated in the worker: malformed ones and unknown senders are refused and
 * counted, nothing in a message can throw in the listener or pollute prototypes, and the counts
 * are readable only from our extension pages ('diagnostics').
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkWorkerRequest } from '../../../src/messages/validate';
import { classifySender } from '../../../src/background/sender';
import type { Diagnostics, Result } from '../../../src/messages/protocol';
import type { Runtime } from '../../../src/shared/browser';
import { GOOD_EVALUATE, HOSTILE_MESSAGES } from './hostile-messages';

const OWN_ID = 'ourextensionid';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const SELLER_PAGE = 'https://sellercentral.amazon.com/orders-v3/order/111-2222222-3333333';

type Listener = (message: unknown, sender: unknown) => Promise<Result<unknown>> | undefined;
const listeners: Listener[] = [];
/** What the worker asked the browser to inject (content/part). */
const injected = vi.hoisted(() => [] as unknown[]);

// The worker's entry registers its listener on import; give it a browser with only what it uses.
vi.mock('../../../src/shared/browser', () => ({
  browser: {
    runtime: {
      id: 'ourextensionid',
      getURL: (path: string) => `chrome-extension://ourextensionid/${path}`,
      onMessage: { addListener: (l: Listener) => listeners.push(l) },
      onStartup: { addListener: () => undefined },
      onInstalled: { addListener: () => undefined },
    },
    alarms: { onAlarm: { addListener: () => undefined } },
    notifications: { onClicked: { addListener: () => undefined } },
    scripting: {
      executeScript: (injection: unknown) => {
        injected.push(injection);
        return Promise.resolve([]);
      },
    },
  },
}));

/** A sender as the browser describes it; only the fields the check reads are filled in. */
const sender = (s: { id?: string; url: string; tab?: { id: number }; frameId?: number }) => s as Runtime.MessageSender;
const popup = sender({ id: OWN_ID, url: `${OWN_ORIGIN}src/popup/index.html` });
const contentScript = sender({ id: OWN_ID, url: SELLER_PAGE, tab: { id: 7 }, frameId: 0 });

let send: Listener;
beforeAll(async () => {
  await import('../../../src/background/index');
  expect(listeners).toHaveLength(1);
  send = listeners[0]!;
});

const diagnosticsNow = async (): Promise<Diagnostics> => {
  const res = await send({ kind: 'diagnostics' }, popup);
  if (!res?.ok) throw new Error(`diagnostics refused: ${JSON.stringify(res)}`);
  return res.value as Diagnostics;
};

describe('the validators on hostile shapes', () => {
  it('refuse every one of the fifty, with a reason, without throwing', () => {
    expect(HOSTILE_MESSAGES).toHaveLength(50);
    for (const text of HOSTILE_MESSAGES) {
      const checked = checkWorkerRequest(JSON.parse(text));
      expect(checked.ok, text.slice(0, 120)).toBe(false);
      if (!checked.ok) expect(checked.error.length).toBeLessThan(300); // a reason, never an echo of the input
    }
  });

  it('leave Object.prototype untouched', () => {
    for (const text of HOSTILE_MESSAGES) checkWorkerRequest(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('accept the good request they are variations of', () => {
    expect(checkWorkerRequest(GOOD_EVALUATE).ok).toBe(true);
  });
});

describe('who may talk to the worker', () => {
  const isSeller = (u: string) => u.startsWith('https://sellercentral.amazon.com/');
  it.each([
    ['another extension', { id: 'someoneelse', url: `chrome-extension://someoneelse/x.html` }],
    ['another extension claiming our page', { id: 'someoneelse', url: `${OWN_ORIGIN}src/popup/index.html` }],
    ['a content script on a page we do not read', { id: OWN_ID, url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 }],
    ['a sub-frame of a seller page', { id: OWN_ID, url: SELLER_PAGE, tab: { id: 1 }, frameId: 3 }],
    ['no id at all', { url: `${OWN_ORIGIN}src/popup/index.html` }],
  ])('refuses %s', (_label, from) => {
    expect(classifySender(sender(from), OWN_ID, OWN_ORIGIN, isSeller)).toBeNull();
  });
  it('knows our own content script and our own pages', () => {
    expect(classifySender(contentScript, OWN_ID, OWN_ORIGIN, isSeller)).toBe('content');
    expect(classifySender(popup, OWN_ID, OWN_ORIGIN, isSeller)).toBe('extension-page');
  });
});

describe('the worker listener', () => {
  it('answers every malformed message with a refusal and counts it', async () => {
    const before = await diagnosticsNow();
    for (const text of HOSTILE_MESSAGES) {
      const answer = await send(JSON.parse(text), popup);
      expect(answer, text.slice(0, 120)).toMatchObject({ ok: false, error: expect.stringMatching(/^rejected: /) });
    }
    const after = await diagnosticsNow();
    expect(after).toEqual({ badSender: before.badSender, badMessage: before.badMessage + HOSTILE_MESSAGES.length });
  });

  it('does not answer unknown senders at all, and counts them', async () => {
    const before = await diagnosticsNow();
    expect(send(GOOD_EVALUATE, { id: 'someoneelse', url: 'chrome-extension://someoneelse/' })).toBeUndefined();
    expect(send({ kind: 'diagnostics' }, { id: OWN_ID, url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 })).toBeUndefined();
    expect(await diagnosticsNow()).toEqual({ badSender: before.badSender + 2, badMessage: before.badMessage });
  });

  it('shows the counts to extension pages only', async () => {
    expect(await send({ kind: 'diagnostics' }, contentScript)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/extension pages/),
    });
  });

  it('still evaluates a good request afterwards', async () => {
    const answer = await send(GOOD_EVALUATE, popup);
    expect(answer).toMatchObject({ ok: true, value: { verdict: { action: expect.any(String) } } });
  });
});

describe('content/part: the worker injects a lazy part of the content script into the page that asks', () => {
  it('into the asking document (or its frame), from the package, for our content script only', async () => {
    injected.length = 0;
    const withDocument = sender({ id: OWN_ID, url: SELLER_PAGE, tab: { id: 7 }, frameId: 0 }) as Runtime.MessageSender & {
      documentId: string;
    };
    withDocument.documentId = 'DOC1';
    expect(await send({ kind: 'content/part', part: 'hint-ui' }, withDocument)).toEqual({ ok: true, value: { injected: true } });
    expect(await send({ kind: 'content/part', part: 'page-summary' }, contentScript)).toEqual({ ok: true, value: { injected: true } });
    expect(injected).toEqual([
      { target: { tabId: 7, documentIds: ['DOC1'] }, files: ['content/hint-ui.js'], injectImmediately: true },
      { target: { tabId: 7, frameIds: [0] }, files: ['content/page-summary.js'], injectImmediately: true },
    ]);
  });

  it('refuses an extension page, a page that is not a seller page, and a part it does not know, injecting nothing', async () => {
    injected.length = 0;
    expect(await send({ kind: 'content/part', part: 'hint-ui' }, popup)).toMatchObject({ ok: false });
    expect(
      send({ kind: 'content/part', part: 'hint-ui' }, sender({ id: OWN_ID, url: 'https://evil.example/', tab: { id: 1 }, frameId: 0 })),
    ).toBeUndefined();
    expect(
      send({ kind: 'content/part', part: 'hint-ui' }, sender({ id: OWN_ID, url: SELLER_PAGE, tab: { id: 1 }, frameId: 3 })),
    ).toBeUndefined();
    for (const part of ['../manifest.json', 'https://evil.example/x.js', 'background', ''])
      expect(await send({ kind: 'content/part', part }, contentScript)).toMatchObject({ ok: false });
    expect(injected).toEqual([]);
  });
});
