/**
 * The status words the person taught from a seller page's hint (src/ui/TeachWord.tsx): platform, the word as the
 * page showed it, what it means, when, each removable. Removing one makes pages show it as unknown again.
 * The words are page text: rendered as text only.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Result, TaughtWordRecord } from '../../messages/protocol';
import { formatDateTime } from '../../ui/format';
import { t, type UiLang } from '../../ui/i18n';
import { platformLabel } from '../../ui/labels';
import { stageLabel } from '../../ui/order-labels';
import type { OptionsApi } from '../api';

export function TaughtWordsSection(props: { api: OptionsApi; lang: UiLang }) {
  const { api, lang } = props;
  const [list, setList] = useState<Result<TaughtWordRecord[]> | null>(null);
  const [failed, setFailed] = useState(false);
  const reload = async () => setList(await api.taughtWords());
  useEffect(() => {
    void reload();
  }, [api]);

  const remove = async (word: TaughtWordRecord) => {
    const done = await api.forgetWord(word.platform, word.word);
    setFailed(!done.ok);
    await reload();
  };

  return (
    <section class="options-section" aria-labelledby="opt-words">
      <h2 id="opt-words">{t('options_words_title', lang)}</h2>
      <p class="coc-muted">{t('options_words_intro', lang)}</p>
      {(failed || (list && !list.ok)) && <p class="options-error">{t('options_words_failed', lang)}</p>}
      {list?.ok && list.value.length === 0 && <p>{t('options_words_none', lang)}</p>}
      {list?.ok && list.value.length > 0 && (
        <table class="options-words">
          <thead>
            <tr>
              <th scope="col">{t('options_words_platform', lang)}</th>
              <th scope="col">{t('options_words_word', lang)}</th>
              <th scope="col">{t('options_words_meaning', lang)}</th>
              <th scope="col">{t('options_words_date', lang)}</th>
              <th scope="col">{t('options_words_remove', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {list.value.map((w) => (
              <tr key={`${w.platform}:${w.key}`} data-taught-word={w.word}>
                <td>{platformLabel(w.platform, lang)}</td>
                <td>“{w.word}”</td>
                <td>{stageLabel(w.stage, lang)}</td>
                <td>
                  <time dateTime={w.at}>{formatDateTime(w.at, lang)}</time>
                </td>
                <td>
                  <button
                    type="button"
                    class="coc-btn"
                    aria-label={t('options_words_remove_label', lang, w.word)}
                    onClick={() => void remove(w)}
                  >
                    {t('options_words_remove', lang)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
