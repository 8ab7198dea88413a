/**
 * Follow-ups: reminders the verdict names once an order has ended (seed 001 三: check the
 * refund arrived, adjust inventory, record the reason). Stored once per order and id.
 */
import type { FollowUp, OrderSnapshot } from '../rules/types';
import type { FollowUpRecord } from '../messages/protocol';
import type { HistoryDb, StoredFollowUp } from './db';

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

/** Reminders about the seller's own buyer (telling them, their feedback, the seller's stock): not for a supplier order. */
const SELLER_SIDE_ONLY: ReadonlySet<string> = new Set(['confirm-to-buyer', 'answer-feedback', 'adjust-inventory']);
/** Checks on the ending itself (money still on its way): worth a reminder even when the person did nothing here. */
const LEFT_TO_CHECK: ReadonlySet<string> = new Set(['check-refund']);

/**
 * The follow-ups worth a reminder for an order seen ended: none for a completed order (nothing
 * was canceled or closed); only those of the person's side (a dropshipper's supplier order has no
 * buyer of theirs to tell); and, unless the person acted on the order (it was seen here before it
 * ended), only what the ending left to check. Viewing a list of long-ended
 * orders so creates no pile of reminders.
 */
export function followUpsToKeep(
  snapshot: Pick<OrderSnapshot, 'stage' | 'perspective'>,
  followUps: readonly FollowUp[],
  acted: boolean,
): FollowUp[] {
  if (snapshot.stage === 'completed') return [];
  const mine = followUps.filter((f) => snapshot.perspective === 'seller' || !SELLER_SIDE_ONLY.has(f.id));
  return acted ? mine : mine.filter((f) => LEFT_TO_CHECK.has(f.id));
}

/**
 * Adds the follow-ups the order does not have yet; an id already stored (open or done) is
 * left alone, so seeing an ended order again never re-opens or duplicates a reminder.
 * Call inside a transaction that includes `followUps`.
 */
export async function addMissingFollowUps(db: HistoryDb, orderKey: string, followUps: readonly FollowUp[], at: Date): Promise<number> {
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
    await db.followUps.add(withOpenIndex(record));
    added++;
  }
  return added;
}

/** Marks a follow-up done; false when the order has no such follow-up. */
export async function completeFollowUp(db: HistoryDb, orderKey: string, id: string, at: Date): Promise<boolean> {
  const updated = await db.followUps
    .where('[orderKey+id]')
    .equals([orderKey, id])
    .modify((f) => {
      f.doneAt = at.toISOString();
      delete f.openDueAt;
    });
  return updated > 0;
}

/** A follow-up as stored: in the open ones' index while it is not done (see StoredFollowUp). */
export function withOpenIndex(f: FollowUpRecord): StoredFollowUp {
  return f.doneAt === null ? { ...f, openDueAt: f.dueAt } : f;
}

/** The public record, without the open ones' index key. */
export function withoutOpenIndex({ openDueAt: _openDueAt, ...f }: StoredFollowUp): FollowUpRecord {
  return f;
}
