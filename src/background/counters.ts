/**
 * Rejected-message counters, kept in memory for the worker's lifetime (they reset when the
 * worker is stopped, which is fine: they exist to be inspected by tests and diagnostics).
 */
import type { Diagnostics } from '../messages/protocol';

export const rejected: Diagnostics = { badSender: 0, badMessage: 0 };

/** A copy, so what is sent out is a value and not the live counters. */
export const diagnostics = (): Diagnostics => ({ ...rejected });
