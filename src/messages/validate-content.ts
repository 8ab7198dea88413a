/**
 * Validation of what the content script receives (the popup's "what orders are on this tab?").
 * A hand check of PageOrdersRequestSchema (./schemas.ts) rather than a parse with it: every seller
 * page loads this code, and the schema library would more than double it for a one-field message.
 * test/unit/messages/schemas.test.ts proves the two agree on valid and invalid samples.
 */
import type { ContentRequest } from './protocol';

export function checkContentRequest(x: unknown): { ok: true; value: ContentRequest } | { ok: false; error: string } {
  if (typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'page/orders')
    return { ok: true, value: { kind: 'page/orders' } };
  return { ok: false, error: 'unknown message kind' };
}
