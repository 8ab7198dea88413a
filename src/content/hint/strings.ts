/**
 * The compact bar's strings in the content script. Every seller page loads this script, and a page shows its hints
 * in one language, so it carries only what a hint says before any verdict (the order could not be read, the extension
 * did not answer or was updated: `?hint-first`, in both languages, since no answer may ever come to tell which). The
 * verdict bar's strings arrive with the page's first verdicts, in the language the page shows them in
 * (src/background/bar-strings.ts): the first bar is drawn in the task the answer arrives in, as before, and a page
 * that switches language gets the other language's strings with the answer that switches it.
 */
import firstEn from '../../../public/_locales/en/messages.json?hint-first';
import firstZh from '../../../public/_locales/zh_CN/messages.json?hint-first';
import { addStrings, detectLang, type Catalogue, type UiLang } from '../../ui/i18n';

addStrings({ en: firstEn, zh: firstZh });

const held = new Set<UiLang>();

/** What a verdict request says about strings: the page's language when none is chosen, and the languages held. */
export function barStringsAsk(): { lang: UiLang; have: UiLang[] } {
  return { lang: detectLang(navigator.language), have: [...held] };
}

/** The verdict bar's strings in `lang`, as the worker sent them. */
export function useBarStrings(lang: UiLang, catalogue: Catalogue): void {
  addStrings({ [lang]: catalogue });
  held.add(lang);
}
