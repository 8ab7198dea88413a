/** Which deadline of an order needs the person, when it is dropped, and when the notification comes. */
import { describe, expect, it } from 'vitest';
import { nextDueDeadline, notifyAt, reminderSettings, remindersAfter, withRemindChoice } from '../../../src/history/reminders';
import type { Deadline } from '../../../src/rules/types';

const text = { en: 'x', zh: 'x' };
const dl = (id: string, at: string, from: 'page' | 'computed' = 'page'): Deadline => ({ id, at, from, text });
const NOW = new Date('2025-03-02T08:00:00.000Z');

describe('nextDueDeadline', () => {
  it('takes the soonest deadline ahead that someone acts on', () => {
    const deadlines = [
      dl('auto-cancel', '2025-03-12T08:00:00.000Z', 'computed'),
      dl('ship-by', '2025-03-03T08:00:00.000Z'),
      dl('risk-review', '2025-03-02T09:00:00.000Z'),
      dl('response-window', '2025-03-01T08:00:00.000Z'),
    ];
    expect(nextDueDeadline('awaiting-shipment', { action: 'cancel', deadlines }, NOW)?.id).toBe('ship-by');
  });

  it('has none for an ended order, an unknown verdict, or only passed deadlines', () => {
    const deadlines = [dl('pay-timeout', '2025-03-03T08:00:00.000Z')];
    expect(nextDueDeadline('closed', { action: 'wait', deadlines }, NOW)).toBeUndefined();
    expect(nextDueDeadline('awaiting-payment', { action: 'unknown', deadlines }, NOW)).toBeUndefined();
    expect(
      nextDueDeadline('awaiting-payment', { action: 'wait', deadlines: [dl('pay-timeout', '2025-03-02T07:59:00.000Z')] }, NOW),
    ).toBeUndefined();
  });
});

describe('remindersAfter', () => {
  const respond = { action: 'respond' as const, deadlines: [dl('response-window', '2025-03-03T08:00:00.000Z')] };

  it('keeps the deadline and indexes it while reminders are on', () => {
    expect(remindersAfter(undefined, 'awaiting-shipment', respond, NOW)).toEqual({
      due: respond.deadlines[0],
      dueAt: '2025-03-03T08:00:00.000Z',
    });
  });

  it('drops it once a later page view shows the order moved on', () => {
    const before = { ...remindersAfter(undefined, 'awaiting-shipment', respond, NOW), lastSeen: NOW.toISOString() };
    const later = new Date('2025-03-02T10:00:00.000Z');
    expect(remindersAfter(before, 'shipped', { action: 'dispute', deadlines: [] }, later)).toEqual({});
    expect(remindersAfter(before, 'canceled', { action: 'none', deadlines: respond.deadlines }, later)).toEqual({});
  });

  it('lets an older sighting (an import, a late answer) change nothing', () => {
    const current = {
      ...remindersAfter(undefined, 'awaiting-shipment', respond, NOW),
      notifiedFor: '2025-03-03T08:00:00.000Z',
      lastSeen: NOW.toISOString(),
    };
    const older = new Date('2025-03-01T08:00:00.000Z');
    expect(remindersAfter(current, 'awaiting-payment', { action: 'wait', deadlines: [] }, older)).toEqual({
      due: respond.deadlines[0],
      dueAt: '2025-03-03T08:00:00.000Z',
      notifiedFor: '2025-03-03T08:00:00.000Z',
    });
  });

  it('keeps "remind me" off across new deadlines, and forgets a notification for another time', () => {
    const off = {
      ...withRemindChoice(remindersAfter(undefined, 'awaiting-shipment', respond, NOW), false),
      notifiedFor: '2025-03-03T08:00:00.000Z',
      lastSeen: NOW.toISOString(),
    };
    expect(off.dueAt).toBeUndefined();
    const moved = { action: 'respond' as const, deadlines: [dl('response-window', '2025-03-04T08:00:00.000Z')] };
    const after = remindersAfter(off, 'awaiting-shipment', moved, new Date('2025-03-02T09:00:00.000Z'));
    expect(after).toEqual({ remindOff: true, due: moved.deadlines[0] });
    expect(withRemindChoice(after, true)).toEqual({ due: moved.deadlines[0], dueAt: '2025-03-04T08:00:00.000Z' });
  });
});

describe('notifyAt', () => {
  const local = (h: number, m = 0, day = 5) => new Date(2026, 0, day, h, m);

  it('comes the lead time before the deadline', () => {
    expect(notifyAt(local(15).toISOString(), reminderSettings({ reminders: { leadMinutes: 90 } }))).toEqual(local(13, 30));
    expect(notifyAt(local(15).toISOString(), reminderSettings({}))).toEqual(local(12));
  });

  it('waits for the end of quiet hours, across midnight', () => {
    const s = reminderSettings({ reminders: { leadMinutes: 60, quietFrom: 22 * 60, quietTo: 7 * 60 } });
    expect(notifyAt(local(10, 0, 6).toISOString(), s)).toEqual(local(9, 0, 6));
    expect(notifyAt(local(9, 0, 6).toISOString(), s)).toEqual(local(8, 0, 6));
    expect(notifyAt(local(7, 30, 6).toISOString(), s)).toEqual(local(7, 0, 6));
    expect(
      notifyAt(
        local(12, 0, 6).toISOString(),
        reminderSettings({ reminders: { leadMinutes: 8 * 60, quietFrom: 22 * 60, quietTo: 7 * 60 } }),
      ),
    ).toEqual(local(7, 0, 6));
  });

  it('does not let quiet hours hide a deadline that passes before they end', () => {
    const s = reminderSettings({ reminders: { leadMinutes: 60, quietFrom: 22 * 60, quietTo: 7 * 60 } });
    expect(notifyAt(local(3, 0, 6).toISOString(), s)).toEqual(local(2, 0, 6));
    expect(notifyAt(local(23, 30).toISOString(), s)).toEqual(local(22, 30));
  });
});
