/**
 * Rejected-message counters, kept in memory for the worker's lifetime (they reset when the
 * worker is stopped, which is fine: they exist to be inspected by tests and diagnostics).
 */
export const rejected = { badSender: 0, badMessage: 0 };
