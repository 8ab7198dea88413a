/**
 * IndexedDB failures as values the person can be shown. History is a convenience: when it
 * fails, verdicts still work, so callers report the error and carry on.
 */

export interface HistoryError {
  code: 'quota' | 'unavailable' | 'failed';
  /** A plain sentence for the person. */
  message: string;
}

export type HistoryResult<T> = { ok: true; value: T } | { ok: false; error: HistoryError };

/** Error names that mean "this browser context cannot store anything" rather than a bug. */
const UNAVAILABLE_NAMES = new Set([
  'MissingAPIError', // Dexie: no indexedDB global (Firefox private windows, some test contexts)
  'InvalidStateError', // Firefox private windows before 115, databases torn down by the browser
  'SecurityError', // storage blocked by browser settings
]);

const QUOTA_NAMES = new Set(['QuotaExceededError']);

/** The error and the errors Dexie wrapped inside it (`inner`), plus standard `cause`s. */
function errorChain(e: unknown): { name: string; message: string }[] {
  const chain: { name: string; message: string }[] = [];
  let current: unknown = e;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, message } = current as { name?: unknown; message?: unknown };
    chain.push({
      name: typeof name === 'string' ? name : '',
      message: typeof message === 'string' ? message : '',
    });
    const next = current as { inner?: unknown; cause?: unknown };
    current = next.inner ?? next.cause;
  }
  return chain;
}

export function describeHistoryError(e: unknown): HistoryError {
  const chain = errorChain(e);
  // Quota first: Dexie reports a full disk as an aborted transaction with the quota error inside.
  if (chain.some((link) => QUOTA_NAMES.has(link.name))) {
    return {
      code: 'quota',
      message: 'The browser has no room left to store order history. Verdicts still work, but this order was not saved.',
    };
  }
  if (chain.some((link) => UNAVAILABLE_NAMES.has(link.name))) {
    return {
      code: 'unavailable',
      message:
        'IndexedDB unavailable: this browser window does not allow stored data (for example a private window), so order history is off. Verdicts still work.',
    };
  }
  const first = chain[0];
  const detail = first && (first.name || first.message) ? ` (${[first.name, first.message].filter(Boolean).join(': ')})` : '';
  return {
    code: 'failed',
    message: `Order history could not be read or written${detail}. Verdicts still work.`,
  };
}

/** Runs a history operation and returns its failure as a value instead of throwing. */
export async function tryHistory<T>(work: () => Promise<T>): Promise<HistoryResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, error: describeHistoryError(e) };
  }
}

/**
 * The code of a sentence describeHistoryError wrote, for pages that receive only the sentence
 * from the worker and show it in the person's language; null for any other error text.
 */
export function historyErrorCodeOf(message: string): HistoryError['code'] | null {
  if (message.startsWith('The browser has no room left')) return 'quota';
  if (message.startsWith('IndexedDB unavailable')) return 'unavailable';
  if (message.startsWith('Order history could not be read or written')) return 'failed';
  return null;
}
