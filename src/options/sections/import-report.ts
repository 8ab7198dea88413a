/**
 * The entries an import left out, in the person's language: what it was (its kind and place in the file, its order
 * with the platform's name) and why. The import names them by codes and the file's own values
 * (src/history/import.ts); no record key, field path or platform code is shown. The file's values are page text
 * from a file anyone could have written: returned as plain strings, rendered as text.
 */
import type { ImportFailure } from '../../history/export-reader';
import type { ImportReport } from '../../messages/protocol';
import { PLATFORMS, type Platform } from '../../rules/types';
import { t, type MessageKey, type UiLang } from '../../ui/i18n';
import { platformLabel } from '../../ui/labels';

type Skip = ImportReport['skipped'][number];
type ListKind = Exclude<Skip['what'], 'list' | 'settings' | 'old-orders' | 'more'>;

/** Each kind of record as a noun: English singular and plural, Chinese with its measure word. */
const NOUNS: Record<ListKind, { en: readonly [one: string, many: string]; zh: readonly [measure: string, noun: string] }> = {
  order: { en: ['order', 'orders'], zh: ['个', '订单'] },
  observation: { en: ['status record', 'status records'], zh: ['条', '状态记录'] },
  action: { en: ['action', 'actions'], zh: ['项', '操作'] },
  'follow-up': { en: ['follow-up', 'follow-ups'], zh: ['项', '后续事项'] },
  'custom-template': { en: ['message template', 'message templates'], zh: ['个', '消息模板'] },
  link: { en: ['order link', 'order links'], zh: ['个', '订单关联'] },
  'taught-word': { en: ['taught word', 'taught words'], zh: ['个', '你教过的词'] },
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "Order 3 of the file" / "文件中第 3 个订单"; without a place, "An order" / "一个订单"; a whole list, "All follow-ups" /
 * "所有后续事项".
 */
function recordName(kind: ListKind, n: number | undefined, lang: UiLang, all = false): string {
  const noun = NOUNS[kind];
  if (lang === 'zh') {
    if (all) return `所有${noun.zh[1]}`;
    return n === undefined ? `一${noun.zh[0]}${noun.zh[1]}` : `文件中第 ${n} ${noun.zh[0]}${noun.zh[1]}`;
  }
  if (all) return `All ${noun.en[1]}`;
  return n === undefined ? `${/^[aeiou]/.test(noun.en[0]) ? 'An' : 'A'} ${noun.en[0]}` : `${capital(noun.en[0])} ${n} of the file`;
}

const isPlatform = (x: string | undefined): x is Platform => (PLATFORMS as readonly (string | undefined)[]).includes(x);

function what(s: Skip, lang: UiLang): string {
  switch (s.what) {
    case 'settings':
      return t('import_skip_settings', lang);
    case 'old-orders':
      return t('import_skip_old_orders', lang, s.n ?? 0);
    case 'more':
      return t('import_skip_more', lang, s.n ?? 0);
    case 'list':
      return recordName(s.of !== undefined && s.of in NOUNS ? (s.of as ListKind) : 'order', undefined, lang, true);
    case 'taught-word':
      if (s.word === undefined) return recordName('taught-word', s.n, lang);
      // A platform the file names but this extension does not know is left out, not shown by its code.
      return isPlatform(s.platform)
        ? t('import_skip_word_of', lang, s.word, platformLabel(s.platform, lang))
        : t('import_skip_word', lang, s.word);
    default: {
      const name = recordName(s.what, s.n, lang);
      if (s.orderId === undefined) return name;
      return isPlatform(s.platform)
        ? t('import_skip_of_order', lang, name, platformLabel(s.platform, lang), s.orderId)
        : t('import_skip_of_order_id', lang, name, s.orderId);
    }
  }
}

const WHY: Record<Skip['why'], MessageKey> = {
  invalid: 'import_why_invalid',
  'no-order': 'import_why_no_order',
  'taught-differently': 'import_why_taught_differently',
  'too-many-words': 'import_why_too_many_words',
  'too-old': 'import_why_too_old',
  'as-above': 'import_why_as_above',
};

/** One left-out entry as the report lists it: "Order 3 (Amazon order 111-…): not in the form this extension exports". */
export function skippedText(s: Skip, lang: UiLang): string {
  return t('import_skip_line', lang, what(s, lang), t(WHY[s.why], lang, s.n ?? 0));
}

const FAILURE_KEYS: Record<ImportFailure, MessageKey> = {
  'not-json': 'import_error_not_json',
  'not-export': 'import_error_not_export',
  'too-large': 'import_error_too_large',
  version: 'import_error_version',
};

/** Why a whole file was refused, in the person's language (the import's own sentence is English, for tests). */
export const importFailureText = (code: ImportFailure, lang: UiLang): string => t(FAILURE_KEYS[code], lang);
