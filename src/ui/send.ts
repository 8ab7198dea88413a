/**
 * The extension pages' door to the worker (popup, options, statistics). Never throws: a sleeping
 * worker, a refusal or a malformed answer all come back as `{ ok: false, error }` for the page to
 * explain. Typed by the protocol's AnswerOf map.
 */
import { browser } from '../shared/browser';
import { fail, type AnswerOf, type Result, type WorkerRequest } from '../messages/protocol';

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isResult(answer: unknown): answer is Result<unknown> {
  if (typeof answer !== 'object' || answer === null || !('ok' in answer)) return false;
  const a = answer as { ok: unknown; value?: unknown; error?: unknown };
  return a.ok === true ? 'value' in a : a.ok === false && typeof a.error === 'string';
}

/** Shape check of the envelope only; the payload is typed by the protocol. */
export async function ask<T>(send: () => Promise<unknown>): Promise<Result<T>> {
  try {
    const answer = await send();
    return isResult(answer) ? (answer as Result<T>) : fail('no answer');
  } catch (e) {
    return fail(errorText(e));
  }
}

export function askWorker<R extends WorkerRequest>(request: R): Promise<Result<AnswerOf[R['kind']]>> {
  return ask<AnswerOf[R['kind']]>(() => browser.runtime.sendMessage(request));
}
