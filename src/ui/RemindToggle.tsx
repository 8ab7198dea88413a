/**
 * The hint's "Remind me" for one order: a bell in the bar, pressed while a desktop reminder will come
 * before the order's next deadline (src/background/reminders.ts). Shown only when the order has a
 * deadline someone acts on.
 */
import { t, type UiLang } from './i18n';

export interface RemindProps {
  on: boolean;
  onChange(on: boolean): void;
}

export function RemindToggle(props: RemindProps & { lang: UiLang }) {
  const { on, lang } = props;
  return (
    <button
      type="button"
      class="coc-icon-btn coc-remind"
      aria-pressed={on}
      aria-label={t('remind_label', lang)}
      title={t(on ? 'remind_on_title' : 'remind_off_title', lang)}
      onClick={() => props.onChange(!on)}
    >
      <span aria-hidden="true">{on ? '🔔' : '🔕'}</span>
    </button>
  );
}
