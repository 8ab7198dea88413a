/**
 * The worker's one job for a snapshot: apply the rule set, render the fitting messages, and
 * (when asked) record the observation. History failures never hide the verdict: they travel
 * back beside it as `historyError` so the person is told.
 */
import { evaluate } from '../rules/index';
import { messagesFor } from '../templates/render';
import type { EvaluateAnswer, EvaluateRequest } from '../messages/protocol';
import { withHistory } from './history-access';
import { recordObservation } from '../history/record';

export async function evaluateOrder(req: EvaluateRequest, now: Date): Promise<EvaluateAnswer> {
  const verdict = evaluate(req.snapshot, { now });
  const messages = messagesFor(verdict.templates, req.snapshot);
  if (!req.record) return { verdict, messages };
  const written = await withHistory((db) => recordObservation(db, req.snapshot, verdict, now));
  return written.ok ? { verdict, messages } : { verdict, messages, historyError: written.error };
}
