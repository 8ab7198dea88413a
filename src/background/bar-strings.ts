/**
 * The verdict bar's strings (`?hint-verdict`, scripts/vite/locale-subset.ts), which the worker sends to a seller page
 * with its first verdicts: the content script every seller page loads carries none of them (src/content/hint/strings.ts),
 * and needs them in one language, the one its verdicts are shown in.
 */
import barEn from '../../public/_locales/en/messages.json?hint-verdict';
import barZh from '../../public/_locales/zh_CN/messages.json?hint-verdict';
import type { EvaluateManyAnswer, EvaluateManyRequest } from '../messages/protocol';
import type { UiLang } from '../rules/types';

const BAR_STRINGS: Record<UiLang, Record<string, { message: string }>> = { en: barEn, zh: barZh };

/** The strings a request asks for, in the language its verdicts are shown in (the chosen one, else the page's); none when held. */
export function barStringsFor(asked: EvaluateManyRequest['strings'], chosen: UiLang | undefined): EvaluateManyAnswer['strings'] {
  if (!asked) return undefined;
  const lang = chosen ?? asked.lang;
  return asked.have.includes(lang) ? undefined : { lang, catalogue: BAR_STRINGS[lang] };
}
