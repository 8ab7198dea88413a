/** The browser side of the reminders (src/background/reminders.ts): notifications, the toolbar badge, one alarm, a new tab. */
import { browser } from '../shared/browser';
import { REMINDER_ALARM, type ReminderSurface } from './reminders';

/** Red as in a due date: the badge is read at a glance. */
const BADGE_COLOR = '#b3261e';

export const browserReminderSurface: ReminderSurface = {
  async notify(id, n) {
    await browser.notifications.create(id, n);
  },
  async clearNotification(id) {
    await browser.notifications.clear(id);
  },
  async setBadge(count) {
    await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
    if (count > 0) await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  },
  async setAlarm(when) {
    if (when === undefined) await browser.alarms.clear(REMINDER_ALARM);
    else await browser.alarms.create(REMINDER_ALARM, { when });
  },
  async openPage(url) {
    await browser.tabs.create({ url });
  },
  browserLang: () => browser.i18n.getUILanguage(),
  iconUrl: () => browser.runtime.getURL('icons/icon-128.png'),
};
