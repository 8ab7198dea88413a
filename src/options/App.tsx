/**
 * Settings page: interface language, messages (language, store name, default marketplace), the
 * rules' timers, the person's own message templates, their data (export, import, deletion and
 * retention: HistorySection), and what the extension is. Every change is saved through the worker
 * (settings/set) as soon as it is committed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UserSettings } from '../messages/protocol';
import { isLanguage, LANGUAGES } from '../templates/types';
import { AMAZON_MARKETPLACES } from '../platforms/amazon/platform';
import { errorText } from '../ui/error-text';
import { languageName, pick, t, type UiLang } from '../ui/i18n';
import { OUTCOME_NOTES } from '../rules/parts';
import { LangSwitch } from '../ui/LangSwitch';
import type { OptionsApi } from './api';
import { HistorySection } from './sections/HistorySection';
import { TemplatesSection } from './sections/TemplatesSection';
import { TimersSection } from './sections/TimersSection';
import { RemindersSection } from './sections/RemindersSection';
import { TaughtWordsSection } from './sections/TaughtWordsSection';

export interface OptionsAppProps {
  api: OptionsApi;
  initialLang: UiLang;
  /** Remembers the choice on this origin too, so the popup opens in it without waiting for the worker. */
  onLangChange(lang: UiLang): void;
  version: string;
}

export function App(props: OptionsAppProps) {
  const { api } = props;
  const [lang, setLang] = useState(props.initialLang);
  const [settings, setSettings] = useState<UserSettings>({ rules: {} });
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('options_title', lang);
  }, [lang]);

  useEffect(() => {
    void api.settings().then((loaded) => {
      if (!loaded.ok) return setStatus(t('options_load_failed', lang, errorText(loaded.error, lang)));
      setSettings(loaded.value);
      if (loaded.value.uiLang && loaded.value.uiLang !== lang) {
        setLang(loaded.value.uiLang);
        props.onLangChange(loaded.value.uiLang);
      }
    });
  }, [api]);

  /**
   * Applies one change to the settings as stored now: the history section on this page saves the
   * retention through the same settings, so a copy kept here could be stale.
   */
  const update = async (change: (current: UserSettings) => UserSettings, shownLang: UiLang = lang) => {
    const latest = await api.settings();
    const next = change(latest.ok ? latest.value : settings);
    setSettings(next);
    const saved = await api.saveSettings(next);
    if (saved.ok) setSettings(saved.value);
    setStatus(saved.ok ? t('options_saved', shownLang) : t('options_save_failed', shownLang, errorText(saved.error, shownLang)));
  };
  /** Sets or clears one optional field. */
  const saveField = <K extends keyof UserSettings>(key: K, value: UserSettings[K] | undefined) =>
    void update((current) => {
      const next = { ...current };
      if (value === undefined || value === '') delete next[key];
      else next[key] = value;
      return next;
    });

  const changeLang = (next: UiLang) => {
    setLang(next);
    props.onLangChange(next);
    void update((current) => ({ ...current, uiLang: next }), next);
  };

  return (
    <div class="coc options">
      <h1 class="options-title">{t('options_title', lang)}</h1>
      <p class="options-status" role="status" aria-live="polite">
        {status}
      </p>

      <section class="options-section" aria-labelledby="opt-language">
        <h2 id="opt-language">{t('language', lang)}</h2>
        <p class="coc-muted">{t('options_language_help', lang)}</p>
        <LangSwitch lang={lang} onChange={changeLang} />
      </section>

      <section class="options-section" aria-labelledby="opt-messages">
        <h2 id="opt-messages">{t('options_messages', lang)}</h2>
        <div class="options-field">
          <label for="opt-message-language">{t('options_message_language', lang)}</label>
          <select
            id="opt-message-language"
            aria-describedby="opt-message-language-help"
            value={settings.messageLanguage ?? ''}
            onChange={(e) => {
              const code = e.currentTarget.value;
              saveField('messageLanguage', isLanguage(code) ? code : undefined);
            }}
          >
            <option value="">{t('options_message_language_auto', lang)}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, lang)}
              </option>
            ))}
          </select>
          <p id="opt-message-language-help" class="coc-muted options-help">
            {t('options_message_language_help', lang)}
          </p>
        </div>
        <div class="options-field">
          <label for="opt-store-name">{t('options_store_name', lang)}</label>
          <input
            id="opt-store-name"
            type="text"
            maxLength={100}
            value={settings.storeName ?? ''}
            onChange={(e) => saveField('storeName', e.currentTarget.value.trim())}
          />
        </div>
        <div class="options-field">
          <label for="opt-store-platform">{t('options_store_platform', lang)}</label>
          <select
            id="opt-store-platform"
            aria-describedby="opt-store-platform-help"
            value={settings.storePlatform ?? ''}
            onChange={(e) => saveField('storePlatform', (e.currentTarget.value || undefined) as UserSettings['storePlatform'])}
          >
            <option value="">{t('options_store_platform_unset', lang)}</option>
            <option value="shopify">Shopify</option>
            <option value="other">{t('options_store_platform_other', lang)}</option>
            <option value="none">{t('options_store_platform_none', lang)}</option>
          </select>
          <p id="opt-store-platform-help" class="coc-muted options-help">
            {t('options_store_platform_help', lang)}
          </p>
        </div>
        <div class="options-field">
          <label for="opt-marketplace">{t('options_default_marketplace', lang)}</label>
          <select
            id="opt-marketplace"
            aria-describedby="opt-marketplace-help"
            value={settings.defaultMarketplace ?? ''}
            onChange={(e) => saveField('defaultMarketplace', e.currentTarget.value)}
          >
            <option value="">{t('options_default_marketplace_none', lang)}</option>
            {AMAZON_MARKETPLACES.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
          <p id="opt-marketplace-help" class="coc-muted options-help">
            {t('options_default_marketplace_help', lang)}
          </p>
        </div>
      </section>

      <TimersSection rules={settings.rules} lang={lang} onChange={(rules) => void update((current) => ({ ...current, rules }))} />

      <RemindersSection
        reminders={settings.reminders}
        lang={lang}
        onChange={(reminders) => void update((current) => ({ ...current, reminders }))}
      />

      <TemplatesSection api={api} lang={lang} />

      <TaughtWordsSection api={api} lang={lang} />

      <HistorySection lang={lang} />

      <section class="options-section" aria-labelledby="opt-about">
        <h2 id="opt-about">{t('options_about', lang)}</h2>
        <p>{t('options_about_what', lang)}</p>
        {/* The one definition of canceled vs closed: the rule set's, which the verdicts say too. */}
        <p>
          {pick(OUTCOME_NOTES.canceled, lang)} {pick(OUTCOME_NOTES.closed, lang)}
        </p>
        <p>
          <strong>{t('options_about_local', lang)}</strong>
        </p>
        <p>
          {/* The policy page sits beside this one in the extension (src/privacy/), in the same language. */}
          <a href="../privacy/index.html" target="_blank" rel="noopener">
            {t('options_privacy', lang)}
          </a>
        </p>
        <p class="coc-muted">{t('options_version', lang, props.version)}</p>
      </section>
    </div>
  );
}
