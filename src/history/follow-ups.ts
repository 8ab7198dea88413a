/**
 * Follow-ups: reminders the verdict names once an order has ended (seed 001 三: check the
 * refund arrived, adjust inventory, record the reason). Stored once per order and id.
 */
import type { FollowUp } from '../rules/types';
import type { FollowUpRecord } from '../messages/protocol';
import type { HistoryDb } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days after the order ended when each follow-up is due. A refund cannot be checked the day
 * the order ends (AliExpress refunds take 3–15 working days, seed 004), so it waits; the
 * rest are worth doing at once. Ids not listed are due at once.
 */
export const FOLLOW_UP_DELAY_DAYS: Readonly<Record<string, number>> = {
  'check-refund': 3,
  'answer-feedback': 1,
};

export function followUpDueAt(id: string, endedAt: Date): Date {
  const days = FOLLOW_UP_DELAY_DAYS[id] ?? 0;
  return new Date(endedAt.getTime() + days * DAY_MS);
}

/**
 * Adds the follow-ups the order does not have yet; an id already stored (open or done) is
 * left alone, so seeing an ended order again never re-opens or duplicates a reminder.
 * Call inside a transaction that includes `followUps`.
 */
export async function addMissingFollowUps(
  db: HistoryDb,
  orderKey: string,
  followUps: readonly FollowUp[],
  at: Date,
): Promise<number> {
  let added = 0;
  for (const followUp of followUps) {
    const existing = await db.followUps.get({ orderKey, id: followUp.id });
    if (existing) continue;
    const record: FollowUpRecord = {
      orderKey,
      id: followUp.id,
      text: { en: followUp.text.en, zh: followUp.text.zh },
      createdAt: at.toISOString(),
      dueAt: followUpDueAt(followUp.id, at).toISOString(),
      doneAt: null,
    };
    await db.followUps.add(record);
    added++;
  }
  return added;
}

/** Marks a follow-up done; false when the order has no such follow-up. */
export async function completeFollowUp(
  db: HistoryDb,
  orderKey: string,
  id: string,
  at: Date,
): Promise<boolean> {
  const updated = await db.followUps
    .where('[orderKey+id]')
    .equals([orderKey, id])
    .modify({ doneAt: at.toISOString() });
  return updated > 0;
}
