/**
 * The interface language chosen on the extension pages (popup, options). They share one origin,
 * so one localStorage key serves both; without a choice, the browser's language decides.
 */
import { detectLang, isUiLang, type UiLang } from './i18n';

export const LANG_STORAGE_KEY = 'coc.lang';

export function loadLang(storage: Pick<Storage, 'getItem'> | null, navigatorLanguage: string): UiLang {
  try {
    const saved = storage?.getItem(LANG_STORAGE_KEY);
    if (isUiLang(saved)) return saved;
  } catch {
    // storage refused (privacy mode): fall back to the browser language
  }
  return detectLang(navigatorLanguage);
}

export function saveLang(storage: Pick<Storage, 'setItem'> | null, lang: UiLang): void {
  try {
    storage?.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // not persisted; the choice still holds for this page
  }
}
