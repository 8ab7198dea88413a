/**
 * Every interface string, for extension pages (popup, options, statistics). Import it before any
 * component renders; the content script never imports it (it carries the hint's strings only).
 */
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { addStrings } from './i18n';

addStrings({ en, zh });
