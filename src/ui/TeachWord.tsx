/**
 * Teaching a status word, inside the verdict card. When an order is unknown because the page shows a status word
 * the vocabulary does not know, the card names the word and asks what it means, in the same stage words the by-hand
 * picker uses; "I am not sure" leaves it unknown. A verdict that rests on a word the person taught says so, with the
 * way to forget it. The answer goes to the worker through `onTeach` / `onForget`; the page reads itself again.
 * Page text (the word) is rendered as text only.
 */
import { useState } from 'preact/hooks';
import type { TaughtWordEntry } from '../messages/protocol';
import type { Stage } from '../rules/types';
import { t, type UiLang } from './i18n';
import { PICKABLE_STAGES, stageLabel } from './order-labels';

/** What the card needs to teach words and to own up to taught ones; absent where nothing can be taught (the picker). */
export interface WordsProps {
  /** The order's status words nothing knows yet: offered to teach. */
  unknown: readonly string[];
  /** The status words the verdict owes to the person's answers. */
  taught: readonly TaughtWordEntry[];
  /** Whether the answer was kept. */
  onTeach(word: string, stage: Stage): Promise<boolean>;
  onForget(word: string): Promise<boolean>;
}

type Asking = 'asking' | 'saving' | 'failed' | 'not-sure';

export function TeachWord(props: { word: string; lang: UiLang; onTeach: WordsProps['onTeach'] }) {
  const { word, lang } = props;
  const [stage, setStage] = useState<Stage | ''>('');
  const [state, setState] = useState<Asking>('asking');
  if (state === 'not-sure')
    return (
      <div class="coc-teach" data-teach-word={word}>
        <p>{t('teach_intro', lang, word)}</p>
        <p class="coc-muted">{t('teach_stays_unknown', lang)}</p>
      </div>
    );
  const save = async () => {
    if (stage === '') return;
    setState('saving');
    // On success the page is read again and this card makes way for the new verdict.
    setState((await props.onTeach(word, stage)) ? 'asking' : 'failed');
  };
  return (
    <div class="coc-teach" data-teach-word={word}>
      <p>{t('teach_intro', lang, word)}</p>
      <div class="coc-teach-row">
        <label class="coc-teach-means">
          <span>{t('teach_means', lang)}</span>
          <select class="coc-teach-stage" value={stage} onChange={(e) => setStage(e.currentTarget.value as Stage | '')}>
            <option value="">{t('teach_choose', lang)}</option>
            {PICKABLE_STAGES.map((s) => (
              <option key={s} value={s}>
                {stageLabel(s, lang)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="coc-btn coc-btn-primary coc-teach-save" disabled={stage === '' || state === 'saving'} onClick={save}>
          {t('teach_save', lang)}
        </button>
        <button type="button" class="coc-btn coc-teach-not-sure" onClick={() => setState('not-sure')}>
          {t('teach_not_sure', lang)}
        </button>
      </div>
      <p class="coc-muted">{t('teach_how', lang)}</p>
      {state === 'failed' && (
        <p class="coc-copy-failed" role="alert">
          {t('teach_failed', lang)}
        </p>
      )}
    </div>
  );
}

/** The honest note: this verdict rests on words the person taught, each with "Forget this word". */
export function TaughtNote(props: { words: readonly TaughtWordEntry[]; lang: UiLang; onForget: WordsProps['onForget'] }) {
  const { lang } = props;
  const [failed, setFailed] = useState(false);
  return (
    <div class="coc-taught">
      {props.words.map((w) => (
        <p key={w.word} data-taught-word={w.word}>
          {t('teach_note', lang, w.word, stageLabel(w.stage, lang))}{' '}
          <button
            type="button"
            class="coc-btn coc-teach-forget"
            onClick={() => void props.onForget(w.word).then((kept) => setFailed(!kept))}
          >
            {t('teach_forget', lang)}
          </button>
        </p>
      ))}
      {failed && (
        <p class="coc-copy-failed" role="alert">
          {t('teach_failed', lang)}
        </p>
      )}
    </div>
  );
}
