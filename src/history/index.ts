/** Order history (Dexie): for the background worker and extension pages only, never content scripts. */
export { HISTORY_DB_NAME, openHistory, orderKeyOf, type HistoryDb } from './db';
export { MIGRATIONS, type Migration } from './migrations';
export { describeHistoryError, tryHistory, type HistoryError, type HistoryResult } from './errors';
export { ENDED_STAGES, recordObservation } from './record';
export { FOLLOW_UP_DELAY_DAYS, completeFollowUp, followUpDueAt } from './follow-ups';
export { orderHistory, recentOrders, recordAction, type OrderActionKind, type OrderActionPayload } from './queries';
export { DEFAULT_RETENTION_DAYS, pruneOlderThan, retentionCutoff } from './retention';
