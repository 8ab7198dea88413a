/**
 * The in-page hint: one compact bar per order (verdict, main consequence, next deadline) that
 * unfolds into the full VerdictCard. It also covers the two moments without a verdict: while the
 * page's order data is still rendering, and when the order could not be read.
 * Kept free of stores and heavy dependencies: it ships inside the content script.
 */
import { RemindToggle, type RemindProps } from './RemindToggle';
import { ChainNote, type ChainInfo } from './ChainNote';
import { HintLink } from './HintLink';
import { useId, useRef, useState } from 'preact/hooks';
import type { RenderedMessage } from '../messages/protocol';
import type { LocalizedText, OrderSnapshot, Platform, Verdict } from '../rules/types';
import { pick, t, type UiLang } from './i18n';
import { actionLabel } from './labels';
import { labelledCountdown, verdictTone } from './row';
import { barConsequence, nextDeadline } from './summary';
import { useNow } from './useNow';
import { VerdictCard } from './VerdictCard';
import type { WordsProps } from './TeachWord';
import { PageSampleOffer } from './PageSampleOffer';

interface HintCommon {
  lang: UiLang;
  /** When given, the hint shows a × button. */
  onDismiss?(): void;
  /** When given, a hint that cannot tell the order offers "Save a page sample" (whether the file was saved). */
  onSaveSample?: (() => Promise<boolean>) | undefined;
}

export interface HintReadingProps extends HintCommon {
  state: 'reading';
}

export interface HintUnreadableProps extends HintCommon {
  state: 'unreadable';
  /** Why the order could not be read, in words. */
  note?: string | LocalizedText;
}

export interface HintReadyProps extends HintCommon {
  state: 'ready';
  verdict: Verdict;
  snapshot: OrderSnapshot;
  messages: RenderedMessage[];
  now: Date;
  /** Start unfolded (a detail page with a single order may want this). */
  defaultExpanded?: boolean;
  /**
   * When given, the hint is shown over the page (a list row's details): folding it closes it, the
   * fold and close buttons call this, and there is no dismiss button.
   */
  onFold?(): void;
  onCopy?(message: RenderedMessage, copied: boolean): void;
  onInsert?: ((message: RenderedMessage) => boolean) | null;
  /** Remembers a store name typed into a message's blank (asked at the first message that needs it). */
  onSaveStoreName?(name: string): void;
  ticked?: Set<number>;
  onTick?(index: number): void;
  /** The order's "Remind me" (only when it has a deadline someone acts on). */
  remind?: RemindProps;
  /** Orders linked to this one (sales ↔ supplier), with the chain's next step. */
  chains?: readonly ChainInfo[];
  /** Links this order to one of the other side by its number; removes a link. */
  onLink?(platform: Platform, orderId: string): Promise<boolean>;
  onUnlink?(chain: ChainInfo): void;
  /** Status words to teach, and the taught ones the verdict rests on. */
  words?: WordsProps;
}

export type HintProps = HintReadingProps | HintUnreadableProps | HintReadyProps;

export function Hint(props: HintProps) {
  if (props.state === 'ready') return <ReadyHint {...props} />;
  const { lang } = props;
  const unreadable = props.state === 'unreadable';
  const note = unreadable && props.note ? (typeof props.note === 'string' ? props.note : pick(props.note, lang)) : '';
  return (
    <div class="coc coc-hint" role="region" aria-label={t('hint_region', lang)} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <div class="coc-bar">
        <span class={`coc-badge coc-tone-${unreadable ? 'unknown' : 'idle'}`}>
          {unreadable ? t('action_unknown', lang) : <span class="coc-dots" aria-hidden="true" />}
        </span>
        <span class="coc-bar-main" role="status">
          <span class="coc-bar-headline">{t(unreadable ? 'hint_unreadable' : 'hint_reading', lang)}</span>
          {unreadable && (
            <span class="coc-bar-sub">
              {note ? `${note} ` : ''}
              {t('unknown_pick_by_hand', lang)}
            </span>
          )}
        </span>
        <DismissButton lang={lang} onDismiss={props.onDismiss} />
      </div>
      {unreadable && props.onSaveSample && <PageSampleOffer lang={lang} onSave={props.onSaveSample} />}
    </div>
  );
}

