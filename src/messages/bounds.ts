/**
 * Bounds that contexts without the schema library need (the options page shows them beside an input,
 * the content script splits long lists by them); ./schemas.ts enforces them.
 */
export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 3_650;

/** At most this many snapshots in one evaluate-many: the content script splits longer lists. */
export const MAX_BATCH = 1_000;
