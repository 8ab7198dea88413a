/**
 * The manual state picker's form and the snapshot it stands for. Used when the page cannot be
 * read, or when the seller wants to ask "what if". What each platform offers beyond platform, side
 * and stage (marketplaces, platform fulfilment) is in its definition (src/platforms/<site>/platform.ts).
 */
import { perspectivesOf, platformDefinition } from '../platforms/registry';
import type { PickerFact } from '../platforms/types';
import type { OrderSnapshot } from '../rules/types';
import type { ManualForm } from './manual-form';

// The form's shape and first state live apart from the platform registry: the popup's store holds
// them from its first bundle, before the picker (and the registry it reads) is loaded.
export { DEFAULT_FORM, type ManualForm } from './manual-form';

/** The platform's facts the picker offers for this side and stage. */
export function factsOffered(form: Pick<ManualForm, 'platform' | 'perspective' | 'stage'>): readonly PickerFact[] {
  return (platformDefinition(form.platform).picker.facts ?? []).filter(
    (f) => (!f.perspectives || f.perspectives.includes(form.perspective)) && (!f.stages || f.stages.includes(form.stage)),
  );
}

/** Applies a change and keeps the form consistent (e.g. switching to Shopify resets the side to seller). */
export function updateForm(form: ManualForm, change: Partial<ManualForm>): ManualForm {
  const next = { ...form, ...change };
  if (!perspectivesOf(next.platform).includes(next.perspective)) next.perspective = 'seller';
  // A fact ticked for another platform, side or stage no longer applies.
  const offered = new Set(factsOffered(next).map((f) => f.id));
  if (next.facts.some((id) => !offered.has(id))) next.facts = next.facts.filter((id) => offered.has(id));
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
  for (const fact of factsOffered(form)) if (form.facts.includes(fact.id)) Object.assign(snapshot, fact.set);
  return snapshot;
}