function ReadyHint(props: HintReadyProps) {
  const { verdict, lang, onFold } = props;
  // The countdowns keep ticking while the hint stays on screen.
  const now = useNow(props.now);
  const [expanded, setExpanded] = useState(props.defaultExpanded ?? false);
  // The card mounts on first unfold and then stays, so ticked steps survive folding.
  const [mounted, setMounted] = useState(expanded);
  const bodyId = useId();
  const chevron = useRef<HTMLButtonElement>(null);
  const consequence = barConsequence(verdict, lang);
  const deadline = nextDeadline(verdict, now);
  const countdown = deadline && labelledCountdown(deadline, now, lang);
  const fold = () => {
    if (onFold) return onFold();
    setExpanded(false);
    chevron.current?.focus();
  };

  return (
    <div
      class={`coc coc-hint${expanded ? ' coc-expanded' : ''}`}
      role="region"
      aria-label={t('hint_label', lang, props.snapshot.orderId)}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
      // Escape folds an open hint (and gives the keyboard back to the button that opened it).
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !expanded) return;
        e.stopPropagation();
        e.preventDefault();
        fold();
      }}
    >
      <div class="coc-bar">
        <span class={`coc-badge coc-tone-${verdictTone(verdict)}`}>{actionLabel(verdict.action, lang)}</span>
        <span class="coc-bar-main">
          <span class="coc-bar-headline">{pick(verdict.headline, lang)}</span>
          {consequence && <span class={`coc-bar-sub coc-cq-${consequence.tone}`}>{consequence.text}</span>}
        </span>
        {countdown && (
          <span class="coc-bar-deadline" title={countdown.title} data-deadline-from={deadline?.from}>
            {countdown.text}
          </span>
        )}
        {props.remind && <RemindToggle {...props.remind} lang={lang} />}
        <button
          type="button"
          ref={chevron}
          class="coc-icon-btn coc-chevron"
          aria-expanded={expanded}
          aria-controls={bodyId}
          aria-label={t(expanded ? 'collapse' : 'expand', lang)}
          onClick={() => {
            if (expanded) return fold();
            setExpanded(true);
            setMounted(true);
          }}
        >
          <span aria-hidden="true">⌄</span>
        </button>
        {onFold ? (
          <button type="button" class="coc-icon-btn coc-close" aria-label={t('close_details', lang)} onClick={onFold}>
            <span aria-hidden="true">×</span>
          </button>
        ) : (
          <DismissButton lang={lang} onDismiss={props.onDismiss} />
        )}
      </div>
      {props.chains && <ChainNote chains={props.chains} lang={lang} {...(props.onUnlink && { onUnlink: props.onUnlink })} />}
      <div id={bodyId} class="coc-hint-body" hidden={!expanded}>
        {props.onLink && <HintLink platform={props.snapshot.platform} lang={lang} onLink={props.onLink} />}
        {mounted && (
          <VerdictCard
            verdict={verdict}
            snapshot={props.snapshot}
            messages={props.messages}
            lang={lang}
            now={now}
            compact
            onCopy={props.onCopy}
            onInsert={props.onInsert ?? null}
            onSaveStoreName={props.onSaveStoreName}
            ticked={props.ticked}
            onTick={props.onTick}
            words={props.words}
            onSaveSample={props.onSaveSample}
          />
        )}
      </div>
    </div>
  );
}

function DismissButton(props: { lang: UiLang; onDismiss?: () => void }) {
  if (!props.onDismiss) return null;
  return (
    <button type="button" class="coc-icon-btn coc-dismiss" aria-label={t('dismiss', props.lang)} onClick={props.onDismiss}>
      <span aria-hidden="true">×</span>
    </button>
  );
}
