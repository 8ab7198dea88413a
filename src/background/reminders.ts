/**
 * Deadlines that come to the person: the toolbar badge counts orders due within 24 hours, a desktop
 * notification comes ahead of each deadline, clicking it opens the order's page.
 *
 * Everything is rebuilt from the history (the `dueAt` index, src/history/reminders.ts) each time:
 * the worker may be stopped between any two events, so it keeps nothing in memory but one alarm,
 * the next moment something changes (a notification is due, an order enters or leaves the badge's
 * 24 hours). A notification shown is written down (`notifiedFor`), so a restarted worker does not
 * repeat it; one shown twice would carry the same id and replace the first.
 */
import type { HistoryDb } from '../history/db';
import type { StoredOrder } from '../history/ending';
import { BADGE_HOURS, notifyAt, reminderSettings, withRemindChoice, type ReminderSettings } from '../history/reminders';
import type { UserSettings } from '../messages/protocol';
import { platformDefinition } from '../platforms/registry';
import type { UiLang } from '../ui/i18n';
import { orderKeyOf } from '../history/db';
import type { Platform } from '../rules/types';
import { withHistory } from './history-access';
import { currentSettings } from './user-settings';

export const REMINDER_ALARM = 'reminders';

/** What the reminders do in the browser; src/background/reminder-surface.ts gives the real one, tests a recording one. */
export interface ReminderSurface {
  notify(id: string, n: ReminderNotification): Promise<void>;
  clearNotification(id: string): Promise<void>;
  setBadge(count: number): Promise<void>;
  /** `when` in epoch milliseconds; undefined clears the alarm. */
  setAlarm(when: number | undefined): Promise<void>;
  openPage(url: string): Promise<void>;
  /** The browser's interface language, for a person who did not choose one. */
  browserLang(): string;
  iconUrl(): string;
}

export interface ReminderNotification {
  type: 'basic';
  iconUrl: string;
  title: string;
  message: string;
}

let surface: ReminderSurface | null = null;
/** The worker's entry calls this at top level, before any event can arrive. */
export function useReminderSurface(s: ReminderSurface | null): void {
  surface = s;
}
const NOTIFICATION_PREFIX = 'order:';
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** One pass at a time: two overlapping passes could both decide to notify. A pass asked for while one runs runs after it. */
let running: Promise<void> = Promise.resolve();
let queued = false;
/** The clock of the latest request: a queued pass reads the time when it runs. */
let clock: () => Date = () => new Date();

export function syncReminders(now: () => Date = () => new Date()): Promise<void> {
  clock = now;
  if (queued) return running;
  queued = true;
  running = running.then(async () => {
    queued = false;
    // A failed pass (a browser API refusing) must not stop the ones after it; the next event retries.
    await syncOnce(clock()).catch(() => undefined);
  });
  return running;
}

let synced = false;
/** The first message of a worker's life also rebuilds: a browser that kept the worker stopped since the last alarm still gets it. */
export function syncOnFirstMessage(): void {
  if (synced) return;
  synced = true;
  void syncReminders();
}

async function syncOnce(now: Date): Promise<void> {
  const out = surface;
  if (!out) return;
  const settings = await currentSettings();
  const s = reminderSettings(settings);
  const read = await withHistory(async (db) => ({
    due: s.notify ? await dueNow(db, now, s) : [],
    badge: await badgeCount(db, now),
    next: await nextChange(db, now, s),
  }));
  if (!read.ok) return;
  const lang = uiLangOf(settings, out);
  for (const order of read.value.due) {
    await out.notify(NOTIFICATION_PREFIX + order.key, notificationOf(order, now, lang, out.iconUrl()));
    await withHistory((db) => db.orders.update(order.key, { notifiedFor: order.dueAt }));
  }
  await out.setBadge(read.value.badge);
  // Never in the past nor at this very moment: the pass that follows would find nothing new yet.
  await out.setAlarm(read.value.next === undefined ? undefined : Math.max(read.value.next, now.getTime() + 1_000));
}

/** Orders whose notification time has come and that were not notified for this deadline. */
async function dueNow(db: HistoryDb, now: Date, s: ReminderSettings): Promise<StoredOrder[]> {
  const t = now.getTime();
  // No notification comes earlier than its lead time, so only deadlines within it can be due.
  const within = await db.orders
    .where('dueAt')
    .between(now.toISOString(), new Date(t + s.leadMinutes * MINUTE).toISOString(), false, true)
    .toArray();
  return within.filter((o) => o.dueAt && o.notifiedFor !== o.dueAt && notifyAt(o.dueAt, s).getTime() <= t);
}

