/**
 * Judges every order of a page in one request. Distinct verdicts are sent once, keyed; each order
 * carries only its key, its deadlines and (when asked) its messages — a 500-row list would
 * otherwise copy the same steps and sources 500 times across the message channel.
 * What history knows of the orders is read first, in one bulk read, and merged into each snapshot.
 * The observations are recorded, in one transaction, BEFORE the answer goes: MV3 may stop the worker
 * at any moment once it has answered (and does, when idle), so a write still pending after the
 * answer is lost with every order of the list. Written first, an answer means "recorded"; a worker
 * stopped before answering leaves the content script without an answer, and it asks again
 * (src/content/session.ts askWithRetry) — recording the same state twice adds nothing
 * (src/history/record.ts). A failed write does not hide the verdicts: it travels beside them.
 * An order page asks for its one verdict to come first (`answerFirst`): the person waits for that hint, and a write
 * takes a few milliseconds. Its answer does not wait for the write, and a worker stopped in those milliseconds
 * loses that one sighting, which the page's next visit records.
 */
import { evaluate } from '../rules/index';
import type { OrderSnapshot, Verdict } from '../rules/types';
import { messagesFor } from '../templates/render';
import type { EvaluateManyAnswer, EvaluateManyRequest } from '../messages/protocol';
import { applyOrderChanges, type OrderChange } from '../history/aggregates';
import { recordObservation } from '../history/record';
import { addedByHistory } from '../history/order-facts';
import { wordsOf } from '../history/taught-words';
import { withHistory } from './history-access';
import { currentSettings } from './user-settings';
import { currentTemplates } from './custom-templates';
import { barStringsFor } from './bar-strings';
import { barLook } from '../ui/verdict-look';
import { judgedSnapshot, messageOptions, storedFacts } from './evaluate-order';

/** Two verdicts with the same key are the same apart from their deadlines. */
const verdictKey = (v: Verdict): string => `${v.ruleId}\u0000${v.reason?.en ?? ''}`;

/** The latest batch's write, answered before it ends: the reminders read the history after it (src/background/router.ts). */
export let recording: Promise<unknown> = Promise.resolve();

export async function evaluateMany(req: EvaluateManyRequest, now: Date): Promise<EvaluateManyAnswer> {
  // The taught words travel only with an order the page could not place: the page loads them and reads again.
  const unknown = req.snapshots.filter((s) => s.stage === 'unknown' && s.nativeStatus !== '');
  const [settings, custom, facts, taught] = await Promise.all([
    currentSettings(),
    req.messages ? currentTemplates() : Promise.resolve([]),
    storedFacts(req.snapshots),
    unknown.length > 0
      ? withHistory((db) =>
          wordsOf(
            db,
            unknown.map((s) => s.platform),
          ),
        )
      : null,
  ]);
  const options = messageOptions(settings, custom);
  const answer: EvaluateManyAnswer = { verdicts: {}, results: [] };
  if (settings.uiLang) answer.uiLang = settings.uiLang;
  const strings = barStringsFor(req.strings, settings.uiLang);
  if (strings) answer.strings = strings;
  if (taught?.ok) answer.taught = taught.value;
  // A page without the person's words yet reads these orders again with them: that reading is the one recorded.
  const withWords = new Set(req.wordsLoaded || !taught?.ok ? [] : taught.value.map((w) => w.platform));
  const readAgain = (s: OrderSnapshot) => s.stage === 'unknown' && withWords.has(s.platform);
  const judged = req.snapshots.map((page, i) => {
    const snapshot = judgedSnapshot(page, settings, facts[i]);
    const verdict = evaluate(snapshot, { now, settings: settings.rules, store: settings.storePlatform });
    const key = verdictKey(verdict);
    if (!(key in answer.verdicts)) {
      const { deadlines: _perOrder, ...shared } = verdict;
      answer.verdicts[key] = shared;
    }
    const fromHistory = addedByHistory(page, snapshot);
    answer.results.push({
      verdict: key,
      deadlines: verdict.deadlines,
      messages: req.messages ? messagesFor(verdict.templates, snapshot, options) : [],
      ...(fromHistory && { fromHistory }),
      ...(facts[i]?.remindOff && { remindOff: true as const }),
      bar: barLook(verdict, snapshot),
    });
    return { snapshot, verdict };
  });
  if (req.record) {
    const writeAll = () =>
      withHistory((db) =>
        db.transaction('rw', [db.orders, db.observations, db.followUps, db.aggregates], async () => {
          const changes: OrderChange[] = [];
          for (const { snapshot, verdict } of judged)
            if (!readAgain(snapshot)) await recordObservation(db, snapshot, verdict, now, changes);
          await applyOrderChanges(db.aggregates, changes);
        }),
      );
    // Answered first: the write starts in a task after this one, so not even its first steps come before the answer.
    const write = req.answerFirst ? new Promise<void>((next) => setTimeout(next)).then(writeAll) : writeAll();
    // The reminders wait for the same write before they read the history.
    recording = write;
    if (req.answerFirst) return answer;
    // Otherwise written before the answer goes: a worker stopped right after answering loses nothing.
    const written = await write;
    if (!written.ok) answer.historyError = written.error;
  }
  return answer;
}
