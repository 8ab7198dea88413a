/**
 * Deadline reminders (src/background/reminders.ts): on or off, how long before a deadline the desktop
 * notification comes, and quiet hours (local time) when it waits, unless the deadline would pass first.
 */
import { DEFAULT_LEAD_MINUTES } from '../../history/reminders';
import type { UserSettings } from '../../messages/protocol';
import { t, type UiLang } from '../../ui/i18n';

type Reminders = NonNullable<UserSettings['reminders']>;

const toTime = (minute: number | undefined): string =>
  minute === undefined ? '' : `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
/** "22:30" → 1350; anything else → undefined (the input is then cleared of quiet hours). */
function minuteOf(time: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : undefined;
}

export function RemindersSection(props: { reminders: Reminders | undefined; lang: UiLang; onChange(next: Reminders): void }) {
  const { lang } = props;
  const r = props.reminders ?? {};
  const set = (patch: Partial<Reminders>) => {
    const next: Reminders = { ...r, ...patch };
    for (const key of Object.keys(next) as Array<keyof Reminders>) if (next[key] === undefined) delete next[key];
    props.onChange(next);
  };
  const lead = r.leadMinutes ?? DEFAULT_LEAD_MINUTES;
  return (
    <section class="options-section" aria-labelledby="opt-reminders">
      <h2 id="opt-reminders">{t('options_reminders', lang)}</h2>
      <p class="coc-muted">{t('options_reminders_help', lang)}</p>
      <div class="options-field">
        <label>
          <input
            type="checkbox"
            checked={r.notify ?? true}
            onChange={(e) => set({ notify: e.currentTarget.checked ? undefined : false })}
          />{' '}
          {t('options_reminders_notify', lang)}
        </label>
      </div>
      <div class="options-field">
        <label for="opt-lead">{t('options_reminders_lead', lang)}</label>
        <div class="options-row">
          <input
            id="opt-lead"
            type="number"
            min="0"
            max={7 * 24 * 60}
            step="1"
            value={lead}
            onChange={(e) => {
              const value = Number(e.currentTarget.value);
              if (Number.isInteger(value) && value >= 0 && value <= 7 * 24 * 60)
                set({ leadMinutes: value === DEFAULT_LEAD_MINUTES ? undefined : value });
            }}
          />
          <span>{t('unit_name_minutes', lang)}</span>
        </div>
      </div>
      <div class="options-field">
        <span id="opt-quiet">{t('options_reminders_quiet', lang)}</span>
        <div class="options-row" role="group" aria-labelledby="opt-quiet">
          <input
            type="time"
            aria-label={t('options_reminders_quiet_from', lang)}
            value={toTime(r.quietFrom)}
            onChange={(e) => set({ quietFrom: minuteOf(e.currentTarget.value) })}
          />
          <span>–</span>
          <input
            type="time"
            aria-label={t('options_reminders_quiet_to', lang)}
            value={toTime(r.quietTo)}
            onChange={(e) => set({ quietTo: minuteOf(e.currentTarget.value) })}
          />
        </div>
        <p class="coc-muted options-help">{t('options_reminders_quiet_help', lang)}</p>
      </div>
    </section>
  );
}
