/** A worker's history error in the person's language: quota and "IndexedDB unavailable" get their own sentence. */
import { historyErrorCodeOf } from '../history/errors';
import { t, type UiLang } from '../ui/i18n';

export function historyErrorText(error: string, lang: UiLang): string {
  switch (historyErrorCodeOf(error)) {
    case 'quota':
      return t('history_error_quota', lang);
    case 'unavailable':
      return t('history_error_unavailable', lang);
    case 'failed':
      return t('history_error_failed', lang, error);
    default:
      return t('history_error_other', lang, error);
  }
}
