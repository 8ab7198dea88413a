/**
 * "Save a page sample" in the unfolded view of a hint that cannot tell the order: a redacted copy of the page's order
 * area saved as a file (src/content/page-sample), with one line on what it keeps and what it replaces.
 */
import { useState } from 'preact/hooks';
import { t, type UiLang } from './i18n';

export function PageSampleOffer(props: { lang: UiLang; onSave(): Promise<boolean> }) {
  const { lang } = props;
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed'>('idle');
  const save = () => {
    setState('saving');
    void props.onSave().then((saved) => setState(saved ? 'saved' : 'failed'));
  };
  return (
    <div class="coc-sample-offer">
      <button type="button" class="coc-btn coc-sample" disabled={state === 'saving'} onClick={save}>
        {t('page_sample_save', lang)}
      </button>
      <span role="status">
        {state === 'saved' || state === 'failed' ? ` ${t(state === 'saved' ? 'page_sample_saved' : 'page_sample_failed', lang)}` : ''}
      </span>
      <p class="coc-sample-what">{t('sample_what', lang)}</p>
    </div>
  );
}
