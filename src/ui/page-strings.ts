/**
 * Every interface string and every platform's name, for extension pages (popup, options, statistics). Import it before any
 * component renders; the content script never imports it (it carries the hint's strings only).
 */
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { PLATFORM_DEFINITIONS } from '../platforms/registry';
import { addStrings } from './i18n';
import { addPlatformNames } from './labels';

addStrings({ en, zh });
addPlatformNames(PLATFORM_DEFINITIONS);