function badgeCount(db: HistoryDb, now: Date): Promise<number> {
  return db.orders
    .where('dueAt')
    .between(now.toISOString(), new Date(now.getTime() + BADGE_HOURS * HOUR).toISOString(), false, true)
    .count();
}

/** The next moment the badge or a notification changes, read from the index (no scan of all orders). */
async function nextChange(db: HistoryDb, now: Date, s: ReminderSettings): Promise<number | undefined> {
  const t = now.getTime();
  const candidates: number[] = [];
  // An order leaves the badge when its deadline passes, and enters it 24 hours before.
  const nextDue = await db.orders.where('dueAt').above(now.toISOString()).first();
  if (nextDue?.dueAt) candidates.push(Date.parse(nextDue.dueAt));
  const nextEntering = await db.orders
    .where('dueAt')
    .above(new Date(t + BADGE_HOURS * HOUR).toISOString())
    .first();
  if (nextEntering?.dueAt) candidates.push(Date.parse(nextEntering.dueAt) - BADGE_HOURS * HOUR);
  if (s.notify) {
    // Soonest deadline first; a notification is never earlier than deadline − lead, so the walk stops there.
    let best = Infinity;
    await db.orders
      .where('dueAt')
      .above(now.toISOString())
      .until((o) => Date.parse(o.dueAt ?? '') - s.leadMinutes * MINUTE >= best)
      .each((o) => {
        if (!o.dueAt || o.notifiedFor === o.dueAt) return;
        const at = notifyAt(o.dueAt, s).getTime();
        if (at > t && at < best) best = at;
      });
    if (best !== Infinity) candidates.push(best);
  }
  return candidates.length > 0 ? Math.min(...candidates) : undefined;
}

function uiLangOf(settings: UserSettings, out: ReminderSurface): UiLang {
  if (settings.uiLang) return settings.uiLang;
  return out.browserLang().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** "2 h 5 min" / "2 小时 5 分钟": how long until the deadline, rounded down to the minute. */
function timeLeft(ms: number, lang: UiLang): string {
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (lang === 'zh') return h > 0 ? `${h} 小时 ${m} 分钟` : `${m} 分钟`;
  return h > 0 ? `${h} h ${m} min` : `${m} min`;
}

function notificationOf(order: StoredOrder, now: Date, lang: UiLang, iconUrl: string): ReminderNotification {
  const due = order.due!;
  const name = platformDefinition(order.platform).name[lang];
  const left = timeLeft(Date.parse(due.at) - now.getTime(), lang);
  const estimated = due.from === 'computed';
  const title =
    lang === 'zh'
      ? `${name} 订单 ${order.orderId}：${estimated ? '约 ' : ''}${left}后到期`
      : `${name} order ${order.orderId}: due in ${estimated ? 'about ' : ''}${left}`;
  return { type: 'basic', iconUrl, title, message: due.text[lang] };
}

/** Opens the order's page (origin and path as recorded) when its notification is clicked. */
export async function openNotifiedOrder(notificationId: string): Promise<void> {
  const out = surface;
  if (!out || !notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const key = notificationId.slice(NOTIFICATION_PREFIX.length);
  const read = await withHistory((db) => db.orders.get(key));
  await out.clearNotification(notificationId);
  const url = read.ok ? read.value?.url : undefined;
  // Only a web page: a recorded URL is the seller page's own, but nothing else is ever opened.
  if (url && /^https:\/\//.test(url)) await out.openPage(url);
}

/** The hint's "Remind me" for one order. */
export async function setRemind(platform: Platform, orderId: string, on: boolean): Promise<{ on: boolean; dueAt: string | null }> {
  const key = orderKeyOf(platform, orderId);
  const result = await withHistory((db) =>
    db.transaction('rw', db.orders, async () => {
      const order = await db.orders.get(key);
      if (!order) return { on, dueAt: null };
      const { due: _d, dueAt: _a, remindOff: _o, notifiedFor: _n, ...rest } = order;
      const after = { ...rest, ...withRemindChoice(order, on) };
      await db.orders.put(after);
      return { on, dueAt: after.dueAt ?? null };
    }),
  );
  if (!result.ok) throw new Error(result.error);
  void syncReminders();
  return result.value;
}
