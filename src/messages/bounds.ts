/**
 * Bounds the extension pages show the person beside an input, kept apart from ./schemas.ts (which
 * enforces them) so an options page reading them does not load the schema library.
 */
export const MIN_RETENTION_DAYS = 7;
export const MAX_RETENTION_DAYS = 3_650;
