/**
 * The settings an imported file carries, shown for the person to take or leave. An import never
 * applies them by itself (a file's shorter retention would otherwise delete history at the next
 * cleanup); this lists every one in words, and "Use these settings" replaces the current settings.
 */
import type { UserSettings } from '../../messages/protocol';
import { SETTING_DEFS } from '../../rules/settings';
import { localeOf, pick, t, type UiLang } from '../../ui/i18n';
import { UNIT_KEYS } from './TimersSection';

/** Each setting of `settings` as a label and a value, in the person's language. */
export function settingLines(settings: UserSettings, lang: UiLang): Array<{ label: string; value: string }> {
  const names = new Intl.DisplayNames([localeOf(lang)], { type: 'language' });
  const lines: Array<{ label: string; value: string }> = [];
  if (settings.retentionDays !== undefined) lines.push({ label: t('history_retention', lang), value: String(settings.retentionDays) });
  if (settings.uiLang)
    lines.push({
      label: t('history_settings_ui_lang', lang),
      value: names.of(settings.uiLang === 'zh' ? 'zh-CN' : 'en') ?? settings.uiLang,
    });
  if (settings.messageLanguage)
    lines.push({ label: t('options_message_language', lang), value: names.of(settings.messageLanguage) ?? settings.messageLanguage });
  if (settings.defaultMarketplace) lines.push({ label: t('options_default_marketplace', lang), value: settings.defaultMarketplace });
  if (settings.storeName !== undefined) lines.push({ label: t('options_store_name', lang), value: settings.storeName });
  for (const def of SETTING_DEFS) {
    const value = settings.rules[def.key];
    if (value !== undefined) lines.push({ label: pick(def.description, lang), value: `${value} ${t(UNIT_KEYS[def.unit], lang)}` });
  }
  return lines;
}

export function SettingsFromFile(props: { settings: UserSettings; lang: UiLang; disabled: boolean; onApply(): void }) {
  const { lang } = props;
  const lines = settingLines(props.settings, lang);
  return (
    <div class="history-settings-offer" role="group" aria-labelledby="history-settings-offer-title">
      <p id="history-settings-offer-title">{t('history_settings_offer', lang)}</p>
      {lines.length === 0 ? (
        <p class="coc-muted">{t('history_settings_none', lang)}</p>
      ) : (
        <dl>
          {lines.map((line, i) => (
            <div key={i}>
              <dt>{line.label}</dt>
              <dd>{line.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <button type="button" class="coc-btn" disabled={props.disabled} onClick={props.onApply}>
        {t('history_settings_apply', lang)}
      </button>
    </div>
  );
}
