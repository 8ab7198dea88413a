/**
 * Which deadline of an order needs the person, and when to tell them. Pure: no clock, no browser API
 * (the worker's src/background/reminders.ts does the alarms, the badge and the notifications).
 *
 * An order keeps one deadline, the soonest one still ahead that the person can act on, taken from
 * the verdict of its newest sighting. A later sighting replaces it, so a deadline the order moved
 * past (it shipped, the request was answered, it ended) is dropped by the page view that shows so.
 */
import type { OrderRecord, UserSettings } from '../messages/protocol';
import type { Deadline, Stage, Verdict } from '../rules/types';
import { ENDED_STAGES } from './stages';

/**
 * Deadlines someone has to act before: answer a cancellation request, ship or cancel before Amazon's
 * auto-cancel, ship before the non-fulfillment date, pay or let an order close, open a dispute when no
 * tracking number came, check the goods before 1688 confirms receipt, answer a refund before it is
 * agreed automatically. Not the buyer's self-cancel window nor payment risk control: nobody acts there.
 */
const REMINDED_DEADLINES: ReadonlySet<string> = new Set([
  'response-window',
  'auto-cancel',
  'ship-by',
  'pay-timeout',
  'tracking-number-wait',
  'auto-confirm-receipt',
  'refund-auto-agree',
]);

/** The fields of an order record this module owns. */
export type ReminderFields = Pick<OrderRecord, 'due' | 'dueAt' | 'remindOff' | 'notifiedFor'>;

/** The soonest deadline still ahead that needs the person, or undefined. */
export function nextDueDeadline(stage: Stage, verdict: Pick<Verdict, 'action' | 'deadlines'>, at: Date): Deadline | undefined {
  if (ENDED_STAGES.includes(stage) || verdict.action === 'none' || verdict.action === 'unknown') return undefined;
  const now = at.getTime();
  return verdict.deadlines
    .filter((d) => REMINDED_DEADLINES.has(d.id) && Date.parse(d.at) > now)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
}

/**
 * The reminder fields after a sighting. Only the newest sighting decides (an imported or late older
 * one keeps what is there); turning reminders off outlives new deadlines; a notification already shown
 * for the same time is not shown again.
 */
export function remindersAfter(
  existing: (ReminderFields & Pick<OrderRecord, 'lastSeen'>) | undefined,
  stage: Stage,
  verdict: Pick<Verdict, 'action' | 'deadlines'>,
  at: Date,
): ReminderFields {
  const kept: ReminderFields = {};
  if (existing?.remindOff) kept.remindOff = true;
  if (existing && at.toISOString() < existing.lastSeen) {
    if (existing.due) kept.due = existing.due;
    if (existing.dueAt) kept.dueAt = existing.dueAt;
    if (existing.notifiedFor) kept.notifiedFor = existing.notifiedFor;
    return kept;
  }
  const due = nextDueDeadline(stage, verdict, at);
  if (!due) return kept;
  kept.due = due;
  if (!kept.remindOff) kept.dueAt = due.at;
  if (existing?.notifiedFor === due.at) kept.notifiedFor = due.at;
  return kept;
}

/** The record's reminder fields with the person's choice for this order. */
export function withRemindChoice(order: ReminderFields, on: boolean): ReminderFields {
  const { remindOff: _off, dueAt: _at, ...rest } = order;
  if (!on) return { ...rest, remindOff: true };
  return order.due ? { ...rest, dueAt: order.due.at } : rest;
}

export interface ReminderSettings {
  notify: boolean;
  leadMinutes: number;
  /** Quiet hours as local minutes of the day, or none. */
  quiet?: { from: number; to: number };
}

/** Three hours: enough to ship or answer after the notification, short enough to still matter. */
export const DEFAULT_LEAD_MINUTES = 180;

export function reminderSettings(settings: Pick<UserSettings, 'reminders'>): ReminderSettings {
  const r = settings.reminders ?? {};
  const out: ReminderSettings = { notify: r.notify ?? true, leadMinutes: r.leadMinutes ?? DEFAULT_LEAD_MINUTES };
  if (r.quietFrom !== undefined && r.quietTo !== undefined && r.quietFrom !== r.quietTo) out.quiet = { from: r.quietFrom, to: r.quietTo };
  return out;
}

const MINUTE = 60_000;
const minuteOfDay = (t: Date): number => t.getHours() * 60 + t.getMinutes();
const inQuiet = (m: number, q: { from: number; to: number }): boolean =>
  q.from < q.to ? m >= q.from && m < q.to : m >= q.from || m < q.to;

/** The first moment at or after `t` that is outside the quiet hours (local time). */
function quietEnd(t: Date, q: { from: number; to: number }): Date {
  const end = new Date(t);
  end.setHours(Math.floor(q.to / 60), q.to % 60, 0, 0);
  if (end.getTime() <= t.getTime()) end.setDate(end.getDate() + 1);
  return end;
}

/**
 * When to show the notification for a deadline: `leadMinutes` before it, moved to the end of quiet
 * hours when it falls inside them, unless the deadline would pass before they end: a deadline beats
 * quiet hours, so it is announced at its lead time then.
 */
export function notifyAt(dueAt: string, s: ReminderSettings): Date {
  const due = Date.parse(dueAt);
  const at = new Date(due - s.leadMinutes * MINUTE);
  if (!s.quiet || !inQuiet(minuteOfDay(at), s.quiet)) return at;
  const end = quietEnd(at, s.quiet);
  return end.getTime() < due ? end : at;
}

/** The badge's window: orders due within this many hours count. */
export const BADGE_HOURS = 24;
