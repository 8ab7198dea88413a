/**
 * The worker's one job for a snapshot: merge in what the order's history knows (src/history/order-facts.ts),
 * apply the rule set with the person's settings, render the
 * fitting messages (built-in and the person's own), and (when asked) record the observation. History failures never hide the
 * verdict: they travel back beside it as `historyError` so the person is told.
 */
import { evaluate } from '../rules/index';
import type { OrderSnapshot } from '../rules/types';
import { messagesFor, type MessagesForOptions } from '../templates/render';
import type { CustomTemplate, EvaluateAnswer, EvaluateRequest, OrderRecord, UserSettings } from '../messages/protocol';
import { withHistory } from './history-access';
import { recordObservation } from '../history/record';
import { orderKeyOf } from '../history/db';
import { addedByHistory, withOrderFacts, type OrderFacts } from '../history/order-facts';
import { currentSettings } from './user-settings';
import { currentTemplates } from './custom-templates';

/** The person's default Amazon marketplace fills in for a page that does not name one. */
function withDefaultMarketplace(snapshot: OrderSnapshot, settings: UserSettings): OrderSnapshot {
  if (snapshot.platform !== 'amazon' || snapshot.marketplace || !settings.defaultMarketplace) return snapshot;
  return { ...snapshot, marketplace: settings.defaultMarketplace };
}

/**
 * What history knows of each snapshot's order, in one read (a list page asks for hundreds):
 * nothing when history is unavailable, and a verdict never waits on a retry.
 */
export async function storedFacts(
  snapshots: readonly OrderSnapshot[],
): Promise<ReadonlyArray<(OrderFacts & Pick<OrderRecord, 'remindOff'>) | undefined>> {
  const keys = snapshots.map((s) => orderKeyOf(s.platform, s.orderId));
  const read = await withHistory((db) => db.orders.bulkGet(keys));
  return read.ok ? read.value : [];
}

/** The snapshot the rules judge and history records: the page's, with the person's default marketplace and the order's history. */
export function judgedSnapshot(page: OrderSnapshot, settings: UserSettings, facts: OrderFacts | undefined): OrderSnapshot {
  return withOrderFacts(withDefaultMarketplace(page, settings), facts);
}

export function messageOptions(settings: UserSettings, custom: readonly CustomTemplate[] = []): MessagesForOptions {
  const opts: MessagesForOptions = { custom };
  if (settings.messageLanguage) opts.language = settings.messageLanguage;
  if (settings.storeName) opts.values = { storeName: settings.storeName };
  return opts;
}

export async function evaluateOrder(req: EvaluateRequest, now: Date): Promise<EvaluateAnswer> {
  const [settings, custom, facts] = await Promise.all([currentSettings(), currentTemplates(), storedFacts([req.snapshot])]);
  const snapshot = judgedSnapshot(req.snapshot, settings, facts[0]);
  const verdict = evaluate(snapshot, { now, settings: settings.rules, store: settings.storePlatform });
  const messages = messagesFor(verdict.templates, snapshot, messageOptions(settings, custom));
  const fromHistory = addedByHistory(req.snapshot, snapshot);
  const answer: EvaluateAnswer = fromHistory ? { verdict, messages, fromHistory } : { verdict, messages };
  if (facts[0]?.remindOff) answer.remindOff = true;
  if (!req.record) return answer;
  const written = await withHistory((db) => recordObservation(db, snapshot, verdict, now));
  return written.ok ? answer : { ...answer, historyError: written.error };
}
