/**
 * The content script's only way to the worker. Never throws: a dead extension context (the
 * extension was updated or reloaded while this tab stayed open) becomes `{ orphaned: true }` so the
 * hint can ask the person to refresh the page instead of failing silently.
 */
import { browser } from '../shared/browser';
import type {
  EvaluateAnswer,
  EvaluateManyAnswer,
  EvaluateManyRequest,
  HistoryActionRequest,
  Result,
  UserSettings,
} from '../messages/protocol';
import type { LocalizedText, OrderSnapshot } from '../rules/types';
import { isUiLang, type UiLang } from '../ui/i18n';

export type EvaluateOutcome = { ok: true; answer: EvaluateAnswer } | { ok: false; orphaned: boolean; error: string };

/** What a hint says once this tab's content script has lost its extension (updated or reloaded). */
export const ORPHANED_NOTE: LocalizedText = {
  en: 'Cancel or Close was updated or reloaded. Refresh this page to see the verdict again.',
  zh: '“取消还是关闭”扩展已更新或重新加载。请刷新此页面以重新查看结论。',
};

export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

export type VerdictsOutcome =
  | { ok: true; answers: EvaluateAnswer[]; uiLang?: UiLang }
  | { ok: false; orphaned: boolean; error: string };

/** Rebuilds one full answer per snapshot from the batch's shared verdicts. */
export function expandAnswers(batch: EvaluateManyAnswer): EvaluateAnswer[] {
  return batch.results.map((r) => {
    const shared = batch.verdicts[r.verdict];
    if (!shared) throw new Error(`verdict ${r.verdict} missing from the answer`);
    return { verdict: { ...shared, deadlines: r.deadlines }, messages: r.messages };
  });
}

/** Verdicts for every snapshot, in order, in one round trip. */
export async function askVerdicts(
  snapshots: OrderSnapshot[],
  opts: { record: boolean; messages: boolean },
): Promise<VerdictsOutcome> {
  if (!extensionAlive()) return { ok: false, orphaned: true, error: 'extension context invalidated' };
  try {
    const request: EvaluateManyRequest = { kind: 'evaluate-many', snapshots, ...opts };
    const res = (await browser.runtime.sendMessage(request)) as Result<EvaluateManyAnswer> | undefined;
    if (!res) return { ok: false, orphaned: false, error: 'no answer from the background worker' };
    if (!res.ok) return { ok: false, orphaned: false, error: res.error };
    const { uiLang } = res.value;
    // Only a language the hint has strings for is taken; anything else leaves the browser's.
    return { ok: true, answers: expandAnswers(res.value), ...(isUiLang(uiLang) && { uiLang }) };
  } catch (e) {
    return { ok: false, orphaned: !extensionAlive(), error: e instanceof Error ? e.message : String(e) };
  }
}

/** The person's settings (interface language), or null when the worker cannot answer. */
export async function askSettings(): Promise<UserSettings | null> {
  if (!extensionAlive()) return null;
  try {
    const res = (await browser.runtime.sendMessage({ kind: 'settings/get' })) as Result<UserSettings> | undefined;
    return res?.ok ? res.value : null;
  } catch {
    return null;
  }
}

/** Records something the person did in the hint (a ticked step, a copied message). Best effort. */
export async function recordAction(request: Omit<HistoryActionRequest, 'kind'>): Promise<boolean> {
  if (!extensionAlive()) return false;
  try {
    const res = (await browser.runtime.sendMessage({ kind: 'history/action', ...request })) as Result<unknown> | undefined;
    return res?.ok === true;
  } catch {
    return false;
  }
}
