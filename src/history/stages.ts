/** Stage groups the history reasons with (one list each, read by recording, history facts, reminders and chains). */
import type { Stage } from '../rules/types';

/** Before the goods leave: a cancellation request is about these stages only. */
export const PRE_SHIPMENT_STAGES: readonly Stage[] = ['awaiting-payment', 'payment-review', 'awaiting-shipment'];

/** Stages in which the order is over; follow-ups start here and no deadline is left. */
export const ENDED_STAGES: readonly Stage[] = ['completed', 'canceled', 'closed'];
