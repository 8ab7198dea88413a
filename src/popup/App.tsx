/**
 * The toolbar popup: the verdict for every order the active tab shows, each with its history,
 * and the by-hand picker for pages that cannot be read (or "what if" questions).
 */
import { useEffect } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';
import type { HistoryStats, PageOrder, Result } from '../messages/protocol';
import { localeOf, t, type UiLang } from '../ui/i18n';
import { LangSwitch } from '../ui/LangSwitch';
import { useNow } from '../ui/useNow';
import { VerdictCard } from '../ui/VerdictCard';
import type { PopupApi } from './api';
import { buildManualSnapshot } from './manual';
import { ManualPicker } from './ManualPicker';
import { OrderTable } from './OrderTable';
import { historyKey, isListPage, useStore, type PageState, type PopupState } from './store';
import { Timeline } from './Timeline';
import type { Ask } from '../messages/client';
import { OrderSearch } from '../ui/OrderSearch';
import { LinkPicker } from './LinkPicker';

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

  return (
    <div class="coc popup">
      <header class="popup-head">
        <h1 class="popup-title">{t('popup_title', lang)}</h1>
        <LangSwitch lang={lang} onChange={state.setLang} />
      </header>
      <main class="popup-main">
        <PageNote page={page} lang={lang} />
        {page.status === 'answered' && isListPage(page.page) ? (
          <OrderTable
            orders={orders}
            lang={lang}
            now={now}
            opened={state.opened}
            onOpen={state.openOrder}
            renderOpened={(order) => (
              <OrderBlock order={order} lang={lang} now={now} state={state} onPickByHand={openPicker} ask={props.search} />
            )}
          />
        ) : (
          orders.map((order) => (
            <OrderBlock
              key={historyKey(order.snapshot.platform, order.snapshot.orderId)}
              order={order}
              lang={lang}
              now={now}
              state={state}
              onPickByHand={openPicker}
              ask={props.search}
            />
          ))
        )}
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
                  onSaveStoreName={state.saveStoreName}
                />
              </section>
            )}
          </>
        )}
        <QuickStats
          stats={state.stats}
          lang={lang}
          amazonPage={orders.some((o) => o.snapshot.platform === 'amazon')}
          noPage={page.status === 'no-page'}
        />
        {props.search && (
          // The newest orders are a history query the verdict does not need: asked once the page is answered.
          <OrderSearch ask={props.search} lang={lang} idPrefix="popup-search" waiting={page.status === 'loading'} />
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

/**
 * Amazon's 7-day cancellation rate (an estimate from the orders seen here, shown where it applies:
 * on an Amazon page, or away from any order page once Amazon orders were seen) and the open follow-ups.
 */
function QuickStats(props: { stats: Result<HistoryStats> | undefined; lang: UiLang; amazonPage: boolean; noPage: boolean }) {
  const { stats, lang } = props;
  if (!stats) return null;
  if (!stats.ok) return <p class="coc-muted popup-stats">{t('popup_stats_error', lang, stats.error)}</p>;
  const rate = stats.value.amazonCancelRate7d;
  const showRate = props.amazonPage || (props.noPage && rate.orders > 0);
  return (
    <section class="coc-section popup-stats" aria-labelledby="popup-stats-title">
      <h2 id="popup-stats-title" class="coc-section-title">
        {t('popup_stats_title', lang)}
      </h2>
      <ul class="coc-list">
        {showRate && (
          <li class={rate.warn ? 'coc-cq-bad' : undefined} data-stat="amazon-rate">
            {rate.orders === 0
              ? t('popup_stats_rate_none', lang)
              : t(
                  rate.orders === 1 ? 'popup_stats_rate_one' : 'popup_stats_rate',
                  lang,
                  formatPct(rate.ratePct, lang),
                  rate.sellerCancellations,
                  rate.orders,
                )}
            {rate.warn && <> {t('popup_stats_rate_warn', lang)}</>}
          </li>
        )}
        <li data-stat="follow-ups">{t('popup_stats_follow_ups', lang, stats.value.openFollowUps.length)}</li>
      </ul>
    </section>
  );
}

const formatPct = (pct: number, lang: UiLang): string => new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: 1 }).format(pct);

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

function OrderBlock(props: { order: PageOrder; lang: UiLang; now: Date; state: PopupState; onPickByHand(): void; ask?: Ask | undefined }) {
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
      {props.ask && <LinkPicker ask={props.ask} platform={platform} orderId={orderId} lang={lang} />}
      <Timeline history={state.histories[key]} lang={lang} />
    </article>
  );
}
