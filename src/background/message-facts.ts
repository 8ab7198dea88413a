/**
 * What the worker sends for an order's messages: the facts the templates read and the person's choices, not
 * rendered texts. The page that shows the messages (the unfolded hint, the popup) renders them with the one
 * renderer (src/templates/render.ts `renderMessages`), so the worker carries no template library.
 */
import type { CustomTemplate, MessageFacts, MessageOrder, UserSettings } from '../messages/protocol';
import { MESSAGE_ORDER_FIELDS } from '../messages/schemas';
import type { OrderSnapshot } from '../rules/types';

/** The judged order's fields the templates read, those it has. */
function messageOrder(snapshot: OrderSnapshot): MessageOrder {
  const order: Record<string, unknown> = {};
  for (const field of MESSAGE_ORDER_FIELDS) if (snapshot[field] !== undefined) order[field] = snapshot[field];
  return order as MessageOrder;
}

/** The order's message facts; of the person's own templates, only those of the order's platform travel (no other can fit). */
export function messageFactsOf(snapshot: OrderSnapshot, settings: UserSettings, custom: readonly CustomTemplate[]): MessageFacts {
  const facts: MessageFacts = { order: messageOrder(snapshot), custom: custom.filter((c) => c.platform === snapshot.platform) };
  if (settings.messageLanguage) facts.language = settings.messageLanguage;
  if (settings.storeName) facts.storeName = settings.storeName;
  return facts;
}
