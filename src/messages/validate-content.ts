/**
 * Validation of what the content script receives (the popup's "what orders are on this tab?").
 * Kept apart from validate.ts so the content script does not carry the worker's validators.
 */
import type { ContentRequest } from './protocol';

export function checkContentRequest(x: unknown): { ok: true; value: ContentRequest } | { ok: false; error: string } {
  if (typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'page/orders') return { ok: true, value: { kind: 'page/orders' } };
  return { ok: false, error: 'unknown message kind' };
}
