/**
 * A dropshipper's supplier order (AliExpress or 1688, the buyer's side) is followed by the order in
 * their own store. The rules write that step for Shopify; the person's setting says whether they
 * sell on Shopify, another store platform, or none, and the advice names Shopify only for the first.
 */
import type { RenderedMessage, StorePlatform } from '../messages/protocol';
import type { OrderSnapshot, Verdict } from '../rules/types';
import { t } from './i18n';

const isSupplierOrder = (s: Pick<OrderSnapshot, 'perspective' | 'platform'>): boolean =>
  s.perspective === 'buyer' && (s.platform === 'aliexpress' || s.platform === '1688');

/** The verdict and messages as they fit the person's store: unchanged for Shopify or when not said. */
export function forStore(
  verdict: Verdict,
  messages: RenderedMessage[],
  snapshot: Pick<OrderSnapshot, 'perspective' | 'platform'>,
  store: StorePlatform | undefined,
): { verdict: Verdict; messages: RenderedMessage[] } {
  if (!store || store === 'shopify' || !isSupplierOrder(snapshot)) return { verdict, messages };
  const followUps = verdict.followUps.flatMap((f) => {
    if (f.id !== 'then-cancel-on-shopify') return [f];
    // No store: there is no customer order to cancel. Another store: the same step, without naming Shopify.
    return store === 'none' ? [] : [{ ...f, text: { en: t('follow_up_cancel_in_store', 'en'), zh: t('follow_up_cancel_in_store', 'zh') } }];
  });
  // The customer messages are the Shopify store's; with no store there is no customer to write to.
  const kept = store === 'none' ? messages.filter((m) => m.audience !== 'customer') : messages;
  return { verdict: { ...verdict, followUps }, messages: kept };
}
