/**
 * Background service worker. Every listener is registered synchronously at top level, so an
 * event that wakes the worker is never missed; nothing is kept in memory that cannot be rebuilt.
 */
import { browser, type Runtime } from '../shared/browser';
import { checkWorkerRequest } from '../messages/validate';
import { fail, ok, type Result } from '../messages/protocol';
import { SELLER_MATCH_PATTERNS } from '../platforms/registry';
import { urlMatcher } from '../platforms/match-pattern';
import { classifySender } from './sender';
import { injectPart } from './inject-part';
import { diagnostics, rejected } from './counters';
import { route } from './router';
import { openNotifiedOrder, REMINDER_ALARM, syncReminders, useReminderSurface } from './reminders';
import { browserReminderSurface } from './reminder-surface';

const isSellerUrl = urlMatcher(SELLER_MATCH_PATTERNS);
const ownOrigin = browser.runtime.getURL('');

/**
 * Deliberately not `async`: an async listener answers every message (with undefined) and races
 * other listeners. We return a Promise only for messages we accept; errors come back as values.
 * Every refusal is counted (see counters.ts); nothing a sender can put in a message may throw here.
 */
function onMessage(message: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> | undefined {
  const from = classifySender(sender, browser.runtime.id, ownOrigin, isSellerUrl);
  if (!from) {
    rejected.badSender++;
    return undefined;
  }
  const req = checkSafely(message);
  if (!req.ok) {
    rejected.badMessage++;
    return Promise.resolve(fail(`rejected: ${req.error}`));
  }
  if (req.value.kind === 'diagnostics')
    return Promise.resolve(from === 'extension-page' ? ok(diagnostics()) : fail('diagnostics are only readable from extension pages'));
  // Injected into the sender's own page: only a content script has one.
  if (req.value.kind === 'content/part')
    return from === 'content' ? injectPart(req.value.part, sender) : Promise.resolve(fail('content/part is only for content scripts'));
  return route(req.value, from).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
}

/** The validators must not throw, but a worker that stops answering is worse than a refusal. */
function checkSafely(message: unknown): ReturnType<typeof checkWorkerRequest> {
  try {
    return checkWorkerRequest(message);
  } catch {
    return { ok: false, error: 'the message could not be checked' };
  }
}

browser.runtime.onMessage.addListener(onMessage);

// Reminders (src/background/reminders.ts): rebuilt from the history whenever the worker may have missed
// something (the browser started, the extension was installed or updated), and at the alarm.
useReminderSurface(browserReminderSurface);
browser.runtime.onStartup.addListener(() => void syncReminders());
browser.runtime.onInstalled.addListener(() => void syncReminders());
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === REMINDER_ALARM) void syncReminders();
});
browser.notifications.onClicked.addListener((id) => void openNotifiedOrder(id));
