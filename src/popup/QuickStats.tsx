import type { HistoryStats, Result } from '../messages/protocol';
import { errorText } from '../ui/error-text';
import { localeOf, t, type UiLang } from '../ui/i18n';

/**
 * Amazon's 7-day cancellation rate (an estimate from the orders seen here, shown where it applies:
 * on an Amazon page, or away from any order page once Amazon orders were seen) and the open follow-ups.
 */
export function QuickStats(props: { stats: Result<HistoryStats> | undefined; lang: UiLang; amazonPage: boolean; noPage: boolean }) {
  const { stats, lang } = props;
  if (!stats) return null;
  if (!stats.ok) return <p class="coc-muted popup-stats">{t('popup_stats_error', lang, errorText(stats.error, lang))}</p>;
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
