/**
 * What the content script adds to the one worker client (src/messages/client.ts): it notices a
 * dead extension context (the extension was updated or reloaded while this tab stayed open) and
 * says `orphaned`, so the hint can ask the person to refresh the page instead of failing silently;
 * and it rebuilds one full answer per order from evaluate-many's shared verdicts. Never throws.
 */
import { runtimeId } from '../shared/runtime';
import { askWorker } from '../messages/client';
import type {
  BarLook,
  EvaluateAnswer,
  EvaluateManyAnswer,
  EvaluateManyRequest,
  HistoryActionRequest,
  TaughtWordEntry,
  UserSettings,
} from '../messages/protocol';
import type { LocalizedText, OrderSnapshot, Platform, Stage } from '../rules/types';
import { isUiLang, type UiLang } from '../ui/i18n';
import type { ChainInfo } from '../ui/ChainNote';
import { wordsArrived } from './taught';

/** What a hint says once this tab's content script has lost its extension (updated or reloaded). */
export const ORPHANED_NOTE: LocalizedText = {
  en: 'Cancel or Close was updated or reloaded. Refresh this page to see the verdict again.',
  zh: '“取消还是关闭”扩展已更新或重新加载。请刷新此页面以重新查看结论。',
};

export function extensionAlive(): boolean {
  try {
    return Boolean(runtimeId());
  } catch {
    return false;
  }
}

/** One order's answer on a seller page: with how its bar shows the verdict (the worker's barLook). */
export type JudgedAnswer = EvaluateAnswer & { bar: BarLook };

export type VerdictsOutcome =
  | { ok: true; answers: JudgedAnswer[]; uiLang?: UiLang; taught?: TaughtWordEntry[]; strings?: EvaluateManyAnswer['strings'] }
  | { ok: false; orphaned: boolean; error: string };

/** Rebuilds one full answer per snapshot from the batch's shared verdicts; null when a key is missing. */
export function expandAnswers(batch: EvaluateManyAnswer): JudgedAnswer[] | null {
  const answers: JudgedAnswer[] = [];
  for (const r of batch.results) {
    const shared = batch.verdicts[r.verdict];
    if (!shared) return null;
    const answer: JudgedAnswer = { verdict: { ...shared, deadlines: r.deadlines }, messages: r.messages, bar: r.bar };
    if (r.fromHistory) answer.fromHistory = r.fromHistory;
    if (r.remindOff) answer.remindOff = true;
    answers.push(answer);
  }
  return answers;
}

/** Verdicts for every snapshot, in order, in one round trip. */
export async function askVerdicts(
  snapshots: OrderSnapshot[],
  opts: { record: boolean; messages: boolean; answerFirst?: true | undefined; strings?: EvaluateManyRequest['strings'] },
): Promise<VerdictsOutcome> {
  if (!extensionAlive()) return { ok: false, orphaned: true, error: 'extension context invalidated' };
  const res = await askWorker({
    kind: 'evaluate-many',
    snapshots,
    ...opts,
    ...(wordsArrived() && { wordsLoaded: true as const }),
  });
  // A send that failed because the context died under it is an orphan, not an error to show.
  if (!res.ok) return { ok: false, orphaned: !extensionAlive(), error: res.error };
  const answers = expandAnswers(res.value);
  if (!answers) return { ok: false, orphaned: false, error: 'a verdict is missing from the answer' };
  const { uiLang, taught, strings } = res.value;
  // Only a language the hint has strings for is taken; anything else leaves the browser's.
  return { ok: true, answers, ...(isUiLang(uiLang) && { uiLang }), ...(taught && { taught }), ...(strings && { strings }) };
}

/** The person's settings (interface language), or null when the worker cannot answer. */
export async function askSettings(): Promise<UserSettings | null> {
  if (!extensionAlive()) return null;
  const res = await askWorker({ kind: 'settings/get' });
  return res.ok ? res.value : null;
}

/** Remembers the store name the person typed into a message (the one setting the hint writes). Best effort. */
export async function saveStoreName(storeName: string): Promise<boolean> {
  if (!extensionAlive()) return false;
  const res = await askWorker({ kind: 'settings/store-name', storeName });
  return res.ok;
}

/** Records something the person did in the hint (a ticked step, a copied message). Best effort. */
export async function recordAction(request: Omit<HistoryActionRequest, 'kind'>): Promise<boolean> {
  if (!extensionAlive()) return false;
  const res = await askWorker({ kind: 'history/action', ...request });
  return res.ok;
}

/** Turns the reminders of one order on or off (the hint's "Remind me"). Best effort: false when the worker did not take it. */
export async function setRemind(platform: Platform, orderId: string, on: boolean): Promise<boolean> {
  if (!extensionAlive()) return false;
  const res = await askWorker({ kind: 'reminders/set', platform, orderId, on });
  return res.ok;
}

/** The orders linked to this one (only those: a content script never reads the history at large); empty when none or on failure. */
export async function askChains(platform: Platform, orderId: string): Promise<ChainInfo[]> {
  if (!extensionAlive()) return [];
  const res = await askWorker({ kind: 'links/of', platform, orderId });
  return res.ok ? res.value : [];
}

/** Links (or unlinks) this order and one of the other side. */
export async function setLink(
  a: { platform: Platform; orderId: string },
  b: { platform: Platform; orderId: string },
  on: boolean,
): Promise<boolean> {
  if (!extensionAlive()) return false;
  const res = await askWorker({ kind: 'links/set', a, b, on });
  return res.ok;
}

/** Teaches a status word for this platform (the hint's "This means …"); the platform's words after, or null on failure. */
export async function teachWord(platform: Platform, word: string, stage: Stage): Promise<TaughtWordEntry[] | null> {
  if (!extensionAlive()) return null;
  const res = await askWorker({ kind: 'words/teach', platform, word, stage });
  return res.ok ? res.value : null;
}

/** Forgets a taught word (the hint's "Forget this word"); the platform's words after, or null on failure. */
export async function forgetWord(platform: Platform, word: string): Promise<TaughtWordEntry[] | null> {
  if (!extensionAlive()) return null;
  const res = await askWorker({ kind: 'words/forget', platform, word });
  return res.ok ? res.value : null;
}
