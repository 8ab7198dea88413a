/**
 * The compact bar's strings in both languages (`?hint`, scripts/vite/locale-subset.ts), for the content script's lazy
 * parts: the unfolded hint and a list's summary draw verdicts in either language, and a part is a script of its own.
 * Import it before any string is asked for. (The content script itself gets them from the worker: hint/strings.ts.)
 */
import hintEn from '../../public/_locales/en/messages.json?hint';
import hintZh from '../../public/_locales/zh_CN/messages.json?hint';
import { addStrings } from './i18n';

addStrings({ en: hintEn, zh: hintZh });
