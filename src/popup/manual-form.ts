/** The by-hand picker's form and its first state (the rest of the picker is in ./manual.ts). */
import type { Perspective, Platform, Stage } from '../rules/types';

export interface ManualForm {
  platform: Platform;
  perspective: Perspective;
  stage: Stage;
  cancelRequested: boolean;
  /** Only where the platform fulfils orders itself (Fulfilled by Amazon). */
  fulfilledByPlatform: boolean;
  /** Only where the platform has marketplaces, e.g. 'amazon.de'; '' = not set. */
  marketplace: string;
  /** Ids of the platform's picker facts the person ticked (see PickerFact). */
  facts: readonly string[];
}

export const DEFAULT_FORM: ManualForm = {
  platform: 'amazon',
  perspective: 'seller',
  stage: 'awaiting-shipment',
  cancelRequested: false,
  fulfilledByPlatform: false,
  marketplace: '',
  facts: [],
};
