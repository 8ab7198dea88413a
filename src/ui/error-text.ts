/**
 * A failed request to the worker, in the person's language. The worker and the messaging layer answer in English
 * sentences written for logs and tests: a history failure with the browser's error name, a refused request naming the
 * field it checked, the browser's own "Receiving end does not exist". A person reads one of a few plain sentences
 * instead, never the error names, field paths or API names inside them.
 */
import { historyErrorCodeOf } from '../history/errors';
import { t, type MessageKey, type UiLang } from './i18n';

/** Sentences of the worker and the messaging layer that say something the person can act on. */
const KNOWN: ReadonlyArray<readonly [RegExp, MessageKey]> = [
  [
    /^no answer from the background worker|receiving end does not exist|could not establish connection|extension context invalidated/i,
    'error_no_worker',
  ],
  [/^a link joins a sales order/, 'error_link_sides'],
  [/^too many taught words/, 'error_too_many_words'],
];

export function errorText(error: string, lang: UiLang): string {
  switch (historyErrorCodeOf(error)) {
    case 'quota':
      return t('history_error_quota', lang);
    case 'unavailable':
      return t('history_error_unavailable', lang);
    case 'failed':
      return t('history_error_failed', lang);
    default: {
      const known = KNOWN.find(([said]) => said.test(error));
      return t(known ? known[1] : 'history_error_other', lang);
    }
  }
}
