/**
 * The toolbar popup: the verdict for every order the active tab shows, each with its history,
 * and the by-hand picker for pages that cannot be read (or "what if" questions).
 */
import { useEffect, useState } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import type { PageOrder } from '../messages/protocol';
import { t, type UiLang } from '../ui/i18n';
import { LangSwitch } from '../ui/LangSwitch';
import { VerdictCard } from '../ui/VerdictCard';
import { buildManualSnapshot } from './manual';
import { ManualPicker } from './ManualPicker';
import { historyKey, useStore, type PageState, type PopupState } from './store';
import { Timeline } from './Timeline';

/** Deadlines count down while the popup stays open. */
function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function App(props: { store: StoreApi<PopupState> }) {
  const state = useStore(props.store, (s) => s);
  const { lang, page, picker } = state;
  const now = useNow();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const orders = page.status === 'answered' ? page.page.orders : [];
  const openPicker = () => state.togglePicker(true);

  return (
    <div class="coc popup">
      <header class="popup-head">
        <h1 class="popup-title">{t('popup_title', lang)}</h1>
        <LangSwitch lang={lang} onChange={state.setLang} />
      </header>
      <main class="popup-main">
        <PageNote page={page} lang={lang} />
        {orders.map((order) => (
          <OrderBlock key={historyKey(order.snapshot.platform, order.snapshot.orderId)} order={order} lang={lang} now={now} state={state} onPickByHand={openPicker} />
        ))}
        <div class="popup-actions">
          <button type="button" class="coc-btn" aria-expanded={picker.open} onClick={() => state.togglePicker()}>
            {t(picker.open ? 'popup_hide_picker' : 'popup_pick_by_hand', lang)}
          </button>
          {page.status !== 'loading' && (
            <button type="button" class="coc-btn" onClick={() => void state.load()}>
              {t('popup_retry', lang)}
            </button>
          )}
        </div>
        {picker.open && (
          <>
            <ManualPicker
              form={picker.form}
              busy={picker.busy}
              lang={lang}
              onChange={state.setForm}
              onSubmit={() => void state.submitPicker()}
            />
            {picker.answer && !picker.answer.ok && (
              <p class="popup-error" role="alert">
                {t('popup_error', lang, picker.answer.error)}
              </p>
            )}
            {picker.answer?.ok && (
              <section class="popup-result" aria-label={t('manual_result', lang)}>
                <VerdictCard
                  verdict={picker.answer.value.verdict}
                  snapshot={buildManualSnapshot(picker.form)}
                  messages={picker.answer.value.messages}
                  lang={lang}
                  now={now}
                />
              </section>
            )}
          </>
        )}
      </main>
    </div>
  );
}

function PageNote(props: { page: PageState; lang: UiLang }) {
  const { page, lang } = props;
  if (page.status === 'loading') {
    return (
      <p class="popup-note" role="status">
        {t('popup_loading', lang)}
      </p>
    );
  }
  if (page.status === 'no-page') return <p class="popup-note">{t('popup_open_order_page', lang)}</p>;
  const { status, orders, note } = page.page;
  if (status === 'reading') return <p class="popup-note">{t('popup_page_reading', lang)}</p>;
  if (status === 'unreadable') {
    return (
      <p class="popup-note">
        {t('popup_page_unreadable', lang)}
        {note ? ` ${note}` : ''}
      </p>
    );
  }
  if (orders.length === 0) return <p class="popup-note">{t('popup_no_orders', lang)}</p>;
  return null;
}

function OrderBlock(props: { order: PageOrder; lang: UiLang; now: Date; state: PopupState; onPickByHand(): void }) {
  const { order, lang, state } = props;
  return (
    <article class="popup-order">
      <VerdictCard
        verdict={order.verdict}
        snapshot={order.snapshot}
        messages={order.messages}
        lang={lang}
        now={props.now}
        onPickByHand={props.onPickByHand}
      />
      <Timeline history={state.histories[historyKey(order.snapshot.platform, order.snapshot.orderId)]} lang={lang} />
    </article>
  );
}
