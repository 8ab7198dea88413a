/**
 * The content script's only way to the worker. Never throws: a dead extension context (the
 * extension was updated or reloaded while this tab stayed open) becomes `{ orphaned: true }` so the
 * hint can ask the person to refresh the page instead of failing silently.
 */
import { browser } from '../shared/browser';
import type { EvaluateAnswer, Result } from '../messages/protocol';
import type { OrderSnapshot } from '../rules/types';

export type EvaluateOutcome = { ok: true; answer: EvaluateAnswer } | { ok: false; orphaned: boolean; error: string };

export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export async function askVerdict(snapshot: OrderSnapshot): Promise<EvaluateOutcome> {
  if (!extensionAlive()) return { ok: false, orphaned: true, error: 'extension context invalidated' };
  try {
    const res = (await browser.runtime.sendMessage({ kind: 'evaluate', snapshot, record: true })) as
      | Result<EvaluateAnswer>
      | undefined;
    if (!res) return { ok: false, orphaned: false, error: 'no answer from the background worker' };
    return res.ok ? { ok: true, answer: res.value } : { ok: false, orphaned: false, error: res.error };
  } catch (e) {
    return { ok: false, orphaned: !extensionAlive(), error: e instanceof Error ? e.message : String(e) };
  }
}
