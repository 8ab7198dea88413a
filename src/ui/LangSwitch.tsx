/** English / 中文 as two toggle buttons; each names its language in that language. */
import { t, type UiLang } from './i18n';

export function LangSwitch(props: { lang: UiLang; onChange(lang: UiLang): void }) {
  const options: UiLang[] = ['en', 'zh'];
  return (
    <div class="coc-lang" role="group" aria-label={t('language', props.lang)}>
      {options.map((lang) => (
        <button
          key={lang}
          type="button"
          class="coc-lang-btn"
          lang={lang === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={props.lang === lang}
          onClick={() => props.onChange(lang)}
        >
          {t(lang === 'zh' ? 'language_zh' : 'language_en', lang)}
        </button>
      ))}
    </div>
  );
}
