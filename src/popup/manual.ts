/**
 * The manual state picker's form and the snapshot it stands for. Used when the page cannot be
 * read, or when the seller wants to ask "what if". What each platform offers beyond platform, side
 * and stage (marketplaces, platform fulfilment) is in its definition (src/platforms/<site>/platform.ts).
 */
import { perspectivesOf, platformDefinition } from '../platforms/registry';
import type { OrderSnapshot, Perspective, Platform, Stage } from '../rules/types';

export interface ManualForm {
  platform: Platform;
  perspective: Perspective;
  stage: Stage;
  cancelRequested: boolean;
  /** Only where the platform fulfils orders itself (Fulfilled by Amazon). */
  fulfilledByPlatform: boolean;
  /** Only where the platform has marketplaces, e.g. 'amazon.de'; '' = not set. */
  marketplace: string;
}

export const DEFAULT_FORM: ManualForm = {
  platform: 'amazon',
  perspective: 'seller',
  stage: 'awaiting-shipment',
  cancelRequested: false,
  fulfilledByPlatform: false,
  marketplace: '',
};

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
  const { picker } = platformDefinition(form.platform);
  if (picker.platformFulfilment) snapshot.fulfilledBy = form.fulfilledByPlatform ? 'platform' : 'merchant';
  if (picker.marketplaces && form.marketplace) snapshot.marketplace = form.marketplace;
  return snapshot;
}
