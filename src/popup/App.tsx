/**
 * The toolbar popup: the verdict for every order the active tab shows, each with its history,
 * and the by-hand picker for pages that cannot be read (or "what if" questions).
 */
import { useEffect } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import type { PageOrder } from '../messages/protocol';
import { errorText } from '../ui/error-text';
import { t, type UiLang } from '../ui/i18n';
import { LangSwitch } from '../ui/LangSwitch';
import { useNow } from '../ui/useNow';
import { VerdictCard } from '../ui/VerdictCard';
import type { PopupApi } from './api';
import { historyKey, isListPage, useStore, type PageState, type PopupState } from './store';
import type { Ask } from '../messages/client';
import { useLater, type Later } from './useLater';

export interface PopupAppProps {
  store: StoreApi<PopupState>;
  /** Opens the statistics and options pages (the extension API, or a fake in tests). */
  links: Pick<PopupApi, 'openStats' | 'openOptions'>;
  /** The worker (or a fake in tests) for the history search and the order links; neither is shown without it. */
  search?: Ask;
}

export function App(props: PopupAppProps) {
  const state = useStore(props.store, (s) => s);
  const { lang, page, picker } = state;
  // Deadlines count down while the popup stays open.
  const now = useNow();

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const orders = page.status === 'answered' ? page.page.orders : [];
  const openPicker = () => state.togglePicker(true);
  // The rest of the popup comes in its own chunk, asked for once the page is answered (its verdicts
  // painted first) or the picker is opened.
  const later = useLater(page.status !== 'loading' || picker.open);

  return (
    <div class="coc popup">
      <header class="popup-head">
        <h1 class="popup-title">{t('popup_title', lang)}</h1>
        <LangSwitch lang={lang} onChange={state.setLang} />
      </header>
      <main class="popup-main">
        <PageNote page={page} lang={lang} />
        {page.status === 'answered' && isListPage(page.page)
          ? later && (
              <later.OrderTable
                orders={orders}
                lang={lang}
                now={now}
                opened={state.opened}
                onOpen={state.openOrder}
                renderOpened={(order) => (
                  <OrderBlock
                    order={order}
                    lang={lang}
                    now={now}
                    state={state}
                    onPickByHand={openPicker}
                    ask={props.search}
                    later={later}
                  />
                )}
              />
            )
          : orders.map((order) => (
              <OrderBlock
                key={historyKey(order.snapshot.platform, order.snapshot.orderId)}
                order={order}
                lang={lang}
                now={now}
                state={state}
                onPickByHand={openPicker}
                ask={props.search}
                later={later}
              />
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
        {picker.open && later && (
          <>
            <later.ManualPicker
              form={picker.form}
              busy={picker.busy}
              lang={lang}
              onChange={state.setForm}
              onSubmit={() => void state.submitPicker()}
            />
            {picker.answer && !picker.answer.ok && (
              <p class="popup-error" role="alert">
                {t('popup_error', lang, errorText(picker.answer.error, lang))}
              </p>
            )}
            {picker.answer?.ok && (
              <section class="popup-result" aria-label={t('manual_result', lang)}>
                <VerdictCard
                  verdict={picker.answer.value.verdict}
                  snapshot={later.buildManualSnapshot(picker.form)}
                  messages={picker.answer.value.messages}
                  lang={lang}
                  now={now}
                  onSaveStoreName={state.saveStoreName}
                />
              </section>
            )}
          </>
        )}
        {later && (
          <later.QuickStats
            stats={state.stats}
            lang={lang}
            amazonPage={orders.some((o) => o.snapshot.platform === 'amazon')}
            noPage={page.status === 'no-page'}
          />
        )}
        {props.search && later && (
          // The newest orders are a history query the verdict does not need: asked once the page is answered.
          <later.OrderSearch ask={props.search} lang={lang} idPrefix="popup-search" waiting={page.status === 'loading'} />
        )}
        <nav class="popup-links" aria-label={t('popup_links', lang)}>
          <button type="button" class="coc-btn" onClick={() => props.links.openStats()}>
            {t('popup_open_stats', lang)}
          </button>
          <button type="button" class="coc-btn" onClick={() => props.links.openOptions()}>
            {t('popup_open_options', lang)}
          </button>
        </nav>
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
    // The page's note says what went wrong in full; the general sentence only stands in for a missing one.
    return <p class="popup-note">{note || t('popup_page_unreadable', lang)}</p>;
  }
  if (orders.length === 0) return <p class="popup-note">{t('popup_no_orders', lang)}</p>;
  return null;
}

function OrderBlock(props: {
  order: PageOrder;
  lang: UiLang;
  now: Date;
  state: PopupState;
  onPickByHand(): void;
  ask?: Ask | undefined;
  /** The links and the timeline, once their chunk has come (after the card is painted). */
  later: Later | null;
}) {
  const { later } = props;
  const { order, lang, state } = props;
  const { platform, orderId } = order.snapshot;
  const key = historyKey(platform, orderId);
  return (
    <article class="popup-order">
      <VerdictCard
        verdict={order.verdict}
        snapshot={order.snapshot}
        messages={order.messages}
        lang={lang}
        now={props.now}
        onPickByHand={props.onPickByHand}
        ticked={new Set(state.ticks[key] ?? [])}
        onTick={(step) => state.tickStep(platform, orderId, step)}
        onCopy={(message, copied) => copied && state.messageCopied(platform, orderId, message)}
        onSaveStoreName={state.saveStoreName}
      />
      {later && props.ask && <later.LinkPicker ask={props.ask} platform={platform} orderId={orderId} lang={lang} />}
      {later && <later.Timeline history={state.histories[key]} lang={lang} />}
    </article>
  );
}
