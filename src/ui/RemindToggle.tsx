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

/**
 * The bell drawn as SVG in the text colour, not as an emoji: a machine without an emoji font (many Linux desktops)
 * showed an empty box there. Off is the same bell struck through.
 */
function BellIcon({ on }: { on: boolean }) {
  return (
    <svg aria-hidden="true" width="14" height="14" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.5">
      <path d="M4 11V7a4 4 0 0 1 8 0v4l1.5 1.5h-11z" fill={on ? 'currentColor' : 'none'} stroke-linejoin="round" />
      <path d="M6.5 14a1.5 1.5 0 0 0 3 0" />
      {!on && <path d="M2 2l12 12" stroke-linecap="round" />}
    </svg>
  );
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
      <BellIcon on={on} />
    </button>
  );
}
