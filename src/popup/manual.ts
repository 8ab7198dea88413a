/**
 * The manual state picker's form and the snapshot it stands for. Used when the page cannot be
 * read, or when the seller wants to ask "what if".
 */
import { AMAZON_SELLER_HOSTS } from '../platforms/amazon/hosts';
import type { OrderSnapshot, Perspective, Platform, Stage } from '../rules/types';

export interface ManualForm {
  platform: Platform;
  perspective: Perspective;
  stage: Stage;
  cancelRequested: boolean;
  /** Amazon only: Fulfilled by Amazon. */
  fulfilledByAmazon: boolean;
  /** Amazon only, e.g. 'amazon.de'; '' = not set. */
  marketplace: string;
}

export const DEFAULT_FORM: ManualForm = {
  platform: 'amazon',
  perspective: 'seller',
  stage: 'awaiting-shipment',
  cancelRequested: false,
  fulfilledByAmazon: false,
  marketplace: '',
};

/** Marketplaces from the Seller Central hosts (the regional hosts serve several and are left out). */
export const AMAZON_MARKETPLACES: string[] = AMAZON_SELLER_HOSTS.filter((h) => h.startsWith('sellercentral.amazon.')).map(
  (h) => h.slice('sellercentral.'.length),
);

/** On Amazon and Shopify the extension only knows the seller's side; AliExpress and 1688 have both. */
export function perspectivesOf(platform: Platform): Perspective[] {
  return platform === 'amazon' || platform === 'shopify' ? ['seller'] : ['seller', 'buyer'];
}

/** Applies a change and keeps the form consistent (e.g. switching to Shopify resets the side to seller). */
export function updateForm(form: ManualForm, change: Partial<ManualForm>): ManualForm {
  const next = { ...form, ...change };
  if (!perspectivesOf(next.platform).includes(next.perspective)) next.perspective = 'seller';
  return next;
}

export function buildManualSnapshot(form: ManualForm): OrderSnapshot {
  const snapshot: OrderSnapshot = {
    platform: form.platform,
    perspective: form.perspective,
    orderId: 'manual',
    stage: form.stage,
    nativeStatus: '',
    cancelRequested: form.cancelRequested,
    source: { url: '', reader: 'manual', missing: [] },
  };
  if (form.platform === 'amazon') {
    snapshot.fulfilledBy = form.fulfilledByAmazon ? 'platform' : 'merchant';
    if (form.marketplace) snapshot.marketplace = form.marketplace;
  }
  return snapshot;
}
