/**
 * The worker's one job for a snapshot: apply the rule set with the person's settings, render the
 * fitting messages (built-in and the person's own), and (when asked) record the observation. History failures never hide the
 * verdict: they travel back beside it as `historyError` so the person is told.
 */
import { evaluate } from '../rules/index';
import type { OrderSnapshot } from '../rules/types';
import { messagesFor, type MessagesForOptions } from '../templates/render';
import type { CustomTemplate, EvaluateAnswer, EvaluateRequest, UserSettings } from '../messages/protocol';
import { withHistory } from './history-access';
import { recordObservation } from '../history/record';
import { currentSettings } from './user-settings';
import { currentTemplates } from './custom-templates';

/** The person's default Amazon marketplace fills in for a page that does not name one. */
export function withDefaultMarketplace(snapshot: OrderSnapshot, settings: UserSettings): OrderSnapshot {
  if (snapshot.platform !== 'amazon' || snapshot.marketplace || !settings.defaultMarketplace) return snapshot;
  return { ...snapshot, marketplace: settings.defaultMarketplace };
}

export function messageOptions(settings: UserSettings, custom: readonly CustomTemplate[] = []): MessagesForOptions {
  const opts: MessagesForOptions = { custom };
  if (settings.messageLanguage) opts.language = settings.messageLanguage;
  if (settings.storeName) opts.values = { storeName: settings.storeName };
  return opts;
}

export async function evaluateOrder(req: EvaluateRequest, now: Date): Promise<EvaluateAnswer> {
  const [settings, custom] = await Promise.all([currentSettings(), currentTemplates()]);
  const snapshot = withDefaultMarketplace(req.snapshot, settings);
  const verdict = evaluate(snapshot, { now, settings: settings.rules });
  const messages = messagesFor(verdict.templates, snapshot, messageOptions(settings, custom));
  if (!req.record) return { verdict, messages };
  const written = await withHistory((db) => recordObservation(db, snapshot, verdict, now));
  return written.ok ? { verdict, messages } : { verdict, messages, historyError: written.error };
}
