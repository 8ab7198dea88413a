/**
 * The statistics page's and the options page's door to the worker for history: one typed
 * request function that never throws (a sleeping worker or a malformed answer comes back as
 * `{ ok: false, error }`), so pages and tests can swap in a fake.
 */
import { browser } from '../shared/browser';
import { fail, type AnswerOf, type Result, type WorkerRequest } from '../messages/protocol';

export type Ask = <R extends WorkerRequest>(request: R) => Promise<Result<AnswerOf[R['kind']]>>;

function isResult(answer: unknown): answer is Result<unknown> {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return false;
  const a = answer as { ok: unknown; value?: unknown; error?: unknown };
  return a.ok === true ? 'value' in a : a.ok === false && typeof a.error === 'string';
}

export const askWorker: Ask = async (request) => {
  try {
    const answer: unknown = await browser.runtime.sendMessage(request);
    return isResult(answer) ? (answer as Result<never>) : fail('no answer');
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
};
