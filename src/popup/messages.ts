/**
 * The popup renders an order's messages itself, from what the worker sends (src/background/message-facts.ts), with
 * the one renderer every page uses. It comes in a chunk of its own: the first bundle draws the verdicts, and the
 * templates in every language follow when an order's messages are asked for.
 */
import type { MessageFacts, RenderedMessage } from '../messages/protocol';

type Render = (templateIds: readonly string[], facts: MessageFacts) => RenderedMessage[];

let loading: Promise<Render> | null = null;

/** The renderer, fetched once; a failed fetch (the extension updated under the open popup) is tried again next time. */
export function loadRenderer(): Promise<Render> {
  loading ??= import('../templates/render').then(
    (m) => m.renderMessages,
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The messages of a verdict's templates, or none when the renderer could not be fetched: the verdict shows either way. */
export async function renderedMessages(templateIds: readonly string[], facts: MessageFacts | undefined): Promise<RenderedMessage[]> {
  if (!facts) return [];
  try {
    return (await loadRenderer())(templateIds, facts);
  } catch {
    return [];
  }
}
