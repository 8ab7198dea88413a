/** Settings page: the interface language, and what the extension does with your data (nothing leaves). */
import { useEffect, useState } from 'preact/hooks';
import { t, type UiLang } from '../ui/i18n';
import { LangSwitch } from '../ui/LangSwitch';

export interface OptionsAppProps {
  initialLang: UiLang;
  /** Persists the choice (localStorage, shared with the popup). */
  onLangChange(lang: UiLang): void;
  version: string;
}

export function App(props: OptionsAppProps) {
  const [lang, setLang] = useState(props.initialLang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('options_title', lang);
  }, [lang]);
  const change = (next: UiLang) => {
    setLang(next);
    props.onLangChange(next);
  };
  return (
    <div class="coc options">
      <h1 class="options-title">{t('options_title', lang)}</h1>
      <section class="options-section" aria-labelledby="opt-language">
        <h2 id="opt-language">{t('language', lang)}</h2>
        <p class="coc-muted">{t('options_language_help', lang)}</p>
        <LangSwitch lang={lang} onChange={change} />
      </section>
      <section class="options-section" aria-labelledby="opt-about">
        <h2 id="opt-about">{t('options_about', lang)}</h2>
        <p>{t('options_about_what', lang)}</p>
        <p>{t('options_about_canceled_closed', lang)}</p>
        <p>
          <strong>{t('options_about_local', lang)}</strong>
        </p>
        <p class="coc-muted">{t('options_version', lang, props.version)}</p>
      </section>
    </div>
  );
}
