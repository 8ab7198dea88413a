/**
 * Interface strings without chrome.i18n: both message catalogues are bundled, so the language
 * can be switched at run time (chrome.i18n always follows the browser's language) and the same
 * code runs in the content script, the extension pages and Node tests.
 * The catalogues stay in chrome's messages.json format so the manifest's __MSG_…__ keys keep working.
 *
 * This module carries no strings, because it ships in every seller page's content script: each
 * context adds those it can show. Extension pages import src/ui/page-strings.ts first (every string),
 * the content script's lazy parts src/ui/hint-strings.ts (the compact bar's), and the content script
 * itself src/content/hint/strings.ts (what a hint says before any verdict; the verdict bar's strings
 * come with the first verdicts, in the page's language).
 */
import type en from '../../public/_locales/en/messages.json';
import { UI_LANGS, type LocalizedText, type UiLang } from '../rules/types';

export type { UiLang } from '../rules/types';

/** Whether a stored or received value names an interface language we have strings for. */
export function isUiLang(value: unknown): value is UiLang {
  return (UI_LANGS as readonly unknown[]).includes(value);
}
export type MessageKey = keyof typeof en;

export interface Catalogue {
  [key: string]: { message: string } | undefined;
}

const catalogues: Record<UiLang, Catalogue> = { en: {}, zh: {} };

/** Adds strings, in one language or both. */
export function addStrings(more: Partial<Record<UiLang, Catalogue>>): void {
  Object.assign(catalogues.en, more.en);
  Object.assign(catalogues.zh, more.zh);
}

/**
 * The string for `key` in `lang`, with `$1`…`$9` replaced by `subs` (as chrome.i18n does).
 * A key missing in Chinese falls back to English; a key missing everywhere returns the key,
 * so a gap shows up visibly instead of as an empty label.
 */
export function t(key: MessageKey, lang: UiLang, ...subs: Array<string | number>): string {
  const entry = catalogues[lang][key] ?? catalogues.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$(\d)/g, (_m, n: string) => {
    const sub = subs[Number(n) - 1];
    return sub === undefined ? '' : String(sub);
  });
}

/** `navigator.language` → interface language: any Chinese variant gets Chinese, everything else English. */
export function detectLang(navigatorLanguage: string): UiLang {
  return /^zh\b/i.test(navigatorLanguage.trim()) ? 'zh' : 'en';
}

/** One side of a LocalizedText; an empty Chinese text falls back to English rather than showing nothing. */
export function pick(text: LocalizedText, lang: UiLang): string {
  return text[lang] || text.en;
}

/** BCP-47 tag for Intl formatting. */
export function localeOf(lang: UiLang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/**
 * A message language's name in the interface language ("German" / "德语"); the bare code for one we
 * do not list. A table rather than Intl.DisplayNames, whose construction loads locale data and
 * cost milliseconds on every seller page.
 */
export function languageName(code: string, lang: UiLang): string {
  const names = LANGUAGE_NAMES[code.toLowerCase()];
  return names ? names[lang === 'zh' ? 1 : 0] : code.toUpperCase();
}

const LANGUAGE_NAMES: Record<string, readonly [en: string, zh: string]> = {
  en: ['English', '英语'],
  de: ['German', '德语'],
  fr: ['French', '法语'],
  es: ['Spanish', '西班牙语'],
  it: ['Italian', '意大利语'],
  ja: ['Japanese', '日语'],
  pt: ['Portuguese', '葡萄牙语'],
  ru: ['Russian', '俄语'],
  zh: ['Chinese', '中文'],
  nl: ['Dutch', '荷兰语'],
  pl: ['Polish', '波兰语'],
  sv: ['Swedish', '瑞典语'],
  tr: ['Turkish', '土耳其语'],
  ar: ['Arabic', '阿拉伯语'],
};
