/**
 * The one way every context (content script, popup, options, statistics) asks the worker.
 * Never throws: a sleeping worker, a dead extension context, a refusal or an answer that is not a
 * Result envelope all come back as `{ ok: false, error }`, for the caller to explain. The answer
 * type follows from the request's kind (AnswerOf); only the envelope is checked at run time — the
 * worker built the payload from the same schemas, and carrying them here would put valibot into
 * the content script every seller page loads.
 */
import { sendToWorker } from '../shared/runtime';
import { fail, type AnswerOf, type Result, type WorkerMessage } from './protocol';

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** `{ ok: true, value }` or `{ ok: false, error: string }`, and nothing else. */
export function isResult(answer: unknown): answer is Result<unknown> {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return false;
  const a = answer as { ok: unknown; value?: unknown; error?: unknown };
  return a.ok === true ? 'value' in a : a.ok === false && typeof a.error === 'string';
}

/** Runs `send` and checks the envelope of what it gives back; any throw becomes an error value. */
export async function ask<T>(send: () => Promise<unknown>): Promise<Result<T>> {
  try {
    const answer = await send();
    return isResult(answer) ? (answer as Result<T>) : fail('no answer from the background worker');
  } catch (e) {
    return fail(errorText(e));
  }
}

/** A typed request to the worker; the type pages take as a parameter so tests can pass a fake. */
export type Ask = <R extends WorkerMessage>(request: R) => Promise<Result<AnswerOf[R['kind']]>>;

export const askWorker: Ask = (request) => ask(() => sendToWorker(request));
