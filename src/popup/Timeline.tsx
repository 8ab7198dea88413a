/** What the extension saw of one order over time: stage → action, newest first. */
import type { OrderHistory, Result } from '../messages/protocol';
import { formatDateTime } from '../ui/format';
import { errorText } from '../ui/error-text';
import { t, type UiLang } from '../ui/i18n';
import { actionLabelOf } from '../ui/labels';
import { stageLabel } from '../ui/order-labels';

const SHOWN = 8;

export function Timeline(props: { history: Result<OrderHistory> | undefined; lang: UiLang }) {
  const { history, lang } = props;
  if (!history) return null;
  return (
    <div class="coc-section popup-timeline">
      <h3 class="coc-section-title">{t('popup_history', lang)}</h3>
      {!history.ok ? (
        <p class="coc-muted">{t('popup_history_error', lang, errorText(history.error, lang))}</p>
      ) : history.value.observations.length === 0 ? (
        <p class="coc-muted">{t('popup_history_empty', lang)}</p>
      ) : (
        <ol class="popup-timeline-list">
          {[...history.value.observations]
            .sort((a, b) => b.at.localeCompare(a.at))
            .slice(0, SHOWN)
            .map((o) => (
              <li key={o.id ?? o.at}>
                <time dateTime={o.at}>{formatDateTime(o.at, lang)}</time>
                <span>{t('popup_history_row', lang, stageLabel(o.stage, lang), actionLabelOf(o.action, lang))}</span>
              </li>
            ))}
        </ol>
      )}
    </div>
  );
}
