/**
 * One numeric input per rule setting (src/rules/settings.ts), with what it means, its unit, its
 * source and a way back to the default. A value is saved when the input is committed (change
 * event), and only when it is a number of 0 or more.
 */
import { useState } from 'preact/hooks';
import { SETTING_DEFS, type SettingDef } from '../../rules/settings';
import type { Settings } from '../../rules/types';
import { pick, t, type MessageKey, type UiLang } from '../../ui/i18n';
import { sourceTitle } from '../../ui/source-titles';

export const UNIT_KEYS: Record<SettingDef['unit'], MessageKey> = {
  minutes: 'unit_name_minutes',
  hours: 'unit_name_hours',
  days: 'unit_name_days',
  'business days': 'unit_name_business_days',
  'working days': 'unit_name_working_days',
  percent: 'unit_name_percent',
};

export function TimersSection(props: { rules: Partial<Settings>; lang: UiLang; onChange(rules: Partial<Settings>): void }) {
  const { lang } = props;
  return (
    <section class="options-section" aria-labelledby="opt-timers">
      <h2 id="opt-timers">{t('options_timers', lang)}</h2>
      <p class="coc-muted">{t('options_timers_help', lang)}</p>
      {SETTING_DEFS.map((def) => (
        <TimerField
          key={def.key}
          def={def}
          value={props.rules[def.key]}
          lang={lang}
          onChange={(value) => {
            const next = { ...props.rules };
            if (value === undefined || value === def.default) delete next[def.key];
            else next[def.key] = value;
            props.onChange(next);
          }}
        />
      ))}
    </section>
  );
}

function TimerField(props: { def: SettingDef; value: number | undefined; lang: UiLang; onChange(value: number | undefined): void }) {
  const { def, lang } = props;
  const [invalid, setInvalid] = useState(false);
  const id = `timer-${def.key}`;
  const unit = t(UNIT_KEYS[def.unit], lang);
  const description = pick(def.description, lang);
  return (
    <div class="options-field options-timer" data-setting={def.key}>
      <label for={id}>{description}</label>
      <div class="options-row">
        <input
          id={id}
          type="number"
          min="0"
          step="any"
          inputMode="decimal"
          value={props.value ?? def.default}
          aria-invalid={invalid}
          aria-describedby={`${id}-help${invalid ? ` ${id}-error` : ''}`}
          onChange={(e) => {
            const raw = e.currentTarget.value.trim();
            const value = Number(raw);
            const ok = raw !== '' && Number.isFinite(value) && value >= 0;
            setInvalid(!ok);
            if (ok) props.onChange(value);
          }}
        />
        <span>{unit}</span>
        <button
          type="button"
          class="coc-btn"
          aria-label={t('options_reset_label', lang, description)}
          disabled={props.value === undefined}
          onClick={() => {
            setInvalid(false);
            props.onChange(undefined);
          }}
        >
          {t('options_reset', lang)}
        </button>
      </div>
      <p id={`${id}-help`} class="coc-muted options-help">
        {t('options_timer_default', lang, def.default, unit)} ·{' '}
        {def.source.url && /^https:\/\//.test(def.source.url) ? (
          <a href={def.source.url} target="_blank" rel="noopener noreferrer">
            {t('options_timer_source', lang, sourceTitle(def.source, lang))}
          </a>
        ) : (
          t('options_timer_source', lang, sourceTitle(def.source, lang))
        )}
      </p>
      {invalid && (
        <p id={`${id}-error`} class="options-error" role="alert">
          {t('options_invalid_number', lang)}
        </p>
      )}
    </div>
  );
}
